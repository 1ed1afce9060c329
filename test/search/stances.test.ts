import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analyseArticle } from '../../src/quotes/index.js';
import { parseArticleText } from '../../src/articles/parse.js';
import type { ArchiveStore } from '../../src/search/store.js';
import { openStore, scratchFolder, type Scratch } from '../helpers/store.js';

const TEXT = `# Ferry board splits over the night boat
Jane Roe
17 May 2024

Everyone knows that Councillor Hal Brenner has supported the night boat and the winter timetable for years.

Brenner said the ferry board would vote on the night boat in June.

Brenner believes the harbour tolls are far too high for families.

“We will keep the night boat,” Brenner said.

Brenner said the toll plan was “a postcard, not a policy,” and that families would pay for it.

“The tolls will stay where they are,” a longtime adviser to the ferry board said.
`;

describe('the archive keeps words, not stances', () => {
  let scratch: Scratch;
  let store: ArchiveStore;

  beforeAll(async () => {
    scratch = await scratchFolder('stances');
    await writeFile(path.join(scratch.dir, 'ferry.md'), TEXT);
    store = await openStore(scratch.dir, path.join(scratch.dir, '.snapshot'));
  });

  afterAll(async () => scratch.remove());

  it('the analyser attributes the stance and the belief, for attribution scoring', () => {
    const parsed = parseArticleText(TEXT, 'ferry.md');
    const cues = analyseArticle(parsed.articles[0]!).map((q) => q.cue);
    expect(cues).toEqual(expect.arrayContaining(['supported', 'believes', 'said']));
  });

  it('lists what Brenner said, and no sentence he only supported or believes', () => {
    const texts = store.archive.quotesBy('Brenner').quotes.map((hit) => hit.quote.text);
    expect(texts).toContain('the ferry board would vote on the night boat in June');
    expect(texts).toContain('We will keep the night boat,');
    expect(texts.some((text) => text.includes('winter timetable'))).toBe(false);
    expect(texts.some((text) => text.includes('harbour tolls'))).toBe(false);
  });

  it('lists a quoted phrase once, inside the longer quotation that holds it', () => {
    const texts = store.archive.quotesBy('Brenner').quotes.map((hit) => hit.quote.text);
    expect(texts.filter((text) => text.includes('a postcard, not a policy'))).toEqual([
      'the toll plan was “a postcard, not a policy,” and that families would pay for it',
    ]);
    const article = store.archive.article('ferry')!;
    expect(article.quotations.filter((q) => q.text.includes('postcard'))).toHaveLength(1);
    const answer = store.archive.whoSaid('a postcard, not a policy').answers[0];
    expect(answer?.person?.name).toBe('Hal Brenner');
    expect(answer?.quote.text).toContain('a postcard, not a policy,');
  });

  it('answers with the role when the article names the speaker by one alone', () => {
    const answer = store.archive.whoSaid('the tolls will stay where they are').answers[0];
    expect(answer?.quote.speaker).toBeNull();
    expect(answer?.quote.role).toBe('a longtime adviser to the ferry board');
    expect(answer?.person).toBeNull();
  });

  it('answers a stance’s words as a passage with no speaker', () => {
    const result = store.archive.whoSaid('the night boat and the winter timetable');
    expect(result.answers).toEqual([]);
    expect(result.unattributed[0]?.paragraph).toBe(1);
  });
});
