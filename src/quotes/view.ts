/**
 * The paragraph view that every attribution rule reads (tokens, sentences, the nearest cue before
 * each token, headline sentences), the shapes of a speaker phrase and an attribution, and the
 * bounds, word sets and small token helpers that the phrase finders, resolution, reported speech
 * and direct-quotation attribution share.
 */
import { findMarkedSpans, type ParagraphMarks, type StepCounter } from './marks.js';
import { tokenize, splitSentences, type Sentence, type Token } from './tokens.js';
import { cueWord, openingPastVerb, phrasalCue, type CueWord } from './cues.js';
import type { NameRun, RunPlace } from './entities.js';
import { BETWEEN_SUBJECT_AND_CUE, PRONOUNS, ROLE_NOUNS, TITLE_WORDS } from './names.js';

export interface ParagraphView {
  index: number;
  text: string;
  marks: ParagraphMarks;
  tokens: Token[];
  sentences: Sentence[];
  /** Sentence index of each token. */
  sentenceOf: Int32Array;
  /** For each token, the index of the nearest cue at or before it (-1 when none). */
  cueAtOrBefore: Int32Array;
  /** 1 for each sentence in Title Case, a headline's: most of its words capitalised. */
  headline: Uint8Array;
}

/** How a sentence names the speaker, before resolution. */
export interface SpeakerPhrase {
  kind: 'name' | 'pronoun' | 'role';
  /** The words of the mention, verbatim. */
  mention: string;
  run: NameRun | null;
  /** The pronoun or role noun, lower case. */
  head: string;
  /** Role words the sentence gives beside the name ("US Chairman of the Joint Chiefs of Staff"). */
  role: string | null;
  /** Token index of the phrase's first token, used as its position. */
  at: number;
}

export interface Attribution {
  speaker: string | null;
  role: string | null;
  mention: string | null;
  cue: string | null;
  /** True when the speaker is a name or resolved reference, not a bare "they" or "officials". */
  named: boolean;
}

export const COLON_CUE: CueWord = { lemma: ':', text: ':', form: 'finite', reports: false };
export const NO_ATTRIBUTION: Attribution = {
  speaker: null,
  role: null,
  mention: null,
  cue: null,
  named: false,
};

/** Bounds that keep every rule constant-time per token, whatever the paragraph. */
export const SUBJECT_WINDOW = 30;
export const AFTER_QUOTE_WINDOW = 25;
export const CLAUSE_MAX_TOKENS = 120;
export const APPOSITIVE_WINDOW = 45;
/** Most words of a phrase of place, time or manner between a cue that needs its quotation beside it and the quotation. */
export const ADJACENT_PHRASE_WORDS = 6;

export const PREPOSITIONS = new Set([
  'in',
  'on',
  'of',
  'at',
  'for',
  'from',
  'with',
  'by',
  'about',
  'to',
  'against',
  'into',
  'over',
  'under',
  'after',
  'before',
  'during',
  'following',
  'like',
  'than',
  'as',
  'toward',
  'towards',
  'via',
  'between',
  'among',
  'including',
  'unlike',
  'behind',
  'without',
  'upon',
  'across',
  'through',
]);
export const DETERMINERS = new Set([
  'the',
  'a',
  'an',
  'his',
  'her',
  'its',
  'their',
  'our',
  'this',
  'that',
  'these',
  'those',
  'one',
  'another',
  'some',
  'several',
  'many',
  'two',
  'three',
]);

/** Words that open an introductory phrase before a sentence's subject: "In response to …, Kishore …". */
export const INTRODUCTORY = new Set([
  'in',
  'on',
  'at',
  'after',
  'before',
  'following',
  'as',
  'while',
  'when',
  'despite',
  'during',
  'since',
  'although',
  'though',
  'if',
  'because',
  'with',
  'for',
  'from',
  'by',
  'amid',
  'unlike',
  'like',
  'last',
  'earlier',
  'later',
  'speaking',
  'asked',
]);

/** Cues whose object is the person addressed: in "“…,” Lee, a lawyer, told AFP", AFP is no speaker. */
export const ADDRESSEE_CUES = new Set([
  'tell',
  'ask',
  'assure',
  'urge',
  'warn',
  'caution',
  'email',
  'text',
]);

