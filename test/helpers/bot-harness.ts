import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { REST } from 'discord.js';
import type { ArchiveSource } from '../../src/commands/types.js';
import { startBot, type RunningBot } from '../../src/discord/bot.js';
import { createLogger } from '../../src/discord/logger.js';
import { registerCommands } from '../../src/discord/register.js';
import { FakeDiscord, type FakeDiscordOptions } from '../../src/fake-discord/index.js';
import { openStore, scratchFolder } from './store.js';

export { openStore, scratchFolder };

/** The sample articles written for this project (data/articles). */
export const SAMPLE_DATA = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '../../data/articles',
);

export interface BotHarness {
  fake: FakeDiscord;
  bot: RunningBot;
  /** Every line the bot's logger wrote, at trace level. */
  logs: string[];
  stop(): Promise<void>;
}

export interface BotHarnessOptions {
  store: ArchiveSource;
  adminRoleIds?: string[];
  cooldownSeconds?: number;
  fake?: FakeDiscordOptions;
  /**
   * Runs before the bot logs in, so users and roles added here are in the client's cache; the
   * admin role ids it returns (roles only exist once the fake runs) are added to the bot's.
   */
  beforeLogin?: (fake: FakeDiscord) => { adminRoleIds?: string[] } | void;
}

/** The real bot (real discord.js client, real logger) logged into a fake Discord, commands registered. */
export async function startBotHarness(options: BotHarnessOptions): Promise<BotHarness> {
  const fake = await FakeDiscord.start(options.fake);
  const fromSetup = options.beforeLogin?.(fake) ?? {};
  const rest = new REST({ api: fake.restApiUrl }).setToken(fake.token);
  await registerCommands(rest, fake.applicationId, fake.guildId);
  const logs: string[] = [];
  const bot = await startBot({
    config: {
      token: fake.token,
      adminRoleIds: [...(options.adminRoleIds ?? []), ...(fromSetup.adminRoleIds ?? [])],
      cooldownSeconds: options.cooldownSeconds ?? 0,
    },
    store: options.store,
    logger: createLogger('trace', { write: (line: string) => void logs.push(line) }),
    restApi: fake.restApiUrl,
  });
  return {
    fake,
    bot,
    logs,
    async stop() {
      await bot.stop({ graceMs: 2000 });
      await fake.stop();
    },
  };
}

/** Everything a reply shows, as one string: content, embeds and components. */
export function shownText(message: {
  content: string;
  embeds: unknown[];
  components: unknown[];
}): string {
  return `${message.content}\n${JSON.stringify(message.embeds)}\n${JSON.stringify(message.components)}`;
}
