import { cp, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { REST } from 'discord.js';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { startBot, type RunningBot } from '../../src/discord/bot.js';
import { createLogger } from '../../src/discord/logger.js';
import { registerCommands } from '../../src/discord/register.js';
import { FakeDiscord, type SentMessage } from '../../src/fake-discord/index.js';
import { ArchiveStore } from '../../src/search/store.js';
import { corpusPath, describeCorpus } from '../helpers/corpora.js';

/**
 * The whole product through the real discord.js client: the bot's start-up
 * function logs into the fake Discord, the commands are registered through the
 * deploy path, and every answer comes from a real snapshot of real articles
 * (the sample data plus the seed article, copied to a temporary folder).
 */

const EPHEMERAL = 1 << 6;

function embedText(message: SentMessage | undefined): string {
  return JSON.stringify(message?.embeds ?? []);
}

function buttonIds(message: SentMessage | undefined): Array<{ id: string; label: string }> {
  const out: Array<{ id: string; label: string }> = [];
  for (const row of (message?.components ?? []) as Array<{ components?: unknown[] }>) {
    for (const c of (row.components ?? []) as Array<{
      custom_id?: string;
      label?: string;
      emoji?: { name?: string };
      disabled?: boolean;
    }>) {
      if (c.custom_id && !c.disabled)
        out.push({ id: c.custom_id, label: c.label ?? c.emoji?.name ?? '' });
    }
  }
  return out;
}

describeCorpus('the bot end to end against the fake Discord', ['seed'], () => {
  let fake: FakeDiscord;
  let bot: RunningBot;
  let dir: string;
  const logs: string[] = [];

  beforeAll(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'archivist-e2e-'));
    const dataDir = path.join(dir, 'articles');
    await cp(path.resolve('data/articles'), dataDir, { recursive: true });
    await cp(corpusPath('seed'), path.join(dataDir, 'seed'), { recursive: true });
    const store = await ArchiveStore.open({
      dataDir,
      snapshotPath: path.join(dir, 'archive.snapshot'),
    });
    fake = await FakeDiscord.start({ settleTimeoutMs: 20_000 });
    await registerCommands(
      new REST({ api: fake.restApiUrl }).setToken(fake.token),
      fake.applicationId,
      fake.guildId,
    );
    bot = await startBot({
      config: { token: fake.token, adminRoleIds: [], cooldownSeconds: 0 },
      store,
      logger: createLogger('debug', { write: (line: string) => void logs.push(line) }),
      restApi: fake.restApiUrl,
    });
  });

  afterAll(async () => {
    await bot?.stop({ graceMs: 2000 });
    await fake?.stop();
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it('registered every command through the deploy path, within Discord limits', () => {
    const names = fake.commands('guild').map((c) => c.name);
    for (const name of ['whosaid', 'quotes', 'articles', 'search', 'article', 'ask', 'reindex'])
      expect(names).toContain(name);
    expect(fake.violations).toEqual([]);
  });

  it('/whosaid answers Joseph Kishore for "danger of nuclear war"', async () => {
    const outcome = await fake.slash('whosaid', { phrase: 'danger of nuclear war' });
    const message = outcome.messages[0];
    expect(embedText(message)).toContain('Joseph Kishore');
    expect(embedText(message)).toContain('enormously increases the danger of nuclear war');
    expect(message?.allowed_mentions).toMatchObject({ parse: [] });
  });

  it('/articles on a date lists exactly the articles of that day', async () => {
    const outcome = await fake.slash('articles', { date: '17 May 2024' });
    const text = embedText(outcome.messages[0]);
    expect(text).toContain('SEP presidential candidate denounces plans to deploy troops');
    expect(text).toContain('Harbour Authority delays crane contract');
    expect(text).toContain('Eastmoor estate has damp or mould');
    expect(text).not.toContain('2024-09-05');
    expect(text).toMatch(/3 articles/);
  });

  it('/search turns a page with its button, for the asker only', async () => {
    const first = await fake.slash('search', { query: 'harbour' });
    const page1 = first.messages[0];
    const next = buttonIds(page1).find((b) => b.label === '▶');
    expect(next, 'a ▶ button on page 1').toBeDefined();
    const turned = await fake.press(page1!.id, next!.id);
    const page2 = turned.messages[0];
    expect(JSON.stringify(page2)).toMatch(/page 2 of \d+/);
    expect(embedText(page2)).not.toBe(embedText(page1));

    // The page turned in place, so the stranger presses a button of the message as it is now.
    const back = buttonIds(page2).find((b) => b.label === '◀');
    expect(back, 'a ◀ button on page 2').toBeDefined();
    const stranger = await fake.press(page2!.id, back!.id, { user: fake.users.admin });
    const refusal = stranger.messages.at(-1);
    expect(refusal?.flags ?? 0).toBe(EPHEMERAL);
  });

  it('/quotes autocompletes a person from a surname', async () => {
    const choices = await fake.autocomplete('quotes', { person: 'Kish' });
    expect(choices.map((c) => c.name).join('\n')).toContain('Joseph Kishore');
    const vasquez = await fake.autocomplete('quotes', { person: 'vasq' });
    expect(vasquez.map((c) => c.name).join('\n')).toContain('Elena Vasquez');
  });

  it('/reindex is refused for a member and done for an admin', async () => {
    const refused = await fake.slash('reindex', {}, { user: fake.users.member });
    expect(refused.messages[0]?.flags ?? 0).toBe(EPHEMERAL);
    expect(JSON.stringify(refused.messages[0])).toMatch(/Manage Server|permission/i);

    const done = await fake.slash('reindex', {}, { user: fake.users.admin, timeoutMs: 60_000 });
    expect(JSON.stringify(done.messages)).toMatch(/unchanged/i);
  });

  it('answers a mention as /ask would', async () => {
    const { replies } = await fake.mention('who said "danger of nuclear war"?');
    expect(embedText(replies[0])).toContain('Joseph Kishore');
  });

  it('retries a reply answered 429 and still delivers it', async () => {
    fake.rateLimitNext({ path: '/callback', count: 1, retryAfterSeconds: 0.2 });
    const outcome = await fake.slash('stats', {});
    expect(outcome.calls.some((c) => c.fault === 'rate-limit')).toBe(true);
    expect(embedText(outcome.messages[0])).toMatch(/articles/i);
  });

  it('resumes after the socket closes and answers the next interaction', async () => {
    const resumed = fake.nextGatewayEvent('resumed');
    fake.closeSocket();
    await resumed;
    const outcome = await fake.slash('whosaid', { phrase: 'pack of lies' });
    expect(embedText(outcome.messages[0])).toContain('Joseph Kishore');
  });

  it('kept every payload within limits, pinged no one and never logged the token', () => {
    expect(fake.violations).toEqual([]);
    for (const call of fake.calls) {
      const body = call.body as {
        allowed_mentions?: unknown;
        data?: { allowed_mentions?: unknown };
      } | null;
      const payload = body?.data ?? body;
      if (payload && typeof payload === 'object' && ('content' in payload || 'embeds' in payload)) {
        expect(payload.allowed_mentions, `${call.method} ${call.path}`).toMatchObject({
          parse: [],
        });
      }
    }
    expect(logs.join('\n')).not.toContain(fake.token);
  });
});
