import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { allowedCost, findPhrase, phraseWords } from '../../src/search/phrase.js';
import { buildWordPairs, wordPairTest } from '../../src/search/word-pairs.js';

const VOCABULARY = [
  'the',
  'union',
  'said',
  'it',
  'is',
  "don't",
  'Harbour',
  'workers',
  'have',
  'voted',
  'to',
  'strike',
  'O’Brien',
  'Über',
  'and',
  'of',
];
const SEPARATORS = [' ', ', ', ' — ', '. ', '--', ' “', '” '];

describe('word pairs', () => {
  it('never rule out a passage that holds the phrase, as typed or with one edit', () => {
    const text = fc.array(fc.constantFrom(...VOCABULARY), { minLength: 8, maxLength: 60 });
    const separators = fc.array(fc.constantFrom(...SEPARATORS), { minLength: 60, maxLength: 60 });
    fc.assert(
      fc.property(
        fc.array(text, { minLength: 1, maxLength: 4 }),
        separators,
        fc.nat(),
        fc.nat(),
        fc.integer({ min: 4, max: 9 }),
        fc.constantFrom('none', 'typo', 'drop', 'add'),
        (texts, seps, at, which, length, edit) => {
          const bodies = texts.map((words) =>
            words.map((word, i) => word + (seps[i] ?? ' ')).join(''),
          );
          const pairs = buildWordPairs(bodies.length, (passage) => bodies[passage]!);
          const words = texts[at % texts.length]!;
          const start = at % Math.max(1, words.length - length + 1);
          const phrase = words.slice(start, start + length);
          const k = which % phrase.length;
          if (edit === 'typo') phrase[k] = 'strkie';
          if (edit === 'drop') phrase.splice(k, 1);
          if (edit === 'add') phrase.splice(k, 0, 'meanwhile');
          const asked = phraseWords(phrase.join(' '));
          const maxCost = allowedCost(asked.length);
          const mayHold = wordPairTest(pairs, asked, maxCost + 1);
          const mayHoldExactly = wordPairTest(pairs, asked, 1);
          bodies.forEach((body, passage) => {
            const match = findPhrase(asked, body, maxCost);
            if (match && mayHold)
              expect(mayHold(passage), `${asked.join(' ')} in ${body}`).toBe(true);
            if (match?.cost === 0 && mayHoldExactly)
              expect(mayHoldExactly(passage), `${asked.join(' ')} in ${body}`).toBe(true);
          });
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('rule out most passages that hold the words of a phrase but not in its order', () => {
    const words = Array.from({ length: 400 }, (_, i) => `w${i}`);
    const body = words.join(' ');
    const pairs = buildWordPairs(1, () => body);
    let passed = 0;
    const tries = 1000;
    for (let i = 0; i < tries; i += 1) {
      // Six words of the text, each in the text, never two of them next to each other there.
      const asked = Array.from({ length: 6 }, (_, j) => words[(i * 7 + j * 53) % 400]!);
      const test = wordPairTest(pairs, asked, 1)!;
      if (test(0)) passed += 1;
    }
    // Six bits per pair and two hashes: a pair the text lacks passes about 8% of the time, so
    // five of them together almost never do.
    expect(passed / tries).toBeLessThan(0.01);
    expect(wordPairTest(pairs, ['w1', 'w2', 'w3', 'w4'], 1)!(0)).toBe(true);
  });

  it('hold nothing for a passage of one word, and test no phrase too short for pairs', () => {
    const pairs = buildWordPairs(2, (passage) => (passage === 0 ? 'Solidarity' : ''));
    expect(wordPairTest(pairs, ['solidarity', 'forever'], 1)!(0)).toBe(false);
    expect(wordPairTest(pairs, ['solidarity', 'forever'], 1)!(1)).toBe(false);
    expect(wordPairTest(pairs, ['a', 'b', 'c'], 2)).toBeNull();
  });
});