/** Words after "said" that begin an adverbial, not a reported clause. */
export const NOT_CLAUSE_START = new Set([
  'yesterday',
  'today',
  'tonight',
  'tomorrow',
  'last',
  'earlier',
  'later',
  'again',
  'then',
  'afterward',
  'afterwards',
  'so',
  'too',
  'also',
  'not',
  'and',
  'or',
  'but',
  'nothing',
  'something',
  'anything',
  'much',
  'little',
  'this',
  'week',
  'month',
  'year',
  'recently',
  'once',
  'twice',
  'before',
  'after',
  'as',
  'when',
  'while',
  'because',
  'what',
  'how',
  'why',
  'whether',
  'who',
  'where',
  'which',
  'to',
  'of',
]);
/** Words that join clauses: a subject found after one of them is not the closing quotation's speaker. */
export const CLAUSE_LINKS = new Set([
  'and',
  'but',
  'or',
  'that',
  'which',
  'because',
  'while',
  'so',
  'if',
  'when',
]);

/** Reads one paragraph, adding the words it writes in lower case to `lowerWords`. */
export function viewParagraph(
  text: string,
  index: number,
  lowerWords: Set<string>,
  counter?: StepCounter,
): ParagraphView {
  const marks = findMarkedSpans(text, counter);
  const tokens = tokenize(text, marks.spans);
  const sentences = splitSentences(tokens, text);
  const sentenceOf = new Int32Array(tokens.length);
  sentences.forEach((s, i) => sentenceOf.fill(i, s.from, s.to));
  const cueAtOrBefore = new Int32Array(tokens.length);
  let last = -1;
  for (let i = 0; i < tokens.length; i++) {
    if (counter) counter.steps++;
    const token = tokens[i]!;
    if (token.kind === 'word' && !token.capital) lowerWords.add(token.lower);
    if (cueAt(tokens, i)) last = i;
    cueAtOrBefore[i] = last;
  }
  const headline = new Uint8Array(sentences.length);
  sentences.forEach((sentence, i) => {
    let words = 0;
    let capitals = 0;
    for (let k = sentence.from; k < sentence.to && words <= HEADLINE_MAX_WORDS; k++) {
      const token = tokens[k]!;
      if (token.kind === 'quote') {
        // "McCain: ‘Bad Angels Of Our Nature’": a headline's quoted words are in Title Case too.
        for (const word of token.text.split(/\s+/)) {
          const code = word.charCodeAt(0);
          if (!word || isDigit(code) || !/[\p{L}]/u.test(word[0]!)) continue;
          words++;
          if (/\p{Lu}/u.test(word[0]!)) capitals++;
        }
        continue;
      }
      // Figures ("2016", "9/11") are neither capitalised nor lower case.
      if (token.kind !== 'word' || isDigit(token.text.charCodeAt(0))) continue;
      words++;
      if (token.capital) capitals++;
    }
    if (
      words >= HEADLINE_MIN_WORDS &&
      words <= HEADLINE_MAX_WORDS &&
      capitals >= HEADLINE_CAPITALS * words
    )
      headline[i] = 1;
  });
  return { index, text, marks, tokens, sentences, sentenceOf, cueAtOrBefore, headline };
}

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

/** A sentence of at least four words, four in five of them capitalised, is a headline's. */
const HEADLINE_MIN_WORDS = 4;
/** Headlines are short: counting stops here, and a longer sentence is prose. */
const HEADLINE_MAX_WORDS = 40;
const HEADLINE_CAPITALS = 0.8;

export function runPlace(view: ParagraphView, token: number): RunPlace {
  const sentence = view.sentenceOf[token]!;
  if (view.headline[sentence] === 1) return 'headline';
  // "“…,” Grace Mugabe told supporters": a name after a quotation opens no sentence.
  const opens = token === view.sentences[sentence]!.from || view.tokens[token - 1]?.text === '(';
  return opens ? 'opening' : 'inside';
}

/**
 * "Said Dorothy Poynter, who grew up with Ali, “…”", "Stated Stone:": a past verb of speech may
 * open its sentence, before its subject's name. Any other capitalised word is no cue ("Trump Says").
 */
function invertedCue(tokens: Token[], i: number): CueWord | undefined {
  if (!tokens[i + 1]?.capital) return undefined;
  const cue = openingPastVerb(tokens, i);
  return cue?.reports ? cue : undefined;
}

