import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { processTerm, queryTerms, termSpans, wordSpans } from '../../src/search/text.js';

/** The plain rule termSpans must agree with: stem every word, keep those whose term was asked. */
function stemEveryWord(text: string, terms: Set<string>): Array<[number, number]> {
  return wordSpans(text)
    .filter((span) => {
      const term = processTerm(span.word);
      return term !== null && terms.has(term);
    })
    .map((span) => [span.start, span.end]);
}

describe('termSpans', () => {
  it('marks every form of the asked words, whatever their case', () => {
    const text = 'Strikers struck; the STRIKE spread, and Istanbul’s strikes ended.';
    const spans = termSpans(text, new Set(queryTerms('strike istanbul')));
    expect(spans.map(([start, end]) => text.slice(start, end))).toEqual([
      'STRIKE',
      'Istanbul’s',
      'strikes',
    ]);
  });

  it('agrees with stemming every word, on any text and any asked words', () => {
    const words = [
      'Über',
      'über',
      'İstanbul',
      'istanbul',
      'Étude',
      'étude',
      '𐐀bc',
      '𐐨bc',
      'Happy',
      'happiness',
      "O'Brien",
      'obrien',
      'strike',
      'Strikes',
      '42',
      'the',
      'x',
    ];
    const word = fc.oneof(fc.constantFrom(...words), fc.string({ minLength: 1, maxLength: 8 }));
    fc.assert(
      fc.property(
        fc.array(word, { maxLength: 30 }),
        fc.array(word, { maxLength: 4 }),
        (text, asked) => {
          const passage = text.join(' ');
          const terms = new Set(queryTerms(asked.join(' ')));
          expect(termSpans(passage, terms)).toEqual(stemEveryWord(passage, terms));
        },
      ),
      { numRuns: 2000 },
    );
  });
});
