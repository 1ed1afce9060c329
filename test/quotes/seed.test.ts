import { beforeAll, expect, it } from 'vitest';
import { readArticleFile } from '../../src/articles/load.js';
import { analyseArticle } from '../../src/quotes/index.js';
import type { Quotation } from '../../src/quotes/types.js';
import { corpusPath, describeCorpus } from '../helpers/corpora.js';

/** The table "Seed article: who said what" in ../shared/corpora/README.md, by short phrases. */
const SEED_TABLE: Array<{ phrase: string; speaker: RegExp }> = [
  { phrase: 'real-time intelligence', speaker: /New York Times/ },
  { phrase: 'eventually', speaker: /^Charles Q\. Brown$/ },
  { phrase: 'inevitable.', speaker: /^Charles Q\. Brown$/ },
  { phrase: 'asking us for help to be able to strike into Russia', speaker: /^Charles Q\. Brown$/ },
  { phrase: 'specific to a weapons system', speaker: /^Charles Q\. Brown$/ },
  { phrase: 'administration officials have begun to review', speaker: /New York Times/ },
  { phrase: 'plans of the Biden administration', speaker: /^Joseph Kishore$/ },
  { phrase: 'a massive escalation that enormously increases', speaker: /^Joseph Kishore$/ },
  { phrase: 'Russian officials have already stated that', speaker: /^Joseph Kishore$/ },
  { phrase: 'This would mean full-scale war between NATO and Russia', speaker: /^Joseph Kishore$/ },
  { phrase: 'The entire official narrative surrounding the war', speaker: /^Joseph Kishore$/ },
  { phrase: 'seems determined to start WWII', speaker: /^Jill Stein$/ },
  { phrase: 'My prayers are with the precious family', speaker: /^Cornel West$/ },
];

const SCARE_QUOTES = ['requests', 'unprovoked', 'freedom', 'democracy'];

describeCorpus('quotations of the seed article', ['seed', '000_2291332dc24fef5e.txt'], () => {
  let quotations: Quotation[] = [];
  beforeAll(async () => {
    const { articles, problems } = await readArticleFile(
      corpusPath('seed'),
      '000_2291332dc24fef5e.txt',
    );
    expect(problems).toEqual([]);
    quotations = analyseArticle(articles[0]!);
  });

  it.each(SEED_TABLE)(
    'finds "$phrase" as a direct quotation of its speaker',
    ({ phrase, speaker }) => {
      const found = quotations.filter((q) => q.direct && q.text.includes(phrase));
      expect(found, phrase).toHaveLength(1);
      expect(found[0]!.speaker).toMatch(speaker);
    },
  );

  it('joins the quotation split by a page break into one', () => {
    const stein = quotations.find((q) => q.text.includes('seems determined'));
    expect(stein?.text).toContain('before we can vote him out');
  });

  it('does not take scare quotes for quotations of a speaker', () => {
    for (const word of SCARE_QUOTES) {
      expect(
        quotations.filter((q) => q.text === word),
        word,
      ).toEqual([]);
    }
  });

  it('attributes the block quotation after "Kishore stated." to Joseph Kishore', () => {
    const block = quotations.find((q) =>
      q.text.startsWith('The Russian invasion of Ukraine was not'),
    );
    expect(block).toBeDefined();
    expect(block!.speaker).toBe('Joseph Kishore');
    expect(block!.start).toBe(0);
  });

  it('keeps the role apart from the name', () => {
    const kishore = quotations.find((q) => q.text.includes('plans of the Biden administration'));
    expect(kishore!.role).toBe('Socialist Equality Party candidate for US president');
    const brown = quotations.find((q) => q.text === 'eventually');
    expect(brown!.role).toBe('US Chairman of the Joint Chiefs of Staff');
  });

  it('gives reported speech as direct: false with the reported clause, its quoted part also direct', () => {
    const reported = quotations.find(
      (q) => !q.direct && q.text.startsWith('the Ukrainian government had been'),
    );
    expect(reported?.speaker).toBe('Charles Q. Brown');
    expect(reported?.cue).toBe('told');
    expect(quotations.some((q) => q.direct && q.text.startsWith('asking us for help'))).toBe(true);
  });

  it('offsets point at the quoted text in the paragraph', async () => {
    const { articles } = await readArticleFile(corpusPath('seed'), '000_2291332dc24fef5e.txt');
    for (const q of quotations) {
      expect(articles[0]!.paragraphs[q.paragraph - 1]!.slice(q.start, q.end)).toBe(q.text);
    }
  });
});
