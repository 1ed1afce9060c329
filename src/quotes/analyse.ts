/**
 * Quotation extraction and speaker attribution for one article.
 *
 * Two passes over the paragraphs, each linear in the article's length:
 * 1. read quote marks, tokens and sentences; collect the names the article uses (and pronoun
 *    evidence of gender);
 * 2. for every quoted span and every reporting cue, find the speaker by the patterns of news
 *    prose, then resolve the mention to the fullest name in the article.
 *
 * Rules, in the order they are tried for a quoted span:
 * - after the span: `“…,” Smith said`, `“…,” said Smith`, `“…,” the economist Jared Bernstein, a
 *   former adviser, wrote`, `“…,” according to Smith` (tried first when the span opens its sentence);
 * - before the span, the nearest cue in its sentence: `Smith said: “…”`, `Smith told the paper that
 *   … “…”`, `according to Smith, “…”`; a participle without its own subject (`…, writing that “…”`,
 *   `adding, “…”`) takes the subject of the sentence's earlier cue, or else the sentence's subject;
 * - a span that is a whole sentence with no cue continues the speaker of the previous quotation in
 *   the paragraph, or of the previous paragraph when that one ended with an attributed quotation or
 *   with a colon;
 * - a quotation spread over paragraphs (opening mark repeated at each paragraph start, closed only at
 *   the end) shares one speaker.
 * Scare quotes: a span of one to three words counts only when a cue attributes it to a named speaker.
 *
 * Block quotation (best effort): a paragraph with no quotation marks of its own and no cue is the
 * continuation of a statement when the paragraph before it ends either with a cue and a colon
 * ("Cruz continued:"), or with a whole-sentence quotation attributed by "stated", "wrote" or
 * "declared" ("“…,” Kishore stated."). It becomes a direct quotation of that speaker.
 *
 * Reported speech: a reporting verb with a subject followed by a clause (`Smith said (that) …`,
 * `Brown told the paper that …`, `according to Smith, …`, `…, Smith said.`) gives a quotation with
 * direct: false whose text is the clause up to the sentence's end; quoted parts inside it are also
 * reported as direct quotations.
 */
import type { Article } from '../articles/types.js';
import type { Quotation } from './types.js';
import {
  findMarkedSpans,
  type MarkedSpan,
  type ParagraphMarks,
  type StepCounter,
} from './marks.js';
import { tokenize, splitSentences, type Sentence, type Token } from './tokens.js';
import { transcriptTurns, type TranscriptTurn } from './transcript.js';
import {
  AMBIGUOUS_BASES,
  contentVerb,
  cueWord,
  givesWords,
  isBeliefVerb,
  phrasalCue,
  type CueWord,
} from './cues.js';
import {
  ArticleEntities,
  isNameToken,
  nameRunEndingAt,
  nameRunStartingAt,
  position,
  type Entity,
  type NameRun,
  type RunPlace,
} from './entities.js';
import {
  BETWEEN_SUBJECT_AND_CUE,
  isPlaceName,
  MEDIA_ROLE_NOUNS,
  ORGANISATION_WORDS,
  OWNED_BODIES,
  NAME_TITLES,
  PRONOUNS,
  ROLE_NOUNS,
  TITLE_WORDS,
  WEEKDAYS,
} from './names.js';

