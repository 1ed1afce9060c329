import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RecordedCall, SentMessage } from '../../src/fake-discord/index.js';
import {
  openStore,
  scratchFolder,
  shownText,
  startBotHarness,
  type BotHarness,
} from '../helpers/bot-harness.js';

const ROLE_MENTION = '<@&987654321098765432>';
const USER_MENTION = '<@123456789012345678>';
const ARTICLE_URL = 'https://news.example/hostile-rally';

/** An article written to break a reply: pings, masked links, code fences, spoilers, headings. */
const HOSTILE_ARTICLE = [
  '---',
  `title: "**Rally** [official notice](https://evil.example/title) @everyone"`,
  `author: "${ROLE_MENTION} Jane Doe"`,
  'date: 2024-05-17',
  `url: ${ARTICLE_URL}`,
  '---',
  '',
  `“@everyone come to the rally now, ${USER_MENTION} and ${ROLE_MENTION} too,” said Jane Doe.`,
  '',
  '“Read [the official results](https://evil.example/steal) before you vote,” said Jane Doe.',
  '',
  '“The rally ``` starts here ||hidden|| and __underlined__ ~~gone~~,” said Jane Doe.',
  '',
  '@here the rally ends at [https://bank.example/login](https://evil.example/phish) tonight.',
  '',
  '> # the rally is cancelled',
  '',
].join('\n');

/** A masked link Discord would render: `[text](url)` whose bracket is not escaped. */
const MASKED_LINK = /(?<!\\)\[((?:[^\]\\]|\\.)*)\]\(\s*<?(\S+?)>?\s*\)/g;

function messageBodies(
  calls: readonly RecordedCall[],
): Array<{ call: RecordedCall; body: Record<string, unknown> }> {
  const bodies: Array<{ call: RecordedCall; body: Record<string, unknown> }> = [];
  for (const call of calls) {
    if (!call.body || typeof call.body !== 'object') continue;
    const raw = call.body as Record<string, unknown>;
    // Interaction callbacks wrap the message in `data`; deferrals and choices carry no message.
    const body = call.path.endsWith('/callback')
      ? (raw.data as Record<string, unknown> | undefined)
      : raw;
    if (!body || !('content' in body || 'embeds' in body || 'components' in body)) continue;
    bodies.push({ call, body });
  }
  return bodies;
}

/** Text fields where Markdown renders: content, embed titles and descriptions, field values. */
function markdownFields(message: SentMessage): string[] {
  const fields: string[] = [message.content];
  for (const embed of message.embeds) {
    if (typeof embed.title === 'string') fields.push(embed.title);
    if (typeof embed.description === 'string') fields.push(embed.description);
    for (const field of (embed.fields as Array<{ name: string; value: string }> | undefined) ??
      []) {
      fields.push(field.name, field.value);
    }
  }
  return fields;
}

describe('hostile article text and user input', () => {
  let harness: BotHarness;
  let remove: () => Promise<void>;
  const messages: SentMessage[] = [];

  beforeAll(async () => {
    const scratch = await scratchFolder('hostile');
    remove = scratch.remove;
    const dataDir = path.join(scratch.dir, 'data');
    await mkdir(dataDir);
    await writeFile(path.join(dataDir, 'hostile-rally.md'), HOSTILE_ARTICLE);
    const store = await openStore(dataDir, scratch.dir);
    expect(store.archive.stats().articles).toBe(1);
    harness = await startBotHarness({ store, fake: { quietMs: 50 } });
    const { fake } = harness;
    const outcomes = [
      await fake.slash('search', { query: 'rally' }),
      await fake.slash('search', { query: 'official results vote' }),
      await fake.slash('search', { query: `@everyone ${ROLE_MENTION} ${USER_MENTION} rally` }),
      await fake.slash('whosaid', { phrase: 'come to the rally now' }),
      await fake.slash('whosaid', { phrase: '@here [x](https://evil.example) rally' }),
      await fake.slash('quotes', { person: 'Jane Doe' }),
      await fake.slash('articles', { date: '17 May 2024' }),
      await fake.slash('ask', { question: `who said ${ROLE_MENTION} rally?` }),
    ];
    const titles = store.archive.titles('', 5);
    outcomes.push(await fake.slash('article', { article: titles[0]!.articleId }));
    for (const outcome of outcomes) messages.push(...outcome.messages);
    const mention = await fake.mention(
      `@everyone ${USER_MENTION} who said "come to the rally now"?`,
    );
    messages.push(...mention.replies);
  }, 60_000);

  afterAll(async () => {
    await harness?.stop();
    await remove?.();
  });

  it('the replies quote the hostile article', () => {
    expect(messages.length).toBeGreaterThanOrEqual(10);
    expect(messages.map(shownText).join('\n')).toContain('rally');
    expect(harness.fake.violations).toEqual([]);
  });

  it('pings no one: every REST payload that carries a message turns every mention off', () => {
    const bodies = messageBodies(harness.fake.calls);
    expect(bodies.length).toBeGreaterThanOrEqual(messages.length);
    const pinging = bodies.filter(({ body }) => {
      const allowed = body.allowed_mentions as
        | { parse?: unknown[]; users?: unknown[]; roles?: unknown[]; replied_user?: boolean }
        | undefined;
      return (
        !allowed ||
        !Array.isArray(allowed.parse) ||
        allowed.parse.length > 0 ||
        (allowed.users?.length ?? 0) > 0 ||
        (allowed.roles?.length ?? 0) > 0 ||
        allowed.replied_user === true
      );
    });
    console.info(
      `reliability: ${bodies.length} message payloads checked, ${pinging.length} could ping`,
    );
    expect(pinging.map(({ call }) => `${call.method} ${call.path}`)).toEqual([]);
  });

  it('shows no raw mention syntax where it would render', () => {
    for (const message of messages) {
      for (const text of markdownFields(message)) {
        expect(text).not.toMatch(/(?<!\\)<@[&!]?\d+>/);
        expect(text).not.toMatch(/(?<![\\\u200b])@(everyone|here)\b/);
      }
    }
  });

  it('disguises no link: every rendered masked link is the article’s own, under its title', () => {
    const targets: string[] = [];
    for (const message of messages) {
      for (const text of markdownFields(message)) {
        for (const match of text.matchAll(MASKED_LINK)) targets.push(match[2]!);
      }
      for (const embed of message.embeds)
        if (typeof embed.url === 'string') targets.push(embed.url);
    }
    expect(targets.length).toBeGreaterThan(0);
    for (const target of targets) expect(new URL(target).host).toBe('news.example');
  });

  it('cannot break the layout: no unescaped code fence, spoiler, heading or block quote from the article', () => {
    for (const message of messages) {
      for (const text of markdownFields(message)) {
        expect(text).not.toMatch(/(?<!\\)```/);
        expect(text).not.toMatch(/(?<!\\)\|\|/);
        for (const line of text.split('\n')) {
          // The bot quotes passages with its own "> " prefix; what follows must not be a heading.
          expect(line.replace(/^> /, '')).not.toMatch(/^\s*(#{1,3}\s|>\s)/);
        }
      }
    }
  });
});
