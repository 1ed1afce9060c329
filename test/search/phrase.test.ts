import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { allowedCost, findPhrase, phraseWords } from '../../src/search/phrase.js';

const VOCABULARY = [
  'the',
  'union',
  'said',
  'it',
  'seems',
  'that',
  "don't",
  'Harbour',
  'levy',
  'workers',
  'have',
  'voted',
  'strike',
  'pay',
  'port',
  'O’Brien',
  'Über',
  'and',
  'of',
  'to',
];
const SEPARATORS = [' ', ', ', ' — ', '. ', '--', ' “', '” '];

/** One typing error in a word of four letters or more: two letters swapped. */
function swapped(word: string): string {
  return word.length >= 4 ? word[1]! + word[0]! + word.slice(2) : word;
}

describe('findPhrase', () => {
  it('finds a phrase taken from a text, as typed or with one word mistyped, dropped or added', () => {
    const text = fc.array(fc.constantFrom(...VOCABULARY), { minLength: 8, maxLength: 60 });
    const separators = fc.array(fc.constantFrom(...SEPARATORS), { minLength: 60, maxLength: 60 });
    fc.assert(
      fc.property(
        text,
        separators,
        fc.nat(),
        fc.nat(),
        fc.constantFrom('none', 'typo', 'drop', 'add'),
        (words, seps, at, which, edit) => {
          const length = 6;
          const start = at % (words.length - length + 1);
          const body = words.map((word, i) => word + (seps[i] ?? ' ')).join('');
          const phrase = words.slice(start, start + length);
          const k = which % length;
          if (edit === 'typo') phrase[k] = swapped(phrase[k]!);
          if (edit === 'drop') phrase.splice(k, 1);
          if (edit === 'add') phrase.splice(k, 0, 'meanwhile');
          const asked = phraseWords(phrase.join(' '));
          const match = findPhrase(asked, body, allowedCost(asked.length));
          expect(match, `${JSON.stringify(phrase)} in ${JSON.stringify(body)}`).not.toBeNull();
          expect(match!.cost).toBeLessThanOrEqual(edit === 'none' ? 0 : 1);
        },
      ),
      { numRuns: 3000 },
    );
  });

  it('finds a phrase whatever the case and apostrophes of the text', () => {
    expect(
      findPhrase(phraseWords('dont think obrien said'), "I DON'T think O’Brien said so", 1),
    ).toMatchObject({ cost: 0 });
    expect(findPhrase(phraseWords('the levy stays'), 'A harbour fee stays.', 1)).toBeNull();
  });
});