interface ParagraphView {
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
interface SpeakerPhrase {
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

interface Attribution {
  speaker: string | null;
  role: string | null;
  mention: string | null;
  cue: string | null;
  /** True when the speaker is a name or resolved reference, not a bare "they" or "officials". */
  named: boolean;
}

const COLON_CUE: CueWord = { lemma: ':', text: ':', form: 'finite', reports: false };
const NO_ATTRIBUTION: Attribution = {
  speaker: null,
  role: null,
  mention: null,
  cue: null,
  named: false,
};

/** Bounds that keep every rule constant-time per token, whatever the paragraph. */
const SUBJECT_WINDOW = 30;
const AFTER_QUOTE_WINDOW = 25;
const CLAUSE_MAX_TOKENS = 120;
const APPOSITIVE_WINDOW = 45;
/** Most words of a phrase of place, time or manner between a cue that needs its quotation beside it and the quotation. */
const ADJACENT_PHRASE_WORDS = 6;

const PREPOSITIONS = new Set([
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
const DETERMINERS = new Set([
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
const CLAUSE_STARTERS = new Set([
  'he',
  'she',
  'they',
  'it',
  'we',
  'i',
  'there',
  'you',
  'his',
  'her',
  'their',
  'its',
  'this',
  'the',
  'a',
  'an',
  'some',
  'no',
  'most',
  'many',
  'if',
]);
/** Words that open an introductory phrase before a sentence's subject: "In response to …, Kishore …". */
const INTRODUCTORY = new Set([
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
/** Verbs that report speech only right beside the quotation: "he continued, “…”", not "positions continue …". */
const ADJACENT_ONLY = new Set([
  'continue',
  'respond',
  'reply',
  'conclude',
  'ask',
  'read',
  'answer',
]);
/** Cues whose object is the person addressed: in "“…,” Lee, a lawyer, told AFP", AFP is no speaker. */
const ADDRESSEE_CUES = new Set([
  'tell',
  'ask',
  'assure',
  'urge',
  'warn',
  'caution',
  'email',
  'text',
]);
/** Words after "said Smith," that start a new clause rather than describe Smith. */
const APPOSITIVE_BREAKERS = new Set([
  'and',
  'but',
  'or',
  'so',
  'he',
  'she',
  'they',
  'it',
  'i',
  'we',
  'because',
  'adding',
  'noting',
  'saying',
  'while',
  'although',
  'though',
  'if',
  'when',
]);
/** Words after "said" that begin an adverbial, not a reported clause. */
const NOT_CLAUSE_START = new Set([
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
const CLAUSE_LINKS = new Set([
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
const STATEMENT_LEMMAS = new Set(['state', 'write', 'declare']);

export interface AnalyseOptions {
  /** Counts the work done, for tests that assert linear time. */
  counter?: StepCounter;
}

export function analyseArticle(article: Article, options: AnalyseOptions = {}): Quotation[] {
  const counter = options.counter;
  const lowerWords = new Set<string>();
  const views = article.paragraphs.map((text, index) =>
    viewParagraph(text, index, lowerWords, counter),
  );
  const entities = new ArticleEntities(lowerWords);
  for (const view of views) observeNames(view, entities, counter);
  entities.settle();

  const turns = transcriptTurns(views, entities);

  const quotations: Quotation[] = [];
  let carried: Attribution | null = null;
  /** Pieces of a quotation that runs over paragraphs under one opening mark. */
  let chain: Quotation[] = [];
  for (const view of views) {
    const found = attributeParagraph(view, entities, carried, article.id, counter);
    const turn = turns.get(view.index);
    if (turn) {
      const spoken = turnQuotation(view, turn, article.id);
      closeChain(chain);
      // "“PENCE: …" under an opening mark that runs on: the paragraphs after it go on in his words.
      const runsOn = view.marks.opensWithMark && view.marks.spans[0]?.closed === false;
      chain = runsOn ? [spoken] : [];
      quotations.push(spoken, ...insideTurn(found.quotations, spoken));
      carried = { ...spoken, named: true };
      continue;
    }
    if (chain.length > 0 && found.leading && view.marks.opensWithMark) chain.push(found.leading);
    else closeChain(chain);
    if (found.trailingOpen) {
      if (chain.length === 0 || chain[chain.length - 1] !== found.trailingOpen) {
        closeChain(chain);
        chain = [found.trailingOpen];
      }
    } else {
      closeChain(chain);
      chain = [];
    }
    quotations.push(...found.quotations);
    carried = found.carry;
  }
  closeChain(chain);
  return quotations;
}

function turnQuotation(view: ParagraphView, turn: TranscriptTurn, articleId: string): Quotation {
  return {
    articleId,
    paragraph: view.index + 1,
    text: view.text.slice(turn.start, turn.end),
    speaker: turn.speaker,
    role: null,
    mention: turn.label,
    cue: ':',
    direct: true,
    start: turn.start,
    end: turn.end,
  };
}

/**
 * What else a transcript turn holds: reported speech and quotations of other speakers stay; the
 * turn's own words, found again as an unattributed or same-speaker quotation, do not.
 */
function insideTurn(found: Quotation[], turn: Quotation): Quotation[] {
  return found.filter(
    (q) => !q.direct || (q.start >= turn.start && q.speaker !== null && q.speaker !== turn.speaker),
  );
}

/** A quotation spread over paragraphs has one speaker: the first one any piece names. */
function closeChain(chain: Quotation[]): void {
  const named = chain.find((q) => q.speaker !== null);
  if (!named) return;
  for (const q of chain) {
    if (q.speaker !== null) continue;
    q.speaker = named.speaker;
    q.role = named.role;
    q.mention = named.mention;
    q.cue = named.cue;
  }
  chain.length = 0;
}

/** Reads one paragraph, adding the words it writes in lower case to `lowerWords`. */
function viewParagraph(
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

function runPlace(view: ParagraphView, token: number): RunPlace {
  const sentence = view.sentenceOf[token]!;
  if (view.headline[sentence] === 1) return 'headline';
  // "“…,” Grace Mugabe told supporters": a name after a quotation opens no sentence.
  const opens = token === view.sentences[sentence]!.from || view.tokens[token - 1]?.text === '(';
  return opens ? 'opening' : 'inside';
}

/** The cue at token i, if the token is one: a lower-case reporting verb, or "according (to)". */
function cueAt(tokens: Token[], i: number): CueWord | undefined {
  const token = tokens[i]!;
  if (token.kind !== 'word') return undefined;
  if (token.lower === 'according' && tokens[i + 1]?.lower === 'to')
    return { lemma: 'according to', text: 'according to', form: 'finite', reports: true };
  if (token.capital) return undefined;
  const cue = cueWord(token.lower) ?? phrasalCue(token.lower, tokens[i + 1]?.lower);
  // "Trump’s charge", "Clinton’s remarks": after a name's possessive the word is a noun; "Clinton’s
  // said" (has said) keeps its verb.
  // "the state of North Carolina", "his claims", "a call": after an article or a possessive
  // pronoun, too.
  if (
    cue &&
    (isNamePossessive(tokens[i - 1]) || NOUN_DETERMINERS.has(tokens[i - 1]?.lower ?? '')) &&
    (token.lower === cue.lemma || /s$/.test(token.lower))
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
  return cue;
}

/** Prepositions after which a verb's base or -s form is a noun: "for comment", "from requests". */
const NOUN_PREPOSITIONS = new Set([
  'in',
  'on',
  'of',
  'at',
  'for',
  'from',
  'with',
  'by',
  'about',
  'against',
  'into',
  'over',
  'under',
  'during',
  'toward',
  'towards',
  'via',
  'between',
  'among',
  'without',
]);

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
]);

function isNamePossessive(token: Token | undefined): boolean {
  return token !== undefined && token.kind === 'word' && token.capital && /[’']s$/.test(token.text);
}

function observeNames(view: ParagraphView, entities: ArticleEntities, counter?: StepCounter): void {
  const { tokens } = view;
  let i = 0;
  while (i < tokens.length) {
    if (counter) counter.steps++;
    const token = tokens[i]!;
    if (token.kind === 'word' && token.capital && opensTimeAdverbial(tokens, i)) {
      i += 2;
      continue;
    }
    if (token.kind === 'word' && token.capital) {
      const run = nameRunStartingAt(tokens, i, tokens.length);
      const atSentenceStart =
        i === view.sentences[view.sentenceOf[i]!]!.from || tokens[i - 1]?.kind === 'quote';
      if (run && (!atSentenceStart || run.words.length > 1 || run.titleWords.length > 0))
        entities.confirmNameWords(run.words);
      const entity = run
        ? entities.observe(
            run,
            position(view.index, tokens[run.nameFrom]!.start),
            runPlace(view, run.from),
          )
        : null;
      if (run && entity) entities.describe(entity, descriptorWords(tokens, run));
      i = run ? Math.max(run.to, i + 1) : i + 1;
      continue;
    }
    if (token.kind === 'word') {
      const at = position(view.index, token.start);
      if (token.lower === 'he' || token.lower === 'his' || token.lower === 'him')
        entities.observePronoun('male', at);
      else if (token.lower === 'she' || token.lower === 'her' || token.lower === 'hers')
        entities.observePronoun('female', at);
    }
    i++;
  }
}

/**
 * Words that describe a named person or organisation where it is named: its titles, the words just
 * before ("the authority's spokeswoman, Priya Anand") and an appositive after ("Ngozi Okafor, chair
 * of the Calder Tenants' Association"). "The spokeswoman said" later resolves through them.
 */
function descriptorWords(tokens: Token[], run: NameRun): string[] {
  const words = [...run.titleWords, ...run.words.map((w) => w.toLowerCase())];
  for (let k = run.from - 1; k >= 0 && run.from - k <= 4; k--) {
    const token = tokens[k]!;
    // "the union called Clinton …": words before a verb describe its subject, not its object.
    if (token.kind === 'word' && (cueAt(tokens, k) || reportingAt(tokens, k))) break;
    if (token.kind === 'word') words.push(token.lower.replace(/'s$/, ''));
    else if (token.text !== ',') break;
  }
  if (tokens[run.to]?.text === ',') {
    for (let k = run.to + 1; k < tokens.length && k - run.to <= 8; k++) {
      const token = tokens[k]!;
      if (token.kind !== 'word' || cueAt(tokens, k)) break;
      words.push(token.lower.replace(/'s$/, ''));
    }
  }
  return words;
}

interface ParagraphResult {
  quotations: Quotation[];
  /** Attribution that a following paragraph of bare quotation (or block quotation) continues. */
  carry: Attribution | null;
  /** The direct quotation of a span that opens the paragraph. */
  leading: Quotation | null;
  /** The direct quotation of a span the paragraph leaves open. */
  trailingOpen: Quotation | null;
}

function attributeParagraph(
  view: ParagraphView,
  entities: ArticleEntities,
  carried: Attribution | null,
  articleId: string,
  counter?: StepCounter,
): ParagraphResult {
  const { tokens, text } = view;
  const quotations: Quotation[] = [];
  let previous: Attribution | null = null;
  let previousSentence = -1;
  let previousAt = -1;
  let lastDirect: Attribution | null = null;
  let leading: Quotation | null = null;
  let trailingOpen: Quotation | null = null;
  const spans = view.marks.spans;

  const reported: Quotation[] = [];
  const firstNameAt = firstNameInProse(view);
  for (let t = 0; t < tokens.length; t++) {
    if (counter) counter.steps++;
    const token = tokens[t]!;
    const sentence = view.sentences[view.sentenceOf[t]!]!;
    // Reported speech is read at each sentence's end, so speakers are noted in text order.
    if (t === sentence.to - 1)
      reported.push(...reportedSpeech(view, sentence, entities, articleId));
    if (token.kind !== 'quote') continue;
    const span = spans[token.span]!;
    let found = attributeQuote(view, t, sentence, entities);
    // "“…,” said Pantucci, a director, “but …”": the second part of a split quotation.
    if (
      !found.speaker &&
      !found.mention &&
      previous &&
      previousSentence === view.sentenceOf[t] &&
      view.cueAtOrBefore[t - 1]! > previousAt
    )
      found = previous;
    const words = countWords(text, span.start, span.end);
    if (words === 0) continue;
    // Only a cue before the quotation rules out its framing clause: in "referred to Okonkwo as
    // “a steady partner” but described his plan as unfinished", the later cue frames other words.
    const cueBefore = t === 0 ? -1 : view.cueAtOrBefore[t - 1]!;
    if (!found.speaker && !found.cue) {
      const framed = framingClause(view, t, sentence, entities, articleId);
      // A cue before the quotation that is not the framing verb itself reports other words.
      const framedBy = framed && (cueBefore < sentence.from || cueBefore === framed.verb);
      if (
        framed &&
        framedBy &&
        (words > 3 || framesShortQuote(framed.who, text.slice(span.start, span.end)))
      ) {
        found = framed.who;
        if (framed.clause) reported.push(framed.clause);
      }
    }
    if (
      !found.speaker &&
      !found.cue &&
      (standsAlone(tokens, t, sentence) || !hasCueIn(view, sentence))
    ) {
      const carries = startsParagraph(tokens, t) || (words > 3 && t < firstNameAt);
      const inherited =
        previous ??
        (carries ? carried : null) ??
        (words > 3 && standsAlone(tokens, t, sentence)
          ? reportJustBefore(view, sentence, reported, entities)
          : null);
      if (inherited) found = inherited;
    }
    // A short span is a scare quote unless a named speaker says it, or it is a whole utterance
    // ending in its own punctuation before a cue with a definite role: "“We need change,” the
    // businessman said".
    // An exclamation or a question is an utterance whoever says it: "a man yelled “Stay there!”".
    const ending = view.text.slice(span.start, span.end).trimEnd();
    const utterance =
      found.cue !== null &&
      found.mention !== null &&
      (/^the\s/i.test(found.mention) ? /[,.!?]$/.test(ending) : /[!?]$/.test(ending));
    if (words <= 3 && !found.named && !utterance) continue;
    // In a headline every word is capitalised, so there capitals tell nothing; a quotation that
    // opens its sentence ("“I Will Never Give Up On You,” Trump told the crowd") is uttered.
    if (
      view.headline[view.sentenceOf[t]!] !== 1 &&
      !startsSentence(tokens, t, sentence) &&
      isTitle(view.text.slice(span.start, span.end))
    )
      continue;
    const quotation = direct(articleId, view, span, found);
    if (startsParagraph(tokens, t)) leading = quotation;
    if (!span.closed) trailingOpen = quotation;
    quotations.push(quotation);
    // Within a paragraph, a bare quotation continues whoever spoke last, named or not ("one senior Democrat").
    if (found.speaker || found.mention) {
      previous = found;
      previousSentence = view.sentenceOf[t]!;
      previousAt = t;
    }
    if (found.speaker) lastDirect = found;
  }

  quotations.push(...onePerSpan(reported));
  quotations.sort((a, b) => a.start - b.start || (a.direct === b.direct ? 0 : a.direct ? 1 : -1));

  // A quotation that inherited a block introduction ("Lee echoed:") hands on its speaker, not the
  // introduction: the prose paragraph after it is no block quotation.
  let carry: Attribution | null =
    lastDirect && isBlockIntroduction(lastDirect) ? { ...lastDirect } : lastDirect;
  const closing = closingIntroduction(view, entities, lastDirect);
  if (closing) carry = closing;
  else if (!endsWithAttributedQuote(view, lastDirect))
    carry = closingReport(view, reported, entities);

  if (
    !spans.some((span) => span.level === 'double') &&
    reported.length === 0 &&
    carried?.cue &&
    isBlockIntroduction(carried) &&
    !hasOwnCue(view)
  ) {
    const end = trimmedEnd(text);
    if (countWords(text, 0, end) >= 4) {
      quotations.unshift({
        articleId,
        paragraph: view.index + 1,
        text: text.slice(0, end),
        speaker: carried.speaker,
        role: carried.role,
        mention: carried.mention,
        cue: carried.cue,
        direct: true,
        start: 0,
        end,
      });
    }
  }
  return { quotations, carry, leading, trailingOpen };
}

/**
 * A clause read twice, once as what frames a quotation and once as what a verb reports, is one
 * quotation: the one that names its speaker, and names them more fully.
 */
function onePerSpan(reported: Quotation[]): Quotation[] {
  if (reported.length < 2) return reported;
  const bySpan = new Map<string, Quotation>();
  for (const q of reported) {
    const key = `${q.start}:${q.end}`;
    const kept = bySpan.get(key);
    if (!kept || fuller(q, kept)) bySpan.set(key, q);
  }
  return bySpan.size === reported.length ? reported : [...bySpan.values()];
}

function fuller(a: Quotation, b: Quotation): boolean {
  if ((a.speaker === null) !== (b.speaker === null)) return a.speaker !== null;
  return (a.mention?.length ?? 0) > (b.mention?.length ?? 0);
}

/**
 * "Bolton said he would help the campaign. “I’m going to support him.”": a quotation standing as its
 * own sentence goes on in the words of the named speaker whose reported clause ends the sentence
 * just before it, in the same paragraph.
 */
function reportJustBefore(
  view: ParagraphView,
  sentence: Sentence,
  reported: Quotation[],
  entities: ArticleEntities,
): Attribution | null {
  const index = view.sentenceOf[sentence.from]!;
  if (index === 0) return null;
  const before = view.sentences[index - 1]!;
  const from = view.tokens[before.from]!.start;
  const q = reported.find((r) => !r.direct && r.start >= from);
  if (q) {
    if (!q.speaker || !givesWords(q)) return null;
    return { speaker: q.speaker, role: q.role, mention: q.mention, cue: q.cue, named: true };
  }
  // "Lynch announced on Monday the lawsuit against the state. “We are seeking …”": a verb of
  // speech with no clause of its own, in the sentence before, introduces the words.
  let last = before.to - 1;
  while (last > before.from && view.tokens[last]!.kind === 'punct') last--;
  const c = view.cueAtOrBefore[last]!;
  if (c < before.from) return null;
  const cue = cueAt(view.tokens, c)!;
  if (cue.form !== 'finite' || !cue.reports || !givesWords({ direct: false, cue: cue.text }))
    return null;
  const who = attributeCue(view, c, before, entities);
  return who.speaker ? who : null;
}

/**
 * Index of the first capitalised word that is not a sentence's first word: up to it, a paragraph
 * names no new person, so a bare quotation there still belongs to the speaker carried from before.
 */
function firstNameInProse(view: ParagraphView): number {
  const { tokens } = view;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (!token.capital || token.lower === 'i') continue;
    const sentence = view.sentences[view.sentenceOf[i]!]!;
    if (i !== sentence.from && tokens[i - 1]!.kind !== 'quote') return i;
  }
  return tokens.length;
}

/** Verbs that link a subject to a description, not to words it said. */
const COPULAS = new Set([
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

/**
 * "Cruz chided Trump for raising questions about whether he met the “natural born” standard": a
 * quotation inside a sentence with no reporting cue belongs to the sentence's subject, and the clause
 * after its verb is what the subject is reported to have said (PolNeAR's attribution content).
 */
function framingClause(
  view: ParagraphView,
  t: number,
  sentence: Sentence,
  entities: ArticleEntities,
  articleId: string,
): { who: Attribution; clause: Quotation | null; verb: number } | null {
  const { tokens, text } = view;
  if (startsSentence(tokens, t, sentence)) return null;
  const subject =
    openingNameWithComplement(view, sentence, t) ?? mainSubject(view, sentence.from, t);
  if (!subject) return null;
  let verb = subject.kind === 'name' && subject.run ? subject.run.to : subject.at + 1;
  // "Tom Lee, who leads in delegates, mocked …", "Chancellor Ann Pike of Ruritania condemned …":
  // an appositive or a home after the name stands between it and its verb.
  const complementEnd =
    subject.kind === 'name' && subject.run ? pastNameComplement(tokens, verb, t) : verb;
  const lead = complementEnd > verb ? complementEnd - 1 : subject.at;
  verb = complementEnd;
  while (
    verb < t &&
    BETWEEN_SUBJECT_AND_CUE.has(tokens[verb]!.lower) &&
    !COPULAS.has(tokens[verb]!.lower)
  )
    verb++;
  const token = tokens[verb];
  if (
    verb >= t ||
    !token ||
    token.kind !== 'word' ||
    token.capital ||
    COPULAS.has(token.lower) ||
    PREPOSITIONS.has(token.lower) ||
    verb - lead > 6
  )
    return null;
  let to = sentence.to;
  while (to > verb + 1 && tokens[to - 1]!.kind === 'punct') to--;
  // "Mahaney, an analyst, agreed: “…”": only punctuation between the verb and the quotation.
  let next = verb + 1;
  while (next < t && tokens[next]!.kind === 'punct') next++;
  const first = tokens[next]!;
  const cue: CueWord = { lemma: token.lower, text: token.text, form: 'finite', reports: true };
  const who = resolvePhrase(view, subject, cue, entities);
  if (!who.speaker) return null;
  // "Merkel condemned “such a murderous attack”": the quotation itself is what the verb frames.
  if (next === t) return { who, clause: null, verb };
  const start = first.start;
  const end = tokens[to - 1]!.end;
  return {
    who,
    verb,
    clause: {
      articleId,
      paragraph: view.index + 1,
      text: text.slice(start, end),
      speaker: who.speaker,
      role: who.role,
      mention: who.mention,
      cue: who.cue,
      direct: false,
      start,
      end,
    },
  };
}

/**
 * A short quoted phrase belongs to the subject of the clause that frames it ("Delgado decried the
 * council for “turning its back”") only when the framing word reads as a finite verb, and the
 * phrase is no title ("starred in “Harbour Lights”").
 */
function framesShortQuote(who: Attribution, quoted: string): boolean {
  const verb = (who.cue ?? '').toLowerCase();
  if (!/(?:ed|[^s']s)$/.test(verb)) return false;
  const words = quoted.match(/[\p{L}\d][\p{L}\d'’-]*/gu) ?? [];
  return !words.every((w) => /^[\p{Lu}\d]/u.test(w));
}

/**
 * "The billionaire businessman began by talking about the crisis, saying …", "A Clinton campaign
 * official later walked back the comments, saying …": a role phrase opening the sentence, a
 * determiner and at most four words up to a role noun, is the subject of a participle after it.
 */
function openingRole(view: ParagraphView, sentence: Sentence, c: number): SpeakerPhrase | null {
  const { tokens, text } = view;
  const first = tokens[sentence.from];
  if (!first || !DETERMINERS.has(first.lower) || c - sentence.from < 3) return null;
  for (let k = sentence.from + 1; k < c && k - sentence.from <= 4; k++) {
    const token = tokens[k]!;
    if (token.kind !== 'word' || cueAt(tokens, k)) return null;
    if (!ROLE_NOUNS.has(token.lower) || tokens[k + 1]?.lower === 'of') continue;
    // "The billionaire businessman": the last of the role nouns is the head.
    let head = k;
    while (
      head + 1 < c &&
      tokens[head + 1]!.kind === 'word' &&
      ROLE_NOUNS.has(tokens[head + 1]!.lower)
    )
      head++;
    return {
      kind: 'role',
      mention: text.slice(first.start, tokens[head]!.end),
      run: null,
      head: tokens[head]!.lower,
      role: null,
      at: sentence.from,
    };
  }
  return null;
}

/** A person's name opening the sentence, followed by an appositive or a home: "Tom Lee, who …,". */
function openingNameWithComplement(
  view: ParagraphView,
  sentence: Sentence,
  t: number,
): SpeakerPhrase | null {
  const { tokens } = view;
  const run = nameRunStartingAt(tokens, sentence.from, t);
  if (!run || run.kind !== 'person' || pastNameComplement(tokens, run.to, t) === run.to)
    return null;
  return nameOnly(view, run, run.from, null);
}

/** Past ", who leads in delegates," or "of Ruritania" after a name, before token t; else j. */
function pastNameComplement(tokens: Token[], j: number, t: number): number {
  const token = tokens[j];
  if (!token) return j;
  if (token.lower === 'of' && tokens[j + 1]?.capital) {
    const home = nameRunStartingAt(tokens, j + 1, t);
    return home ? home.to : j;
  }
  if (token.text !== ',') return j;
  for (let k = j + 1; k < t && k - j <= APPOSITIVE_WINDOW; k++) {
    const inner = tokens[k]!;
    if (inner.kind === 'quote' || /^[.;:!?]$/.test(inner.text)) return j;
    if (inner.text === ',') return k > j + 1 ? k + 1 : j;
  }
  return j;
}

/** Marks block introductions: set by closingIntroduction, read by the next paragraph. */
const BLOCK_INTRODUCTIONS = new WeakSet<Attribution>();

function isBlockIntroduction(attribution: Attribution): boolean {
  return BLOCK_INTRODUCTIONS.has(attribution);
}

/**
 * The attribution a paragraph hands to the next one when it ends by introducing a statement:
 * a cue and a colon ("Cruz continued:"), or "“…,” Kishore stated." as the paragraph's last sentence.
 */
function closingIntroduction(
  view: ParagraphView,
  entities: ArticleEntities,
  lastDirect: Attribution | null,
): Attribution | null {
  const { tokens } = view;
  const last = tokens[tokens.length - 1];
  if (!last) return null;
  if (last.kind === 'punct' && last.text === ':') {
    const cueIndex = view.cueAtOrBefore[tokens.length - 1]!;
    const sentence = view.sentences[view.sentences.length - 1]!;
    if (
      cueIndex >= sentence.from &&
      (tokens.length - 1 - cueIndex <= 8 || introducesAsAside(view, cueIndex, sentence))
    ) {
      const found = attributeCue(view, cueIndex, sentence, entities);
      if (found.speaker) {
        BLOCK_INTRODUCTIONS.add(found);
        return found;
      }
      return null;
    }
    const introduced = colonIntroduction(view, sentence, entities);
    if (introduced) BLOCK_INTRODUCTIONS.add(introduced);
    return introduced;
  }
  if (last.kind === 'punct' && last.text === '.' && lastDirect?.cue) {
    const sentence = view.sentences[view.sentences.length - 1]!;
    const first = tokens[sentence.from]!;
    const cueIndex = view.cueAtOrBefore[tokens.length - 1]!;
    const cue = cueIndex >= 0 ? cueAt(tokens, cueIndex) : undefined;
    const tail = tokens.slice(cueIndex + 1, tokens.length - 1).map((x) => x.lower);
    const statementCue =
      cue !== undefined &&
      (STATEMENT_LEMMAS.has(cue.lemma)
        ? tail.length === 0
        : tail.includes('statement') && tail.length <= 4);
    if (first.kind === 'quote' && statementCue) {
      const introduction = { ...lastDirect };
      BLOCK_INTRODUCTIONS.add(introduction);
      return introduction;
    }
  }
  return null;
}

/**
 * "As Joel Pollak observed, the biggest victor was the stage itself:": an aside "as X observed,"
 * anywhere in the sentence that ends with the colon makes X the one who introduces what follows.
 */
function introducesAsAside(view: ParagraphView, cueIndex: number, sentence: Sentence): boolean {
  const { tokens } = view;
  if (tokens[cueIndex + 1]?.text !== ',') return false;
  const subject = subjectBefore(view, cueIndex, sentence.from);
  if (!subject || subject.kind !== 'name') return false;
  return tokens[(subject.run?.from ?? subject.at) - 1]?.lower === 'as';
}

/**
 * "Jared Potts echoed:", "President Clinton released the following statement:": a named subject and
 * a short predicate with no reporting cue, ending the paragraph with a colon, introduce what follows.
 * The subject is read in the colon's own clause (after the sentence's last comma), right before its
 * verb, so "When Wallace died, Clinton released the following statement:" is Clinton's.
 */
function colonIntroduction(
  view: ParagraphView,
  sentence: Sentence,
  entities: ArticleEntities,
): Attribution | null {
  const { tokens } = view;
  const colon = tokens.length - 1;
  // A colon that opens its sentence has no one before it.
  if (colon <= sentence.from) return null;
  let from = colon - 1;
  while (from > sentence.from && colon - from <= 10 && tokens[from - 1]!.text !== ',') from--;
  if (from > sentence.from && tokens[from - 1]!.text !== ',') return null;
  const subject = mainSubject(view, from, colon);
  if (!subject || subject.kind !== 'name' || !subject.run) return null;
  const verb = subject.run.to;
  if (colon - verb > 5) return null;
  // "17-year-old Jared Potts echoed:": words of description may lead the subject, no clause.
  for (let k = from; k < subject.at; k++) if (tokens[k]!.kind !== 'word') return null;
  for (let k = verb; k < colon; k++) {
    const token = tokens[k]!;
    if (token.kind !== 'word' || token.capital || CLAUSE_LINKS.has(token.lower)) return null;
  }
  const cue: CueWord = {
    lemma: tokens[verb]!.lower,
    text: view.text.slice(tokens[verb]!.start, tokens[colon]!.end),
    form: 'finite',
    reports: false,
  };
  const found = resolvePhrase(view, subject, cue, entities);
  return found.speaker ? found : null;
}

/**
 * "Carter said that the region would stay a priority." closing a paragraph: a bare quotation opening
 * the next paragraph goes on in the speaker's own words. Only a reported clause of a named speaker in
 * the paragraph's last sentence hands its speaker on.
 */
function closingReport(
  view: ParagraphView,
  reported: Quotation[],
  entities: ArticleEntities,
): Attribution | null {
  const sentence = view.sentences[view.sentences.length - 1];
  if (!sentence) return null;
  const from = view.tokens[sentence.from]!.start;
  // The sentence's first clause holds any later one ("said that critics had been predicting…").
  const q = reported.find((r) => !r.direct && r.end > from);
  if (!q) return subjectClosing(view, entities);
  if (!q.speaker || !givesWords(q)) return null;
  return { speaker: q.speaker, role: q.role, mention: q.mention, cue: q.cue, named: true };
}

/**
 * "Howard continued his scathing remarks." closing a paragraph: a person named as the subject of
 * its last sentence, which quotes and reports no one, is who a bare quotation opening the next
 * paragraph quotes.
 */
function subjectClosing(view: ParagraphView, entities: ArticleEntities): Attribution | null {
  const { tokens } = view;
  const sentence = view.sentences[view.sentences.length - 1];
  if (!sentence) return null;
  for (let i = sentence.from; i < sentence.to; i++) if (tokens[i]!.kind === 'quote') return null;
  const run = nameRunStartingAt(tokens, sentence.from, sentence.to);
  if (!run || run.kind !== 'person' || run.from !== sentence.from) return null;
  // "Regarding Trump’s rhetoric, …": a possessive names no subject.
  if (/[’']s$/.test(tokens[run.to - 1]!.text)) return null;
  // "Delgado and Okonkwo spoke": the verb right after the name, not a conjunction or a preposition.
  const verb = tokens[run.to];
  if (!verb || verb.kind !== 'word' || verb.capital) return null;
  if (!/(?:ed|[^s']s)$/.test(verb.lower)) return null;
  const phrase = nameOnly(view, run, run.from, null);
  const cue: CueWord = { lemma: verb.lower, text: verb.text, form: 'finite', reports: false };
  const found = resolvePhrase(view, phrase, cue, entities);
  return found.speaker ? { ...found, cue: null } : null;
}

function endsWithAttributedQuote(view: ParagraphView, lastDirect: Attribution | null): boolean {
  if (!lastDirect) return false;
  const sentence = view.sentences[view.sentences.length - 1];
  if (!sentence) return false;
  for (let i = sentence.from; i < sentence.to; i++)
    if (view.tokens[i]!.kind === 'quote') return true;
  return false;
}

function hasOwnCue(view: ParagraphView): boolean {
  const { tokens } = view;
  for (let i = 0; i < tokens.length; i++) {
    const cue = cueAt(tokens, i);
    if (
      cue &&
      cue.form !== 'base' &&
      subjectBefore(view, i, view.sentences[view.sentenceOf[i]!]!.from)
    )
      return true;
  }
  return false;
}

function startsParagraph(tokens: Token[], t: number): boolean {
  for (let i = 0; i < t; i++) if (tokens[i]!.kind !== 'punct') return false;
  return true;
}

/** True when some token of the sentence is a reporting cue. */
function hasCueIn(view: ParagraphView, sentence: Sentence): boolean {
  return view.cueAtOrBefore[sentence.to - 1]! >= sentence.from;
}

/** A quotation that is its sentence, apart from punctuation. */
function standsAlone(tokens: Token[], t: number, sentence: Sentence): boolean {
  for (let i = sentence.from; i < sentence.to; i++) {
    if (i !== t && tokens[i]!.kind !== 'punct') return false;
  }
  return true;
}

function direct(
  articleId: string,
  view: ParagraphView,
  span: MarkedSpan,
  who: Attribution,
): Quotation {
  const start = skipSpaces(view.text, span.start, span.end);
  const end = trimmedEnd(view.text, span.end, start);
  return {
    articleId,
    paragraph: view.index + 1,
    text: view.text.slice(start, end),
    speaker: who.speaker,
    role: who.role,
    mention: who.mention,
    cue: who.cue,
    direct: true,
    start,
    end,
  };
}

function skipSpaces(text: string, from: number, to: number): number {
  let i = from;
  while (i < to && /\s/.test(text[i]!)) i++;
  return i;
}

function trimmedEnd(text: string, end = text.length, floor = 0): number {
  let e = end;
  while (e > floor && /\s/.test(text[e - 1]!)) e--;
  return e;
}

function countWords(text: string, start: number, end: number): number {
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

/** Finds the speaker of the quoted token t. */
function attributeQuote(
  view: ParagraphView,
  t: number,
  sentence: Sentence,
  entities: ArticleEntities,
): Attribution {
  const signed = signedAfter(view, t, sentence, entities);
  if (signed) return signed;
  const opensSentence = startsSentence(view.tokens, t, sentence);
  if (opensSentence) {
    const after =
      attributeAfter(view, t, sentence, entities) ??
      subjectAndVerbAfter(view, t, sentence, entities) ??
      attributionSentenceAfter(view, t, sentence, entities);
    if (after) return after;
  }
  let cueIndex = t > 0 ? view.cueAtOrBefore[t - 1]! : -1;
  // Cues that report only beside a quotation are skipped in favour of an earlier one (a bounded number).
  for (let tries = 0; tries < 3 && cueIndex >= sentence.from; tries++) {
    if (
      !ADJACENT_ONLY.has(cueAt(view.tokens, cueIndex)!.lemma) ||
      isAdjacent(view.tokens, cueIndex, t)
    ) {
      const before = attributeCue(view, cueIndex, sentence, entities);
      if (before.speaker || before.mention) return before;
      // "Rev. Lee said the city lost a voice that said “…”": a cue with no subject of its own
      // stands inside the clause an earlier cue reports.
      if (!RELATIVE.test(view.tokens[cueIndex - 1]?.text ?? '')) break;
    }
    cueIndex = cueIndex > 0 ? view.cueAtOrBefore[cueIndex - 1]! : -1;
  }
  if (!opensSentence) {
    const after = attributeAfter(view, t, sentence, entities);
    if (after) return after;
  }
  // "Former secretary of state Hillary Rodham Clinton: “…”": a name and a colon introduce the words.
  if (t >= 2 && view.tokens[t - 1]!.text === ':' && view.tokens[t - 2]!.capital) {
    const named = phraseEndingAt(view, t - 2, sentence.from);
    if (named && named.kind === 'name') return resolvePhrase(view, named, COLON_CUE, entities);
  }
  // "McCain: Party Anger Appeals to ‘Bad Angels Of Our Nature’": a headline that opens with a
  // person's name and a colon gives that person every quoted part after the colon.
  const colon = headlineColon(view.tokens, sentence, t);
  if (colon > 0) {
    const named = phraseEndingAt(view, colon - 1, sentence.from);
    // "The Latest: …" names no one; a headline's short quoted words stay scare quotes.
    if (named?.kind === 'name' && named.run?.kind === 'person' && named.at === sentence.from)
      return { ...resolvePhrase(view, named, COLON_CUE, entities), named: false };
  }
  return NO_ATTRIBUTION;
}

/** Dashes that sign a quotation with the name after them; "--" is read as one. */
const SIGNING_DASHES = new Set(['―', '—', '–']);

/**
 * "“Maybe we can build a wall around him.” ― Steve Quinlan": a dash after a quotation, then a name
 * that ends the sentence or comes before the next quotation, signs the words, as in a list of
 * readers' replies or an epigraph. A word after the name ("— Trump boasted") makes it prose.
 */
function signedAfter(
  view: ParagraphView,
  t: number,
  sentence: Sentence,
  entities: ArticleEntities,
): Attribution | null {
  const { tokens } = view;
  // Signed words stand alone: "said his party was “still the No. 1 force.”--Kim Hjelmgaard" is a
  // reporter's sign-off after a reported clause.
  if (!startsSentence(tokens, t, sentence) && !followsSignature(tokens, t)) return null;
  const dash = tokens[t + 1];
  if (!dash || dash.kind !== 'punct') return null;
  let from = t + 2;
  if (dash.text === '-' && tokens[t + 2]?.text === '-' && tokens[t + 2]!.start === dash.end)
    from = t + 3;
  else if (!SIGNING_DASHES.has(dash.text)) return null;
  const run = nameRunStartingAt(tokens, from, tokens.length);
  if (!run || run.from !== from || run.kind !== 'person') return null;
  if (run.words.length < 2 && !entities.isName(run)) return null;
  const after = tokens[run.to];
  if (after && (after.kind === 'word' || (after.kind === 'punct' && !/^[.,;)]$/.test(after.text))))
    return null;
  const cue: CueWord = { lemma: dash.text, text: dash.text, form: 'finite', reports: false };
  return resolvePhrase(view, nameOnly(view, run, run.from, null), cue, entities);
}

/**
 * "… ― Sonya Herridge “During the debate …”", "… ― Tomas Reyes, a docker “…”": the quotation at t
 * comes right after a signature, a dash after a quotation and a name with perhaps a short role.
 */
function followsSignature(tokens: Token[], t: number): boolean {
  for (let k = t - 1; k >= 1 && t - k <= SIGNATURE_WINDOW; k--) {
    const token = tokens[k]!;
    if (token.kind === 'quote' || cueAt(tokens, k)) return false;
    if (token.kind !== 'punct' || !isNameToken(tokens[k + 1])) continue;
    if (SIGNING_DASHES.has(token.text)) return tokens[k - 1]!.kind === 'quote';
    if (token.text === '-' && tokens[k - 1]!.text === '-') return tokens[k - 2]?.kind === 'quote';
  }
  return false;
}

/** Most tokens of a signature's name and role. */
const SIGNATURE_WINDOW = 10;

/** The colon after a sentence's opening run of capitalised words, before token t; else -1. */
function headlineColon(tokens: Token[], sentence: Sentence, t: number): number {
  const limit = Math.min(t, sentence.from + 7);
  for (let k = sentence.from; k < limit; k++) {
    const token = tokens[k]!;
    if (token.text === ':') return k > sentence.from ? k : -1;
    if (token.kind !== 'word' || !token.capital) return -1;
  }
  return -1;
}

/**
 * Only punctuation between the cue and the quotation, or a short phrase of place, time or manner
 * closed by a comma or a colon: "asks at the town hall, “…”", "responded pointedly, with a smile: “…”".
 */
function isAdjacent(tokens: Token[], cue: number, t: number): boolean {
  let words = 0;
  for (let i = cue + 1; i < t; i++) if (tokens[i]!.kind !== 'punct') words++;
  if (words === 0) return true;
  const mark = tokens[t - 1]!.text;
  if (words > ADJACENT_PHRASE_WORDS || (mark !== ',' && mark !== ':')) return false;
  const first = tokens[cue + 1]!;
  if (first.kind !== 'word' || (!PREPOSITIONS.has(first.lower) && !/ly$/.test(first.lower)))
    return false;
  for (let i = cue + 1; i < t; i++)
    if (cueAt(tokens, i) || tokens[i]!.kind === 'quote') return false;
  return true;
}

function startsSentence(tokens: Token[], t: number, sentence: Sentence): boolean {
  for (let i = sentence.from; i < t; i++) if (tokens[i]!.kind !== 'punct') return false;
  return true;
}

/** The first token from `from` on that is no punctuation (an opening parenthesis, if `paren`). */
function pastPunctuation(tokens: Token[], from: number, to: number, paren: boolean): number {
  let k = from;
  while (k < to && tokens[k]!.kind === 'punct' && !(paren && tokens[k]!.text === '(')) k++;
  return k;
}

/** `“…,” Smith said`, `“…,” said Smith`, `“…,” the economist Jared Bernstein, …, wrote`, `“…,” according to Smith`. */
function attributeAfter(
  view: ParagraphView,
  t: number,
  sentence: Sentence,
  entities: ArticleEntities,
): Attribution | null {
  const { tokens } = view;
  const k = pastPunctuation(tokens, t + 1, sentence.to, true);
  if (k >= sentence.to) return null;
  const limit = Math.min(sentence.to, k + AFTER_QUOTE_WINDOW);
  let appositive = false;
  for (let c = k; c < limit; c++) {
    if (tokens[c]!.text === ',') appositive = true;
    // "“…,” Bill Eastland, wearing “Ted Cruz” pins, said": a few quoted words inside an appositive
    // are part of it; any other quotation has an attribution of its own.
    if (tokens[c]!.kind === 'quote') {
      const span = view.marks.spans[tokens[c]!.span]!;
      if (!appositive || countWords(view.text, span.start, span.end) > 3) return null;
      continue;
    }
    const cue = cueAt(tokens, c);
    if (!cue) continue;
    if (cue.lemma === 'according to') {
      return c === k
        ? resolvePhrase(view, sourceAfter(view, c + 2, sentence.to), cue, entities)
        : null;
    }
    if (cue.form === 'participle' || isBeliefVerb(cue.lemma)) return null;
    if (
      c === k ||
      (tokens[c - 1]!.text === ',' &&
        cue.form === 'finite' &&
        tokens[c + 1]?.capital &&
        !ADDRESSEE_CUES.has(cue.lemma))
    ) {
      if (cue.form !== 'finite') return null;
      const inverted = phraseAfter(view, c + 1, sentence.to);
      if (inverted) return resolvePhrase(view, inverted, cue, entities);
      // "“…,” Benjamin J. Rhodes, an adviser, said Sunday": the capital after the cue is no speaker.
      if (c === k) return null;
    }
    const phrase = phraseBetween(view, k, c) ?? closingSubject(view, c, k, sentence);
    // "“…,” Thomas Hanify, the president of the Indiana state firefighters union, said": a base form
    // that does not agree with the subject before it is a noun; the verb comes later.
    if (phrase && cue.form === 'base' && phrase.kind !== 'pronoun' && !/s$/.test(phrase.head))
      continue;
    // "“…” that would respond to requests from Judicial Watch, … Wolverton wrote": a verb of the
    // relative clause after the quotation is not its cue; the clause's end may name the speaker.
    if (!phrase && RELATIVE.test(tokens[k]!.text)) continue;
    if (!phrase) return null;
    return resolvePhrase(view, phrase, cue, entities);
  }
  return null;
}

/**
 * "“… the 30,000 emails that are missing.” Trump said.": a quotation that is a whole sentence, then
 * a short sentence that is nothing but its attribution, read as one sentence.
 */
function attributionSentenceAfter(
  view: ParagraphView,
  t: number,
  sentence: Sentence,
  entities: ArticleEntities,
): Attribution | null {
  const { tokens } = view;
  if (pastPunctuation(tokens, t + 1, sentence.to, false) < sentence.to) return null;
  const next = view.sentences[view.sentenceOf[t]! + 1];
  if (!next || next.to - next.from > ATTRIBUTION_SENTENCE_TOKENS) return null;
  for (let k = next.from; k < next.to; k++) if (tokens[k]!.kind === 'quote') return null;
  const last = tokens[next.to - 1]!;
  if (last.text !== '.') return null;
  // Nothing but who and when: "Mary Jones said she agreed." says something of its own.
  for (let k = next.from; k < next.to; k++) {
    const token = tokens[k]!;
    if (token.kind !== 'word' || token.capital || cueAt(tokens, k)) continue;
    if (!BARE_ATTRIBUTION_WORDS.has(token.lower) && !TIME_NOUNS.has(token.lower)) return null;
  }
  return attributeAfter(view, t, { from: sentence.from, to: next.to }, entities);
}

/** Lower-case words a sentence that only attributes may hold: "the mayor said on Monday in a statement." */
const BARE_ATTRIBUTION_WORDS = new Set([
  ...DETERMINERS,
  ...ROLE_NOUNS,
  'on',
  'last',
  'earlier',
  'he',
  'she',
  'they',
  'in',
  'to',
  'statement',
  'interview',
  'reporters',
  'later',
]);

/** Most tokens of a sentence that only attributes the quotation before it: "Sen. Ann Pike said Monday." */
const ATTRIBUTION_SENTENCE_TOKENS = 10;

/**
 * "“Would it be negotiable?” Hannity pressed.", "“…,” she fumed.": a quotation that opens its
 * sentence and ends as an utterance (a comma, question or exclamation mark) is the words of the
 * person named right after it, when a verb in the past follows the name, whatever that verb.
 */
function subjectAndVerbAfter(
  view: ParagraphView,
  t: number,
  sentence: Sentence,
  entities: ArticleEntities,
): Attribution | null {
  const { tokens, text } = view;
  const span = view.marks.spans[tokens[t]!.span]!;
  const quoted = text.slice(span.start, span.end).trimEnd();
  if (!/[,?!]$/.test(quoted) && tokens[t + 1]?.text !== ',') return null;
  let k = t + 1;
  while (k < sentence.to && tokens[k]!.kind === 'punct' && tokens[k]!.text !== '(') k++;
  const first = tokens[k];
  if (!first || first.kind !== 'word') return null;
  let phrase: SpeakerPhrase;
  let verb: number;
  const pronoun = PRONOUNS.get(first.lower);
  if (!first.capital && (pronoun === 'male' || pronoun === 'female')) {
    phrase = pronounPhrase(first, k);
    verb = k + 1;
  } else {
    const run = nameRunStartingAt(tokens, k, sentence.to);
    if (!run || run.from !== k || run.kind !== 'person') return null;
    phrase = {
      kind: 'name',
      mention: text.slice(first.start, tokens[run.to - 1]!.end),
      run,
      head: run.words[run.words.length - 1]!.toLowerCase(),
      role: null,
      at: k,
    };
    verb = run.to;
  }
  const token = tokens[verb];
  if (!token || token.kind !== 'word' || token.capital || !/[^e]ed$/.test(token.lower)) return null;
  const cue: CueWord = { lemma: token.lower, text: token.text, form: 'finite', reports: false };
  const found = resolvePhrase(view, phrase, cue, entities);
  return found.speaker ? found : null;
}

/** The speaker of the cue at token c: its own subject, or for a bare participle the sentence's. */
function attributeCue(
  view: ParagraphView,
  c: number,
  sentence: Sentence,
  entities: ArticleEntities,
  depth = 0,
): Attribution {
  const { tokens } = view;
  const cue = cueAt(tokens, c)!;
  if (cue.lemma === 'according to') {
    return resolvePhrase(view, sourceAfter(view, c + 2, sentence.to), cue, entities);
  }
  const subject = subjectOfCue(view, c, cue, sentence);
  if (subject) {
    if (cue.form === 'base' && AMBIGUOUS_BASES.has(tokens[c]!.lower) && subject.kind === 'role')
      return NO_ATTRIBUTION;
    return resolvePhrase(view, subject, cue, entities);
  }
  let linkAt = c - 1;
  while (linkAt > sentence.from && c - linkAt < 4 && isBetweenWord(tokens[linkAt]!)) linkAt--;
  const coordinated = tokens[linkAt]?.lower === 'and' || tokens[linkAt]?.lower === 'but';
  if (cue.form === 'participle' || cue.form === 'base' || coordinated) {
    const earlier = c > 0 ? view.cueAtOrBefore[c - 1]! : -1;
    if (earlier >= sentence.from && c - earlier <= SUBJECT_WINDOW * 2) {
      // "… and said … and added …": a few cues back at most, so a sentence of thousands of cues
      // costs linear time and no deep recursion.
      const governing =
        depth < GOVERNING_DEPTH
          ? attributeCue(view, earlier, sentence, entities, depth + 1)
          : NO_ATTRIBUTION;
      if (governing.speaker || governing.mention) return { ...governing, cue: tokens[c]!.text };
    }
    const main =
      mainSubject(view, Math.max(sentence.from, c - SUBJECT_WINDOW * 2), c) ??
      openingNameWithComplement(view, sentence, c) ??
      (cue.form === 'participle' ? openingRole(view, sentence, c) : null);
    if (main) return resolvePhrase(view, main, cue, entities);
  }
  return NO_ATTRIBUTION;
}

/** How many cues back a participle or a coordinated cue looks for the one that governs it. */
const GOVERNING_DEPTH = 4;

/**
 * The subject of a finite cue: the phrase right before it, or the sentence's subject when an
 * appositive stands between ("Cory Lee, 22, of Salem, Ore., said"): the appositive's last words
 * are no speaker.
 */
function subjectOfCue(
  view: ParagraphView,
  c: number,
  cue: CueWord,
  sentence: Sentence,
): SpeakerPhrase | null {
  if (cue.form !== 'finite') {
    const absolute = absoluteSubject(view, c, sentence);
    if (absolute) return absolute;
    const subject = subjectBefore(view, c, sentence.from);
    // "endorsed Okonkwo at Pier Hall, the city's oldest venue, calling him …": a phrase after a
    // preposition is no subject; the participle's is the sentence's ("with McCain calling it …"
    // names its own).
    const previous = view.tokens[(subject?.at ?? 0) - 1];
    if (
      subject &&
      cue.form === 'participle' &&
      previous &&
      PREPOSITIONS.has(previous.lower) &&
      previous.lower !== 'with'
    )
      return null;
    return subject && documentAuthor(view, subject, sentence);
  }
  const before = view.tokens[c - 1]?.text;
  if (before === ',' || before === ')') {
    const opening = clauseSubject(view, c, sentence);
    if (opening && opening.kind !== 'role') return opening;
  }
  return subjectBefore(view, c, sentence.from) ?? clauseSubject(view, c, sentence);
}

/**
 * "…, with Lewandowski taking to Twitter to call Fields “totally delusional”": a participle or
 * infinitive inside an absolute phrase ("with" + name + "-ing" verb) has that name for subject.
 */
function absoluteSubject(view: ParagraphView, c: number, sentence: Sentence): SpeakerPhrase | null {
  const { tokens } = view;
  for (let k = c - 1; k >= sentence.from && c - k <= ABSOLUTE_WINDOW; k--) {
    const token = tokens[k]!;
    if (token.kind !== 'word') return null;
    if (token.lower !== 'with') continue;
    const run = withAbsoluteAt(tokens, k, c + 1);
    return run ? nameOnly(view, run, run.from, null) : null;
  }
  return null;
}

/** Most words between "with" and the cue its absolute phrase governs. */
const ABSOLUTE_WINDOW = 8;

/** The name run of an absolute phrase "with Gorka noting …" at token k ("with"), or null. */
function withAbsoluteAt(tokens: Token[], k: number, ceiling: number): NameRun | null {
  if (tokens[k]?.lower !== 'with' || !tokens[k + 1]?.capital) return null;
  const run = nameRunStartingAt(tokens, k + 1, ceiling);
  const verb = run ? tokens[run.to] : undefined;
  return run?.kind === 'person' && verb?.kind === 'word' && /[a-z]ing$/.test(verb.text)
    ? run
    : null;
}

/**
 * "Black Lives Matter issued a statement saying …": a document that is the object of a verb of
 * issuing speaks for that verb's subject, when a name is; else the phrase stays as it is.
 */
function documentAuthor(
  view: ParagraphView,
  subject: SpeakerPhrase,
  sentence: Sentence,
): SpeakerPhrase {
  if (
    subject.kind !== 'role' ||
    subject.run !== null ||
    !DOCUMENT_NOUNS.has(subject.head) ||
    subject.at <= sentence.from ||
    !issues(view.tokens, subject.at - 1)
  )
    return subject;
  const author = mainSubject(view, sentence.from, subject.at);
  if (author?.kind !== 'name') return subject;
  // "A spokesman for … Hillary Clinton released a statement": a name after a preposition is not
  // the one who issued it; an opening phrase before a comma ("On Saturday, Trump issued") is no
  // part of the subject.
  const { tokens } = view;
  let k = author.at - 1;
  while (k >= sentence.from && tokens[k]!.text !== ',' && !PREPOSITIONS.has(tokens[k]!.lower)) k--;
  return k < sentence.from || tokens[k]!.text === ',' ? author : subject;
}

/** Verbs whose object is a document their subject puts out: "issued a statement", "sent out a release". */
const ISSUING_VERBS = new Set([
  'issued',
  'released',
  'sent',
  'put',
  'posted',
  'published',
  'unveiled',
  'aired',
  'ran',
  'launched',
]);

/** Whether token j (just before a document's phrase) is a verb of issuing, "out" included. */
function issues(tokens: Token[], j: number): boolean {
  const word = tokens[j]?.lower ?? '';
  if (word === 'out') return ISSUING_VERBS.has(tokens[j - 1]?.lower ?? '');
  return ISSUING_VERBS.has(word);
}

/** The subject right before a cue: `Smith said`, `he said`, `the paper reported`, `Smith, the union's president, said`. */
function subjectBefore(view: ParagraphView, c: number, floor: number): SpeakerPhrase | null {
  const { tokens } = view;
  let j = c - 1;
  const bound = Math.max(floor, c - SUBJECT_WINDOW);
  while (
    j >= bound &&
    tokens[j]!.kind === 'word' &&
    !tokens[j]!.capital &&
    (BETWEEN_SUBJECT_AND_CUE.has(tokens[j]!.lower) || /ly$/.test(tokens[j]!.lower))
  )
    j--;
  if (j < bound) return null;
  // "Beck on Wednesday called", "Sanders during a Sunday rally thanked": a phrase of time between.
  const beforeTime = pastTimePhrase(tokens, j, bound);
  // "An aide to Hillary Clinton on Monday said": a name after "to" is no subject either.
  if (beforeTime !== j) {
    const name = nameRunEndingAt(tokens, beforeTime, bound);
    if (PREPOSITIONS.has(tokens[(name?.from ?? beforeTime) - 1]?.lower ?? '')) return null;
  }
  j = beforeTime;
  const token = tokens[j]!;
  if (token.kind === 'word') {
    if (token.capital) {
      const owner = homeOwner(view, j, bound);
      if (owner || isAfterPreposition(tokens, j, bound)) return owner;
    }
    if (token.lower === 'who' || token.lower === 'which') {
      let k = j - 1;
      if (tokens[k]?.text === ',') k--;
      return k >= bound ? phraseEndingAt(view, k, bound) : null;
    }
    return phraseEndingAt(view, j, bound);
  }
  if (token.text === ',' || token.text === ')') {
    // An appositive or parenthesis between the subject and the cue.
    const opener = token.text === ',' ? ',' : '(';
    for (let k = j - 1; k >= bound; k--) {
      const inner = tokens[k]!;
      if (inner.kind === 'quote') return null;
      if (inner.text === opener) {
        const inside = opener === ',' ? nameRunEndingAt(tokens, j - 1, k + 1) : null;
        if (
          inside &&
          inside.kind === 'person' &&
          extendTitlesBack(tokens, inside.from, k + 1) === k + 1
        ) {
          const role = k - 1 >= bound ? phraseEndingAt(view, k - 1, bound) : null;
          return {
            kind: 'name',
            mention: view.text.slice(tokens[k + 1]!.start, tokens[j - 1]!.end),
            run: inside,
            head: inside.words[inside.words.length - 1]!.toLowerCase(),
            role: role ? role.mention : null,
            at: k + 1,
          };
        }
        // "Sen. Claire McCaskill (D-Mo.), who has endorsed Clinton, said": past the party.
        let end = k - 1;
        if (tokens[end]?.text === ')') {
          let open = end - 1;
          while (open > bound && tokens[open]!.text !== '(' && end - open < 8) open--;
          if (tokens[open]!.text === '(') end = open - 1;
        }
        const head = phraseEndingAt(view, end, bound);
        if (!head || head.kind === 'role') return null;
        // "Khan, who is Muslim, spoke on Sunday, noting …": a name after a copula is a predicate.
        if (COPULAS.has(tokens[(head.run?.from ?? head.at) - 1]?.lower ?? '')) return null;
        return {
          ...head,
          mention: view.text.slice(tokens[head.at]!.start, tokens[j - 1]!.end),
          role: head.role ?? view.text.slice(tokens[k + 1]!.start, tokens[j - 1]!.end),
        };
      }
      if (cueAt(tokens, k)) return null;
    }
  }
  return null;
}

/** Words that make a phrase one of time: "on Wednesday", "during a Sunday", "last week". */
const TIME_NOUNS = new Set([
  ...WEEKDAYS,
  'morning',
  'afternoon',
  'evening',
  'night',
  'weekend',
  'week',
  'month',
  'year',
]);
const TIME_PREPOSITIONS = new Set(['on', 'during', 'last', 'this', 'earlier', 'late', 'early']);

/** The index after a phrase of time that starts at token i ("on Saturday", "last week"), or i. */
function pastTimeAfter(tokens: Token[], i: number, ceiling: number): number {
  if (!TIME_PREPOSITIONS.has(tokens[i]?.lower ?? '')) return i;
  let k = i + 1;
  if (DETERMINERS.has(tokens[k]?.lower ?? '')) k++;
  if (!TIME_NOUNS.has(tokens[k]?.lower ?? '')) return i;
  while (k + 1 < ceiling && TIME_NOUNS.has(tokens[k + 1]!.lower)) k++;
  return k + 1 < ceiling ? k + 1 : i;
}

/**
 * The token before a phrase of time that ends at token j ("on Wednesday", "during a Sunday
 * night"), when a capitalised subject stands right before that phrase; else j.
 */
function pastTimePhrase(tokens: Token[], j: number, bound: number): number {
  if (!TIME_NOUNS.has(tokens[j]?.lower ?? '')) return j;
  for (let k = j - 1; k >= bound && j - k <= 3; k--) {
    const token = tokens[k]!;
    if (token.kind !== 'word') return j;
    if (TIME_PREPOSITIONS.has(token.lower)) {
      const subject = tokens[k - 1];
      return k - 1 >= bound &&
        subject?.kind === 'word' &&
        (subject.capital || PRONOUNS.has(subject.lower))
        ? k - 1
        : j;
    }
    if (!DETERMINERS.has(token.lower) && !TIME_NOUNS.has(token.lower)) return j;
  }
  return j;
}

/**
 * "Joel Pollak of Breitbart California observed", "Ann Pike of the Calder Mercury said": a
 * person's name, then "of" or "from" and a place or an organisation, is the subject, home and all.
 */
function homeOwner(view: ParagraphView, j: number, bound: number): SpeakerPhrase | null {
  const { tokens, text } = view;
  const home = nameRunEndingAt(tokens, j, bound);
  if (!home) return null;
  let at = home.from - 1;
  if (tokens[at]?.lower === 'the') at--;
  const preposition = tokens[at];
  if (preposition?.lower !== 'of' && preposition?.lower !== 'from') return null;
  const owner = at - 1 >= bound ? phraseEndingAt(view, at - 1, bound) : null;
  if (!owner || owner.kind !== 'name' || owner.run?.kind !== 'person') return null;
  return { ...owner, mention: text.slice(tokens[owner.at]!.start, tokens[j]!.end) };
}

/** "on X denouncing": a name inside a prepositional phrase is not the subject of what follows. */
function isAfterPreposition(tokens: Token[], j: number, floor: number): boolean {
  const run = nameRunEndingAt(tokens, j, floor);
  const before = tokens[(run ? run.nameFrom : j) - 1];
  return (
    before !== undefined &&
    before.kind === 'word' &&
    PREPOSITIONS.has(before.lower) &&
    before.lower !== 'to' &&
    before.lower !== 'as' // "As Michael Dell said last week, “…”"
  );
}

/** A name, pronoun or role phrase whose last token is j. */
function phraseEndingAt(view: ParagraphView, j: number, floor: number): SpeakerPhrase | null {
  const { tokens, text } = view;
  const token = tokens[j];
  if (!token || token.kind !== 'word') return null;
  if (!token.capital || token.lower === 'i') {
    if (PRONOUNS.has(token.lower)) {
      return pronounPhrase(token, j);
    }
  }
  if (token.capital) {
    const run = nameRunEndingAt(tokens, j, floor);
    if (!run) {
      if (PRONOUNS.has(token.lower)) return pronounPhrase(token, j);
      return partyMemberEndingAt(view, j, floor);
    }
    const start = extendTitlesBack(tokens, run.nameFrom, floor);
    return nameOnly(view, run, start, roleBefore(view, run, floor));
  }
  // A role phrase: "the paper", "Trump's campaign", "Republican officials".
  if (
    CLAUSE_LINKS.has(token.lower) ||
    PREPOSITIONS.has(token.lower) ||
    DETERMINERS.has(token.lower)
  )
    return null;
  // "the Navy ignored reports that …", "Bobo doesn't believe": a verb, not a role noun, ends the words.
  if (isVerbForm(token.lower)) return null;
  let k = j - 1;
  while (k >= floor && j - k <= 4) {
    const previous = tokens[k]!;
    if (previous.kind !== 'word') break;
    if (DETERMINERS.has(previous.lower) || previous.capital) break;
    if (PREPOSITIONS.has(previous.lower) || cueAt(tokens, k)) return null;
    k--;
  }
  const first = tokens[k];
  const hasDeterminer =
    first !== undefined &&
    k >= floor &&
    first.kind === 'word' &&
    (DETERMINERS.has(first.lower) || first.capital);
  if (!hasDeterminer && !ROLE_NOUNS.has(token.lower)) return null;
  const from = hasDeterminer ? k : k + 1;
  if (hasDeterminer && first.capital && !DETERMINERS.has(first.lower)) {
    // "Trump's campaign", "Clinton aides": the owner's name is part of the mention.
    const owner = nameRunEndingAt(tokens, k, floor);
    let start = owner ? owner.from : k;
    if (!owner) {
      // "The New York businessman": a place's name describes the role noun; the article stays.
      if (tokens[k - 1]?.text === 'New') start = k - 1;
      if (start < k && start - 1 >= floor && DETERMINERS.has(tokens[start - 1]!.lower)) start--;
    }
    return {
      kind: 'role',
      mention: text.slice(tokens[start]!.start, token.end),
      run: owner,
      head: token.lower,
      role: null,
      at: start,
    };
  }
  return {
    kind: 'role',
    mention: text.slice(tokens[from]!.start, token.end),
    run: null,
    head: token.lower,
    role: null,
    at: from,
  };
}

/** "ignored", "doesn't": a past form or a negated auxiliary ends a clause, never a role phrase. */
function isVerbForm(lower: string): boolean {
  return !ROLE_NOUNS.has(lower) && /(?:ed|n['’]t)$/.test(lower);
}

/** Capitalised nouns that name a kind of person, not one person: "one senior Democrat said". */
const PARTY_MEMBERS = new Set([
  'democrat',
  'democrats',
  'republican',
  'republicans',
  'conservative',
  'conservatives',
  'liberal',
  'liberals',
  'independent',
  'independents',
]);

/**
 * "one senior Democrat", "the Wisconsin Republican", "another New Hampshire Democrat": a party
 * member after a determiner is a role phrase, with the words between (places, seniority) kept.
 */
function partyMemberEndingAt(view: ParagraphView, j: number, floor: number): SpeakerPhrase | null {
  const { tokens, text } = view;
  const token = tokens[j]!;
  if (!PARTY_MEMBERS.has(token.lower)) return null;
  for (let k = j - 1; k >= floor && j - k <= 5; k--) {
    const previous = tokens[k]!;
    if (previous.kind !== 'word') return null;
    if (DETERMINERS.has(previous.lower))
      return {
        kind: 'role',
        mention: text.slice(previous.start, token.end),
        run: null,
        head: token.lower,
        role: null,
        at: k,
      };
    if (PREPOSITIONS.has(previous.lower) || cueAt(tokens, k)) return null;
  }
  return null;
}

/** Index of the party member that ends the capitalised words from k: "New Hampshire Democrat"; else -1. */
function partyMemberAfter(tokens: Token[], k: number, limit: number): number {
  let m = k;
  while (m < limit && tokens[m]!.kind === 'word' && tokens[m]!.capital) m++;
  return m > k && PARTY_MEMBERS.has(tokens[m - 1]!.lower) ? m - 1 : -1;
}

/** Titles directly before a name belong to the mention: "Mr. Sanders", "Sen. Ted Cruz". */
function extendTitlesBack(tokens: Token[], from: number, floor: number): number {
  let start = from;
  while (
    start - 1 >= floor &&
    tokens[start - 1]!.kind === 'word' &&
    NAME_TITLES.has(tokens[start - 1]!.lower) &&
    from - start < 2
  )
    start--;
  return start;
}

/** The words before a name that describe the person: "Socialist Equality Party candidate for US president". */
function roleBefore(view: ParagraphView, run: NameRun, floor: number): string | null {
  const { tokens, text } = view;
  if (run.kind !== 'person') return null;
  const k = run.nameFrom - 1;
  if (k < floor) return null;
  const last = tokens[k]!;
  if (last.kind !== 'word' || !(TITLE_WORDS.has(last.lower) || ROLE_NOUNS.has(last.lower)))
    return null;
  let first = k;
  while (first - 1 >= floor && run.nameFrom - first < 14) {
    const previous = tokens[first - 1]!;
    if (previous.kind !== 'word' || cueAt(tokens, first - 1) || previous.lower === 'that') break;
    first--;
  }
  while (
    first < k &&
    tokens[first]!.kind === 'word' &&
    (DETERMINERS.has(tokens[first]!.lower) || PREPOSITIONS.has(tokens[first]!.lower))
  )
    first++;
  const role = text.slice(tokens[first]!.start, tokens[k]!.end);
  return /^(?:mr|mrs|ms|dr|miss)\.?$/i.test(role) ? null : role;
}

/** The speaker after a cue or "according to": a name, pronoun or role phrase, with its appositive. */
function phraseAfter(view: ParagraphView, from: number, ceiling: number): SpeakerPhrase | null {
  const { tokens, text } = view;
  let k = from;
  const limit = Math.min(ceiling, from + 12);
  const first = tokens[k];
  if (!first || first.kind !== 'word') return null;
  if (!first.capital && PRONOUNS.has(first.lower)) return pronounPhrase(first, k);
  // Role words may precede the name, capitalised or not: "said Republican political consultant Chris Russell".
  let run: NameRun | null = null;
  while (k < limit && (tokens[k]!.kind === 'word' || joinsWords(tokens, k))) {
    const token = tokens[k]!;
    // "said 9/11 widow Terry Strada": a slash or hyphen inside one word.
    if (token.kind !== 'word') {
      k++;
      continue;
    }
    if (token.capital) {
      run = nameRunStartingAt(tokens, k, ceiling);
      if (run) break;
      const member = partyMemberAfter(tokens, k, limit);
      const memberHead = member >= 0 ? personEndingPhrase(tokens, member + 1, ceiling) : null;
      if (memberHead) return namedPhrase(view, from, memberHead, ceiling);
      if (member >= 0)
        return {
          kind: 'role',
          mention: text.slice(tokens[from]!.start, tokens[member]!.end),
          run: null,
          head: tokens[member]!.lower,
          role: null,
          at: from,
        };
      // "said the New York businessman": a place's name before the role noun.
      if (!TITLE_WORDS.has(token.lower) && tokens[k - 1]?.text !== 'New') return null;
    } else {
      if (PREPOSITIONS.has(token.lower) && !DETERMINERS.has(token.lower)) break;
      if (CLAUSE_LINKS.has(token.lower)) return null;
      if (cueAt(tokens, k)) return null;
    }
    k++;
    const next = tokens[k];
    const compound =
      next !== undefined && (ROLE_NOUNS.has(next.lower) || TITLE_WORDS.has(next.lower));
    if (
      !token.capital &&
      token.lower !== 'the' &&
      ROLE_NOUNS.has(token.lower) &&
      !next?.capital &&
      !compound
    )
      break;
  }
  if (run) {
    run = laterNamedHead(tokens, run, ceiling);
    // "Gov. Terry Branstad of Iowa": a home after a person's name is no role before another name.
    const later =
      run.kind === 'person' && tokens[run.to]?.lower === 'of'
        ? null
        : personEndingPhrase(tokens, run.to, ceiling);
    return namedPhrase(view, from, later ?? run, ceiling);
  }
  const head = tokens[k - 1];
  const person = k > from ? personEndingPhrase(tokens, k, ceiling) : null;
  if (person) return namedPhrase(view, from, person, ceiling);
  if (k > from && head && ROLE_NOUNS.has(head.lower)) {
    return {
      kind: 'role',
      mention: text.slice(tokens[from]!.start, head.end),
      run: null,
      head: head.lower,
      role: null,
      at: from,
    };
  }
  return null;
}

/** A slash or hyphen written between two words without spaces: "9/11", "D-Calif". */
function joinsWords(tokens: Token[], k: number): boolean {
  const token = tokens[k]!;
  const before = tokens[k - 1];
  const after = tokens[k + 1];
  return (
    (token.text === '/' || token.text === '-') &&
    before?.kind === 'word' &&
    after?.kind === 'word' &&
    before.end === token.start &&
    after.start === token.end
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
function isTitle(quoted: string): boolean {
  // “Tides of the Calder Sound,”: American style keeps the sentence's comma inside the marks.
  const trimmed = quoted.trim().replace(/,$/, '');
  // “MAKE AMERICA GREAT AGAIN” in capitals throughout is shouted, not a title.
  if (!/\p{Ll}/u.test(trimmed)) return false;
  if (/[.!?,;]$/.test(trimmed) || /[.!?] /.test(trimmed)) return false;
  const words = trimmed.match(/[\p{L}\d][\p{L}\d'’-]*/gu) ?? [];
  if (words.length < 2) return false;
  return words.every((w, i) => /^[\p{Lu}\d]/u.test(w) || (i > 0 && TITLE_SMALL_WORDS.has(w)));
}

/** A pronoun as the phrase naming a speaker, at token index `at`. */
function pronounPhrase(token: { text: string; lower: string }, at: number): SpeakerPhrase {
  return { kind: 'pronoun', mention: token.text, run: null, head: token.lower, role: null, at };
}

/** The phrase of token `from` up to the end of the name `run`, with the role the caller found. */
function nameOnly(
  view: ParagraphView,
  run: NameRun,
  from: number,
  role: string | null,
): SpeakerPhrase {
  const { tokens, text } = view;
  return {
    kind: 'name',
    mention: text.slice(tokens[from]!.start, tokens[run.to - 1]!.end),
    run,
    head: run.words[run.words.length - 1]!.toLowerCase(),
    role,
    at: from,
  };
}

/** The name phrase from `from` whose person is `run`: role words before it, appositive after. */
function namedPhrase(
  view: ParagraphView,
  from: number,
  run: NameRun,
  ceiling: number,
): SpeakerPhrase {
  const { tokens, text } = view;
  const end = appositiveEnd(tokens, run.to, ceiling);
  return {
    kind: 'name',
    mention: text.slice(tokens[from]!.start, tokens[end - 1]!.end),
    run,
    head: run.words[run.words.length - 1]!.toLowerCase(),
    role:
      end > run.to + 1
        ? text.slice(tokens[run.to + 1]!.start, tokens[end - 1]!.end)
        : (roleBefore(view, run, from) ?? leadingRole(view, from, run)),
    at: from,
  };
}

/** "another Twitter user, Johanna Bayer": the words before a person's name, without article or comma. */
function leadingRole(view: ParagraphView, from: number, run: NameRun): string | null {
  const { tokens, text } = view;
  if (run.kind !== 'person') return null;
  let first = from;
  while (first < run.from && DETERMINERS.has(tokens[first]!.lower)) first++;
  let last = run.from - 1;
  while (last >= first && tokens[last]!.kind === 'punct') last--;
  return last >= first ? text.slice(tokens[first]!.start, tokens[last]!.end) : null;
}

/** Words that cannot end a role before a name: verbs and adverbs of a clause ("said Smith has Jones"). */
const NOT_ROLE_END =
  /^(?:is|was|are|were|be|been|has|have|had|will|would|could|should|can|may|might|must|do|does|did|not|also|then|now|just|still|even|only|again|there|here)$|(?:ly|ed|ing)$/;

/**
 * "said Virginia delegate Beau Correll", "said Republican party boss Reince Priebus", "said former
 * secretary of state Hillary Clinton", "said another Twitter user, Johanna Bayer": the person is the
 * name run that ends the noun phrase; the words before it are the role. Scans from token k (just past
 * the words already read) to a person's name that a role word leads into and that punctuation, a cue
 * or a home ("of Derry") closes; null when the phrase ends, or turns into a clause, before one.
 */
function personEndingPhrase(tokens: Token[], k: number, ceiling: number): NameRun | null {
  const limit = Math.min(ceiling, k + 12);
  let described = false;
  let i = k;
  while (i < limit) {
    const token = tokens[i]!;
    if (token.kind === 'word' && token.capital) {
      const run = nameRunStartingAt(tokens, i, ceiling);
      if (!run) return null;
      if (
        run.kind === 'person' &&
        (described || run.titleWords.length > 0) &&
        endsNounPhrase(tokens, run.to, ceiling)
      )
        return run;
      described = run.titleWords.length > 0;
      i = Math.max(run.to, i + 1);
      continue;
    }
    if (token.kind === 'word') {
      if (PREPOSITIONS.has(token.lower) && token.lower !== 'of') return null;
      // "secretary of state": a cue's form after "of" or an article is a noun.
      const noun = tokens[i - 1]?.lower === 'of' || DETERMINERS.has(tokens[i - 1]?.lower ?? '');
      if (
        CLAUSE_LINKS.has(token.lower) ||
        RELATIVE.test(token.lower) ||
        (!noun && cueAt(tokens, i))
      )
        return null;
      described = !DETERMINERS.has(token.lower) && !NOT_ROLE_END.test(token.lower);
      i++;
      continue;
    }
    // "another Twitter user, Johanna Bayer": a name in apposition to the role noun.
    if (token.text === ',' && described && tokens[i + 1]?.capital) {
      i++;
      continue;
    }
    return null;
  }
  return null;
}

/** After a name: the end of its noun phrase (punctuation, a cue, the sentence's end, a home). */
function endsNounPhrase(tokens: Token[], j: number, ceiling: number): boolean {
  if (j >= ceiling) return true;
  const token = tokens[j]!;
  if (token.kind !== 'word') return token.kind === 'punct';
  return token.lower === 'of' || cueAt(tokens, j) !== undefined;
}

/**
 * The source after "according to": a speaker phrase when there is one, else the noun phrase up to
 * the clause's end ("according to early results of exit polls", "according to Senate filings").
 */
function sourceAfter(view: ParagraphView, from: number, ceiling: number): SpeakerPhrase | null {
  const phrase = phraseAfter(view, from, ceiling);
  if (phrase) return phrase;
  const { tokens, text } = view;
  const limit = Math.min(ceiling, from + 15);
  let k = from;
  while (k < limit && tokens[k]!.kind === 'word') k++;
  if (k === from || (k < ceiling && k === limit)) return null;
  const head = tokens[k - 1]!;
  if (PREPOSITIONS.has(head.lower) || DETERMINERS.has(head.lower) || CLAUSE_LINKS.has(head.lower))
    return null;
  return {
    kind: 'role',
    mention: text.slice(tokens[from]!.start, head.end),
    run: null,
    head: head.lower,
    role: null,
    at: from,
  };
}

/**
 * "Judicial Watch president Tom Fitton", "Ayotte campaign manager Jon Kohan": a name followed by role
 * words and a person's name describes that person, who is the speaker.
 */
function laterNamedHead(tokens: Token[], run: NameRun, ceiling: number): NameRun {
  let k = run.to;
  let described = false;
  while (
    k < ceiling &&
    k - run.to < 4 &&
    tokens[k]!.kind === 'word' &&
    !tokens[k]!.capital &&
    !PREPOSITIONS.has(tokens[k]!.lower) &&
    !DETERMINERS.has(tokens[k]!.lower) &&
    !CLAUSE_LINKS.has(tokens[k]!.lower) &&
    !NOT_CLAUSE_START.has(tokens[k]!.lower) &&
    !cueAt(tokens, k)
  ) {
    // "Montclair State University political scientist Brigid Harrison": the role ends in a noun of one.
    if (
      ROLE_NOUNS.has(tokens[k]!.lower) ||
      TITLE_WORDS.has(tokens[k]!.lower) ||
      /(?:er|or|ist|ian|ant|ent)s?$/.test(tokens[k]!.lower)
    )
      described = true;
    k++;
  }
  if (k === run.to || !described || !tokens[k]?.capital) return run;
  const later = nameRunStartingAt(tokens, k, ceiling);
  return later && later.kind === 'person' ? later : run;
}

/** Past ", director of the Project on Government Secrecy" after a name, when an appositive follows. */
function appositiveEnd(tokens: Token[], after: number, ceiling: number): number {
  if (tokens[after]?.text !== ',') return after;
  const next = tokens[after + 1];
  if (
    !next ||
    next.kind !== 'word' ||
    APPOSITIVE_BREAKERS.has(next.lower) ||
    PREPOSITIONS.has(next.lower) ||
    cueAt(tokens, after + 1)
  )
    return after;
  // An appositive may hold commas of its own: ", a broker based in Tampa, Fla., who represents sellers".
  let k = after + 1;
  while (
    k < ceiling &&
    k - after < APPOSITIVE_WINDOW &&
    tokens[k]!.kind !== 'quote' &&
    // A period before a comma closes an abbreviation, not the sentence: ", of Salem, Fla., who".
    !(
      /^[.;:!?]$/.test(tokens[k]!.text) && !(tokens[k]!.text === '.' && tokens[k + 1]?.text === ',')
    )
  ) {
    if (tokens[k]!.text === ',') {
      const following = tokens[k + 1];
      if (
        !following ||
        following.kind !== 'word' ||
        APPOSITIVE_BREAKERS.has(following.lower) ||
        cueAt(tokens, k + 1)
      )
        return k;
    }
    k++;
  }
  return k;
}

/**
 * "“…” that is blatantly sexist, Brock said.": a subject and cue that close the sentence after a comma
 * speak the quotation even when a clause stands between it and them.
 */
function closingSubject(
  view: ParagraphView,
  c: number,
  from: number,
  sentence: Sentence,
): SpeakerPhrase | null {
  const { tokens } = view;
  const next = tokens[c + 1];
  const closes =
    c + 1 >= sentence.to ||
    (next !== undefined && /^[.,!?]$/.test(next.text)) ||
    closingPhrase(tokens, c + 1, sentence.to);
  if (!closes) return null;
  const subject = subjectBefore(view, c, from);
  if (!subject || subject.kind === 'role') return null;
  // "…, Justice Department senior trial counsel Caroline Wolverton wrote": role words may stand
  // between the comma and the name.
  let j = subject.at - 1;
  while (j > from && subject.at - j <= 6 && tokens[j]!.kind === 'word' && !cueAt(tokens, j)) j--;
  return tokens[j]?.text === ',' ? subject : null;
}

/** "… wrote in a court filing.": a short phrase after a preposition, with no cue or quotation, ends the sentence. */
function closingPhrase(tokens: Token[], from: number, to: number): boolean {
  if (!PREPOSITIONS.has(tokens[from]?.lower ?? '') || to - from > CLOSING_PHRASE_TOKENS)
    return false;
  for (let k = from; k < to; k++) if (tokens[k]!.kind === 'quote' || cueAt(tokens, k)) return false;
  return true;
}

/** Most tokens of the phrase that may follow a closing cue: "in a court filing on Friday." */
const CLOSING_PHRASE_TOKENS = 8;

/**
 * A lower-case word right after a name, before the cue, that the name describes: "Vermont senator",
 * "Trump's spokesman". Adverbs, auxiliaries, links and reflexives ("Trump himself said") are not nouns.
 */
function modifiesNoun(tokens: Token[], at: number, end: number): boolean {
  const next = tokens[at];
  if (at >= end || !next || next.kind !== 'word' || next.capital) return false;
  const word = next.lower;
  return (
    !BETWEEN_SUBJECT_AND_CUE.has(word) &&
    !CLAUSE_LINKS.has(word) &&
    !/ly$/.test(word) &&
    !/self$/.test(word) &&
    !PRONOUNS.has(word) &&
    !ROLE_COMPLEMENTS.has(word) &&
    word !== 'who'
  );
}

/** The subject phrase between a closing quote mark and its cue: `” the economist Jared Bernstein, …, wrote`. */
function phraseBetween(view: ParagraphView, from: number, cue: number): SpeakerPhrase | null {
  const { tokens, text } = view;
  let end = cue;
  while (
    end > from &&
    tokens[end - 1]!.kind === 'word' &&
    !tokens[end - 1]!.capital &&
    (BETWEEN_SUBJECT_AND_CUE.has(tokens[end - 1]!.lower) || /ly$/.test(tokens[end - 1]!.lower))
  )
    end--;
  while (end > from && tokens[end - 1]!.kind === 'punct') end--;
  if (end <= from) return null;
  // "Sen. Jason Holsman (D) said": the closing parenthesis stays with its party.
  if (tokens[end]?.text === ')') {
    let open = end - 1;
    while (open > from && tokens[open]!.text !== '(' && end - open < 6) open--;
    if (tokens[open]!.text === '(') end++;
  }
  let head: SpeakerPhrase | null = null;
  // The subject stands near the closing mark: "” the economist Jared Bernstein, …, wrote", not after a
  // clause. Its head is the last name before an appositive's comma: "organizing director Kendall Fells".
  const headLimit = Math.min(end, from + 12);
  for (let k = from; k < headLimit; k++) {
    const token = tokens[k]!;
    // "Sen. Chris Murphy (D-Conn.) said", "Sen. Tom Carper of Delaware said": a parenthesis or a
    // home after the name describes it.
    if ((token.text === ',' || token.text === '(') && head) break;
    if (head?.kind === 'name' && (token.lower === 'of' || token.lower === 'from')) break;
    if (token.kind !== 'word') continue;
    // "” the Vermont senator and Democratic presidential candidate told": two roles of one person.
    if (token.lower === 'and' && !head && DETERMINERS.has(tokens[from]!.lower)) continue;
    if (CLAUSE_LINKS.has(token.lower)) return null;
    if (token.capital) {
      const run = nameRunStartingAt(tokens, k, end);
      if (run && modifiesNoun(tokens, run.to, end)) {
        // "the independent Vermont senator", "Trump's spokesman": the name describes the noun after it.
        k = run.to - 1;
      } else if (run) {
        head = {
          kind: 'name',
          mention: '',
          run,
          head: run.words[run.words.length - 1]!.toLowerCase(),
          role: roleBefore(view, run, from),
          at: k,
        };
        k = run.to - 1;
      } else if (PRONOUNS.has(token.lower))
        head = { kind: 'pronoun', mention: '', run: null, head: token.lower, role: null, at: k };
    } else if (PRONOUNS.has(token.lower)) {
      head = { kind: 'pronoun', mention: '', run: null, head: token.lower, role: null, at: k };
    }
  }
  if (!head) {
    const role = phraseEndingAt(view, end - 1, from);
    if (!role || role.kind !== 'role') return null;
    if (role.at - from > 4) {
      // One noun phrase from the determiner on, roles joined by "and": the mention is all of it.
      if (!DETERMINERS.has(tokens[from]!.lower)) return null;
      for (let k = from; k < role.at; k++) if (tokens[k]!.kind !== 'word') return null;
      head = { ...role, at: from, mention: text.slice(tokens[from]!.start, tokens[end - 1]!.end) };
    } else head = role;
  }
  const lead = head.kind === 'name' && head.run ? head.run.from : head.at;
  let leadEnd = lead;
  while (leadEnd > from && tokens[leadEnd - 1]!.kind === 'punct') leadEnd--;
  let roleFrom = from;
  while (roleFrom < leadEnd && DETERMINERS.has(tokens[roleFrom]!.lower)) roleFrom++;
  const describes =
    head.kind === 'name' &&
    head.run?.kind === 'person' &&
    leadEnd > roleFrom &&
    !tokens[from]!.capital;
  const role =
    head.role ?? (describes ? text.slice(tokens[from]!.start, tokens[leadEnd - 1]!.end) : null);
  return { ...head, role, mention: text.slice(tokens[from]!.start, tokens[end - 1]!.end) };
}

/** Words after a capitalised noun that make it a phrase of time: "Hours later,", "Days before,". */
const TIME_ADVERBS = new Set([
  'later',
  'earlier',
  'ago',
  'before',
  'after',
  'afterward',
  'afterwards',
]);

/** "Hours later, …": a capitalised opener and a time adverb before a comma, no subject. */
function opensTimeAdverbial(tokens: Token[], i: number): boolean {
  return (
    tokens[i]?.capital === true &&
    TIME_ADVERBS.has(tokens[i + 1]?.lower ?? '') &&
    tokens[i + 2]?.text === ','
  );
}

/**
 * Past a dateline that opens a paragraph's first sentence: "WASHINGTON, Aug. 24 (UPI) — A
 * spokesman …", "LONDON (Reuters) - Donald Trump said". Its place in capitals and the dash mark it.
 */
function pastDateline(tokens: Token[], from: number, cue: number): number {
  const first = tokens[from];
  if (!first || first.kind !== 'word' || !/^[A-Z][A-Z.'’-]+$/.test(first.text)) return from;
  for (let k = from + 1; k < cue && k - from <= DATELINE_TOKENS; k++) {
    const text = tokens[k]!.text;
    if (text === '—' || text === '–' || text === '-') return k + 1;
  }
  return from;
}

/** Most tokens of a dateline before its dash: "ST. LOUIS, Mo., Aug. 24 (AP)". */
const DATELINE_TOKENS = 12;

/** The first name or pronoun in subject position between `from` and the cue. */
function mainSubject(view: ParagraphView, from: number, cue: number): SpeakerPhrase | null {
  const { tokens } = view;
  let ownedRole: SpeakerPhrase | null = null;
  let begin = pastDateline(tokens, from, cue);
  if (tokens[from] && (INTRODUCTORY.has(tokens[from]!.lower) || opensTimeAdverbial(tokens, from))) {
    while (begin < cue && tokens[begin]!.text !== ',') begin++;
    if (begin >= cue) begin = from;
  }
  for (let k = begin; k < cue; k++) {
    const token = tokens[k]!;
    if (token.kind !== 'word') continue;
    const previous = tokens[k - 1];
    const inSubjectPosition =
      !previous ||
      previous.kind !== 'word' ||
      !(PREPOSITIONS.has(previous.lower) || DETERMINERS.has(previous.lower));
    if (!inSubjectPosition) continue;
    if (PRONOUNS.has(token.lower) && token.lower !== 'it') {
      return pronounPhrase(token, k);
    }
    if (token.capital) {
      const run = nameRunStartingAt(tokens, k, cue);
      if (!run) continue;
      const owned = isNamePossessive(tokens[run.to - 1]) ? ownedNoun(tokens, run.to, cue) : -1;
      // "mocked Trump's campaign, calling …": what a name owns, with punctuation after it, is an
      // object; a subject goes on to its verb ("Ryan's campaign shrugged off …").
      if (owned >= 0 && tokens[owned + 1]?.kind !== 'word') {
        k = owned;
        continue;
      }
      if (owned >= 0) {
        // "Ryan's campaign shrugged off …, telling", "Clinton's response was:": the subject is what
        // the name owns. A body, a document or words speak; "Ryan's spokesman" does unless a name
        // follows ("… campaign manager Corey Lewandowski"); "Ms. Sherry's novel" is no speaker.
        const head = tokens[owned]!.lower;
        const phrase: SpeakerPhrase = {
          kind: 'role',
          mention: view.text.slice(tokens[run.from]!.start, tokens[owned]!.end),
          run,
          head,
          role: null,
          at: run.from,
        };
        if (SPEAKING_OWNED.some((words) => words.has(head))) return phrase;
        if (!ROLE_NOUNS.has(head)) {
          k = run.to - 1;
          continue;
        }
        ownedRole ??= phrase;
      }
      // "Sanders on Saturday criticized …": a phrase of time between the subject and its verb.
      const next = tokens[pastTimeAfter(tokens, run.to, cue)];
      const followedByRole =
        next !== undefined && (TITLE_WORDS.has(next.lower) || ROLE_NOUNS.has(next.lower));
      const followedByVerb =
        next !== undefined &&
        next.kind === 'word' &&
        !next.capital &&
        !PREPOSITIONS.has(next.lower);
      if (followedByVerb && !followedByRole) {
        return nameOnly(view, run, run.from, roleBefore(view, run, from));
      }
      k = run.to - 1;
    }
  }
  return ownedRole;
}

/** "Moscow strongly denies": a cue, past adverbs, right after token j's run. */
function subjectOfCueAfter(tokens: Token[], j: number): boolean {
  let k = j;
  while (
    k < tokens.length &&
    k - j < 3 &&
    tokens[k]!.kind === 'word' &&
    (BETWEEN_SUBJECT_AND_CUE.has(tokens[k]!.lower) || /ly$/.test(tokens[k]!.lower))
  )
    k++;
  return k < tokens.length && cueAt(tokens, k) !== undefined;
}

function resolvePhrase(
  view: ParagraphView,
  phrase: SpeakerPhrase | null,
  cue: CueWord,
  entities: ArticleEntities,
): Attribution {
  if (!phrase) return NO_ATTRIBUTION;
  const at = position(view.index, view.tokens[phrase.at]!.start);
  const cueText = cue.lemma === 'according to' ? 'according to' : cue.text;
  let entity: Entity | null = null;
  const notPerson =
    phrase.kind === 'name' &&
    phrase.run !== null &&
    isPlaceName(phrase.run.words) &&
    !subjectOfCueAfter(view.tokens, phrase.run.to);
  if (phrase.kind === 'name' && phrase.run && (notPerson || !entities.isName(phrase.run))) {
    // "Critics say …": one capitalised word, seen nowhere else but at a sentence's start, is no name.
    return {
      speaker: null,
      role: null,
      mention: phrase.mention.replace(/[\s,]+$/, ''),
      cue: cueText,
      named: false,
    };
  }
  if (phrase.kind === 'name' && phrase.run) {
    entity = entities.resolveRun(phrase.run, at, runPlace(view, phrase.run.from));
    if (entity) entities.noteSpeaker(entity);
  } else if (phrase.kind === 'pronoun') {
    const kind = PRONOUNS.get(phrase.head);
    if (kind === 'male' || kind === 'female') entity = entities.resolvePronoun(kind, at);
    if (entity) entities.noteSpeaker(entity);
  } else if (phrase.kind === 'role') {
    if (MEDIA_ROLE_NOUNS.has(phrase.head)) entity = entities.resolveMedia(at);
    else if (phrase.run) {
      // "Trump's campaign", "the Biden administration": an organisation named after its owner.
      const owner = entities.resolveRun(phrase.run, at, runPlace(view, phrase.run.from));
      // "A Navy press release announced", "the union's statement said": the document's author speaks.
      if (owner && (DOCUMENT_NOUNS.has(phrase.head) || SPOKEN_NOUNS.has(phrase.head)))
        return {
          speaker: owner.name,
          role: null,
          mention: phrase.mention,
          cue: cueText,
          named: true,
        };
      // Only an organisation or a body of people is named after its owner: "Kerry's own rhetoric"
      // and "Kerry was too busy" are no speakers called "John Kerry rhetoric" or "… busy".
      if (owner && (ORGANISATION_WORDS.has(phrase.head) || OWNED_BODIES.has(phrase.head)))
        return {
          speaker: `${owner.name} ${phrase.head}`,
          role: null,
          mention: phrase.mention,
          cue: cueText,
          named: true,
        };
    } else if (/^the\s/i.test(phrase.mention)) entity = entities.resolveRoleNoun(phrase.head, at);
  }
  let mention = phrase.mention.replace(/[\s,]+$/, '');
  let role = phrase.role === null ? null : nounPhraseRole(phrase.role);
  if (entity && entity.kind === 'person' && phrase.kind === 'name' && phrase.run) {
    // "Sen. Tom Carper of Delaware", "Rep. Bobby Scott (D-Va.)": the place or party after the name.
    const { tokens, text } = view;
    const runEnd = tokens[phrase.run.to - 1]!.end;
    const complementEnd = nameComplementEnd(view, phrase.run.to, entities, at);
    const mentionStart = runEnd - mention.length;
    if (complementEnd > phrase.run.to) {
      const complement = text.slice(tokens[phrase.run.to]!.start, tokens[complementEnd - 1]!.end);
      const covered = mention.includes(complement.replace(/[.)]+$/, ''));
      if (!covered && text.slice(mentionStart, runEnd) === mention)
        mention = text.slice(mentionStart, tokens[complementEnd - 1]!.end);
      if (covered || mention.endsWith(complement))
        role = role ? `${role} ${complement}` : complement;
    }
  }
  // "said a longtime adviser to Trump, who declined to be named": no one resolves, so the role is
  // the phrase as the article gives it; who-said can name the speaker by it.
  if (!entity && phrase.kind === 'role' && role === null) {
    // The mention is the phrase as given, complement included: "a longtime adviser to Trump".
    mention = roleAsGiven(view, phrase, mention);
    role = nounPhraseRole(mention);
  }
  return {
    speaker: entity ? entity.name : null,
    role,
    mention,
    cue: cueText,
    named: entity !== null,
  };
}

/** Prepositions whose phrase completes a role noun: "adviser to Trump", "strategist for one campaign". */
const ROLE_COMPLEMENTS = new Set(['to', 'for', 'of', 'at', 'with', 'from', 'in']);

/**
 * A role phrase with its prepositional complement: "a longtime adviser" + "to both Clintons". The
 * complement runs to punctuation, a cue, a clause link or a relative pronoun, at most 8 tokens.
 */
function roleAsGiven(view: ParagraphView, phrase: SpeakerPhrase, mention: string): string {
  const { tokens, text } = view;
  const start = tokens[phrase.at]!.start;
  let end = phrase.at;
  while (end < tokens.length && end - phrase.at < 20 && tokens[end]!.end - start < mention.length)
    end++;
  if (tokens[end]?.end !== start + mention.length) return mention;
  const k = end + 1;
  if (ROLE_COMPLEMENTS.has(tokens[k]?.lower ?? '')) {
    let last = k;
    for (let i = k + 1; i < tokens.length && i - k <= 8; i++) {
      const token = tokens[i]!;
      if (token.kind !== 'word' || cueAt(tokens, i) || CLAUSE_LINKS.has(token.lower)) break;
      if (RELATIVE.test(token.text)) break;
      last = i;
    }
    if (last > k && !DETERMINERS.has(tokens[last]!.lower) && !PREPOSITIONS.has(tokens[last]!.lower))
      return text.slice(start, tokens[last]!.end);
  }
  return mention;
}

/**
 * The end (exclusive) of a party tag or home after a person's name: "(D-Conn.)", "of Delaware",
 * "of the New York delegation"; `after` itself when there is none. "said Obama of Clinton" (about
 * a person) is no home.
 */
function nameComplementEnd(
  view: ParagraphView,
  after: number,
  entities: ArticleEntities,
  at: number,
): number {
  const { tokens, text } = view;
  const first = tokens[after];
  if (!first) return after;
  if (first.text === '(') {
    let close = after + 1;
    while (close < tokens.length && close - after < 6 && tokens[close]!.text !== ')') close++;
    if (tokens[close]?.text !== ')') return after;
    const inner = text.slice(tokens[after + 1]!.start, tokens[close - 1]!.end);
    return /^[DRI](?:-[A-Z][\w.\s]*)?\.?$/.test(inner) ? close + 1 : after;
  }
  if (first.lower !== 'of') return after;
  let k = after + 1;
  const withArticle = tokens[k]?.lower === 'the';
  if (withArticle) k++;
  let end: number;
  if (tokens[k]?.text === 'New' && tokens[k + 1]?.capital) {
    end = k + 2; // "of New York"
    while (end < tokens.length && end - k < 4 && tokens[end]!.capital) end++;
  } else {
    const place = nameRunStartingAt(tokens, k, Math.min(tokens.length, k + 6));
    if (!place || place.from !== k) return after;
    const known = entities.resolveRun(place, at);
    if (known && known.kind === 'person' && known.name.includes(' ')) return after;
    end = place.to;
  }
  // "of the New York delegation": one noun closes the phrase when punctuation or a cue follows.
  const noun = tokens[end];
  const following = tokens[end + 1];
  if (
    withArticle &&
    noun?.kind === 'word' &&
    !noun.capital &&
    !cueAt(tokens, end) &&
    (!following || following.kind === 'punct' || cueAt(tokens, end + 1))
  )
    end++;
  return end;
}

/** Nouns of a written text whose owner is its author: "the Navy's statement", "a Pentagon report". */
const DOCUMENT_NOUNS = new Set([
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
const SPOKEN_NOUNS = new Set([
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
]);

/**
 * The head noun of what a possessive name owns, from token `at`: the last of at most three
 * lower-case words that names a speaker, a body or words ("catch phrase", "lyrical rejection",
 * "campaign manager"), stopping at a verb or a link; -1 when none does.
 */
function ownedNoun(tokens: Token[], at: number, ceiling: number): number {
  let head = -1;
  for (let k = at; k < ceiling && k - at < 3; k++) {
    const token = tokens[k]!;
    if (token.kind !== 'word' || token.capital) break;
    const word = token.lower;
    if (
      isVerbForm(word) ||
      CLAUSE_LINKS.has(word) ||
      PREPOSITIONS.has(word) ||
      BETWEEN_SUBJECT_AND_CUE.has(word)
    )
      break;
    if (ROLE_NOUNS.has(word) || SPEAKING_OWNED.some((words) => words.has(word))) head = k;
  }
  return head;
}

/** What a name owns that speaks for it: "Trump's campaign", "the union's statement", "her reply". */
const SPEAKING_OWNED = [ORGANISATION_WORDS, OWNED_BODIES, DOCUMENT_NOUNS, SPOKEN_NOUNS];

/** Words that may open a clause or a prepositional phrase but never a role: "And with President". */
/**
 * Sentence adverbs and conjunctions that open the clause, never a role: "Even Secretary of State
 * Colin Powell", "Yet former senior State Department official …", "Even though outgoing Gov. …".
 * Not "once", "then" or "now": "then UAW president", "once presidential hopeful" say when the person
 * held the role.
 */
const CLAUSE_ADVERBS = [
  'even',
  'yet',
  'however',
  'perhaps',
  'maybe',
  'indeed',
  'meanwhile',
  'instead',
  'moreover',
  'though',
  'although',
];
const NOT_ROLE_START = new Set([...PREPOSITIONS, ...CLAUSE_LINKS, ...CLAUSE_ADVERBS, 'as', 'nor']);
/** A parenthetical between commas that is no appositive: "The company, of course, attacked us". */
const DISCOURSE =
  'of course|for example|for instance|in fact|in turn|in particular|in short|at least';
const DISCOURSE_PHRASE = new RegExp(`^(?:${DISCOURSE})$`, 'i');
/** "The company, of course", "Some picketers, however": the parenthetical is no part of the role. */
const TRAILING_DISCOURSE = new RegExp(`,\\s*(?:${DISCOURSE}|however|meanwhile|though|too)$`, 'i');
const RELATIVE = /^(?:who|whom|whose|which|that)$/i;

/**
 * A role is shown to users as "Name, role": a relative clause standing alone ("who chairs the
 * tenants' association") describes the person but is no role, and words that begin the sentence's
 * clause ("And with President") are not part of one. An appositive keeps its own relative clause
 * (", a broker in Tampa, who represents sellers"): the words identify the speaker in who-said search.
 */
function nounPhraseRole(role: string): string | null {
  const words = role.split(/\s+/);
  let first = 0;
  while (
    first < words.length - 1 &&
    NOT_ROLE_START.has(words[first]!.toLowerCase()) &&
    !RELATIVE.test(words[first]!)
  )
    first++;
  if (RELATIVE.test(words[first] ?? '')) return null;
  const text = words
    .slice(first)
    .join(' ')
    .replace(/[\s,;:—–-]+$/, '')
    .replace(TRAILING_DISCOURSE, '');
  if (!text || /^(?:mr|mrs|ms|dr|miss)\.?$/i.test(text)) return null;
  // "as Davis put it", "Some picketers, however,", "Sharon, of course,": no role at all.
  if (
    NOT_ROLE_START.has(text.toLowerCase()) ||
    DISCOURSE_PHRASE.test(role.trim().replace(/[\s,;:]+$/, ''))
  )
    return null;
  // "Hillary Clinton, the": a role of determiners alone says nothing.
  if (text.split(/\s+/).every((w) => DETERMINERS.has(w.toLowerCase()))) return null;
  return text;
}

/** Reported speech in one sentence. */
function reportedSpeech(
  view: ParagraphView,
  sentence: Sentence,
  entities: ArticleEntities,
  articleId: string,
): Quotation[] {
  const { tokens, text } = view;
  const out: Quotation[] = [];
  {
    let last = sentence.to;
    while (last > sentence.from && tokens[last - 1]!.kind === 'punct') last--;
    for (let c = sentence.from; c < last; c++) {
      const cue = reportingAt(tokens, c);
      if (!cue || !cue.reports) continue;
      const clause = reportedClause(view, c, cue, sentence, last, entities);
      if (!clause) {
        // Still a speaker, for the pronouns that follow: "Reyes said about 200 members came. … he said."
        if (cue.form === 'finite')
          resolvePhrase(view, subjectBefore(view, c, sentence.from), cue, entities);
        continue;
      }
      const from = clause.from;
      let to = coordinatedVerbAt(tokens, from, clause.to);
      if (cue.names) {
        // "called for an investigation into …" names nothing.
        if (PREPOSITIONS.has(tokens[from]!.lower)) continue;
        // The object and its quoted name, and no more: "called Clinton a “champion”".
        let quoted = from;
        while (quoted < to && tokens[quoted]!.kind !== 'quote') quoted++;
        if (quoted >= to || quoted - from > NAMED_OBJECT_TOKENS) continue;
        // "Critics call the plan a “reform”": a scare quote, which names nothing of anyone's.
        const span = view.marks.spans[tokens[quoted]!.span]!;
        if (!clause.who.named && countWords(text, span.start, span.end) <= 3) continue;
        to = quoted + 1;
      }
      while (to > from && tokens[to - 1]!.kind === 'punct') to--;
      if (to - from < 3) continue;
      if (to - from === 1 || (to - from <= 2 && tokens[from]!.kind === 'quote')) continue;
      let onlyQuote = true;
      for (let k = from; k < to && onlyQuote; k++)
        if (tokens[k]!.kind === 'word') onlyQuote = false;
      if (onlyQuote) continue;
      const start = tokens[from]!.start;
      const end = tokens[to - 1]!.end;
      out.push({
        articleId,
        paragraph: view.index + 1,
        text: text.slice(start, end),
        speaker: clause.who.speaker,
        role: clause.who.role,
        mention: clause.who.mention,
        cue: clause.who.cue,
        direct: false,
        start,
        end,
      });
      if (cue.lemma === 'according to') c++;
    }
  }
  return out;
}

/**
 * "Khan said Mr. Trump was “ignorant” of Islam and criticized him for …": a reported clause ends
 * where "and" or "but" joins another reporting or content verb to the subject's own, or where a
 * comma or dash brings a participle of speech ("…, adding that …"); returns that index, or `to`.
 */
function coordinatedVerbAt(tokens: Token[], from: number, to: number): number {
  for (let k = from + 1; k < to - 1; k++) {
    const link = tokens[k]!.lower;
    if (link === 'and' || link === 'but') {
      const verb = reportingAt(tokens, k + 1);
      if (verb && verb.form !== 'participle' && verb.form !== 'base') return k;
    } else if (link === ',' || link === '—' || link === '–' || closesWithComma(tokens[k]!)) {
      // "…, adding that …", "“…,” adding that …", "— asserting that …": a participle of speech
      // opens the next attribution.
      const verb = cueAt(tokens, k + 1);
      if (verb && verb.form === 'participle' && verb.reports)
        return tokens[k]!.kind === 'quote' ? k + 1 : k;
      // "…, with Lewandowski taking to Twitter …": an absolute phrase with a speaker of its own.
      if (link === ',' && withAbsoluteAt(tokens, k + 1, to)) return k;
      // "…, which he declared “a total disaster”": a relative clause with a speaker of its own.
      const relative = tokens[k + 1]?.lower;
      const speaker = tokens[k + 2];
      if (
        (relative === 'which' || relative === 'what') &&
        speaker?.kind === 'word' &&
        (speaker.capital || PRONOUNS.has(speaker.lower)) &&
        cueAt(tokens, k + 3)?.form === 'finite'
      )
        return k;
    }
  }
  return to;
}

/** A quotation whose words end with the sentence's comma: "“… by spring,” adding that …". */
function closesWithComma(token: Token): boolean {
  return token.kind === 'quote' && /,\s*$/.test(token.text);
}

/** Most tokens of the object a naming verb gives a quoted name: "half of Donald Trump’s supporters". */
const NAMED_OBJECT_TOKENS = 12;

/** A cue that can report a clause, or a content verb ("wants", "found", "endorsed"). */
function reportingAt(tokens: Token[], c: number): CueWord | undefined {
  const cue = cueAt(tokens, c);
  if (cue?.reports) return cue;
  const token = tokens[c]!;
  if (token.kind !== 'word' || token.capital) return cue;
  return contentVerb(token.lower) ?? cue;
}

const PASSIVE_AUXILIARIES = new Set(['is', 'was', 'are', 'were', 'be', 'been', 'being']);

/** "Sanders wants a …", "a poll found that …": the object or clause a content verb attributes. */
function contentClause(
  view: ParagraphView,
  c: number,
  cue: CueWord,
  sentence: Sentence,
  last: number,
  entities: ArticleEntities,
): Clause | null {
  const { tokens } = view;
  if (PASSIVE_AUXILIARIES.has(tokens[c - 1]?.lower ?? '')) return null;
  // "a Trotskyist who opposes both regimes": a relative clause describes; it reports nothing.
  if (RELATIVE.test(tokens[c - 1]?.text ?? '')) return null;
  const subject = subjectBefore(view, c, sentence.from) ?? clauseSubject(view, c, sentence);
  if (!subject) return null;
  if (/[’']s?$/.test(tokens[subject.at + subject.mention.split(/\s+/).length - 1]?.text ?? ''))
    return null;
  if (!agrees(view, subject, c)) return null;
  if (cue.form === 'base' && subject.kind !== 'pronoun' && !/s$/.test(subject.head)) return null;
  if (
    cue.form === 'base' &&
    subject.kind === 'pronoun' &&
    !/^(?:they|we|i|you)$/.test(subject.head)
  )
    return null;
  const who = resolvePhrase(view, subject, cue, entities);
  const closesClause = c === last - 1 || tokens[c + 1]?.text === ',';
  if (closesClause) {
    if (
      subject.at > sentence.from + 2 &&
      tokens[subject.at - 1]!.text === ',' &&
      tokens[sentence.from]!.kind !== 'quote' &&
      !INTRODUCTORY.has(tokens[sentence.from]!.lower)
    )
      return { from: sentence.from, to: subject.at - 1, who };
    return null;
  }
  let k = c + 1;
  if (tokens[k]?.lower === 'that') k++;
  const next = tokens[k];
  if (!next || next.kind !== 'word' || k >= last) return null;
  if (NOT_CONTENT_START.has(next.lower)) return null;
  return { from: k, to: Math.min(last, k + CLAUSE_MAX_TOKENS), who };
}

/** Nouns that head a role phrase which can speak or find: "the study shows", "the memo says". */
const SOURCE_NOUNS = new Set([
  ...ROLE_NOUNS,
  'analysis',
  'data',
  'research',
  'review',
  'audit',
  'memo',
  'letter',
  'document',
  'filing',
  'index',
  'book',
  'bill',
  'law',
  'plan',
  'proposal',
  'ad',
  'video',
  'website',
  'site',
  'page',
  'account',
  'release',
  'message',
  'speech',
  'platform',
  'model',
  'forecast',
  'majority',
  'percent',
  'state',
  'city',
  'county',
  'board',
  'council',
  'office',
  'panel',
  'team',
  'firm',
  'bank',
  'school',
  'university',
  'institute',
  'center',
  'foundation',
  'coalition',
  'association',
  'commission',
  'industry',
  'country',
  'nation',
  'public',
  'everyone',
  'nobody',
  'somebody',
  'someone',
  'one',
]);

/** Verb forms in -s that news uses at least as often as plural nouns: "his plans", "the attacks". */
const NOUN_LIKE_S = new Set([
  'plans',
  'attacks',
  'views',
  'challenges',
  'doubts',
  'fears',
  'estimates',
  'favors',
  'shows',
  'worries',
  'hopes',
  'calls',
  'states',
  'emails',
  'reports',
  'claims',
  'notes',
  'posts',
  'backs',
  'orders',
  'texts',
  'charges',
  'counters',
  'promises',
  'tweets',
  'answers',
  'replies',
  'remarks',
  'questions',
  'demands',
  'praises',
  'blasts',
  'declines',
  'supports',
  'cites',
]);

/**
 * "the 16 states holding contests", "Paris terror attacks": a word like "plans" right after a role
 * phrase is usually the phrase's plural noun. It is a verb when the phrase names a speaker or a
 * source ("the study shows", "the union's spokesman states").
 */
function agrees(view: ParagraphView, subject: SpeakerPhrase, c: number): boolean {
  if (subject.kind !== 'role' || !NOUN_LIKE_S.has(view.tokens[c]!.lower)) return true;
  if (view.tokens[c - 1]!.kind !== 'word') return true;
  if (
    SOURCE_NOUNS.has(subject.head) ||
    /(?:er|or|ist|ian|ee|ent|ant|ion|ty|cy)$/.test(subject.head)
  )
    return true;
  // "Recent polling shows that …", "the average shows Clinton leading": an object follows the verb.
  const next = view.tokens[c + 1];
  return (
    next !== undefined &&
    next.kind === 'word' &&
    !PREPOSITIONS.has(next.lower) &&
    !NOT_CONTENT_START.has(next.lower)
  );
}

/** Words after a content verb that begin no object: "found yesterday", "wants and needs". */
const NOT_CONTENT_START = new Set([
  'and',
  'or',
  'but',
  'yesterday',
  'today',
  'tonight',
  'last',
  'earlier',
  'later',
  'again',
  'then',
  'so',
  'too',
  'also',
  'by',
  'as',
  'in',
  'on',
  'at',
  'from',
  'into',
  'up',
  'out',
  'off',
  'down',
  'away',
]);

/** "said Sanders has …": a name that is the subject of the reported clause, not "said Tuesday" or "said in". */
function startsNamedClause(tokens: Token[], k: number): boolean {
  const run = nameRunStartingAt(tokens, k, tokens.length);
  if (!run || run.from !== k) return false;
  const after = tokens[run.to];
  return (
    after !== undefined &&
    after.kind === 'word' &&
    !after.capital &&
    !PREPOSITIONS.has(after.lower) &&
    !cueAt(tokens, run.to)
  );
}

/** "said more than 3,000 people had …": a lower-case word that is not a time, place or manner phrase. */
function startsPlainClause(token: Token): boolean {
  return (
    !token.capital &&
    !PREPOSITIONS.has(token.lower) &&
    !NOT_CLAUSE_START.has(token.lower) &&
    !cueWord(token.lower) &&
    !/ly$/.test(token.lower)
  );
}

interface Clause {
  from: number;
  to: number;
  who: Attribution;
}

function reportedClause(
  view: ParagraphView,
  c: number,
  cue: CueWord,
  sentence: Sentence,
  last: number,
  entities: ArticleEntities,
): Clause | null {
  const { tokens } = view;
  let who: Attribution | null = null;
  const cap = (from: number): number => Math.min(last, from + CLAUSE_MAX_TOKENS);
  if (cue.content) return contentClause(view, c, cue, sentence, last, entities);
  if (cue.lemma === 'according to') {
    const who = resolvePhrase(view, sourceAfter(view, c + 2, sentence.to), cue, entities);
    if (!who.mention) return null;
    if (c > sentence.from + 2 && tokens[c - 1]!.text === ',')
      return { from: sentence.from, to: c - 1, who };
    let k = c + 2;
    while (k < last && tokens[k]!.text !== ',') k++;
    return k + 1 < last ? { from: k + 1, to: cap(k + 1), who } : null;
  }
  if (cue.form === 'base' && !isBeliefVerb(cue.lemma) && cue.lemma !== 'say') return null;
  let subject =
    tokens[c - 1]?.text === ',' || tokens[c - 1]?.text === ')'
      ? subjectOfCue(view, c, cue, sentence)
      : subjectBefore(view, c, sentence.from);
  if (subject && cue.form !== 'finite') subject = documentAuthor(view, subject, sentence);
  // "…, Smith said." closing a sentence of paraphrase.
  const closesClause = c === last - 1 || tokens[c + 1]?.text === ',';
  const quoteFollows = tokens[c + 1]?.text === ',' && tokens[c + 2]?.kind === 'quote';
  const introduced = INTRODUCTORY.has(tokens[sentence.from]!.lower);
  // "In particular, he said, the foundation had …": a parenthetical cue after a short opening
  // reports the clause after it.
  if (
    subject &&
    tokens[c + 1]?.text === ',' &&
    !quoteFollows &&
    subject.at > sentence.from &&
    subject.at <= sentence.from + 5 &&
    tokens[subject.at - 1]!.text === ',' &&
    tokens[c + 2]?.kind === 'word' &&
    last - (c + 2) >= 4
  )
    return { from: c + 2, to: cap(c + 2), who: resolvePhrase(view, subject, cue, entities) };
  if (
    subject &&
    closesClause &&
    !quoteFollows &&
    !introduced &&
    subject.at > sentence.from + 2 &&
    tokens[subject.at - 1]!.text === ','
  ) {
    if (tokens[sentence.from]!.kind === 'quote') return null;
    return {
      from: sentence.from,
      to: subject.at - 1,
      who: resolvePhrase(view, subject, cue, entities),
    };
  }
  if (!subject) {
    // "…, said Smith." closing a sentence of paraphrase.
    if (
      cue.form === 'finite' &&
      tokens[c - 1]?.text === ',' &&
      c - 1 > sentence.from + 2 &&
      tokens[sentence.from]!.kind !== 'quote'
    ) {
      const inverted = phraseAfter(view, c + 1, sentence.to);
      if (inverted && inverted.kind === 'name' && !startsNamedClause(tokens, c + 1))
        return {
          from: sentence.from,
          to: c - 1,
          who: resolvePhrase(view, inverted, cue, entities),
        };
    }
    if (closesClause) return null;
    if (cue.form === 'finite') subject = clauseSubject(view, c, sentence);
    if (!subject) {
      // "He voiced concern and said …", "…, saying …": the subject of the sentence's earlier verb.
      let linkAt = c - 1;
      while (linkAt > sentence.from && c - linkAt < 4 && isBetweenWord(tokens[linkAt]!)) linkAt--;
      const link = tokens[linkAt]?.lower;
      // "“… by spring,” adding that …": the comma closes the quotation.
      // "distanced himself from the movement by saying …": so does a participle after "by".
      const joined =
        link === 'and' ||
        link === 'but' ||
        (cue.form === 'participle' &&
          (link === ',' || closesWithComma(tokens[linkAt]!) || PARTICIPLE_LINKS.has(link ?? '')));
      if (!joined) return null;
      who = attributeCue(view, c, sentence, entities);
      if (!who.mention) return null;
    }
  }
  if (subject && cue.form === 'base' && subject.kind === 'role' && !/s$/.test(subject.head))
    return null;
  if (subject && !agrees(view, subject, c)) return null;
  let k = c + 1;
  // "said (in a statement / on Tuesday / to reporters) that …": a short detour before "that".
  let that = k;
  const bound = Math.min(last, k + 8);
  while (
    that < bound &&
    tokens[that]!.kind !== 'quote' &&
    tokens[that]!.lower !== 'that' &&
    !cueAt(tokens, that) &&
    tokens[that]!.text !== '.'
  )
    that++;
  const next = tokens[k];
  if (!next) return null;
  // The detour is a phrase of time, place or audience, not a clause: "said the city lost a voice that …".
  const detour =
    that === k ||
    next.capital ||
    PREPOSITIONS.has(next.lower) ||
    NOT_CLAUSE_START.has(next.lower) ||
    /ly$/.test(next.lower) ||
    ADDRESSEE_CUES.has(cue.lemma) ||
    next.lower === 'reporters';
  // "When asked whether …": a question with no asker to name is left out.
  const question = cue.lemma === 'ask' && (subject || who) ? askedQuestionAt(tokens, k, bound) : -1;
  if (tokens[that]?.lower === 'that' && tokens[that]!.kind === 'word' && detour) k = that + 1;
  else if (question >= 0) k = question;
  else if (cue.lemma === 'tell' || cue.lemma === 'ask' || cue.lemma === 'according to') return null;
  else if (!(
    next.kind === 'word' &&
    (CLAUSE_STARTERS.has(next.lower) || startsNamedClause(tokens, k) || startsPlainClause(next))
  ))
    return null;
  if (k >= last) return null;
  return { from: k, to: cap(k), who: who ?? resolvePhrase(view, subject, cue, entities) };
}

/**
 * "asked Trump how he would handle …", "asked whether the levy would stay": a reported question
 * opens with its question word after at most a short object; the index of that word, or -1.
 */
function askedQuestionAt(tokens: Token[], from: number, bound: number): number {
  for (let k = from; k < bound && k - from <= 4; k++) {
    const token = tokens[k]!;
    if (token.kind !== 'word') return -1;
    if (QUESTION_WORDS.has(token.lower)) return k + 1 < bound ? k : -1;
    if (cueAt(tokens, k) || CLAUSE_LINKS.has(token.lower)) return -1;
  }
  return -1;
}

const QUESTION_WORDS = new Set(['how', 'what', 'why', 'whether', 'when', 'where', 'who', 'which']);

/** Prepositions that join a participle of speech to the clause whose subject speaks. */
const PARTICIPLE_LINKS = new Set(['by', 'after', 'before', 'while', 'when', 'without']);

/** Words after which a sentence's first noun phrase is no subject: "What he said", "If voters say". */
const NOT_SUBJECT_WORDS = new Set([
  ...CLAUSE_LINKS,
  ...COPULAS,
  ...PREPOSITIONS,
  'what',
  'how',
  'why',
  'whether',
  'where',
  'not',
  'no',
  'nor',
  'than',
  'has',
  'have',
  'had',
  'will',
  'would',
  'could',
  'should',
  'can',
  'may',
  'might',
  'must',
  'do',
  'does',
  'did',
  'to',
]);
/** Openers skipped before a sentence's subject: "But", "And", "Still,". */
const SENTENCE_OPENERS = new Set(['but', 'and', 'yet', 'still', 'so', 'now', 'meanwhile']);

/**
 * The subject of a sentence whose cue stands after a long appositive or relative clause, or after a
 * noun phrase that names no one: "Sen. Ann Lee, R-Ore., a candidate for governor, said …", "The
 * official, who spoke on condition of anonymity, said …", "Half of the state's voters said …".
 * The subject opens the sentence (after an introductory phrase) and runs to a comma or dash or the cue.
 */
function clauseSubject(view: ParagraphView, c: number, sentence: Sentence): SpeakerPhrase | null {
  const { tokens, text } = view;
  let begin = sentence.from;
  while (begin < c && tokens[begin]!.kind === 'punct' && begin - sentence.from < 3) begin++;
  if (begin < c && SENTENCE_OPENERS.has(tokens[begin]!.lower)) {
    begin++;
    if (tokens[begin]?.text === ',') begin++;
  }
  begin = pastCleft(tokens, begin, c);
  if (
    begin < c &&
    (INTRODUCTORY.has(tokens[begin]!.lower) || PREPOSITIONS.has(tokens[begin]!.lower))
  ) {
    let k = begin;
    while (k < c && k - begin < SUBJECT_WINDOW && tokens[k]!.text !== ',') k++;
    if (k >= c || tokens[k]!.text !== ',') return null;
    begin = k + 1;
  }
  if (c - begin > APPOSITIVE_WINDOW + 10) return null;
  let end = begin;
  while (end < c && tokens[end]!.kind === 'word' && end - begin < 9) end++;
  if (end === begin) return null;
  /** The appositive's last token, when one stands between the subject and the cue. */
  let described = -1;
  if (end < c) {
    // An appositive or clause set off from the subject: it ends with the matching comma or dash.
    const opener = tokens[end]!.text;
    if (opener !== ',' && opener !== '—' && opener !== '(') return null;
    const closer = opener === '(' ? ')' : opener;
    let close = c - 1;
    while (close > end && tokens[close]!.kind === 'word' && isBetweenWord(tokens[close]!)) close--;
    if (close <= end || tokens[close]!.text !== closer) return null;
    const relative = RELATIVE.test(tokens[end + 1]!.text);
    for (let k = end + 1; k < close; k++) {
      const inner = tokens[k]!;
      if (inner.kind === 'quote' || /^[;:!?]$/.test(inner.text)) return null;
      // A period ends the sentence unless it closes an abbreviation: "R-S.C.,".
      if (inner.text === '.' && tokens[k - 1]!.end !== inner.start) return null;
      const cue = cueAt(tokens, k);
      if (cue && cue.form === 'finite' && !relative) return null;
    }
    described = close - 1;
  } else {
    while (end > begin && isBetweenWord(tokens[end - 1]!)) end--;
    if (end === begin) return null;
  }
  for (let k = begin; k < end; k++) {
    const word = tokens[k]!;
    if (NOT_SUBJECT_WORDS.has(word.lower) && !(k > begin && PREPOSITIONS.has(word.lower)))
      return null;
    if (cueAt(tokens, k)) return null;
  }
  const head = tokens[end - 1]!;
  if (DETERMINERS.has(head.lower) || PREPOSITIONS.has(head.lower)) return null;
  if (!head.capital && isVerbForm(head.lower)) return null;
  if (end - begin === 1 && PRONOUNS.has(head.lower)) return pronounPhrase(head, begin);
  const run = nameRunEndingAt(tokens, end - 1, begin);
  // The mention keeps the appositive, as a subject right before its cue does.
  const mention = text.slice(
    tokens[begin]!.start,
    described > end ? tokens[described]!.end : head.end,
  );
  const appositive =
    described > end ? text.slice(tokens[end + 1]!.start, tokens[described]!.end) : null;
  if (run && run.from === begin) {
    return {
      kind: 'name',
      mention,
      run,
      head: run.words[run.words.length - 1]!.toLowerCase(),
      // A bare relative clause ("who has spent two years …") is no role; a title before the name is.
      role:
        (appositive === null ? null : nounPhraseRole(appositive)) ?? roleBefore(view, run, begin),
      at: begin,
    };
  }
  return { kind: 'role', mention, run: null, head: head.lower, role: appositive, at: begin };
}

/** "It was three years ago that Michael Bloomberg … said": the subject follows the cleft's "that". */
function pastCleft(tokens: Token[], begin: number, c: number): number {
  if (tokens[begin]?.lower !== 'it' || !/^(?:was|is)$/.test(tokens[begin + 1]?.lower ?? ''))
    return begin;
  for (let k = begin + 2; k < c && k - begin <= CLEFT_TOKENS; k++) {
    if (tokens[k]!.kind !== 'word') return begin;
    if (tokens[k]!.lower === 'that') return k + 1;
  }
  return begin;
}

/** Most tokens of a cleft's focus before its "that": "It was less than three years ago that". */
const CLEFT_TOKENS = 10;

function isBetweenWord(token: Token): boolean {
  return (
    token.kind === 'word' &&
    !token.capital &&
    (BETWEEN_SUBJECT_AND_CUE.has(token.lower) || /ly$/.test(token.lower))
  );
}
