import { REST } from 'discord.js';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NO_TOKEN_MESSAGE, startBot, type RunningBot } from '../../src/discord/bot.js';
import { registerCommands } from '../../src/discord/register.js';
import { FakeDiscord } from '../../src/fake-discord/index.js';
import type { ArchiveReader } from '../../src/commands/types.js';
import { passageHit } from './fixtures.js';
import { StoreDouble } from './doubles.js';

/** A tiny archive: search finds one hostile passage; everything else is empty. */
const archive: ArchiveReader = {
  search: (query) => ({
    hits: [
      passageHit(`@everyone look: ${query} [x](https://evil.example)`, {
        highlights: [[16, 16 + query.length]],
      }),
    ],
    total: 1,
    suggestions: [],
  }),
  whoSaid: (phrase) => ({ phrase, answers: [], unattributed: [] }),
  quotesBy: () => ({ person: null, quotes: [], total: 0 }),
  people: () => [],
  titles: () => [],
  articlesOn: () => [],
  article: () => undefined,
  context: () => [],
  stats: () => ({
    articles: 1,
    passages: 1,
    quotations: 0,
    people: 0,
    authors: 1,
    files: 1,
    firstDate: '2024-05-17',
    lastDate: '2024-05-17',
    builtAt: new Date().toISOString(),
    problems: 0,
  }),
};

describe('the bot against the fake Discord', () => {
  let fake: FakeDiscord;
  let bot: RunningBot;
  const logs: string[] = [];

  beforeAll(async () => {
    fake = await FakeDiscord.start();
    const rest = new REST({ api: fake.restApiUrl }).setToken(fake.token);
    await registerCommands(rest, fake.applicationId, fake.guildId);
    bot = await startBot({
      config: { token: fake.token, adminRoleIds: [], cooldownSeconds: 0 },
      store: new StoreDouble(archive),
      logger: pino({ level: 'debug' }, { write: (line: string) => void logs.push(line) }),
      restApi: fake.restApiUrl,
    });
  });

  afterAll(async () => {
    await bot?.stop({ graceMs: 1000 });
    await fake?.stop();
  });

  it('registers commands the fake accepts', () => {
    expect(fake.commands('guild').map((c) => c.name)).toContain('whosaid');
    expect(fake.violations).toEqual([]);
  });

  it('answers /search with mentions off and the matched words in bold', async () => {
    const outcome = await fake.slash('search', { query: 'nuclear' });
    const message = outcome.messages[0];
    expect(message?.allowed_mentions).toMatchObject({ parse: [] });
    const description = String(message?.embeds[0]?.description);
    expect(description).toContain('**nuclear**');
    expect(description).not.toContain('@everyone');
    expect(fake.violations).toEqual([]);
  });

  it('refuses /reindex to a plain member, ephemerally', async () => {
    const outcome = await fake.slash('reindex', {}, { user: fake.users.member });
    expect(outcome.messages[0]?.flags).toBe(64);
    expect(JSON.stringify(outcome.messages[0]?.embeds)).toContain('Manage Server');
  });

  it('answers a mention as a question', async () => {
    const outcome = await fake.mention('what was published on 17 May 2024?');
    expect(outcome.replies).toHaveLength(1);
    expect(JSON.stringify(outcome.replies[0]?.embeds)).toContain('No articles');
    expect(outcome.replies[0]?.allowed_mentions).toMatchObject({ parse: [] });
  });

  it('never logs the token', () => {
    expect(logs.join('\n')).not.toContain(fake.token);
  });

  it('without a token, says where to look', async () => {
    await expect(
      startBot({
        config: { token: null, adminRoleIds: [], cooldownSeconds: 0 },
        store: new StoreDouble(archive),
        logger: pino({ level: 'silent' }),
      }),
    ).rejects.toThrow(NO_TOKEN_MESSAGE);
    expect(NO_TOKEN_MESSAGE).toMatch(/\.env\.example.*npm run local/s);
  });
});
