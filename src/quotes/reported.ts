/**
 * Reported speech: a reporting verb with a subject followed by a clause (`Smith said (that) …`,
 * `Brown told the paper that …`, `according to Smith, …`, `…, Smith said.`) gives a quotation with
 * direct: false whose text is the clause.
 */
import type { Quotation } from './types.js';
import { closesWithComma, isDash, type Sentence, type Token } from './tokens.js';
import {
  AMBIGUOUS_BASES,
  MANNER_VERBS,
  contentVerb,
  cueEnd,
  cueWord,
  isBeliefVerb,
  prepositionalVerb,
  type CueWord,
} from './cues.js';
import { type ArticleEntities, nameRunStartingAt } from './entities.js';
import { NOT_NAME_WORDS, PRONOUNS, ROLE_NOUNS, WEEKDAYS } from './names.js';
import {
  ADDRESSEE_CUES,
  type Attribution,
  CLAUSE_LINKS,
  CLAUSE_MAX_TOKENS,
  DETERMINERS,
  countWords,
  cueAt,
  INTRODUCTORY,
  isBetweenWord,
  NOT_CLAUSE_START,
  type ParagraphView,
  PREPOSITIONS,
  RELATIVE,
  SPOKEN_NOUNS,
  type SpeakerPhrase,
  isAdverb,
} from './view.js';
import {
  clauseSubject,
  documentAuthor,
  finiteSubject,
  continuesClause,
  introducesInverted,
  phraseAfter,
  quoteAfterPhrase,
  sourceAfter,
  subjectBefore,
  subjectOfCue,
  withAbsoluteAt,
  isPluralHead,
  TIME_NOUNS,
} from './phrases.js';
import { attributeCue, resolvePhrase } from './resolve.js';

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

