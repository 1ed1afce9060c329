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
 *
 * This file holds the two passes over the article (names observed, transcript turns, quotations
 * spread over paragraphs), the paragraph loop, and direct-quotation attribution with block
 * quotations. The rest is split by stage:
 * - `view.ts`: the paragraph view (tokens, sentences, cues, headlines), the speaker-phrase and
 *   attribution shapes, and the word sets and token helpers the other files share;
 * - `phrases.ts`: finding the words that name the speaker around a cue (a `SpeakerPhrase`);
 * - `resolve.ts`: resolving a phrase to the fullest name in the article, and attributing a cue;
 * - `reported.ts`: reported speech (`Smith said that …`).
 */
import type { Article } from '../articles/types.js';
import type { Quotation } from './types.js';
import { trimmedEnd, type MarkedSpan, type StepCounter } from './marks.js';
import { closesWithComma, isDash, startsSentence, type Sentence, type Token } from './tokens.js';
import { transcriptTurns, type TranscriptTurn } from './transcript.js';
import { embeddedPost } from './embeds.js';
import { cueEnd, cueWord, givesWords, isBeliefVerb, MANNER_VERBS, type CueWord } from './cues.js';
import {
  ArticleEntities,
  isNameToken,
  nameRunStartingAt,
  position,
  type NameRun,
} from './entities.js';
import { BETWEEN_SUBJECT_AND_CUE, PRONOUNS, ROLE_NOUNS } from './names.js';
import {
  ADDRESSEE_CUES,
  ADJACENT_PHRASE_WORDS,
  AFTER_QUOTE_WINDOW,
  type Attribution,
  CLAUSE_LINKS,
  COLON_CUE,
  COPULAS,
  countWords,
  cueAt,
  DETERMINERS,
  DOCUMENT_NOUNS,
  NO_ATTRIBUTION,
  SPOKEN_NOUNS,
  type ParagraphView,
  PREPOSITIONS,
  RELATIVE,
  runPlace,
  type SpeakerPhrase,
  viewParagraph,
  isAdverb,
  isTitle,
} from './view.js';
import {
  appositiveEnd,
  closingSubject,
  mainSubject,
  nameOnly,
  pastHome,
  openingNameWithComplement,
  opensTimeAdverbial,
  pastNameComplement,
  phraseAfter,
  phraseBetween,
  phraseEndingAt,
  pronounPhrase,
  sourceAfter,
  subjectBefore,
  TIME_NOUNS,
  isPluralHead,
} from './phrases.js';
import { attributeCue, resolvePhrase } from './resolve.js';
import { reportedSpeech, reportingAt, reportsNews, speaksAfterQuote } from './reported.js';

