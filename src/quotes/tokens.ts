/**
 * Words, punctuation and quoted spans of one paragraph, and its sentences. A quoted span is one
 * token, so attribution rules see "“…,” Kishore wrote" as three tokens whatever the quote holds.
 */
import type { MarkedSpan } from './marks.js';
import { cueWord, phrasalCue } from './cues.js';

export interface Token {
  text: string;
  /** Lower case, curly apostrophes made straight. */
  lower: string;
  start: number;
  end: number;
  kind: 'word' | 'punct' | 'quote';
  /** Index into the paragraph's spans, for quote tokens. */
  span: number;
  /** True for a word starting with a capital letter. */
  capital: boolean;
}

export interface Sentence {
  /** Token index range, end exclusive. */
  from: number;
  to: number;
}

const WORD = /[\p{L}\p{N}]+(?:[’'\-.&][\p{L}\p{N}]+)*|[^\s\p{L}\p{N}]/gu;
const CAPITAL = /^\p{Lu}/u;

/** Words whose following period is part of the word, not the end of a sentence. */
const ABBREVIATIONS = new Set([
  'mr',
  'mrs',
  'ms',
  'dr',
  'sen',
  'rep',
  'reps',
  'del', // a delegate to Congress: "Del. Stacey Plaskett"
  'gov',
  'gen',
  'lt',
  'col',
  'sgt',
  'capt',
  'adm',
  'st',
  'jr',
  'sr',
  'prof',
  'rev',
  'vs',
  'no',
  'inc',
  'co',
  'corp',
  'ltd',
  'dept',
  'jan',
  'feb',
  'mar',
  'apr',
  'aug',
  'sept',
  'sep',
  'oct',
  'nov',
  'dec',
  'mt',
  'ft',
  'messrs',
  'pres',
  'atty',
  'supt',
  'cmdr',
  'u.s',
  'u.k',
  'd.c',
  'u.n',
  'e.g',
  'i.e',
  'a.m',
  'p.m',
]);

export function tokenize(text: string, spans: MarkedSpan[]): Token[] {
  const tokens: Token[] = [];
  let cursor = 0;
  for (let s = 0; s <= spans.length; s++) {
    const span = spans[s];
    const segmentEnd = span ? span.open : text.length;
    tokenizeSegment(text, cursor, segmentEnd, tokens);
    if (span) {
      tokens.push({
        text: text.slice(span.start, span.end),
        lower: '',
        start: span.open,
        end: span.close,
        kind: 'quote',
        span: s,
        capital: false,
      });
      cursor = span.close;
    }
  }
  return tokens;
}

function tokenizeSegment(text: string, from: number, to: number, tokens: Token[]): void {
  const segment = text.slice(from, to);
  WORD.lastIndex = 0;
  for (let match = WORD.exec(segment); match; match = WORD.exec(segment)) {
    const raw = match[0];
    const start = from + match.index;
    // Emphasis marks (*Times*, _Post_) carry no meaning for attribution.
    if (raw === '*' || raw === '_') continue;
    const isWord = /[\p{L}\p{N}]/u.test(raw);
    const previous = tokens[tokens.length - 1];
    if (
      raw === '.' &&
      previous &&
      previous.kind === 'word' &&
      previous.end === start &&
      isAbbreviation(previous.text)
    ) {
      previous.text += '.';
      previous.lower += '.';
      previous.end += 1;
      continue;
    }
    // "--" is one dash, as typewriters and some wires write "—".
    if (raw === '-' && previous?.text === '-' && previous.end === start) {
      previous.text = previous.lower = '--';
      previous.end += 1;
      continue;
    }
    tokens.push({
      text: raw,
      lower: raw.toLowerCase().replace(/’/g, "'"),
      start,
      end: start + raw.length,
      kind: isWord ? 'word' : 'punct',
      span: -1,
      capital: isWord && CAPITAL.test(raw),
    });
  }
}

/** A quotation whose words end with the sentence's comma: "“… by spring,” adding that …". */
export function closesWithComma(token: Token | undefined): boolean {
  return token?.kind === 'quote' && /,\s*$/.test(token.text);
}

/** Whether only punctuation stands before token t in its sentence (the quotation or cue opens it). */
export function startsSentence(tokens: Token[], t: number, sentence: Sentence): boolean {
  for (let i = sentence.from; i < t; i++) if (tokens[i]!.kind !== 'punct') return false;
  return true;
}

/** Marks that set off a phrase as a dash does: "—", "–", "―", "--", or a hyphen standing alone. */
const DASHES = new Set(['—', '–', '―', '--', '-']);

export function isDash(token: Token | undefined): boolean {
  return token !== undefined && token.kind === 'punct' && DASHES.has(token.text);
}

/** Whether a period after this word is part of it ("Mr.", "Sen.", an initial), not a sentence's end. */
export function isAbbreviation(word: string): boolean {
  if (/^\p{Lu}$/u.test(word)) return true; // an initial: "Charles Q. Brown"
  if (/^(?:\p{Lu}\.)+\p{Lu}$/u.test(word)) return true; // dotted initials: "J.M. Berger", "C.I.A. analyst"
  return ABBREVIATIONS.has(word.toLowerCase());
}

/** Capitalised words that open a sentence and never continue an abbreviation's name: "… the U.S. He". */
const SENTENCE_OPENERS = new Set([
  'he',
  'she',
  'it',
  'they',
  'we',
  'i',
  'you',
  'the',
  'a',
  'an',
  'this',
  'that',
  'these',
  'those',
  'but',
  'and',
  'in',
  'on',
  'at',
  'for',
  'if',
  'when',
  'while',
  'there',
  'his',
  'her',
  'their',
  'its',
  'our',
  'my',
]);

/**
 * "… for the C.I.A. He said": a dotted abbreviation keeps its period, but ends its sentence before a
 * capitalised word that opens one; "the A.F.L.-C.I.O. and …" goes on.
 */
export function endsAbbreviatedSentence(token: Token, next: Token): boolean {
  // The cheap tests first: this runs for every pair of tokens.
  return (
    next.kind === 'word' &&
    next.capital &&
    token.kind === 'word' &&
    token.text.endsWith('.') &&
    SENTENCE_OPENERS.has(next.lower) &&
    /^(?:\p{L}\.)+\p{L}\.$/u.test(token.text)
  );
}

/** At most this many capitalised words name the speaker between a quotation and its cue. */
const NAME_BEFORE_CUE = 5;

/**
 * "“Pat Kennedy is the greatest!!!” McDonough wrote": after a quotation ending in ! or ?, a name and a
 * reporting verb continue the sentence.
 */
function isNamedCueAt(tokens: Token[], from: number): boolean {
  let k = from;
  while (k < tokens.length && k - from < NAME_BEFORE_CUE && tokens[k]!.capital) k++;
  if (k === from) return false;
  // "“… win Loudoun?’” Will Estrada, the chairman for the exurb, said": an appositive between
  // commas may stand between the name and its verb.
  if (tokens[k]?.text === ',') {
    let close = k + 1;
    while (
      close < tokens.length &&
      close - k <= APPOSITIVE_BEFORE_CUE &&
      tokens[close]!.kind !== 'quote' &&
      !/^[,.!?;:]$/.test(tokens[close]!.text)
    )
      close++;
    if (close > k + 1 && tokens[close]?.text === ',') k = close + 1;
  }
  const verb = tokens[k];
  return (
    verb !== undefined &&
    verb.kind === 'word' &&
    !verb.capital &&
    (cueWord(verb.lower) !== undefined || phrasalCue(tokens, k) !== undefined)
  );
}

/** Most words of an appositive between a name and its cue after a quotation: "the chairman for the exurb". */
const APPOSITIVE_BEFORE_CUE = 10;

/**
 * Sentences end at . ! ? (or a quotation ending in one) when the next token starts a new
 * sentence: a capital, a quotation, or the paragraph's end.
 */
export function splitSentences(tokens: Token[], text: string): Sentence[] {
  const sentences: Sentence[] = [];
  let from = 0;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    const next = tokens[i + 1];
    let ends = false;
    if (
      token.kind === 'punct' &&
      (token.text === '.' || token.text === '!' || token.text === '?')
    ) {
      ends = !next || next.capital || next.kind === 'quote' || /^[“"‘(]/.test(next.text);
    } else if (next && endsAbbreviatedSentence(token, next)) {
      ends = true;
    } else if (token.kind === 'quote') {
      const inner = text.slice(token.start, token.end).replace(/[\s”"’'»]+$/, '');
      ends =
        /[.!?]$/.test(inner) &&
        (!next || next.capital || next.kind === 'quote') &&
        !(/[!?]$/.test(inner) && isNamedCueAt(tokens, i + 1));
    }
    if (ends || !next) {
      sentences.push({ from, to: i + 1 });
      from = i + 1;
    }
  }
  return sentences;
}
