import { stemmer } from 'stemmer';

/**
 * Words dropped from the index and from queries: English function words.
 * The longer list (closer to Terrier's than to Lucene's 33 words) raised MAP
 * on Cranfield and Vaswani without dropping content words such as "state" or "right".
 */
const STOP_WORDS = new Set(
  (
    'a about above across after again against all along already also although always am among amongst an ' +
    'and another any anyone anything anyway anywhere are around as at be became because become becomes ' +
    'becoming been before beforehand behind being below beside besides between beyond both but by can ' +
    'cannot could did do does doing done down due during each eg either else etc even ever every everyone ' +
    'everything everywhere except few for from further get give given go had has have having he hence her ' +
    'here hereafter hereby herein hereupon hers herself him himself his how however i ie if in indeed into ' +
    'is it its itself just keep last latter least less made many may me meanwhile might mine more moreover ' +
    'most mostly much must my myself namely neither never nevertheless next no nobody none nor not nothing ' +
    'now nowhere of off often on once only onto or other others otherwise our ours ourselves out over own ' +
    'per perhaps please put rather re same see seem seemed seeming seems several she should since so some ' +
    'somehow someone something sometime sometimes somewhere still such take than that the their theirs ' +
    'them themselves then thence there thereafter thereby therefore therein thereupon these they this ' +
    'those through thus to together too toward towards under until up upon us various very via was we ' +
    'well were what whatever whence whenever when where whereas whereby wherein whereupon wherever whether ' +
    'which while who whoever whole whom whose why will with within without would yet you your yours ' +
    'yourself yourselves'
  ).split(' '),
);

/** Letters and digits, with inner apostrophes kept so that "Biden's" stays one word. */
const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}\p{N}]+)*/gu;

const POSSESSIVE = /['’]s$/;
const APOSTROPHES = /['’]/g;

/** Stemming dominates build time; most words repeat, so each form is stemmed once. */
const processedCache = new Map<string, string | null>();
const CACHE_LIMIT = 500_000;

/** One word as it is indexed and queried: lower case, no possessive, no stop word, Porter stem. */
export function processTerm(word: string): string | null {
  const cached = processedCache.get(word);
  if (cached !== undefined) return cached;
  const lower = word.toLowerCase().replace(POSSESSIVE, '').replace(APOSTROPHES, '');
  const processed = lower.length === 0 || STOP_WORDS.has(lower) ? null : stemmer(lower);
  if (processedCache.size >= CACHE_LIMIT) processedCache.clear();
  processedCache.set(word, processed);
  return processed;
}

export function isStopWord(word: string): boolean {
  return STOP_WORDS.has(word.toLowerCase().replace(POSSESSIVE, '').replace(APOSTROPHES, ''));
}

export function tokenize(text: string): string[] {
  return text.match(WORD) ?? [];
}

export interface WordSpan {
  word: string;
  start: number;
  end: number;
}

/** Words of a text with their [start, end) offsets. */
export function wordSpans(text: string): WordSpan[] {
  const spans: WordSpan[] = [];
  for (const match of text.matchAll(WORD)) {
    spans.push({ word: match[0], start: match.index, end: match.index + match[0].length });
  }
  return spans;
}

/**
 * Offsets of the words of text whose processed term is in terms: the matched words of a hit.
 * A Porter stem keeps its word's first letter, so a word whose lower-case first letter starts no
 * term is passed over without being stemmed (a hit's passage has ten times more words than matches).
 */
export function termSpans(text: string, terms: ReadonlySet<string>): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  if (terms.size === 0) return spans;
  const initials = new Set<string>();
  for (const term of terms) initials.add(term.charAt(0));
  for (const match of text.matchAll(WORD)) {
    const word = match[0];
    const first = word.charCodeAt(0);
    const surrogate = first >= 0xd800 && first <= 0xdfff;
    if (!surrogate && !initials.has(word.charAt(0).toLowerCase().charAt(0))) continue;
    const term = processTerm(word);
    if (term !== null && terms.has(term)) spans.push([match.index, match.index + word.length]);
  }
  return spans;
}

/** Distinct processed terms of a query, in order of first appearance. */
export function queryTerms(query: string): string[] {
  const terms: string[] = [];
  for (const word of tokenize(query)) {
    const term = processTerm(word);
    if (term !== null && !terms.includes(term)) terms.push(term);
  }
  return terms;
}

/** Word form used to compare phrases: case, curly quotes and apostrophes folded away. */
export function foldWord(word: string): string {
  return word.toLowerCase().replace(APOSTROPHES, '');
}
