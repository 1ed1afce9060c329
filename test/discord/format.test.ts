import { describe, expect, it } from 'vitest';
import { CustomIdCodec } from '../../src/discord/custom-id.js';
import {
  displayDate,
  formatArticles,
  formatArticleView,
  formatContext,
  formatError,
  formatQuotes,
  formatSearch,
  formatWhoSaid,
} from '../../src/discord/format.js';
import { toPayload } from '../../src/discord/respond.js';
import { allText, expectWithinLimits } from './limits-check.js';
import { passageHit, person, quoteHit } from './fixtures.js';

const ids = new CustomIdCodec();
const words = (n: number) => Array.from({ length: n }, (_, i) => `word${i % 97}`).join(' ');
const HUGE = words(8000).slice(0, 50_000);
const HOSTILE =
  'Ping @everyone and @here and <@123456789012345678> <@&223456789012345678> [click](https://evil.example) `x` ||s|| # not a heading';
const kishore = person('Joseph Kishore', 'Socialist Equality Party candidate for US president');
const paging = {
  page: 0,
  pageCount: 40,
  idFor: (page: number) =>
    ids.page({ command: 'search', owner: '123456789012345678', page, args: ['q'] }),
};

describe('the formatter keeps every limit on oversized input', () => {
  it('a 50,000-character paragraph in search, quotes and who-said answers', () => {
    expect(HUGE.length).toBe(50_000);
    const hit = passageHit(HUGE, {
      highlights: [
        [0, 5],
        [40_000, 40_005],
      ],
    });
    const quote = quoteHit(HUGE, kishore);
    for (const reply of [
      formatSearch([hit], { query: 'word1', total: 1 }, ids),
      formatQuotes(
        [quote],
        { person: kishore.name, role: kishore.roles[0] ?? null, total: 1 },
        ids,
      ),
      formatWhoSaid({ phrase: 'word1', answers: [quote, quote], unattributed: [] }, ids),
      formatContext(
        { title: 'T', url: null },
        [
          { paragraph: 3, text: HUGE },
          { paragraph: 4, text: HUGE },
        ],
        4,
      ),
    ]) {
      const payload = toPayload(reply);
      expectWithinLimits(payload);
      expect(payload.embeds[0]?.description).toMatch(/…$/);
    }
  });

  it('200 results with long titles and names', () => {
    const longTitle = `A title ${words(100)}`;
    const hits = Array.from({ length: 200 }, (_, i) =>
      passageHit(`${HUGE.slice(0, 3000)} ${i}`, { title: longTitle }),
    );
    expectWithinLimits(
      toPayload(formatSearch(hits, { query: words(400), total: 200 }, ids, paging)),
    );
    const quotes = hits.map((h) =>
      quoteHit(h.text, person(`Name ${words(60)}`, words(80)), { title: longTitle }),
    );
    expectWithinLimits(
      toPayload(
        formatQuotes(
          quotes,
          { person: words(200), role: words(200), total: 200, topic: words(300) },
          ids,
          paging,
        ),
      ),
    );
    expectWithinLimits(
      toPayload(formatWhoSaid({ phrase: words(300), answers: quotes, unattributed: [] }, ids)),
    );
    const summaries = hits.map((h, i) => ({ ...h, title: `${longTitle} ${i}`, author: words(50) }));
    expectWithinLimits(
      toPayload(
        formatArticles(
          summaries,
          { range: { from: '2024-05-01', to: '2024-05-31' }, total: 200 },
          paging,
        ),
      ),
    );
  });

  it('an article view with a huge lead, many speakers and many quotations', () => {
    const article = {
      id: 'a.md',
      title: words(300),
      author: words(100),
      date: '2024-05-17',
      url: 'https://example.org/a',
      tags: [],
      source: 'a.md',
      paragraphs: [HUGE, HUGE],
    };
    const quotations = Array.from(
      { length: 100 },
      (_, i) => quoteHit(HUGE, person(`Speaker ${i} ${words(40)}`)).quote,
    );
    const speakers = Array.from({ length: 200 }, (_, i) => ({
      person: person(`Speaker ${i} ${words(20)}`),
      count: i,
    }));
    expectWithinLimits(toPayload(formatArticleView({ article, quotations, speakers }, ids)));
  });
});

