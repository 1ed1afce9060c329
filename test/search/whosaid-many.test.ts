import { describe, expect, it } from 'vitest';
import type { Article } from '../../src/articles/types.js';
import { buildPeople } from '../../src/quotes/index.js';
import { Archive } from '../../src/search/archive.js';
import { article, quote } from './fixtures.js';

/** An archive of the decoys and one speech, whose quotation (its first paragraph) is Ada Okafor's. */
function archiveWith(decoys: Article[], speech: Article, said: string): Archive {
  const quotations = [quote(speech, 1, said, 'Ada Okafor')];
  return Archive.build({
    articles: [...decoys, speech],
    quotations,
    people: buildPeople(quotations),
    problems: [],
    files: decoys.length + 1,
    builtAt: '2024-07-01T00:00:00.000Z',
  });
}

/**
 * A phrase of common words in a large archive: thousands of short passages hold each of its words,
 * out of order, and rank above the one long passage that holds the phrase itself.
 */
describe('who-said in an archive where thousands of passages hold every word of the phrase', () => {
  const decoys = Array.from({ length: 2500 }, (_, i) =>
    article(`decoy-${i}`, {
      paragraphs: [`Fair pay, fair port, the union asked for a fair deal and pay ${i}.`],
    }),
  );
  const filler = 'The meeting went on into the evening and many other matters were raised. '.repeat(
    8,
  );
  const speech = article('speech', {
    paragraphs: [`${filler}“We want a fair deal on pay for the port,” said Ada Okafor.`],
  });
  const archive = archiveWith(decoys, speech, 'We want a fair deal on pay for the port,');

  it('still finds the passage that holds the phrase in order', () => {
    expect(archive.search('fair deal pay port').total).toBe(decoys.length + 1);
    const answer = archive.whoSaid('a fair deal on pay for the port', { limit: 1 }).answers[0];
    expect(answer?.person?.name).toBe('Ada Okafor');
    expect(answer?.articleId).toBe('speech');
  });
});

/**
 * A typo whose likeliest spelling is the wrong word: one edit makes "uion" the stop word "upon"
 * before it makes "union". The phrase as the archive would spell it is then nowhere, and the
 * passage is found by the half of the phrase typed right.
 */
describe('who-said when the likeliest spelling of a mistyped word is the wrong one', () => {
  const decoys = Array.from({ length: 300 }, (_, i) =>
    article(`decoy-${i}`, {
      paragraphs: [`Workers marched on day ${i}, and the union met upon it.`],
    }),
  );
  const speech = article('speech', {
    paragraphs: ['“This is the solidarity of the workers with the union,” said Ada Okafor.'],
  });
  const archive = archiveWith(
    decoys,
    speech,
    'This is the solidarity of the workers with the union,',
  );

  it('finds the quotation by the words typed right', () => {
    const result = archive.whoSaid('solidarity of the workers with the uion');
    expect(result.answers[0]?.person?.name).toBe('Ada Okafor');
    expect(result.answers[0]?.articleId).toBe('speech');
  });

  it('finds it when the likeliest spelling is the right one', () => {
    const result = archive.whoSaid('solidarity of the workres with the union');
    expect(result.answers[0]?.person?.name).toBe('Ada Okafor');
  });
});

/**
 * A typo whose commonest spelling in the archive is not the one the phrase needs: "loking" is one
 * edit from "liking", which far more passages hold, and from "looking".
 */
describe('who-said when the commonest spelling of a mistyped word is not the phrase’s', () => {
  const decoys = Array.from({ length: 200 }, (_, i) =>
    article(`decoy-${i}`, { paragraphs: [`Members kept liking the plan on day ${i}.`] }),
  );
  const speech = article('speech', {
    paragraphs: ['“We have people who have been looking for work for years,” said Ada Okafor.'],
  });
  const archive = archiveWith(
    decoys,
    speech,
    'We have people who have been looking for work for years,',
  );

  it('finds the quotation with the spelling its word pairs hold', () => {
    const result = archive.whoSaid('people who have been loking for work');
    expect(result.answers[0]?.person?.name).toBe('Ada Okafor');
    expect(result.answers[0]?.articleId).toBe('speech');
  });
});
