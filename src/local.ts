import 'dotenv/config';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { REST } from 'discord.js';
import { commandData } from './commands/index.js';
import { startBot } from './discord/bot.js';
import { createLogger } from './discord/logger.js';
import { registerCommands } from './discord/register.js';
import { FakeDiscord, type FakeUser, type SentMessage } from './fake-discord/index.js';
import { parseCommandLine, CommandLineError } from './local/command-line.js';
import { renderMessage, type Button } from './local/render.js';
import { DataFolderError, openFreshStore } from './cli/open.js';

/**
 * `npm run local`: the fake Discord and the real bot in one process, and a
 * prompt that plays the part of a Discord user. No token, no configuration.
 */

const HELP_LINES = [
  'Type a slash command with its options, a plain question, or the number of a button:',
  '  /whosaid phrase: still be here when the tide turns',
  '  /quotes person: Vasquez topic: port',
  '  /articles date: last week',
  '  /search query: harbour levy',
  '  /article article: 2026/2026-11-12-harbour-levy-approved',
  '  who said "dragging its feet"?',
  '  /help lists every command; Ctrl+D quits.',
];

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      data: { type: 'string' },
      json: { type: 'boolean', default: false },
      as: { type: 'string', default: 'admin' },
    },
    strict: true,
  });
  const json = values.json;
  let opened;
  try {
    opened = await openFreshStore(values.data);
  } catch (error) {
    if (!(error instanceof DataFolderError)) throw error;
    process.stderr.write(`${error.message}\n`);
    return 1;
  }
  const { store, config, dataDir } = opened;

  const fake = await FakeDiscord.start({ settleTimeoutMs: 30_000 });
  const users: Record<string, FakeUser> = fake.users;
  const user = users[values.as];
  if (!user) {
    process.stderr.write(`--as must be one of: ${Object.keys(users).join(', ')}\n`);
    await fake.stop();
    return 1;
  }
  const rest = new REST({ api: fake.restApiUrl }).setToken(fake.token);
  await registerCommands(rest, fake.applicationId, fake.guildId);
  // Logs go to stderr at warn level so the replies on stdout stay readable (and parseable with --json).
  const logger = createLogger(process.env.LOG_LEVEL ?? 'warn', process.stderr);
  const bot = await startBot({
    // A person at a prompt types one line at a time; the flood guard is for shared servers.
    config: { token: fake.token, adminRoleIds: config.adminRoleIds, cooldownSeconds: 0 },
    store,
    logger,
    restApi: fake.restApiUrl,
  });

  const stats = store.archive.stats();
  if (!json) {
    process.stdout.write(
      `Archivist, local: ${stats.articles} articles, ${stats.quotations} quotations by ${stats.people} speakers, ` +
        `${stats.firstDate ?? '?'} to ${stats.lastDate ?? '?'} (${path.relative(process.cwd(), dataDir) || '.'}).\n` +
        `You are "${user.username}" in a fake Discord server on 127.0.0.1; the bot is the real one.\n` +
        `${HELP_LINES.join('\n')}\n`,
    );
  }

  let buttons: Button[] = [];
  const input = createInterface({
    input: process.stdin,
    output: json ? undefined : process.stdout,
    prompt: json ? '' : '> ',
    terminal: !json && process.stdin.isTTY === true,
  });
  const show = (messages: SentMessage[]) => {
    const visible = messages.filter((m) => !m.deleted);
    if (json) {
      const first = visible[0];
      process.stdout.write(
        `${JSON.stringify(
          first
            ? {
                content: first.content,
                embeds: first.embeds,
                components: first.components,
                allowed_mentions: first.allowed_mentions,
                flags: first.flags,
              }
            : null,
        )}\n`,
      );
      return;
    }
    buttons = [];
    for (const message of visible) {
      const rendered = renderMessage(message, buttons.length);
      buttons.push(...rendered.buttons);
      process.stdout.write(`${rendered.text}\n`);
    }
    if (visible.length === 0) process.stdout.write('(no reply)\n');
  };

  if (!json) input.prompt();
  for await (const raw of input) {
    const line = raw.trim();
    if (line) {
      try {
        const pressed = /^\d+$/.test(line) ? buttons[Number(line) - 1] : undefined;
        if (/^\d+$/.test(line) && !json && !pressed) {
          process.stdout.write(`There is no button ${line}.\n`);
        } else if (pressed) {
          const outcome = await fake.press(pressed.messageId, pressed.customId, { user });
          show(outcome.messages);
        } else if (line.startsWith('/')) {
          const { name, options } = parseCommandLine(line, commandData);
          const outcome = await fake.slash(name, options, { user });
          show(outcome.messages);
        } else {
          const outcome = await fake.mention(line, { user });
          show(outcome.replies);
        }
      } catch (error) {
        const message = (error as Error).message;
        if (json) process.stdout.write(`${JSON.stringify({ error: message })}\n`);
        else
          process.stdout.write(`${error instanceof CommandLineError ? '' : 'error: '}${message}\n`);
      }
    }
    if (!json) input.prompt();
  }
  if (fake.violations.length > 0) {
    process.stderr.write(`Discord would have rejected ${fake.violations.length} payloads:\n`);
    for (const v of fake.violations)
      process.stderr.write(`  ${v.method} ${v.path}: ${v.message}\n`);
  }
  await bot.stop({ graceMs: 2000 });
  await fake.stop();
  return fake.violations.length > 0 ? 1 : 0;
}

process.exitCode = await main();