/** Verbs that report speech only right beside the quotation: "he continued, “…”", not "positions continue …". */
const ADJACENT_ONLY = new Set([
  'continue',
  'respond',
  'reply',
  'conclude',
  'ask',
  'read',
  'answer',
  // "Okonkwo gushed about “Hamilton”": a verb of manner before a preposition takes a topic.
  ...MANNER_VERBS,
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
  for (const [index, view] of views.entries()) {
    const found = attributeParagraph(view, entities, carried, article.id, counter);
    const next = views[index + 1];
    const signature = next && view.marks.opensWithMark ? signatureParagraph(next, entities) : null;
    if (signature) signQuotations(found.quotations, signature);
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
    // "… — Paul Ryan (@SpeakerRyan) July 5, 2016": an embedded post is its author's words.
    const post = embeddedPost(view, entities, article.id);
    if (
      post &&
      !found.quotations.some((q) => q.direct && q.start <= post.start && q.end >= post.end)
    )
      found.quotations.unshift(post);
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
  /** Words before a comma, which describe the name unless a cue governs them. */
  let pastComma: string[] | null = null;
  let window = DESCRIPTOR_WINDOW;
  for (let k = run.from - 1; k >= 0 && run.from - k <= window; k--) {
    const token = tokens[k]!;
    // "the union called Clinton …": words before a verb describe its subject, not its object;
    // "According to the indictment, Okonkwo …": words between a cue and a comma are its source.
    if (token.kind === 'word' && (cueAt(tokens, k) || reportingAt(tokens, k))) {
      pastComma = null;
      break;
    }
    if (token.kind === 'word') {
      // Past the comma, only the words the plain window holds describe the name.
      if (pastComma === null) words.push(token.lower.replace(/'s$/, ''));
      else if (run.from - k <= DESCRIPTOR_WINDOW) pastComma.push(token.lower.replace(/'s$/, ''));
    } else if (token.text === ',' && pastComma === null) {
      // Past the comma, look far enough for the cue of "According to the city's indictment,".
      pastComma = [];
      window = run.from - k + CUE_PHRASE_WINDOW;
    } else break;
  }
  if (pastComma) words.push(...pastComma);
  if (tokens[run.to]?.text === ',') {
    for (let k = run.to + 1; k < tokens.length && k - run.to <= 8; k++) {
      const token = tokens[k]!;
      if (token.kind !== 'word' || cueAt(tokens, k)) break;
      words.push(token.lower.replace(/'s$/, ''));
    }
  }
  return words;
}

/** Most words before a name that describe it: "the authority's spokeswoman". */
const DESCRIPTOR_WINDOW = 4;

/** Most words of a cue's phrase before a comma and a name: "according to the city's indictment". */
const CUE_PHRASE_WINDOW = 6;

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
    ) {
      // "“…,” said Rep. Bobby Scott, adding that “…”": another verb between is the second part's
      // own cue, an attribution of its own.
      const between = tokens[view.cueAtOrBefore[t - 1]!]!.text;
      found =
        between.toLowerCase() === previous.cue?.toLowerCase()
          ? previous
          : { ...previous, cue: between };
    }
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
      // A short quotation inside another sentence is a scare quote, not the last speaker's
      // words: "Musveni is the only head of state to offer “peacekeepers”", after Serchuk spoke.
      const inherited =
        (words > 3 || standsAlone(tokens, t, sentence) || utteranceGoesOn(view, t, span)
          ? previous
          : null) ??
        (carries ? carried : null) ??
        (words > 3 &&
        (standsAlone(tokens, t, sentence) ||
          // "“The government is alleging that his calls …” were provoking violence": a long
          // quotation that opens its sentence, though the sentence goes on.
          (startsSentence(tokens, t, sentence) &&
            span.end - span.start > LONG_QUOTATION_CHARS &&
            !isTitle(token.text) &&
            !namesSomeoneAfter(tokens, t, sentence)))
          ? reportJustBefore(view, sentence, reported, entities)
          : null);
      if (inherited) found = inherited;
    }
    // A short span is a scare quote unless a named speaker says it, or it is a whole utterance
    // ending in its own punctuation before a cue with a definite role: "“We need change,” the
    // businessman said", "“We will win,” Delgado's spokesman said".
    // An exclamation or a question is an utterance whoever says it: "a man yelled “Stay there!”".
    const ending = view.text.slice(span.start, span.end).trimEnd();
    const utterance =
      found.cue !== null &&
      found.mention !== null &&
      (/^the\s|^\p{Lu}[\p{L}.’'-]*(?:\s\p{Lu}[\p{L}.’'-]*)*[’']s\s/iu.test(found.mention)
        ? /[,.!?]$/.test(ending)
        : /[!?]$/.test(ending) || spokenAfterCue(view, t, ending));
    if (words <= 3 && !found.named && !utterance) continue;
    // In a headline every word is capitalised, so there capitals tell nothing; a quotation that
    // opens its sentence ("“I Will Never Give Up On You,” Trump told the crowd") is uttered. A
    // title may hold the period of the sentence it ends ("a co-editor of ''Chick Lit.''"), but
    // words a comma or colon introduces are uttered ("interjecting, “Only Rosie O’Donnell.”").
    if (
      view.headline[view.sentenceOf[t]!] !== 1 &&
      !startsSentence(tokens, t, sentence) &&
      isTitle(view.text.slice(span.start, span.end), !/^[,:]$/.test(tokens[t - 1]?.text ?? ''))
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
 * "he said, “I hope not.”", "The senator emailed supporters saying: “The struggle continues”": a
 * verb of speech, then a comma or a colon, introduces a short quotation that opens with a capital
 * as words spoken, not a scare quote. Naming verbs ("called it: “Bad”") introduce a name.
 */
function spokenAfterCue(view: ParagraphView, t: number, quoted: string): boolean {
  const { tokens } = view;
  const mark = tokens[t - 1];
  if (!mark || (mark.text !== ',' && mark.text !== ':')) return false;
  if (!/^\p{Lu}/u.test(quoted)) return false;
  // "One protester wrote, “Hamilton” is overrated": words after the marks make it a name.
  const after = tokens[t + 1];
  if (!/[,.!?]$/.test(quoted) && after?.kind === 'word' && !CLAUSE_LINKS.has(after.lower))
    return false;
  const cue = t >= 2 ? cueAt(tokens, t - 2) : undefined;
  return cue !== undefined && !cue.names && !cue.content && !isBeliefVerb(cue.lemma);
}

/**
 * Whether a short quotation inside a sentence is still an utterance that goes on in the last
 * speaker's words: a colon introduces it ("Then, quietly: “Not today.”"), or it exclaims or asks
 * ("And again “Never!”"). "“Naked Girl.”" may be a title, and "in her view, “indefensible.”" a
 * scare quote as much as a fragment of hers; neither is taken as hers.
 */
function utteranceGoesOn(view: ParagraphView, t: number, span: MarkedSpan): boolean {
  const quoted = view.text.slice(span.start, span.end).trim();
  if (!/^\p{Lu}/u.test(quoted)) return false;
  return (view.tokens[t - 1]?.text === ':' ? /[.!?]$/ : /[!?]$/).test(quoted);
}

/** "“We will fight on the beaches …” was Churchill’s famous line": a name after the quotation says whose. */
function namesSomeoneAfter(tokens: Token[], t: number, sentence: Sentence): boolean {
  for (let k = t + 1; k < sentence.to; k++) if (tokens[k]!.capital) return true;
  return false;
}

/** A quotation longer than this is words someone said, not a name or a slogan ("“Make America Great Again” became …"). */
const LONG_QUOTATION_CHARS = 64;

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
  // "Harbour College's Ada Quint agreed. “…”": agreeing, with nothing after it, the sentence
  // introduces the words that agree.
  const agreeing = reportingAt(view.tokens, last);
  if (agreeing?.lemma === 'agree' && agreeing.form === 'finite') {
    const who = resolvePhrase(view, subjectBefore(view, last, before.from), agreeing, entities);
    return who.speaker ? who : null;
  }
  const c = view.cueAtOrBefore[last]!;
  if (c < before.from) return null;
  const cue = cueAt(view.tokens, c)!;
  // "Delgado asked Okonkwo about the lawsuit. “I have no comment.”": the answer is not the asker's.
  if (
    cue.form !== 'finite' ||
    !cue.reports ||
    cue.lemma === 'ask' ||
    !givesWords({ direct: false, cue: cue.text })
  )
    return null;
  // "The plan, which Okonkwo announced, would cost …": a cue inside a relative clause is not what
  // the sentence says.
  for (let k = c - 1; k >= before.from && view.tokens[k]!.text !== ','; k--)
    if (RELATIVE.test(view.tokens[k]!.text)) return null;
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
  // The subject frames a quotation near it: a sentence of thousands of quotations and no cue would
  // otherwise be read from its start for each of them.
  if (t - sentence.from > FRAMING_WINDOW) return null;
  const subject =
    openingNameWithComplement(view, sentence, t) ?? mainSubject(view, sentence.from, t);
  if (!subject) return null;
  let verb = subject.kind === 'name' && subject.run ? subject.run.to : subject.at + 1;
  // "Hoff’s letter makes a libertarian-style case: “…”": a name's possessive before a noun owns the
  // subject, which frames words only when it is a document or words of theirs; "Kasich’s speech
  // was interrupted … “Make America Great Again”" gives Kasich none. ("Rubio’s not going to" is
  // "Rubio is".)
  if (subject.kind === 'name' && subject.run && /['’]s$/.test(tokens[verb - 1]!.text)) {
    const owned = ownedWordsEnd(tokens, verb, t);
    if (owned < 0) return null;
    verb = owned;
  }
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
  ) {
    // "Bush had a message for the world: “…”", "Delgado had harsh words for Okonkwo: “…”": "had"
    // before an object is the verb itself, and frames words only when its object is words ("The
    // U.S. has a long history …" frames none).
    if (HAVE_FORMS.has(tokens[verb]!.lower)) {
      if (wordsObject(tokens, verb + 1, t)) break;
      if (DETERMINERS.has(tokens[verb + 1]?.lower ?? '')) return null;
    }
    verb++;
  }
  const token = tokens[verb];
  if (
    verb >= t ||
    !token ||
    token.kind !== 'word' ||
    // A capital or a number is no verb: "rallied at the Supreme Court on April 1 to send …"; nor is
    // a conjunction ("Yahoo News and former anchor Katie Couric has promoted …").
    !/^\p{Ll}/u.test(token.text) ||
    CLAUSE_LINKS.has(token.lower) ||
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
  // "Merkel condemned “such a murderous attack”": the quotation itself is what the verb frames; so
  // it is after a colon ("McConnell delivered a blunt message to Trump: “…”").
  if (next === t || tokens[t - 1]!.text === ':') return { who, clause: null, verb };
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

const HAVE_FORMS = new Set(['has', 'have', 'had']);

const CONTRACTED_AFTER = new Set(['not', 'never', 'been', 'got', 'gone']);

/**
 * After a name's possessive at `from`: past the document or words it owns ("letter", "latest
 * statement", "response"); `from` itself when no noun follows ("Rubio’s not going"); else -1.
 */
function ownedWordsEnd(tokens: Token[], from: number, t: number): number {
  const first = tokens[from];
  if (
    !first ||
    first.kind !== 'word' ||
    first.capital ||
    BETWEEN_SUBJECT_AND_CUE.has(first.lower) ||
    // "Rubio’s not going to", "Trump’s been saying": the possessive is "is" or "has".
    CONTRACTED_AFTER.has(first.lower) ||
    /[a-z](?:ing|ed)$/.test(first.lower)
  )
    return from;
  for (let k = from; k < t && k - from < 3; k++) {
    const token = tokens[k]!;
    if (token.kind !== 'word' || token.capital) return -1;
    if (DOCUMENT_NOUNS.has(token.lower) || SPOKEN_NOUNS.has(token.lower)) return k + 1;
  }
  return -1;
}

/** A noun of words ("a blunt message", "a snappy retort") among the few tokens from `from`. */
function wordsObject(tokens: Token[], from: number, t: number): boolean {
  for (let k = from; k < t && k - from < 4; k++) {
    const token = tokens[k]!;
    if (token.kind !== 'word') return false;
    if (SPOKEN_NOUNS.has(token.lower)) return true;
  }
  return false;
}

/** Most tokens between a sentence's start and a quotation its subject frames. */
const FRAMING_WINDOW = 80;

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
    // "Labor produces marvels for the rich": a verb of manner in "-s" is as often a plural noun.
    const noun = cue !== undefined && MANNER_VERBS.has(cue.lemma) && /s$/.test(cue.text);
    if (
      cue &&
      !noun &&
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
  // A quotation closed by a comma after a cue may still be the words of the attribution after it:
  // - "When Sanders said that he wouldn’t want it, he “grabbed ahold …,” said Drew Heiserman": a
  //   quotation in a clause of its own, after a comma, that a cue and speaker follow is theirs;
  // - "Nothing the president said “will assuage people's fears,” the Florida senator said.": so
  //   is one followed by an attribution that ends the sentence, when it names someone.
  if (!opensSentence && cueIndex >= sentence.from && closesWithComma(view.tokens[t])) {
    const ownClause =
      commaBetween(view.tokens, cueIndex, t) && speaksAfterQuote(view.tokens, t + 1, sentence.to);
    if (ownClause || endsWithAttribution(view.tokens, t + 1, sentence)) {
      const after = attributeAfter(view, t, sentence, entities);
      if (after && (ownClause || after.speaker || after.mention)) return after;
    }
  }
  // Cues that report only beside a quotation are skipped in favour of an earlier one (a bounded number).
  for (let tries = 0; tries < 3 && cueIndex >= sentence.from; tries++) {
    // ("responding that he’s “…”" reports: "that" opens what the verb says.)
    // "— as researchers believe, but Moscow denies — “why not?” asked Dunn": a cue after the
    // quotation outranks one in an aside that closes before it, which may still introduce it
    // ("— as Douglass put it — “dividing both to conquer each”").
    if (!opensSentence && insideClosedAside(view.tokens, cueIndex, t, sentence)) {
      const after = attributeAfter(view, t, sentence, entities);
      if (after) return after;
    }
    if (
      !ADJACENT_ONLY.has(cueAt(view.tokens, cueIndex)!.lemma) ||
      view.tokens[cueIndex + 1]?.lower === 'that' ||
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
  // A headline's own verb or "on" goes first: "Delgado on the Ferry Budget: ‘…’" is Delgado's.
  const headlined = headlineSpeaker(view, t, sentence, entities);
  if (headlined) return headlined;
  // "Former secretary of state Hillary Rodham Clinton: “…”": a name and a colon introduce the words.
  if (t >= 2 && view.tokens[t - 1]!.text === ':' && view.tokens[t - 2]!.capital) {
    const named = phraseEndingAt(view, t - 2, sentence.from);
    if (named && named.kind === 'name') {
      // "McConnell delivered a blunt message to Trump: “…”": a name after such a preposition is no
      // speaker but the one spoken to or about ("a statement by Churchill:" is his); "Then it was
      // over to Delgado: “…”" hands her the floor.
      const before = view.tokens[named.at - 1]?.lower ?? '';
      const handedOver = before === 'to' && view.tokens[named.at - 2]?.lower === 'over';
      if (!ADDRESSEE_PREPOSITIONS.has(before) || handedOver)
        return resolvePhrase(view, named, COLON_CUE, entities);
    }
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

/**
 * A headline in Title Case writes its cue with a capital, which is no cue in prose ("Trump Says"):
 * "Francois Hollande Says Donald Trump ‘Makes You Want To Retch.’", "Guns Are ‘The Ultimate Public
 * Health Crisis,’ Howard Dean Tells Democratic Convention." give the quoted words to the name
 * before the verb; "Gillibrand on Hillary Releasing Her Transcripts: ‘I Think She Will.’" to the
 * name before "on", for words after the colon. As for a headline's colon, short quoted words stay
 * scare quotes.
 */
function headlineSpeaker(
  view: ParagraphView,
  t: number,
  sentence: Sentence,
  entities: ArticleEntities,
): Attribution | null {
  if (view.headline[view.sentenceOf[t]!] !== 1) return null;
  const { tokens } = view;
  const limit = Math.min(sentence.to, sentence.from + HEADLINE_CUE_WINDOW);
  for (let k = sentence.from + 1; k < limit; k++) {
    const token = tokens[k]!;
    if (token.kind !== 'word') continue;
    const about = token.lower === 'on' && k < t && colonBetween(tokens, k, t);
    const cue = token.capital ? cueWord(token.lower) : undefined;
    const says = cue?.form === 'finite' && cue.reports && /s$/.test(token.lower);
    if (!about && !says) continue;
    // The name right before the verb: from the sentence's start, or after the quotation before it.
    const floor = t < k ? t + 1 : sentence.from;
    const named = k - 1 >= floor ? phraseEndingAt(view, k - 1, floor) : null;
    if (named?.kind !== 'name' || !named.run || (about && named.at !== sentence.from)) return null;
    if (named.run.kind !== 'person' && named.run.kind !== 'organisation') return null;
    const headlineCue: CueWord = about ? COLON_CUE : { ...cue!, text: token.text };
    return { ...resolvePhrase(view, named, headlineCue, entities), named: false };
  }
  return null;
}

/** Tokens from a headline's start within which its verb or "on" stands. */
const HEADLINE_CUE_WINDOW = 12;

/** Whether a colon stands between tokens k and t (a bounded look). */
function colonBetween(tokens: Token[], k: number, t: number): boolean {
  for (let i = k + 1; i < t && i - k <= HEADLINE_CUE_WINDOW; i++)
    if (tokens[i]!.text === ':') return true;
  return false;
}

/**
 * Whether the tokens from k to the sentence's end are a short attribution that names someone: a
 * few words with a finite verb of speech, no punctuation and no pronoun ("the Florida senator
 * said", "said Reyes").
 */
function endsWithAttribution(tokens: Token[], k: number, sentence: Sentence): boolean {
  let end = sentence.to;
  while (end > k && tokens[end - 1]!.kind === 'punct' && /^[.!?]$/.test(tokens[end - 1]!.text))
    end--;
  if (end <= k || end - k > ENDING_ATTRIBUTION_TOKENS) return false;
  let cue = false;
  for (let i = k; i < end; i++) {
    // "…,” she said.": a pronoun refers back, often to the speaker of the cue before.
    if (tokens[i]!.kind !== 'word' || PRONOUNS.has(tokens[i]!.lower)) return false;
    const found = cueAt(tokens, i);
    // "…,” Reuters reported", "…,” according to a poll": a source passing the words on.
    if (
      found?.form === 'finite' &&
      found.reports &&
      !reportsNews(found) &&
      found.lemma !== 'according to'
    )
      cue = true;
  }
  return cue;
}

/** Most tokens of an attribution that ends a sentence: "the former Arkansas governor told reporters". */
const ENDING_ATTRIBUTION_TOKENS = 8;

/** Whether a comma stands between the cue at c and the quotation at t (a bounded look). */
function commaBetween(tokens: Token[], c: number, t: number): boolean {
  for (let k = t - 1; k > c && t - k <= COMMA_WINDOW; k--) if (tokens[k]!.text === ',') return true;
  return false;
}

const COMMA_WINDOW = 12;

/**
 * Whether the cue at c stands in an aside between dashes or in parentheses that closes before the
 * quotation at t. Dashes pair up from the sentence's start: in "Okonkwo – the only Democrat –
 * warned that the bill – if passed – would “…”" the cue stands between two asides, in neither.
 * Both scans are bounded, so a sentence of thousands of quotations costs linear time.
 */
function insideClosedAside(tokens: Token[], c: number, t: number, sentence: Sentence): boolean {
  if (t - c > ASIDE_WINDOW || c - sentence.from > ASIDE_WINDOW) return false;
  let dashes = 0;
  let parentheses = 0;
  for (let k = sentence.from; k < c; k++) {
    const text = tokens[k]!.text;
    if (SENTENCE_DASHES.has(text)) dashes++;
    else if (text === '(') parentheses++;
    else if (text === ')') parentheses--;
  }
  const inDashes = dashes % 2 === 1;
  if (!inDashes && parentheses <= 0) return false;
  for (let k = c + 1; k < t; k++) {
    const text = tokens[k]!.text;
    if (inDashes ? SENTENCE_DASHES.has(text) : text === ')') return true;
  }
  return false;
}

/** Most tokens between a sentence's start, a cue in an aside and the quotation after it. */
const ASIDE_WINDOW = 40;

/** Prepositions before a name that make it the one addressed or talked about. */
const ADDRESSEE_PREPOSITIONS = new Set([
  'to',
  'toward',
  'towards',
  'at',
  'about',
  'against',
  'for',
  'on',
  'regarding',
]);

/** Dashes that set off an aside, or sign a quotation with the name after them; "--" is read as one. */
const SENTENCE_DASHES = new Set(['―', '—', '–', '--']);

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
  const from = t + 2;
  if (!SENTENCE_DASHES.has(dash.text)) return null;
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
 * "- Bernie Sanders.", "—President Obama, tweeting after Clinton's speech.": a paragraph of only a
 * dash and a name, perhaps with a few words after a comma, signs the paragraph of quotation before
 * it, the way a fact check or a notebook prints a claim and then who made it.
 */
function signatureParagraph(view: ParagraphView, entities: ArticleEntities): Attribution | null {
  const { tokens } = view;
  const dash = tokens[0];
  if (!dash || !isDash(dash)) return null;
  if (view.marks.spans.length > 0) return null;
  const run = nameRunStartingAt(tokens, 1, tokens.length);
  if (!run || run.from !== 1 || run.kind !== 'person') return null;
  if (run.words.length < 2 && !entities.isName(run)) return null;
  const rest = tokens.length - run.to;
  const after = tokens[run.to];
  const ends = !after || (after.text === '.' && rest === 1);
  if (!ends && !(after?.text === ',' && rest <= SIGNATURE_WINDOW)) return null;
  const cue: CueWord = { lemma: dash.text, text: dash.text, form: 'finite', reports: false };
  return resolvePhrase(view, nameOnly(view, run, run.from, null), cue, entities);
}

/** The signed paragraph's direct quotations that name no one are the signature's words. */
function signQuotations(quotations: Quotation[], signature: Attribution): void {
  for (const q of quotations) {
    if (!q.direct || q.speaker !== null || q.mention !== null) continue;
    q.speaker = signature.speaker;
    q.role = signature.role;
    q.mention = signature.mention;
    q.cue = signature.cue;
  }
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
    if (SENTENCE_DASHES.has(token.text)) return tokens[k - 1]!.kind === 'quote';
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
  const first = tokens[cue + 1]!;
  // "Sanders responded with a phrase that could have come from Trump himself: “…”": a phrase that
  // names the words, closed by a colon, may run longer.
  const naming = mark === ':' && first.lower === 'with' && wordsObject(tokens, cue + 2, t);
  const limit = naming ? 2 * ADJACENT_PHRASE_WORDS : ADJACENT_PHRASE_WORDS;
  if (words > limit || (mark !== ',' && mark !== ':')) return false;
  if (first.kind !== 'word' || (!PREPOSITIONS.has(first.lower) && !isAdverb(first.lower)))
    return false;
  for (let i = cue + 1; i < t; i++)
    if (cueAt(tokens, i) || tokens[i]!.kind === 'quote') return false;
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
  let k = pastPunctuation(tokens, t + 1, sentence.to, true);
  if (k >= sentence.to) return null;
  let limit = Math.min(sentence.to, k + AFTER_QUOTE_WINDOW);
  let appositive = false;
  let later = 0;
  for (let c = k; c < limit; c++) {
    if (tokens[c]!.text === ',' && !appositive) {
      appositive = true;
      // "“…,” Maria Okafor, the harbour board’s longest-serving member and chair of its finance
      // committee since …, said": after a name, the window runs on to the cue after the whole
      // appositive.
      if (nameRunStartingAt(tokens, k, c)?.to === c)
        limit = Math.max(limit, Math.min(sentence.to, appositiveEnd(tokens, c, sentence.to) + 3));
    }
    // "“…,” Bill Eastland, wearing “Ted Cruz” pins, said": a few quoted words inside an appositive
    // are part of it. Another quotation before any cue shares the attribution after it: "Guns are
    // “the ultimate public health crisis” and “stunt children’s growth,” Howard Dean said" (a
    // bounded number of them).
    if (tokens[c]!.kind === 'quote') {
      const span = view.marks.spans[tokens[c]!.span]!;
      // So is a title: "“…,” Adam Segal, the author of “Hacked World Order,” said".
      if (
        appositive &&
        (countWords(view.text, span.start, span.end) <= 3 || isTitle(tokens[c]!.text))
      )
        continue;
      if (++later > LATER_QUOTATIONS) return null;
      // "“We will build the wall” was his message, and “it is a lie,” Jane Doe said": a clause
      // joined after a comma has a speaker of its own ("“All that Glitters” was to be a
      // “cautionary tale,” said Crawford" has one).
      if (joinsClause(tokens, t + 1, c)) return null;
      k = pastPunctuation(tokens, c + 1, sentence.to, true);
      if (k >= sentence.to) return null;
      limit = Math.min(sentence.to, k + AFTER_QUOTE_WINDOW);
      appositive = false;
      c = k - 1;
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
      const inverted = phraseAfter(view, cueEnd(c, cue), sentence.to);
      if (inverted) return resolvePhrase(view, inverted, cue, entities);
      // "“…,” Benjamin J. Rhodes, an adviser, said Sunday": the capital after the cue is no speaker.
      if (c === k) return null;
    }
    const phrase = phraseBetween(view, k, c) ?? closingSubject(view, c, k, sentence);
    // "“…,” Thomas Hanify, the president of the Indiana state firefighters union, said": a base form
    // that does not agree with the subject before it is a noun; the verb comes later.
    if (phrase && cue.form === 'base' && phrase.kind !== 'pronoun' && !isPluralHead(phrase.head))
      continue;
    // "“…” that would respond to requests from Judicial Watch, … Wolverton wrote": a verb of the
    // relative clause after the quotation is not its cue; the clause's end may name the speaker.
    if (!phrase && RELATIVE.test(tokens[k]!.text)) continue;
    if (!phrase) return null;
    return resolvePhrase(view, phrase, cue, entities);
  }
  return null;
}

/** A comma and a conjunction, or a semicolon, between tokens from and to. */
function joinsClause(tokens: Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const token = tokens[k]!;
    if (token.text === ';') return true;
    if (token.text === ',' && CLAUSE_LINKS.has(tokens[k + 1]?.lower ?? '')) return true;
  }
  return false;
}

/** Most later quotations before a cue that one attribution after them may serve. */
const LATER_QUOTATIONS = 3;

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
 * Past verbs that, between a quotation and a name, tell how the words were said ("“…?” reacted
 * Trump"); any other verb there acts on the name ("“Lock her up!” angered Clinton").
 */
const INVERTED_VERBS = new Set([
  'beamed',
  'sneered',
  'sniffed',
  'whined',
  'snarled',
  'gushed',
  'crowed',
  'sputtered',
  'huffed',
  'fumed',
  'reacted',
  'exhorted',
  'mused',
  'remembered',
  'cracked',
  'jeered',
  'chuckled',
  'laughed',
  'sighed',
  'groaned',
  'snapped',
  'commented',
  'agreed',
  'pleaded',
  'boomed',
  'marveled',
  'offered',
  'ventured',
]);

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
  // "“What sport is he talking about?” reacted Trump.": the verb may come first, then a name that
  // ends the sentence.
  if (!first.capital && INVERTED_VERBS.has(first.lower) && tokens[k + 1]?.capital) {
    // ("“This is fantastic!” beamed Donald Hartley of Madison, Alabama, who …": a home or an
    // appositive may follow the name.)
    const run = nameRunStartingAt(tokens, k + 1, sentence.to);
    if (!run || run.from !== k + 1 || run.kind !== 'person') return null;
    const home = pastHome(tokens, run.to, sentence.to);
    const after = tokens[home];
    if (
      after &&
      after.text !== ',' &&
      pastPunctuation(tokens, home, sentence.to, false) < sentence.to
    )
      return null;
    const cue: CueWord = { lemma: first.lower, text: first.text, form: 'finite', reports: false };
    const found = resolvePhrase(view, nameOnly(view, run, run.from, null), cue, entities);
    return found.speaker ? found : null;
  }
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