describe('the formatter is safe with hostile article text', () => {
  it('sets no mentions and leaves no live mention, masked link or markup', () => {
    const quote = quoteHit(HOSTILE, person('@everyone <@1>', '@here'), {
      title: HOSTILE,
      author: '@everyone',
    });
    const hit = passageHit(HOSTILE, { title: HOSTILE, highlights: [[5, 14]] });
    for (const reply of [
      formatSearch([hit], { query: '@everyone', total: 1 }, ids),
      formatWhoSaid({ phrase: HOSTILE, answers: [quote], unattributed: [] }, ids),
      formatQuotes([quote], { person: '@everyone', role: null, total: 1 }, ids),
    ]) {
      const payload = toPayload(reply);
      expect(payload.allowedMentions).toEqual({ parse: [], repliedUser: false });
      const text = allText(payload);
      expect(text).not.toMatch(/@everyone|@here/);
      expect(text).not.toMatch(/(^|[^\\\u200b])<@/);
      expect(text).not.toMatch(/(^|[^\\])\[click(?<!\\)\]\(/);
      expect(text).not.toMatch(/(^|[^\\])`/);
    }
  });

  it('shows a quotation as a block quote with speaker, role and a linked citation', () => {
    const payload = toPayload(
      formatWhoSaid(
        {
          phrase: 'danger',
          answers: [quoteHit('the danger of nuclear war', kishore)],
          unattributed: [],
        },
        ids,
      ),
    );
    const [embed] = payload.embeds;
    expect(embed?.description).toBe('> the danger of nuclear war');
    expect(embed?.author?.name).toBe(
      'Joseph Kishore — Socialist Equality Party candidate for US president',
    );
    expect(embed?.url).toBe('https://example.org/escalation');
    expect(embed?.footer?.text).toContain('paragraph 4');
    expect(embed?.footer?.text).toContain('17 May 2024');
    expect(payload.components[0]?.components[0]).toMatchObject({ label: 'More context' });
  });

  it('gives results from one paragraph one context button, as Discord refuses repeated custom ids', () => {
    const same = { articleId: 'a/b', paragraph: 17 };
    const quotes = [
      quoteHit('for us or against us', kishore, same),
      quoteHit('war on terror', kishore, same),
      quoteHit('milestone', kishore, { articleId: 'c', paragraph: 2 }),
    ];
    const payload = toPayload(
      formatQuotes(quotes, { person: kishore.name, role: null, total: 3 }, ids),
    );
    const buttons = payload.components.flatMap((r) => r.components) as Array<{
      custom_id: string;
      label: string;
    }>;
    const contextIds = buttons.filter((b) => b.label.startsWith('More context'));
    expect(new Set(buttons.map((b) => b.custom_id)).size).toBe(buttons.length);
    expect(contextIds.map((b) => b.label)).toEqual(['More context (1, 2)', 'More context (3)']);
  });

  it('never puts an unsafe URL on an embed', () => {
    const payload = toPayload(
      formatSearch(
        [passageHit('x', { url: 'javascript:alert(1)' })],
        { query: 'x', total: 1 },
        ids,
      ),
    );
    expect(payload.embeds[0]?.url).toBeUndefined();
  });

  it('lists other speakers of the same words', () => {
    const stein = person('Jill Stein', 'Green Party');
    const payload = toPayload(
      formatWhoSaid(
        {
          phrase: 'war',
          answers: [quoteHit('war', kishore), quoteHit('war', stein)],
          unattributed: [],
        },
        ids,
      ),
    );
    expect(payload.embeds[0]?.fields?.[0]?.name).toBe('Also said by');
    expect(payload.embeds[0]?.fields?.[0]?.value).toContain('Jill Stein');
  });
});

describe('errors and dates', () => {
  it('errors are ephemeral and short', () => {
    const payload = toPayload(formatError('x'.repeat(5000)));
    expect(payload.flags).toBe(64);
    expect(payload.embeds[0]?.description?.length).toBeLessThanOrEqual(500);
  });

  it('shows ISO days as people write them', () => {
    expect(displayDate('2024-05-17')).toBe('17 May 2024');
    expect(displayDate(null)).toBe('undated');
  });

  it('names a speaker the article names only by a role by that role', () => {
    const base = quoteHit('The tolls will stay where they are,', null);
    const hit = {
      ...base,
      quote: { ...base.quote, role: 'a longtime adviser to the ferry board' },
    };
    const reply = formatWhoSaid(
      { phrase: 'the tolls will stay', answers: [hit], unattributed: [] },
      ids,
    );
    expect(reply.embeds?.[0]?.author?.name).toBe('a longtime adviser to the ferry board');
  });
});