/** The cue at token i, if the token is one: a lower-case reporting verb, or "according (to)". */
export function cueAt(tokens: Token[], i: number): CueWord | undefined {
  const token = tokens[i]!;
  if (token.kind !== 'word') return undefined;
  if (token.lower === 'according' && tokens[i + 1]?.lower === 'to')
    return { lemma: 'according to', text: 'according to', form: 'finite', reports: true };
  if (token.capital) return invertedCue(tokens, i);
  const cue = cueWord(token.lower) ?? phrasalCue(tokens, i);
  // "Trump’s charge", "Clinton’s remarks": after a name's possessive the word is a noun; "Clinton’s
  // said" (has said) keeps its verb.
  // "the state of North Carolina", "his claims", "a call": after an article or a possessive
  // pronoun, too; and no past form follows an article ("a noted historian", "the reported deal").
  const previous = tokens[i - 1]?.lower ?? '';
  if (
    cue &&
    (isNamePossessive(tokens[i - 1]) || NOUN_DETERMINERS.has(previous)) &&
    (token.lower === cue.lemma ||
      /s$/.test(token.lower) ||
      (cue.form === 'finite' && ARTICLES.has(previous)))
  )
    return undefined;
  // "to respond to requests from …", "for comment": after a preposition, too ("to" takes a base form).
  const before = tokens[i - 1]?.lower ?? '';
  if (
    cue &&
    (NOUN_PREPOSITIONS.has(before)
      ? token.lower === cue.lemma || /s$/.test(token.lower)
      : before === 'to' && token.lower !== cue.lemma && /s$/.test(token.lower))
  )
    return undefined;
  // "state Sen. Jason Holsman", "state Rep.": "state" before a title is the level of the office.
  // ("Analysts say President Obama …" keeps its verb.)
  if (token.lower === 'state' && TITLE_WORDS.has(tokens[i + 1]?.lower ?? '')) return undefined;
  if (cue?.form === 'participle' && describesNoun(tokens, i, cue)) return undefined;
  // "tweeted a warning.", "at the briefing,": after an article and before punctuation, a form in
  // "-ing" is a noun.
  if (
    cue?.form === 'participle' &&
    ARTICLES.has(before) &&
    tokens[i + 1]?.kind === 'punct' &&
    /^[.,;:!?)]$/.test(tokens[i + 1]!.text)
  )
    return undefined;
  return cue;
}

/** "a", "an", "the". */
export const ARTICLES = new Set(['a', 'an', 'the']);

/**
 * "greeted by screaming protesters", "a shouting match", "bragging rights": a participle after a
 * preposition or an article, before a bare noun, describes the noun. A verb that takes a person
 * as its object ("by telling reporters that …") still reports.
 */
function describesNoun(tokens: Token[], i: number, cue: CueWord): boolean {
  const next = tokens[i + 1];
  if (!next || next.kind !== 'word' || next.capital) return false;
  if (ADJECTIVE_PARTICIPLES.get(tokens[i]!.lower)?.has(next.lower)) return true;
  if (ADDRESSEE_CUES.has(cue.lemma)) return false;
  // "Sexton, a creative writing professor, said": before a person's noun that ends the phrase.
  const after = tokens[i + 2];
  if (
    (ROLE_NOUNS.has(next.lower) || /(?:or|ist|ian)$/.test(next.lower)) &&
    !BETWEEN_SUBJECT_AND_CUE.has(next.lower) &&
    (!after || after.kind === 'punct')
  )
    return true;
  const before = tokens[i - 1]?.lower ?? '';
  if (!PREPOSITIONS.has(before) && !DETERMINERS.has(before)) return false;
  const word = next.lower;
  return !(
    DETERMINERS.has(word) ||
    PRONOUNS.has(word) ||
    PREPOSITIONS.has(word) ||
    word === 'that' ||
    word === 'out' ||
    word === 'back' ||
    isAdverb(word)
  );
}

/** Participles that make a fixed phrase with the noun after them, wherever they stand. */
const ADJECTIVE_PARTICIPLES = new Map([
  ['bragging', new Set(['rights'])],
  ['shouting', new Set(['match', 'matches'])],
  ['screaming', new Set(['match', 'matches'])],
  ['yelling', new Set(['match', 'matches'])],
]);

/**
 * Prepositions after which a verb's base or -s form is a noun: "for comment", "from requests".
 * Not "to" (which takes a base form), nor those that may stand before a clause or compare
 * ("as", "like", "than", "after", "before", "following", "including", "unlike").
 */
const NOUN_PREPOSITIONS = new Set(
  [...PREPOSITIONS].filter(
    (word) =>
      !['to', 'as', 'like', 'than', 'after', 'before', 'following', 'including', 'unlike'].includes(
        word,
      ),
  ),
);

/** Words after which a verb's base or -s form is a noun; "her", "that", "some" may end a subject. */
const NOUN_DETERMINERS = new Set([
  'the',
  'a',
  'an',
  'his',
  'its',
  'their',
  'our',
  'my',
  'your',
  'this',
  'these',
  'another',
]);

