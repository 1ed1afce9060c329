import { foldWord, wordSpans } from './text.js';

/** Where a phrase was found in a text, and how far the text is from it. */
export interface PhraseMatch {
  start: number;
  end: number;
  /** Word edits: a word with a typo, a word left out of the phrase, or one word too many. */
  cost: number;
}

/** Words of a phrase as they are compared: lower case, no punctuation, no apostrophes. */
export function phraseWords(phrase: string): string[] {
  return wordSpans(phrase).map((span) => foldWord(span.word));
}

/** Edits a phrase of this many words may carry and still be found. */
export function allowedCost(wordCount: number): number {
  return 1 + Math.floor(wordCount / 10);
}

/** Damerau–Levenshtein distance, stopping early once it exceeds limit. */
export function editDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let before: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i += 1) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j += 1) {
      const same = a[i - 1] === b[j - 1];
      let value = Math.min(
        previous[j]! + 1,
        current[j - 1]! + 1,
        previous[j - 1]! + (same ? 0 : 1),
      );
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        value = Math.min(value, before[j - 2]! + 1);
      current.push(value);
      rowMin = Math.min(rowMin, value);
    }
    if (rowMin > limit) return limit + 1;
    before = previous;
    previous = current;
  }
  return previous[b.length]!;
}

/** A typo: one edit in a word long enough that one edit does not make it another common word. */
function isTypo(wanted: string, found: string): boolean {
  return wanted.length >= 4 && found.length >= 4 && editDistance(wanted, found, 1) <= 1;
}

/**
 * The closest occurrence of the phrase in the text, at word level
 * (approximate substring matching: the match may start at any word).
 * Returns null when every occurrence needs more than maxCost edits.
 */
export function findPhrase(words: string[], text: string, maxCost: number): PhraseMatch | null {
  return phraseFinder(words, maxCost)(text);
}

/** Letters and digits of ASCII, which a case-blind Unicode RegExp folds as toLowerCase does. */
const ASCII_WORD = /^[a-z0-9]+$/;

/**
 * findPhrase for one phrase over many texts. A word of the text is a substring of it, so a text
 * missing more than maxCost phrase words even as substrings is ruled out before the costlier
 * split into words; each phrase word's test is compiled once (wordTest), and most texts are
 * ruled out by those tests alone, before any folded copy of them is made.
 */
export function phraseFinder(
  words: string[],
  maxCost: number,
): (text: string) => PhraseMatch | null {
  // Longest first: a long word is the likeliest to be missing, and more than maxCost missing
  // words end the tests.
  const tests = [...words].sort((a, b) => b.length - a.length).map(wordTest);
  const phrase = new Set(words);
  return (text) => {
    let missing = 0;
    for (const holds of tests) {
      if (!holds(text) && (missing += 1) > maxCost) return null;
    }
    return alignPhrase(words, phrase, text, maxCost);
  };
}

/**
 * Whether a text holds a folded word (lower case, no apostrophes) as a substring, as
 * foldWord(text).includes(word) would say, without making the folded copy: an ASCII word is
 * one case-blind pattern that lets apostrophes stand between its letters.
 */
export function wordTest(word: string): (text: string) => boolean {
  if (!ASCII_WORD.test(word)) return (text) => foldWord(text).includes(word);
  const pattern = new RegExp(word.split('').join("['’]*"), 'iu');
  return (text) => pattern.test(text);
}

/** The alignment, once the phrase's words were found in the text as substrings. */
function alignPhrase(
  words: string[],
  phrase: Set<string>,
  text: string,
  maxCost: number,
): PhraseMatch | null {
  const m = words.length;
  if (m === 0) return null;
  const spans = wordSpans(text);
  const folded = spans.map((span) => foldWord(span.word));
  const present = new Set(folded);
  // Each edit can hide at most one phrase word; skip texts that cannot reach the budget.
  let exact = 0;
  for (const word of words) if (present.has(word)) exact += 1;
  if (exact < m - maxCost) return null;
  if (!hasDenseWindow(folded, phrase, m + maxCost, m - maxCost)) return null;
  // A phrase word may be dropped only when enough words remain to mean something.
  const deletionCost = m >= 4 ? 1 : Infinity;

  const n = folded.length;
  let cost = new Array<number>(n + 1).fill(0);
  let start = Array.from({ length: n + 1 }, (_, j) => j);
  for (let i = 1; i <= m; i += 1) {
    const wanted = words[i - 1]!;
    const nextCost = new Array<number>(n + 1);
    const nextStart = new Array<number>(n + 1);
    nextCost[0] = cost[0]! + deletionCost;
    nextStart[0] = 0;
    for (let j = 1; j <= n; j += 1) {
      const found = folded[j - 1]!;
      const substitution = found === wanted ? 0 : isTypo(wanted, found) ? 1 : Infinity;
      let best = cost[j - 1]! + substitution;
      let bestStart = start[j - 1]!;
      // The text has a word the phrase left out.
      if (nextCost[j - 1]! + 1 < best) {
        best = nextCost[j - 1]! + 1;
        bestStart = nextStart[j - 1]!;
      }
      if (cost[j]! + deletionCost < best) {
        best = cost[j]! + deletionCost;
        bestStart = start[j]!;
      }
      nextCost[j] = best;
      nextStart[j] = bestStart;
    }
    cost = nextCost;
    start = nextStart;
  }

  let match: PhraseMatch | null = null;
  for (let j = 1; j <= n; j += 1) {
    const total = cost[j]!;
    const first = start[j]!;
    if (total > maxCost || first >= j) continue;
    if (match === null || total < match.cost) {
      match = { start: spans[first]!.start, end: spans[j - 1]!.end, cost: total };
    }
  }
  return match;
}

/**
 * Whether some run of at most width words holds at least needed words of the phrase. A match with
 * c ≤ maxCost edits spans at most m + maxCost words, and each edit (a typo, a phrase word left
 * out, a word too many) costs at most one of the phrase's m words, so its span holds at least
 * m − maxCost of them: a text without such a run holds no match, and the costlier alignment is
 * skipped. Most candidates hold every phrase word somewhere, scattered.
 */
function hasDenseWindow(
  folded: string[],
  phrase: Set<string>,
  width: number,
  needed: number,
): boolean {
  const hit = folded.map((word) => (phrase.has(word) ? 1 : 0));
  let inWindow = 0;
  for (let j = 0; j < hit.length; j += 1) {
    inWindow += hit[j]!;
    if (j >= width) inWindow -= hit[j - width]!;
    if (inWindow >= needed) return true;
  }
  return false;
}

const LETTERS = 'abcdefghijklmnopqrstuvwxyz';

/** Every spelling one edit from word, most common typing errors first: swaps, drops, changes, additions. */
export function* oneEditVariants(word: string): Generator<string> {
  for (let i = 0; i + 1 < word.length; i += 1) {
    if (word[i] !== word[i + 1]) yield word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2);
  }
  for (let i = 0; i < word.length; i += 1) yield word.slice(0, i) + word.slice(i + 1);
  for (let i = 0; i < word.length; i += 1) {
    for (const letter of LETTERS) {
      if (letter !== word[i]) yield word.slice(0, i) + letter + word.slice(i + 1);
    }
  }
  for (let i = 0; i <= word.length; i += 1) {
    for (const letter of LETTERS) yield word.slice(0, i) + letter + word.slice(i);
  }
}