/** Reported speech in one sentence. */
export function reportedSpeech(
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
      let to = coordinatedVerbAt(tokens, from, clause.to, cue);
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
      // "called it “predatory”", "called Trump “unhinged”": a naming verb's object may be one
      // word, a pronoun or a name; not an article ("what he calls an “anti-occupation bloc”") or
      // an adverb ("called back “within minutes”").
      const object = tokens[from]!;
      const oneWordObject = cue.names && (object.capital || OBJECT_PRONOUNS.has(object.lower));
      if (to - from < (oneWordObject ? 2 : 3)) continue;
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
function coordinatedVerbAt(tokens: Token[], from: number, to: number, cue: CueWord): number {
  for (let k = from + 1; k < to - 1; k++) {
    const link = tokens[k]!.lower;
    // "say the United States has more billionaires; Wealth-X tallies 585": a semicolon ends it.
    if (link === ';') return k;
    if (link === 'and' || link === 'but') {
      const verb = reportingAt(tokens, k + 1);
      if (verb && verb.form !== 'participle' && verb.form !== 'base') return k;
      // "…, and telling Americans that …": after a comma, a participle of speech too; and with
      // no comma after a participle's clause ("telling the radio that the levy is a “swindle” and
      // questioning how …"), where the two participles share their subject.
      const afterComma = tokens[k - 1]!.text === ',' || closesWithComma(tokens[k - 1]);
      if ((afterComma || cue.form === 'participle') && verb?.form === 'participle' && verb.reports)
        return k;
      // "…,'' and he foreshadowed …": a subject of its own and its verb.
      if (afterComma && speaksNext(tokens, k + 1, to)) return k;
    } else if (link === ',' || isDash(tokens[k]) || closesWithComma(tokens[k]!)) {
      // "…, adding that …", "“…,” adding that …", "— asserting that …": a participle of speech
      // opens the next attribution.
      const verb = cueAt(tokens, k + 1);
      if (verb && verb.form === 'participle' && verb.reports)
        return tokens[k]!.kind === 'quote' ? k + 1 : k;
      // "…, with Lewandowski taking to Twitter …": an absolute phrase with a speaker of its own.
      if (link === ',' && speaksInAbsolute(tokens, k + 1, to)) return k;
      // "… the fares would double, Devine responded: “…”": a new subject and its own cue, after
      // a clause; "said that in 2015, Smith told …" is one clause with a phrase before its subject.
      if (link === ',' && speaksNext(tokens, k + 1, to) && holdsClause(tokens, from, k)) return k;
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

/** Base forms read as reporting whatever comes before them: "they say", "we believe". */
function speaksInBase(cue: CueWord): boolean {
  return cue.lemma === 'say' || isBeliefVerb(cue.lemma);
}

/**
 * "Critics", "legal observers", "they": people a base form agrees with. A plural noun of people,
 * not any word ending in "s": "the dubious claim", "the jobs report", "their analysis" are none.
 * "Critics" opening its sentence is read as a one-word name, and counts too.
 */
function pluralSubject(subject: SpeakerPhrase): boolean {
  if (subject.kind === 'pronoun') return PLURAL_PRONOUNS.has(subject.head);
  if (subject.kind === 'name')
    return subject.run?.words.length === 1 && peoplePlural(subject.head) && subject.role === null;
  return peoplePlural(subject.head);
}

function peoplePlural(head: string): boolean {
  if (!isPluralHead(head) || /['’]s$/.test(head)) return false;
  return !/s$/.test(head) || ROLE_NOUNS.has(head) || PEOPLE_PLURAL.test(head);
}

/** Plural endings of nouns for people: "observers", "economists", "historians", "critics". */
const PEOPLE_PLURAL = /(?:ers|ors|ists|ians|ants|ents|ees|ics)$/;

const PLURAL_PRONOUNS = new Set(['they', 'we', 'i', 'you']);

/**
 * Whether tokens from..to can be a clause before ", X said": not an opening phrase of time, place
 * or condition ("in 2015, Smith told …", "although the purchases …", "a few months ago, he …").
 * An infinitive ("to remain a Democrat …, Devine said") is a clause's content.
 */
function holdsClause(tokens: Token[], from: number, to: number): boolean {
  const first = tokens[from]!.lower;
  if (first !== 'to' && (INTRODUCTORY.has(first) || PREPOSITIONS.has(first))) return false;
  return tokens[to - 1]?.lower !== 'ago';
}

/**
 * Whether the words from..to before ", Smith said" are only an opening phrase of time, place or
 * condition ("After the vote, Smith said."), with no clause of their own. "If states fail, the
 * department can step in, Wilcox said." opens with a phrase too, but a clause follows its comma:
 * the clause and its condition are what was said.
 */
function opensWithPhraseOnly(tokens: Token[], from: number, to: number): boolean {
  if (!INTRODUCTORY.has(tokens[from]!.lower)) return false;
  let comma = to - 1;
  while (comma > from && tokens[comma]!.text !== ',') comma--;
  if (comma <= from + 1 || to - (comma + 1) < INTRODUCED_CLAUSE_TOKENS) return true;
  const opener = tokens[comma + 1]!;
  return (
    opener.kind !== 'word' ||
    RELATIVE.test(opener.text) ||
    QUESTION_WORDS.has(opener.lower) ||
    !holdsClause(tokens, comma + 1, to)
  );
}

/** Fewest tokens of the clause after an opening phrase: "the department can step in". */
const INTRODUCED_CLAUSE_TOKENS = 3;

/**
 * ", Devine responded", ", Mr. Trump said", ", he said": a name of at most a few words, or a
 * pronoun, and then a finite reporting cue start an attribution of their own.
 */
function speaksNext(tokens: Token[], k: number, to: number): boolean {
  return nextSpeakerCue(tokens, k, to) !== undefined;
}

/** The finite reporting cue after the name or pronoun at k (see speaksNext), if there is one. */
function nextSpeakerCue(tokens: Token[], k: number, to: number): CueWord | undefined {
  let i = k;
  const first = tokens[i];
  if (first?.kind !== 'word') return undefined;
  if (PRONOUNS.has(first.lower) && !first.capital) i++;
  else while (i < to && i - k < 4 && tokens[i]!.kind === 'word' && tokens[i]!.capital) i++;
  if (i === k || i >= to) return undefined;
  const cue = cueAt(tokens, i);
  const finite =
    cue !== undefined && cue.form === 'finite' && cue.reports && tokens[i + 1]?.text !== ',';
  return finite ? cue : undefined;
}

/**
 * ", said Drew Heiserman", ", Heiserman said" after a quotation: an attribution of its own that
 * names someone. (A pronoun, ", she said", refers back, often to the speaker of the cue before.)
 */
export function speaksAfterQuote(tokens: Token[], k: number, to: number): boolean {
  if (k >= to) return false;
  const cue = cueAt(tokens, k);
  if (cue?.form === 'finite' && cue.reports && tokens[k + 1]?.capital) return !reportsNews(cue);
  if (!tokens[k]!.capital) return false;
  const named = nextSpeakerCue(tokens, k, to);
  return named !== undefined && !reportsNews(named);
}

/** "…,” Reuters reported": a news outlet passing on what someone said, not the words' speaker. */
export function reportsNews(cue: CueWord | undefined): boolean {
  return cue?.lemma === 'report';
}

/**
 * "…, with Lewandowski taking to Twitter to call …": an absolute phrase whose own verbs include a
 * cue speaks for its name; "…, with Okonkwo voting yes" is part of what was said.
 */
function speaksInAbsolute(tokens: Token[], k: number, to: number): boolean {
  const run = withAbsoluteAt(tokens, k, to);
  if (!run) return false;
  for (let i = run.to; i < to && i - run.to <= ABSOLUTE_CUE_WINDOW; i++) {
    const token = tokens[i]!;
    if (token.kind !== 'word') return false;
    if (cueAt(tokens, i)) return true;
  }
  return false;
}

/** Most words of an absolute phrase before its cue: "taking to Twitter to call". */
const ABSOLUTE_CUE_WINDOW = 6;

/** Most tokens of the object a naming verb gives a quoted name: "half of Donald Trump’s supporters". */
const NAMED_OBJECT_TOKENS = 12;

/** A cue that can report a clause, or a content verb ("wants", "found", "endorsed"). */
export function reportingAt(tokens: Token[], c: number): CueWord | undefined {
  const token = tokens[c]!;
  // "called for a ban", "talked about jobs": the verb and its preposition.
  const prepositional =
    token.kind === 'word' && !token.capital
      ? prepositionalVerb(token.lower, tokens[c + 1]?.lower)
      : undefined;
  if (prepositional) return prepositional;
  const cue = cueAt(tokens, c);
  if (cue?.reports) return cue;
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
  const subject = finiteSubject(view, c, sentence);
  if (!subject) return null;
  if (/[’']s?$/.test(tokens[subject.at + subject.mention.split(/\s+/).length - 1]?.text ?? ''))
    return null;
  if (!agrees(view, subject, c)) return null;
  if (cue.form === 'base' && subject.kind !== 'pronoun' && !isPluralHead(subject.head)) return null;
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
      !opensWithPhraseOnly(tokens, sentence.from, subject.at - 1)
    )
      return { from: sentence.from, to: subject.at - 1, who };
    return null;
  }
  let k = c + 1;
  if (cue.preposition) {
    // The phrase after the preposition, to the first comma, semicolon or dash.
    k = c + 2;
    let end = k;
    while (
      end < last &&
      end - k < PREPOSITIONAL_CONTENT_TOKENS &&
      !/^[,;:(]$/.test(tokens[end]!.text) &&
      !isDash(tokens[end])
    ) {
      // "called for a “total and complete shutdown …,” drawing criticism": the comma inside the marks.
      if (closesWithComma(tokens[end])) {
        end++;
        break;
      }
      end++;
    }
    return end - k >= 1 && tokens[k]?.kind === 'word' ? { from: k, to: end, who } : null;
  }
  // A naming verb's "that" is a determiner: "called that vision “a necessary one”".
  if (tokens[k]?.lower === 'that' && !cue.names) k++;
  const next = tokens[k];
  if (!next || next.kind !== 'word' || k >= last) return null;
  if (NOT_CONTENT_START.has(next.lower)) return null;
  return { from: k, to: Math.min(last, k + CLAUSE_MAX_TOKENS), who };
}

/** Most tokens of the source after "according to", up to its comma. */
const SOURCE_TOKENS = 30;

/** Most tokens of the phrase a prepositional verb attributes: "called for a temporary ban …". */
const PREPOSITIONAL_CONTENT_TOKENS = 25;

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
  'fumes',
  'sighs',
  'crows',
  'gushes',
  'marvels',
  'wonders',
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

/**
 * "said New York is safe", "said Republican leaders appear …", "said Monday's decision will …": a
 * place, a party's adjective or a day's possessive, which no name run holds, opening the clause
 * after a cue whose subject stands before it; a bare day ("said Tuesday night") is a time.
 */
function startsCapitalClause(tokens: Token[], k: number, last: number): boolean {
  const first = tokens[k];
  if (first?.kind !== 'word' || !first.capital) return false;
  let j = k;
  while (
    j < last &&
    j - k < CAPITAL_CLAUSE_WORDS &&
    tokens[j]!.kind === 'word' &&
    tokens[j]!.capital
  ) {
    j++;
    if (/['’]s$/.test(tokens[j - 1]!.text)) break;
  }
  const possessive = /['’]s$/.test(tokens[j - 1]!.text);
  if (!possessive && NOT_NAME_WORDS.has(first.lower)) return false;
  const after = tokens[j];
  return (
    j + 1 < last &&
    after !== undefined &&
    after.kind === 'word' &&
    !after.capital &&
    !PREPOSITIONS.has(after.lower) &&
    !NOT_CLAUSE_START.has(after.lower) &&
    !RELATIVE.test(after.text) &&
    !isAdverb(after.lower) &&
    !TIME_NOUNS.has(after.lower) &&
    !cueAt(tokens, j)
  );
}

/** Most capitalised words opening a clause before its verb or noun: "New York", "Monday's". */
const CAPITAL_CLAUSE_WORDS = 4;

/**
 * "said Tuesday", "said on Monday", "said last week", "said in a statement": a time or occasion
 * between a cue and the clause it reports, with no "that" after it; the index after it, or k.
 */
function occasionEnd(tokens: Token[], k: number, last: number): number {
  const first = tokens[k];
  const second = tokens[k + 1];
  if (first?.kind !== 'word') return k;
  let j: number;
  if (first.capital && WEEKDAY_NAMES.has(first.lower)) j = k + 1;
  else if (first.lower === 'on' && second?.capital && WEEKDAY_NAMES.has(second.lower)) j = k + 2;
  else if (ONE_WORD_TIMES.has(first.lower) && !first.capital) j = k + 1;
  else if (
    (first.lower === 'last' || first.lower === 'this') &&
    TAIL_OPENERS.get(first.lower)!(second)
  )
    j = k + 2;
  else if (
    first.lower === 'in' &&
    (second?.lower === 'a' || second?.lower === 'an') &&
    OCCASION_NOUNS.has(tokens[k + 2]?.lower ?? '')
  )
    j = k + 3;
  else return k;
  // "Tuesday night", "on Monday morning".
  if (WEEKDAY_NAMES.has(tokens[j - 1]!.lower) && DAY_PARTS.has(tokens[j]?.lower ?? '')) j++;
  return j < last ? j : k;
}

/** One-word times after a cue: "said yesterday the city would appeal", "said today." */
const ONE_WORD_TIMES = new Set(['yesterday', 'today', 'tonight']);

const DAY_PARTS = new Set(['morning', 'afternoon', 'evening', 'night']);

/** Occasions of speech after "in a" or "in an": "said in a statement the city would appeal". */
const OCCASION_NOUNS = new Set([
  'statement',
  'interview',
  'speech',
  'letter',
  'tweet',
  'post',
  'email',
]);

/**
 * "tells the crowd he was the “first one” …", "told me his support … makes him …": after "tell",
 * its object and then a subject open the clause; the index of that subject, or -1.
 */
function toldClauseAt(tokens: Token[], k: number, last: number): number {
  const first = tokens[k];
  if (first?.kind !== 'word') return -1;
  let j: number;
  if (OBJECT_PRONOUNS.has(first.lower)) j = k + 1;
  else if (first.capital) {
    const run = nameRunStartingAt(tokens, k, last);
    if (!run || run.from !== k) return -1;
    j = run.to;
  } else if (DETERMINERS.has(first.lower)) {
    // "the crowd", "his closest advisers": a noun phrase of a few plain words, and no more
    // ("the story of how …", "his advisers as he labored …").
    j = k + 1;
    while (j < last && j - k <= 3 && isObjectWord(tokens[j]!)) j++;
    if (j === k + 1 || TOLD_THINGS.has(tokens[j - 1]!.lower)) return -1;
  } else return -1;
  const subject = tokens[j];
  if (subject?.kind !== 'word' || j + 2 >= last) return -1;
  if (SUBJECT_PRONOUNS.has(subject.lower)) return j;
  // "told me his support for Mr. Trump makes him …", not "told me her story over coffee".
  if (subject.lower !== 'his' && subject.lower !== 'her') return -1;
  for (let i = j + 2; i < last && i - j <= 6; i++) {
    const word = tokens[i]!;
    if (word.kind !== 'word') return -1;
    if (!word.capital && (FINITE_AUXILIARIES.has(word.lower) || /[^s']s$/.test(word.lower)))
      return /[^s']s$/.test(word.lower) && PREPOSITIONS.has(tokens[i - 1]!.lower) ? -1 : j;
  }
  return -1;
}

/** Finite auxiliaries and modals: a verb soon after "his" or "her" in "told me his …". */
const FINITE_AUXILIARIES = new Set([
  'is',
  'are',
  'was',
  'were',
  'has',
  'have',
  'had',
  'will',
  'would',
  'can',
  'could',
  'should',
  'may',
  'might',
  'must',
  'does',
  'did',
  'do',
]);

function isObjectWord(token: Token): boolean {
  return (
    token.kind === 'word' &&
    !token.capital &&
    !SUBJECT_PRONOUNS.has(token.lower) &&
    !PREPOSITIONS.has(token.lower) &&
    !CLAUSE_LINKS.has(token.lower) &&
    !INTRODUCTORY.has(token.lower) &&
    !RELATIVE.test(token.text) &&
    !/^(?:how|why|where|what|whether)$/.test(token.lower)
  );
}

/** What one tells that is no one told: "told the same story he told …". */
const TOLD_THINGS = new Set(['story', 'stories', 'joke', 'jokes', 'lie', 'lies', 'truth', 'tale']);

/** Verbs whose clause may open with a described name: "said Democratic candidate Clinton’s …". */
const SAYING_VERBS = new Set([
  'say',
  'tell',
  'add',
  'write',
  'claim',
  'argue',
  'insist',
  'note',
  'warn',
  'explain',
  'suggest',
  'believe',
  'think',
]);

const OBJECT_PRONOUNS = new Set(['it', 'me', 'us', 'him', 'her', 'them', 'you', 'reporters']);
const SUBJECT_PRONOUNS = new Set(['he', 'she', 'they', 'it', 'we', 'i', 'there']);

/**
 * Where a short prepositional phrase after a cue ends ("argued in his email,"): the index of the
 * comma after it, or `k` itself when no such phrase stands there.
 */
function asideEnd(tokens: Token[], k: number, last: number): number {
  const first = tokens[k];
  if (first?.kind !== 'word' || !ASIDE_PREPOSITIONS.has(first.lower)) return k;
  // "explained to the Financial Times,", not "asked to remain anonymous,".
  const object = tokens[k + 1];
  if (
    first.lower === 'to' &&
    !(
      object?.kind === 'word' &&
      (object.capital || DETERMINERS.has(object.lower) || OBJECT_PRONOUNS.has(object.lower))
    )
  )
    return k;
  for (let i = k + 1; i < last && i - k <= 5; i++) {
    const token = tokens[i]!;
    if (token.text === ',') {
      // A clause follows ("…, the incident is"), not "…, calling it", "…, which", "…, and".
      const next = tokens[i + 1];
      const opens =
        next?.kind === 'word' &&
        !CLAUSE_LINKS.has(next.lower) &&
        !RELATIVE.test(next.text) &&
        !PREPOSITIONS.has(next.lower) &&
        !/(?:ing|ed)$/.test(next.lower);
      return opens ? i : k;
    }
    if (token.kind !== 'word' || cueAt(tokens, i)) return k;
  }
  return k;
}

/** Prepositions that open a short aside after a cue: "argued in his email,", "told CNN on Monday,". */
const ASIDE_PREPOSITIONS = new Set([
  'in',
  'on',
  'at',
  'to',
  'during',
  'after',
  'before',
  'from',
  'via',
  'over',
]);

/**
 * A quotation right after the cue that opens a clause in lower case and whose sentence goes on in
 * lower case past its closing mark: "said “it gets me mad” every time …". A quoted word, title or
 * exclamation is an object ("said “no” to the plan", "wrote “The Art of the Deal” in 1987").
 */
function quotedClauseOpening(tokens: Token[], k: number, last: number): boolean {
  const quote = tokens[k]!;
  const after = tokens[k + 1];
  return (
    quote.kind === 'quote' &&
    /^\P{L}*\p{Ll}[\p{L}’'-]*\s+\p{L}/u.test(quote.text) &&
    // "said “will assuage people's fears,” the senator said": the comma ends the clause.
    !closesWithComma(quote) &&
    k + 2 < last &&
    after !== undefined &&
    after.kind === 'word' &&
    !after.capital &&
    !CLAUSE_LINKS.has(after.lower) &&
    // "said “there is love” in Orlando": quoted words with a verb of their own are a clause.
    ((!PREPOSITIONS.has(after.lower) && !isAdverb(after.lower)) || QUOTED_VERB.test(quote.text)) &&
    !cueAt(tokens, k + 1)
  );
}

/** An auxiliary, a contraction or "not": quoted words that hold a verb of their own. */
const QUOTED_VERB =
  /\b(?:is|are|was|were|has|have|had|will|would|can|could|should|must|do|does|did|not)\b|['’](?:s|re|ve|ll|d)\b|n['’]t\b/i;

/**
 * "Issa said Democratic presidential candidate Hillary Clinton’s “judgment” …", "Okonkwo said Mayor
 * Delgado “caused real harm” …": after a cue whose subject stands before it, a name with its role
 * words and then a verb or quoted words opens a clause, not a second speaker.
 */
function startsDescribedClause(view: ParagraphView, k: number, last: number): boolean {
  const phrase = phraseAfter(view, k, last);
  if (phrase?.kind !== 'name' || !phrase.run || phrase.at !== k) return false;
  const { tokens } = view;
  const after = tokens[phrase.run.to];
  if (!after || phrase.run.to >= last) return false;
  // "Clinton’s “judgment”", "Clinton “caused tremendous death”": a possessive, or quoted words
  // that go on in lower case.
  if (after.kind === 'quote')
    return /['’]s$/.test(tokens[phrase.run.to - 1]!.text) || /^\P{L}*\p{Ll}/u.test(after.text);
  return (
    after.kind === 'word' &&
    !after.capital &&
    !PREPOSITIONS.has(after.lower) &&
    !NOT_CLAUSE_START.has(after.lower) &&
    !cueAt(tokens, phrase.run.to)
  );
}

/** "said more than 3,000 people had …": a lower-case word that is not a time, place or manner phrase. */
function startsPlainClause(token: Token): boolean {
  return (
    !token.capital &&
    !PREPOSITIONS.has(token.lower) &&
    !NOT_CLAUSE_START.has(token.lower) &&
    !cueWord(token.lower) &&
    !isAdverb(token.lower)
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
    // The clause before "…, according to X", or after "according to X, …"; both bounded, so a
    // sentence of thousands of such cues costs linear time.
    if (c > sentence.from + 2 && tokens[c - 1]!.text === ',')
      return { from: Math.max(sentence.from, c - 1 - CLAUSE_MAX_TOKENS), to: c - 1, who };
    let k = c + 2;
    const bound = Math.min(last, k + SOURCE_TOKENS);
    while (k < bound && tokens[k]!.text !== ',') k++;
    return k + 1 < last && tokens[k]?.text === ',' ? { from: k + 1, to: cap(k + 1), who } : null;
  }
  let subject =
    tokens[c - 1]?.text === ',' || tokens[c - 1]?.text === ')'
      ? subjectOfCue(view, c, cue, sentence)
      : subjectBefore(view, c, sentence.from);
  // "Critics argue that …", "we note that …": a base form other than "say" or a belief verb
  // reports after a plural subject; after "to" or a singular one it is an infinitive or a noun
  // ("to argue", "the note").
  const plainBase = cue.form === 'base' && !speaksInBase(cue);
  if (plainBase && !(subject && tokens[c - 1]?.lower !== 'to' && pluralSubject(subject)))
    return null;
  if (subject && cue.form !== 'finite') subject = documentAuthor(view, subject, sentence);
  // "…, Smith said." closing a sentence of paraphrase ("…, Smith said on Monday.").
  const closesClause =
    c === last - 1 || tokens[c + 1]?.text === ',' || closingTail(tokens, cueEnd(c, cue), last);
  const quoteFollows = tokens[c + 1]?.text === ',' && tokens[c + 2]?.kind === 'quote';
  const introduced = opensWithPhraseOnly(tokens, sentence.from, subject ? subject.at - 1 : c);
  // "In particular, he said, the foundation had …": a parenthetical cue after a short opening
  // reports the clause after it; so does "If anything, Ash argued in his email, the incident …".
  const aside = asideEnd(tokens, c + 1, last);
  if (
    subject &&
    tokens[aside]?.text === ',' &&
    !quoteFollows &&
    subject.at > sentence.from &&
    subject.at <= sentence.from + 5 &&
    tokens[subject.at - 1]!.text === ',' &&
    tokens[aside + 1]?.kind === 'word' &&
    last - (aside + 1) >= 4
  )
    return {
      from: aside + 1,
      to: cap(aside + 1),
      who: resolvePhrase(view, subject, cue, entities),
    };
  if (
    subject &&
    closesClause &&
    !quoteFollows &&
    !introduced &&
    subject.at > sentence.from + 2 &&
    tokens[subject.at - 1]!.text === ','
  ) {
    if (tokens[sentence.from]!.kind === 'quote') return null;
    // Bounded, so a sentence of thousands of ", critics argue," costs linear time.
    return {
      from: Math.max(sentence.from, subject.at - 1 - CLAUSE_MAX_TOKENS),
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
      const inverted = phraseAfter(view, cueEnd(c, cue), sentence.to);
      // "In the end, said Rosenberg, “…”": the words before the cue lead into the quotation,
      // unless it goes on from them ("…, said Delgado, “and we expect to win.”").
      const quote =
        inverted && introducesInverted(tokens, c, cue)
          ? quoteAfterPhrase(view, inverted, sentence.to)
          : -1;
      if (
        inverted &&
        inverted.kind === 'name' &&
        !startsNamedClause(tokens, cueEnd(c, cue)) &&
        (quote < 0 || continuesClause(view, quote))
      )
        return {
          from: Math.max(sentence.from, c - 1 - CLAUSE_MAX_TOKENS),
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
          (link === ',' || closesWithComma(tokens[linkAt]) || PARTICIPLE_LINKS.has(link ?? '')));
      if (!joined) return null;
      who = attributeCue(view, c, sentence, entities);
      if (!who.mention) return null;
    }
  }
  if (subject && cue.form === 'base' && subject.kind === 'role' && !isPluralHead(subject.head))
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
  // ("responded with a phrase that …": after "with" and a noun of words, "that" opens a relative
  // clause; "claimed with a straight face that …" and "argued with me that …" report.)
  const relative = next.lower === 'with' && SPOKEN_NOUNS.has(tokens[that - 1]?.lower ?? '');
  const detour =
    that === k ||
    next.capital ||
    (PREPOSITIONS.has(next.lower) && !relative) ||
    NOT_CLAUSE_START.has(next.lower) ||
    isAdverb(next.lower) ||
    ADDRESSEE_CUES.has(cue.lemma) ||
    next.lower === 'reporters';
  // "When asked whether …": a question with no asker to name is left out.
  const question =
    cue.lemma === 'ask' && (subject || who) && !isPassive(tokens, c)
      ? askedQuestionAt(tokens, k, bound)
      : -1;
  const told =
    cue.lemma === 'tell' && tokens[that]?.lower !== 'that' ? toldClauseAt(tokens, k, last) : -1;
  const occasion = tokens[that]?.lower === 'that' ? k : occasionEnd(tokens, k, last);
  // A naming verb's "that" is a determiner: "called that vision “a necessary one”".
  if (tokens[that]?.lower === 'that' && tokens[that]!.kind === 'word' && detour && !cue.names)
    k = that + 1;
  else if (question >= 0) k = question;
  else if (told >= 0) k = told;
  else if (
    cue.lemma === 'tell' ||
    cue.lemma === 'ask' ||
    cue.lemma === 'according to' ||
    MANNER_VERBS.has(cue.lemma)
  )
    return null;
  else if (
    subject !== null &&
    !plainBase &&
    occasion > k &&
    (CLAUSE_STARTERS.has(tokens[occasion]!.lower) ||
      startsNamedClause(tokens, occasion) ||
      startsCapitalClause(tokens, occasion, last))
  )
    // "Delgado said Tuesday the city would appeal", "said in a statement he would …".
    k = occasion;
  else if (
    subject !== null &&
    !RELATIVE.test(tokens[subject.at - 1]?.text ?? '') &&
    quotedClauseOpening(tokens, k, last)
  ) {
    // "Obama said “it gets me mad” every time he thinks …": the clause opens with quoted words.
  } else if (
    // A plain base form ("Critics argue that …", "they recall he …") reports only "that" or a
    // clause with a subject; "as they recall the distraction" is an object, and "the police report
    // she filed" no verb at all.
    !(
      next.kind === 'word' &&
      !(plainBase && AMBIGUOUS_BASES.has(cue.lemma)) &&
      ((plainBase ? SUBJECT_PRONOUNS : CLAUSE_STARTERS).has(next.lower) ||
        startsNamedClause(tokens, k) ||
        (subject !== null && SAYING_VERBS.has(cue.lemma) && startsCapitalClause(tokens, k, last)) ||
        (subject !== null &&
          next.capital &&
          SAYING_VERBS.has(cue.lemma) &&
          startsDescribedClause(view, k, last)) ||
        (startsPlainClause(next) && !plainBase))
    )
  )
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
    // "asked the officers who arrested him to …": after an object, "who" and "which" are relative.
    if (QUESTION_WORDS.has(token.lower) && (k === from || !RELATIVE.test(token.lower)))
      return k + 1 < bound ? k : -1;
    if (cueAt(tokens, k) || CLAUSE_LINKS.has(token.lower)) return -1;
  }
  return -1;
}

/**
 * "…, Smith said on Monday.", "…, Susan said as she left the hall.": a phrase of time, place or
 * manner from token k to the sentence's end, with no cue or quotation in it, ends the cue's clause:
 * a time of a word or two, a phrase with no verb or subject of its own, or a clause of time.
 */
function closingTail(tokens: Token[], k: number, last: number): boolean {
  const first = tokens[k];
  if (!first || first.kind !== 'word' || last - k > CLOSING_TAIL_TOKENS) return false;
  // "is denied at every turn": a passive verb reports no clause before it.
  if (isPassive(tokens, k - 1)) return false;
  const next = tokens[k + 1];
  const opens = first.capital
    ? WEEKDAY_NAMES.has(first.lower)
    : (TAIL_OPENERS.get(first.lower)?.(next) ?? false);
  if (!opens) return false;
  // "said Monday", "said last week": a time of a word or two ends the sentence ("said Tuesday the
  // city would appeal" reports the clause after it).
  if (first.capital || TIME_WORDS.has(first.lower)) return last - k <= 2;
  // "said as she left the hall" may hold a clause of its own; "said in a statement" only a phrase
  // ("said in a statement the city would appeal" reports the clause after it).
  const clause = CLAUSE_TAIL_OPENERS.has(first.lower);
  for (let i = k + 1; i < last; i++) {
    const token = tokens[i]!;
    if (token.kind === 'quote' || cueAt(tokens, i) || RELATIVE.test(token.text)) return false;
    if (!clause && (FINITE_AUXILIARIES.has(token.lower) || SUBJECT_PRONOUNS.has(token.lower)))
      return false;
  }
  return true;
}

/** Openers of a closing clause of time with a subject of its own: "as she left the hall". */
const CLAUSE_TAIL_OPENERS = new Set(['as', 'while', 'when']);

/** Openers of a closing time of a word or two: "yesterday", "last week", "earlier". */
const TIME_WORDS = new Set(['last', 'this', 'earlier', ...ONE_WORD_TIMES]);

const CLOSING_TAIL_TOKENS = 12;

/**
 * Words that open a closing phrase, each with a test of the token after it: "said on Monday" or
 * "on Twitter" (not "insisted on the importance"), "in an interview", "as she left" (not "as
 * being"), "this week" (not "said this wasn't enough").
 */
const TAIL_OPENERS = new Map<string, (next: Token | undefined) => boolean>([
  ['on', (next) => next?.capital === true || /^\d/.test(next?.text ?? '')],
  ['in', (next) => DETERMINERS.has(next?.lower ?? '')],
  ['at', (next) => DETERMINERS.has(next?.lower ?? '')],
  ['during', (next) => next?.kind === 'word'],
  ['after', (next) => DETERMINERS.has(next?.lower ?? '')],
  ['before', (next) => DETERMINERS.has(next?.lower ?? '')],
  ['as', (next) => TAIL_SUBJECTS.has(next?.lower ?? '')],
  ['while', (next) => TAIL_SUBJECTS.has(next?.lower ?? '')],
  ['when', (next) => TAIL_SUBJECTS.has(next?.lower ?? '')],
  ['last', (next) => TAIL_TIME_NOUNS.has(next?.lower ?? '')],
  ['this', (next) => TAIL_TIME_NOUNS.has(next?.lower ?? '')],
  [
    'earlier',
    (next) => next === undefined || next.kind !== 'word' || TAIL_TIME_NOUNS.has(next.lower),
  ],
  ...[...ONE_WORD_TIMES].map((time): [string, () => boolean] => [time, () => true]),
]);

/** Subjects of a clause of time after a closing cue: "as she left", "when the vote came". */
const TAIL_SUBJECTS = new Set(['he', 'she', 'they', 'we', 'i', 'the', 'his', 'her', 'their']);

const WEEKDAY_NAMES = new Set(WEEKDAYS);

/** Times after "last" or "this": phrases.ts's time nouns but the weekdays, and the seasons. */
const TAIL_TIME_NOUNS = new Set([
  ...[...TIME_NOUNS].filter((noun) => !WEEKDAY_NAMES.has(noun)),
  'spring',
  'summer',
  'fall',
  'autumn',
  'winter',
]);

/** "Okonkwo was asked whether …", "has been asked repeatedly": the one asked is no asker. */
function isPassive(tokens: Token[], c: number): boolean {
  let k = c - 1;
  while (k >= 0 && c - k <= 3 && tokens[k]!.kind === 'word' && isAdverb(tokens[k]!.lower)) k--;
  return PASSIVE_AUXILIARIES.has(tokens[k]?.lower ?? '');
}

const QUESTION_WORDS = new Set(['how', 'what', 'why', 'whether', 'when', 'where', 'who', 'which']);

/** Prepositions that join a participle of speech to the clause whose subject speaks. */
const PARTICIPLE_LINKS = new Set(['by', 'after', 'before', 'while', 'when', 'without']);