export function isNamePossessive(token: Token | undefined): boolean {
  return token !== undefined && token.kind === 'word' && token.capital && /[’']s$/.test(token.text);
}

/** Verbs that link a subject to a description, not to words it said. */
export const COPULAS = new Set([
  'is',
  'was',
  'are',
  'were',
  'be',
  'been',
  'being',
  'seems',
  'seemed',
  'appears',
  'appeared',
  'who',
  'which',
  'whose',
]);

export function countWords(text: string, start: number, end: number): number {
  let words = 0;
  let inWord = false;
  for (let i = start; i < end; i++) {
    const isWordChar = /[\p{L}\p{N}]/u.test(text[i]!);
    if (isWordChar && !inWord) words++;
    inWord = isWordChar;
    if (words > 3 && end - start > 64) return words + 1; // enough to tell a quotation from a scare quote
  }
  return words;
}

/** Prepositions whose phrase completes a role noun: "adviser to Trump", "strategist for one campaign". */
export const ROLE_COMPLEMENTS = new Set(['to', 'for', 'of', 'at', 'with', 'from', 'in']);

/** Nouns of a written text whose owner is its author: "the Navy's statement", "a Pentagon report". */
export const DOCUMENT_NOUNS = new Set([
  'release',
  'statement',
  'report',
  'memo',
  'letter',
  'email',
  'e-mail',
  'tweet',
  'post',
  'filing',
  'announcement',
  'editorial',
  'complaint',
  'lawsuit',
  'website',
  'ad',
  'advertisement',
]);

/** A person's words named as a thing they own: "Clinton's response was: “…”", "Rubio's catch phrase". */
export const SPOKEN_NOUNS = new Set([
  'response',
  'reply',
  'answer',
  'retort',
  'comment',
  'comments',
  'remark',
  'remarks',
  'words',
  'phrase',
  'slogan',
  'message',
  'rejection',
  'warning',
  'promise',
  'pledge',
  'quip',
  'suggestion',
  'advice',
  // Speech acts named as nouns: "Benjamin's assertion that “…”", "Ridge's admission that …".
  'assertion',
  'insistence',
  'admission',
  'claim',
  'argument',
  'contention',
  'accusation',
  'demand',
  'vow',
  'declaration',
  'explanation',
  'prediction',
  'denial',
  'boast',
  'assurance',
]);

export const RELATIVE = /^(?:who|whom|whose|which|that)$/i;

/** An adverb in "-ly" ("reportedly", "bluntly"); "ally" and other role nouns in "-ly" are not. */
export function isAdverb(lower: string): boolean {
  return /ly$/.test(lower) && !ROLE_NOUNS.has(lower);
}

export function isBetweenWord(token: Token): boolean {
  return (
    token.kind === 'word' &&
    !token.capital &&
    (BETWEEN_SUBJECT_AND_CUE.has(token.lower) || isAdverb(token.lower))
  );
}

/** Small words Title Case leaves in lower case: "Tales From the Crypt", "Party of the Year". */
const TITLE_SMALL_WORDS = new Set([
  'a',
  'an',
  'the',
  'of',
  'and',
  'or',
  'in',
  'on',
  'to',
  'for',
  'at',
  'by',
  'with',
  'from',
]);

/**
 * “Good Morning America”, “Perfect Enough: Carly Fiorina and the Reinvention of Hewlett-Packard”:
 * words in marks all capitalised but the small ones, with no sentence's punctuation, are a title
 * (a show, a book, a slogan), not anyone's words.
 */
export function isTitle(quoted: string, sentencePeriod = false): boolean {
  // “Tides of the Calder Sound,”: American style keeps the sentence's comma inside the marks, and
  // (where the caller allows it) the period of a sentence the title ends ("a co-author of ''Those
  // Guys Have All the Fun.''").
  const trimmed = quoted.trim().replace(sentencePeriod ? /[,.]$/ : /,$/, '');
  // “MAKE AMERICA GREAT AGAIN” in capitals throughout is shouted, not a title.
  if (!/\p{Ll}/u.test(trimmed)) return false;
  if (/[.!?,;]$/.test(trimmed) || /[.!?] /.test(trimmed)) return false;
  const words = trimmed.match(/[\p{L}\d][\p{L}\d'’-]*/gu) ?? [];
  if (words.length < 2) return false;
  return words.every((w, i) => /^[\p{Lu}\d]/u.test(w) || (i > 0 && TITLE_SMALL_WORDS.has(w)));
}
