/**
 * Finding the speaker phrase: the words around a cue that name who speaks (`Smith said`, `said the
 * economist Jared Bernstein, a former adviser`, `according to the union's statement`), before
 * they are resolved to a person of the article.
 */
import { closesWithComma, isDash, type Sentence, type Token } from './tokens.js';
import { cueEnd, cueWord, type CueWord } from './cues.js';
import {
  isCompoundModifier,
  isNameToken,
  nameRunEndingAt,
  nameRunStartingAt,
  pastCompoundModifier,
  type NameRun,
} from './entities.js';
import {
  BETWEEN_SUBJECT_AND_CUE,
  MEDIA_ROLE_NOUNS,
  MEMBER_ROLES,
  ORGANISATION_WORDS,
  OWNED_BODIES,
  NAME_TITLES,
  PRONOUNS,
  ROLE_NOUNS,
  TITLE_WORDS,
  WEEKDAYS,
} from './names.js';
import {
  APPOSITIVE_WINDOW,
  CLAUSE_LINKS,
  COPULAS,
  ADDRESSEE_CUES,
  cueAt,
  DETERMINERS,
  DOCUMENT_NOUNS,
  INTRODUCTORY,
  isBetweenWord,
  isNamePossessive,
  NOT_CLAUSE_START,
  type ParagraphView,
  PREPOSITIONS,
  RELATIVE,
  type SpeakerPhrase,
  SPOKEN_NOUNS,
  SUBJECT_WINDOW,
  isAdverb,
  isTitle,
  ROLE_COMPLEMENTS,
  ARTICLES,
} from './view.js';

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

/**
 * "The billionaire businessman began by talking about the crisis, saying …", "A Clinton campaign
 * official later walked back the comments, saying …": a role phrase opening the sentence, a
 * determiner and at most four words up to a role noun, is the subject of a participle after it.
 */
export function openingRole(
  view: ParagraphView,
  sentence: Sentence,
  c: number,
): SpeakerPhrase | null {
  const { tokens } = view;
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
    return rolePhrase(view, sentence.from, head);
  }
  return null;
}

/**
 * "Anthony Anton, president and CEO of Washington Restaurant Association stated": the sentence
 * opens with a person's name and an appositive whose closing comma is missing, so the name before
 * the cue, after its preposition, ends the appositive; the person speaks. Null otherwise.
 */
function unclosedAppositive(view: ParagraphView, j: number, floor: number): SpeakerPhrase | null {
  const { tokens, text } = view;
  const run = nameRunStartingAt(tokens, floor, j);
  if (!run || run.from !== floor || run.kind !== 'person' || tokens[run.to]?.text !== ',')
    return null;
  // A full name, and an appositive that opens as a role does ("a teacher in Detroit", "president
  // and CEO of …"): "Nevertheless, the protests in Miami point to …" opens with no one.
  if (run.words.length < 2 || run.words.some((w) => w === w.toUpperCase())) return null;
  const opening = tokens[run.to + 1]?.lower ?? '';
  if (!ARTICLES.has(opening) && !ROLE_NOUNS.has(opening)) return null;
  if (j - run.to > UNCLOSED_APPOSITIVE_TOKENS) return null;
  for (let k = run.to + 1; k <= j; k++) if (tokens[k]!.kind !== 'word') return null;
  return {
    ...nameOnly(view, run, run.from, null),
    mention: text.slice(tokens[run.from]!.start, tokens[j]!.end),
    role: nounPhraseRole(text.slice(tokens[run.to + 1]!.start, tokens[j]!.end)),
  };
}

const UNCLOSED_APPOSITIVE_TOKENS = 12;

/** A person's name opening the sentence, followed by an appositive or a home: "Tom Lee, who …,". */
export function openingNameWithComplement(
  view: ParagraphView,
  sentence: Sentence,
  t: number,
): SpeakerPhrase | null {
  const { tokens } = view;
  const run = nameRunStartingAt(tokens, sentence.from, t);
  if (!run || run.kind !== 'person') return null;
  const past = pastNameComplement(tokens, run.to, t);
  if (past === run.to) return null;
  // The mention keeps the complement, as a subject right before its cue does; an appositive is
  // the role, a relative clause is none.
  const { text } = view;
  const last = tokens[past - 1]!.text === ',' ? past - 2 : past - 1;
  const appositive = tokens[run.to]!.text === ',' && !RELATIVE.test(tokens[run.to + 1]!.text);
  return {
    ...nameOnly(view, run, run.from, null),
    mention: text.slice(tokens[run.from]!.start, tokens[last]!.end),
    role: appositive
      ? nounPhraseRole(text.slice(tokens[run.to + 1]!.start, tokens[last]!.end))
      : null,
  };
}

/**
 * "a spokesman for Bernie Sanders could": a role noun, the preposition at `preposition` and the
 * name run after it, then a verb, are a subject named by its role; else null.
 */
function roleWithComplement(
  view: ParagraphView,
  preposition: number,
  run: NameRun,
  cue: number,
): SpeakerPhrase | null {
  const { tokens, text } = view;
  const noun = tokens[preposition - 1];
  if (
    !ROLE_COMPLEMENTS.has(tokens[preposition]!.lower) ||
    noun?.kind !== 'word' ||
    noun.capital ||
    !ROLE_NOUNS.has(noun.lower)
  )
    return null;
  // A verb follows: an auxiliary, a cue or a past form ("candidate for US president" goes on).
  const at = pastTimeAfter(tokens, run.to, cue);
  const next = tokens[at];
  if (
    !next ||
    next.kind !== 'word' ||
    next.capital ||
    TITLE_WORDS.has(next.lower) ||
    ROLE_NOUNS.has(next.lower) ||
    !(BETWEEN_SUBJECT_AND_CUE.has(next.lower) || cueAt(tokens, at) || isVerbForm(next.lower))
  )
    return null;
  const from = DETERMINERS.has(tokens[preposition - 2]?.lower ?? '')
    ? preposition - 2
    : preposition - 1;
  return {
    kind: 'role',
    mention: text.slice(tokens[from]!.start, tokens[run.to - 1]!.end),
    run: null,
    head: noun.lower,
    role: null,
    at: from,
  };
}

/** Past a home after a name ("of Vermont", "from the Cato Institute"), before token t; else j. */
export function pastHome(tokens: Token[], j: number, t: number): number {
  const preposition = tokens[j]?.lower;
  if (preposition !== 'of' && preposition !== 'from') return j;
  const at = tokens[j + 1]?.lower === 'the' ? j + 2 : j + 1;
  const home = tokens[at]?.capital ? nameRunStartingAt(tokens, at, t) : null;
  return home ? home.to : j;
}

/** Past ", who leads in delegates," or "of Ruritania" after a name, before token t; else j. */
export function pastNameComplement(tokens: Token[], j: number, t: number): number {
  const token = tokens[j];
  if (!token) return j;
  if (token.lower === 'of' && tokens[j + 1]?.capital) {
    const home = nameRunStartingAt(tokens, j + 1, t);
    return home ? home.to : j;
  }
  if (token.text !== ',') return j;
  for (let k = j + 1; k < t && k - j <= APPOSITIVE_WINDOW; k++) {
    const inner = tokens[k]!;
    // "Mitch McConnell, R-Ky., delivered": a party tag's period before the closing comma ("In
    // Woodbridge, Va., Police Capt. Tim Rudy" is a place, no name with a complement).
    const abbreviation =
      inner.text === '.' &&
      tokens[k - 1]!.end === inner.start &&
      tokens[k + 1]?.text === ',' &&
      /^[DRI]-/.test(tokens[j + 1]!.text + (tokens[j + 2]?.text ?? ''));
    if (inner.kind === 'quote' || (/^[.;:!?]$/.test(inner.text) && !abbreviation)) return j;
    if (inner.text === ',') return k > j + 1 ? k + 1 : j;
  }
  return j;
}

/**
 * The subject of a finite cue: the phrase right before it, or the sentence's subject when an
 * appositive stands between ("Cory Lee, 22, of Salem, Ore., said"): the appositive's last words
 * are no speaker.
 */
export function subjectOfCue(
  view: ParagraphView,
  c: number,
  cue: CueWord,
  sentence: Sentence,
): SpeakerPhrase | null {
  if (cue.form !== 'finite') {
    const absolute = absoluteSubject(view, c, sentence);
    if (absolute) return absolute;
    // "The two lawmakers, however, argue that …": a plural subject set off by an aside.
    if (cue.form === 'base' && view.tokens[c - 1]?.text === ',') {
      const opening = clauseSubject(view, c, sentence);
      if (
        opening &&
        (opening.kind === 'pronoun'
          ? /^(?:they|we)$/.test(opening.head)
          : isPluralHead(opening.head))
      )
        return opening;
    }
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
  return finiteSubject(view, c, sentence);
}

/**
 * The subject of a finite verb at c: after an appositive's comma or a parenthesis, the clause's
 * opening name ("Mark Mahaney, technology analyst at RBC Capital Markets, agreed"); else the
 * phrase right before it, or the clause's subject.
 */
export function finiteSubject(
  view: ParagraphView,
  c: number,
  sentence: Sentence,
): SpeakerPhrase | null {
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
export function withAbsoluteAt(tokens: Token[], k: number, ceiling: number): NameRun | null {
  if (tokens[k]?.lower !== 'with' || !tokens[k + 1]?.capital) return null;
  const run = nameRunStartingAt(tokens, k + 1, ceiling);
  const verb = run ? tokens[run.to] : undefined;
  return run?.kind === 'person' && verb?.kind === 'word' && /[a-z]ing$/.test(verb.text)
    ? run
    : null;
}

/**
 * "Black Lives Matter issued a statement saying …": a document that is the object of a verb of
 * issuing speaks for that verb's subject, when it has one; else the phrase stays as it is.
 */
export function documentAuthor(
  view: ParagraphView,
  subject: SpeakerPhrase,
  sentence: Sentence,
): SpeakerPhrase {
  if (
    subject.kind !== 'role' ||
    subject.run !== null ||
    !DOCUMENT_NOUNS.has(subject.head) ||
    subject.at <= sentence.from
  )
    return subject;
  const verb = issuingVerbBefore(view.tokens, subject.at - 1);
  if (verb < 0) return subject;
  // The subject of the issuing verb itself: "Delgado said Okonkwo had issued a statement saying …"
  // is Okonkwo's; "the city issued …" is the city's.
  return subjectBefore(view, verb, sentence.from) ?? subject;
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

/** The verb of issuing that ends at token j, just before a document's phrase ("sent out"), or -1. */
function issuingVerbBefore(tokens: Token[], j: number): number {
  const verb = tokens[j]?.lower === 'out' ? j - 1 : j;
  return ISSUING_VERBS.has(tokens[verb]?.lower ?? '') ? verb : -1;
}

/** The subject right before a cue: `Smith said`, `he said`, `the paper reported`, `Smith, the union's president, said`. */
export function subjectBefore(
  view: ParagraphView,
  c: number,
  floor: number,
  afterPredicate = true,
): SpeakerPhrase | null {
  const { tokens } = view;
  let j = c - 1;
  const bound = Math.max(floor, c - SUBJECT_WINDOW);
  while (
    j >= bound &&
    tokens[j]!.kind === 'word' &&
    !tokens[j]!.capital &&
    (BETWEEN_SUBJECT_AND_CUE.has(tokens[j]!.lower) || isAdverb(tokens[j]!.lower))
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
      if (owner || isAfterPreposition(tokens, j, bound))
        return owner ?? unclosedAppositive(view, j, floor);
    }
    if (token.lower === 'who' || token.lower === 'which') {
      let k = j - 1;
      if (tokens[k]?.text === ',') k--;
      return k >= bound ? phraseEndingAt(view, k, bound) : null;
    }
    const relative = cueAt(tokens, c)?.form === 'finite' ? headOfRelative(view, j, bound) : null;
    return relative ?? phraseEndingAt(view, j, bound);
  }
  // "Adam Segal, the author of “Hacked World Order,” said": a title's comma inside its marks.
  const titleComma = closesWithComma(token) && isTitle(token.text);
  if (token.text === ',' || token.text === ')' || isDash(token) || titleComma) {
    // An appositive, a parenthesis or a phrase between dashes between the subject and the cue.
    const opener = titleComma ? ',' : token.text === ')' ? '(' : token.text;
    // The appositive's last token: the title, or the word before the closing comma.
    const close = titleComma ? j : j - 1;
    // A verb of speech inside ends the search, unless the phrase is a relative clause ("Meenakshi
    // Ganguly of Human Rights Watch, who observed the trial, said") or opens with that verb's
    // participle ("Sen. Richard J. Durbin (D-Ill.), noting the size of …, said", "Mr. Trump, asked
    // about …, had said").
    let cueInside = -1;
    for (let k = j - 1; k >= bound; k--) {
      const inner = tokens[k]!;
      if (inner.kind === 'quote' && !isTitle(inner.text)) return null;
      if (inner.text === opener) {
        const participial = cueInside === k + 1 && isParticiple(tokens[k + 1]!);
        if (cueInside >= 0 && !participial && !RELATIVE.test(tokens[k + 1]!.text)) return null;
        // "Blackwell, founder of the institute, endorsed Cruz last week, saying": before a
        // participle, a phrase that opens with a verb is no appositive but the predicate, and its
        // subject speaks (read once: a predicate before a predicate is not). When it has none,
        // the name before the predicate is taken, as for an appositive, but the predicate is no
        // role. Before a finite verb, it describes the subject: "Republicans, concerned about …,
        // have long considered".
        const first = tokens[k + 1]!;
        const predicate =
          first.kind === 'word' &&
          !first.capital &&
          isVerbForm(first.lower) &&
          cueAt(tokens, c)?.form === 'participle';
        if (predicate && afterPredicate) {
          const subject = subjectBefore(view, k + 1, floor, false);
          if (subject) return subject;
        }
        const inside = opener !== '(' ? nameRunEndingAt(tokens, j - 1, k + 1) : null;
        if (
          inside &&
          inside.kind === 'person' &&
          extendTitlesBack(tokens, inside.from, k + 1) === k + 1
        ) {
          const role = k - 1 >= bound ? phraseEndingAt(view, k - 1, bound) : null;
          return {
            kind: 'name',
            mention: view.text.slice(tokens[k + 1]!.start, tokens[close]!.end),
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
        // "Gov. Terry Branstad of Iowa, a Republican who …, said": the person, home and all.
        const head = homeOwner(view, end, bound) ?? phraseEndingAt(view, end, bound);
        if (!head || head.kind === 'role') return null;
        // Between dashes stands any aside ("Four casinos — Bally's, Caesars … — reported", "the
        // chief executive of Ora Media -- the production company … -- told", "during the Civil
        // War--including Karl Marx himself--supported"): only a person's name that opens its
        // clause is the subject before it.
        if (isDash(token) && (head.run?.kind !== 'person' || !opensClause(tokens, head.at, floor)))
          return null;
        // "A former aide to Tom Reyes, who asked not to be named, said": a name after a
        // preposition is the complement of the subject, not the subject ("As Delgado, the mayor,
        // put it" is hers).
        // "after Mr. Trump, asked about …, had said": before a finite verb, "after", "before",
        // "since" and "until" open a clause, and the name is its subject.
        const before = tokens[head.at - 1]?.lower ?? '';
        const clause = SUBORDINATORS.has(before) && cueAt(tokens, c)?.form === 'finite';
        if (PREPOSITIONS.has(before) && before !== 'as' && !clause) return null;
        // "Khan, who is Muslim, spoke on Sunday, noting …": a name after a copula is a predicate.
        if (COPULAS.has(tokens[(head.run?.from ?? head.at) - 1]?.lower ?? '')) return null;
        // "Sen. Claire McCaskill (D-Mo.) said": the party is the name's, as after a cue.
        if (opener === '(' && partyTagEnd(view, k) === j + 1) return head;
        if (predicate) return head;
        // A relative clause describes no role: "Tom Reyes -- who, in 2010, ran for mayor -- said".
        const relative = RELATIVE.test(tokens[k + 1]!.text);
        return {
          ...head,
          mention: view.text.slice(tokens[head.at]!.start, tokens[close]!.end),
          role:
            head.role ??
            (relative || participial || isVerbForm(tokens[k + 1]!.lower)
              ? null
              : view.text.slice(tokens[k + 1]!.start, tokens[close]!.end)),
        };
      }
      if (cueAt(tokens, k)) cueInside = k;
    }
  }
  return null;
}

/** Words that make a phrase one of time: "on Wednesday", "during a Sunday", "last week". */
export const TIME_NOUNS = new Set([
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

/** The end (exclusive) of a party tag at token `after` ("(D-Conn.)", "(I)"); else `after`. */
export function partyTagEnd(view: ParagraphView, after: number): number {
  const { tokens, text } = view;
  if (tokens[after]?.text !== '(') return after;
  let close = after + 1;
  while (close < tokens.length && close - after < 6 && tokens[close]!.text !== ')') close++;
  if (tokens[close]?.text !== ')' || close === after + 1) return after;
  const inner = text.slice(tokens[after + 1]!.start, tokens[close - 1]!.end);
  return /^[DRI](?:-[A-Z][\w.\s]*)?\.?$/.test(inner) ? close + 1 : after;
}

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
function homeOwner(view: ParagraphView, j: number, bound: number, depth = 0): SpeakerPhrase | null {
  const { tokens, text } = view;
  const home = nameRunEndingAt(tokens, j, bound);
  if (!home) return null;
  let at = home.from - 1;
  if (tokens[at]?.lower === 'the') at--;
  const preposition = tokens[at];
  if (preposition?.lower !== 'of' && preposition?.lower !== 'from') return null;
  // "Archbishop Aris Shirvanian of the Armenian Patriarchate of Jerusalem": a home may have one.
  const owner =
    at - 1 < bound
      ? null
      : ((depth < 1 ? homeOwner(view, at - 1, bound, depth + 1) : null) ??
        phraseEndingAt(view, at - 1, bound));
  if (!owner || owner.kind !== 'name' || owner.run?.kind !== 'person') return null;
  return { ...owner, mention: text.slice(tokens[owner.at]!.start, tokens[j]!.end) };
}

/**
 * Whether a phrase at token `at` opens its clause: the sentence's start or a comma before it ("and"
 * may join it to another subject: "Delgado and Reyes -- both Democrats -- said").
 */
function opensClause(tokens: Token[], at: number, floor: number): boolean {
  const before = tokens[at - 1];
  return at <= floor || !before || before.text === ',';
}

/**
 * "on X denouncing", "A person close to Tom Reyes said", "Aides to Clinton say": a name inside a
 * prepositional phrase is not the subject of what follows.
 */
function isAfterPreposition(tokens: Token[], j: number, floor: number): boolean {
  const run = nameRunEndingAt(tokens, j, floor);
  const before = tokens[(run ? run.nameFrom : j) - 1];
  return (
    before !== undefined &&
    before.kind === 'word' &&
    PREPOSITIONS.has(before.lower) &&
    before.lower !== 'as' // "As Michael Dell said last week, “…”"
  );
}

/**
 * "a White House official who spoke anonymously to discuss strategy said": a relative clause with
 * no commas between its head and the cue, whose own verb follows "who"; the head is the subject.
 * In "the man who Okonkwo said …" the cue is the relative clause's own verb, and no head is taken.
 */
function headOfRelative(view: ParagraphView, j: number, floor: number): SpeakerPhrase | null {
  const { tokens } = view;
  // Token j is the word before the cue, never "who" itself (the caller reads that case).
  for (let k = j - 1; k > floor && j - k < RELATIVE_CLAUSE_TOKENS; k--) {
    const token = tokens[k]!;
    if (token.kind !== 'word') return null;
    if (token.lower !== 'who') continue;
    const verb = tokens[k + 1]!;
    if (verb.capital || PRONOUNS.has(verb.lower) || DETERMINERS.has(verb.lower)) return null;
    const head = phraseEndingAt(view, k - 1, floor);
    return head && head.kind !== 'pronoun' ? head : null;
  }
  return null;
}

/** Most words of a relative clause between its head and the cue: "who spoke anonymously to …". */
const RELATIVE_CLAUSE_TOKENS = 10;

/** A name, pronoun or role phrase whose last token is j. */
export function phraseEndingAt(
  view: ParagraphView,
  j: number,
  floor: number,
): SpeakerPhrase | null {
  const { tokens } = view;
  const token = tokens[j];
  if (!token || token.kind !== 'word') return null;
  if (!token.capital || token.lower === 'i') {
    if (PRONOUNS.has(token.lower)) {
      return pronounPhrase(token, j);
    }
  }
  // "One in five say", "Nearly nine out of 10 say", "Most said": a share of people speaks.
  const share = shareEndingAt(tokens, j, floor);
  // Its head is plural whatever its last word ("one in five say").
  if (share >= 0) return { ...rolePhrase(view, share, j), head: 'people' };
  if (token.capital) {
    const run = nameRunEndingAt(tokens, j, floor);
    if (!run) {
      if (PRONOUNS.has(token.lower)) return pronounPhrase(token, j);
      return partyMemberEndingAt(view, j, floor);
    }
    let start = extendTitlesBack(tokens, run.nameFrom, floor);
    // "Harbour College’s Ada Quint said": the name is the person's, and the mention keeps its owner.
    const owner =
      start === run.from && isNamePossessive(tokens[run.from - 1])
        ? nameRunEndingAt(tokens, run.from - 1, floor)
        : null;
    if (owner) start = owner.from;
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
      // "the San Francisco-based promotional group": the place's other words too.
      else if (isCompoundModifier(tokens[k]))
        while (start - 1 >= floor && k - start < 2 && isNameToken(tokens[start - 1])) start--;
      if (start < k && start - 1 >= floor && DETERMINERS.has(tokens[start - 1]!.lower)) start--;
    }
    return rolePhrase(view, start, j, owner);
  }
  return rolePhrase(view, from, j);
}

/** Prepositions that also open a clause of time: "after Mr. Trump … had said". */
const SUBORDINATORS = new Set(['after', 'before', 'since', 'until']);

/** "noting", "asked": a lower-case verb form that may open a participle phrase. */
function isParticiple(token: Token): boolean {
  return token.kind === 'word' && !token.capital && /[a-z](?:ing|ed)$/.test(token.lower);
}

/**
 * Whether a phrase's head takes a verb's base form: "officials say", "people say", "one in five
 * say" (a share's head is "people").
 */
export function isPluralHead(head: string): boolean {
  return /s$/.test(head) || IRREGULAR_PLURALS.has(head);
}

const IRREGULAR_PLURALS = new Set(['people', 'men', 'women', 'children', 'police']);

/** Number words that count people in a share: "one in five", "nine out of 10". */
const COUNT_WORDS = new Set([
  'one',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
]);
/**
 * One more unnamed person of those just mentioned: "Another tweeted, “…”". ("One" is left out: in
 * "one would think" and "one can see" it is no one in particular.)
 */
const ONE_OF_THEM = new Set(['another']);

/** "Another stated", "another said": a finite verb follows; "another warning sign" is a noun. */
function finiteAfter(token: Token | undefined): boolean {
  if (!token || token.kind !== 'word') return false;
  return cueWord(token.lower)?.form === 'finite' || /ed$/.test(token.lower);
}
/** Words that are a share of people on their own: "Most said", "Nearly half say". */
const SHARE_WORDS = new Set(['half', 'most', 'many', 'some', 'few', 'majority', 'others']);
/** Adverbs before a share: "Nearly half", "About one in five". */
const SHARE_ADVERBS = new Set([
  'nearly',
  'almost',
  'about',
  'roughly',
  'only',
  'just',
  'fully',
  'a',
]);

function isCount(token: Token | undefined): boolean {
  return token?.kind === 'word' && (COUNT_WORDS.has(token.lower) || /^\d+$/.test(token.text));
}

/**
 * The first token of a share of people that ends at token j ("one in five", "nine out of 10",
 * "Nearly half", "Most"), opening its clause; else -1.
 */
function shareEndingAt(tokens: Token[], j: number, floor: number): number {
  const token = tokens[j]!;
  let from: number;
  // "one in five", "nine out of 10": the count before the link.
  const link = tokens[j - 1]?.lower;
  const count =
    link === 'in' ? j - 2 : link === 'of' && tokens[j - 2]?.lower === 'out' ? j - 3 : -1;
  if (isCount(token) && count >= 0) {
    if (count < floor || !isCount(tokens[count])) return -1;
    from = count;
  } else if (SHARE_WORDS.has(token.lower)) from = j;
  else if (ONE_OF_THEM.has(token.lower) && finiteAfter(tokens[j + 1])) from = j;
  else return -1;
  while (from - 1 >= floor && SHARE_ADVERBS.has(tokens[from - 1]!.lower)) from--;
  // The share opens its clause: "Most said", ", and most said"; "the most said" is no share.
  const before = tokens[from - 1];
  const opens =
    from <= floor || !before || before.kind !== 'word' || CLAUSE_LINKS.has(before.lower);
  return opens ? from : -1;
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
  const { tokens } = view;
  const token = tokens[j]!;
  if (!PARTY_MEMBERS.has(token.lower)) return null;
  for (let k = j - 1; k >= floor && j - k <= 5; k--) {
    const previous = tokens[k]!;
    if (previous.kind !== 'word') return null;
    if (DETERMINERS.has(previous.lower)) return rolePhrase(view, k, j);
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
  // "Retired neurosurgeon Dr. Ben Carson": a courtesy title is no role, but the words before it
  // may be one ("after Mr. Trump" has none).
  let k = run.nameFrom - 1;
  const courtesy = COURTESY.test(tokens[k]?.text ?? '');
  if (courtesy) k--;
  if (k < floor) return null;
  const last = tokens[k]!;
  if (
    last.kind !== 'word' ||
    (courtesy
      ? last.capital ||
        PREPOSITIONS.has(last.lower) ||
        CLAUSE_LINKS.has(last.lower) ||
        DETERMINERS.has(last.lower) ||
        last.lower === 'whether' ||
        NOT_ROLE_END.test(last.lower)
      : !(TITLE_WORDS.has(last.lower) || ROLE_NOUNS.has(last.lower)))
  )
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
  return text.slice(tokens[first]!.start, tokens[k]!.end);
}

const COURTESY = /^(?:mr|mrs|ms|dr|miss)\.?$/i;

/** The speaker after a cue or "according to": a name, pronoun or role phrase, with its appositive. */
export function phraseAfter(
  view: ParagraphView,
  from: number,
  ceiling: number,
): SpeakerPhrase | null {
  const { tokens } = view;
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
      // "said Los Angeles-based attorney Edgar Martirosyan": a compound modifier, as a role word.
      const modified = pastCompoundModifier(tokens, k);
      if (modified > k) {
        k = modified;
        continue;
      }
      run = nameRunStartingAt(tokens, k, ceiling);
      if (run) break;
      const member = partyMemberAfter(tokens, k, limit);
      const memberHead = member >= 0 ? personEndingPhrase(tokens, member + 1, ceiling) : null;
      if (memberHead) return namedPhrase(view, from, memberHead, ceiling);
      if (member >= 0) return rolePhrase(view, from, member);
      // "said the New York businessman": a place's name before the role noun.
      if (!TITLE_WORDS.has(token.lower) && tokens[k - 1]?.text !== 'New') return null;
    } else {
      if (PREPOSITIONS.has(token.lower) && !DETERMINERS.has(token.lower) && !knownAs(tokens, k))
        break;
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
    if (!later && run.kind === 'organisation') {
      // "said a prominent Republican National Committee member": a member's words, not the body's.
      const member = memberRoleAfter(tokens, run.to, ceiling);
      if (member >= 0) return withRoleRelative(view, rolePhrase(view, from, member, run), ceiling);
    }
    return namedPhrase(view, from, later ?? run, ceiling);
  }
  const head = tokens[k - 1];
  const person = k > from ? personEndingPhrase(tokens, k, ceiling) : null;
  if (person) return namedPhrase(view, from, person, ceiling);
  if (k > from && head && (ROLE_NOUNS.has(head.lower) || isArticleRole(tokens, from, k))) {
    // "said his best friend at Lehigh, Bruce Turry, who …": the role's complement, then the name.
    const named = nameAfterComplement(tokens, k, ceiling);
    return named
      ? namedPhrase(view, from, named, ceiling)
      : withRoleRelative(view, rolePhrase(view, from, k - 1), ceiling);
  }
  return null;
}

/**
 * "member" in "Committee member", "data expert" in "GOP data expert": the member role among the
 * few lower-case words right after an organisation's name at k, when no name follows it; else -1.
 */
function memberRoleAfter(tokens: Token[], k: number, ceiling: number): number {
  for (let i = k; i < ceiling && i - k < 3; i++) {
    const token = tokens[i]!;
    if (token.kind !== 'word' || token.capital || PREPOSITIONS.has(token.lower)) return -1;
    if (MEMBER_ROLES.has(token.lower)) return tokens[i + 1]?.capital ? -1 : i;
  }
  return -1;
}

/**
 * "In the end, said Rosenberg, “there’s a scenario …”": a finite cue after a comma, a name, role or
 * pronoun after it ("said the mayor", "said he") and a comma, then the opening mark. The cue stands
 * between commas and introduces the quotation, as "In the end, Rosenberg said, “…”" does; the
 * words before it are no clause it reports.
 */
export function invertedBeforeQuote(
  view: ParagraphView,
  c: number,
  cue: CueWord,
  ceiling: number,
): SpeakerPhrase | null {
  if (!introducesInverted(view.tokens, c, cue)) return null;
  const inverted = phraseAfter(view, cueEnd(c, cue), ceiling);
  return inverted && quoteAfterPhrase(view, inverted, ceiling) >= 0 ? inverted : null;
}

/**
 * Whether the cue at c can stand between commas with its speaker after it. Not "told" or "asked":
 * in "Dever, who was on the slate, told POLITICO, “…”" the name after the cue is the one told; not
 * a naming verb: in "Baker stood up, called Delgado, “a coward …”" it is the one named.
 */
export function introducesInverted(tokens: Token[], c: number, cue: CueWord): boolean {
  return (
    tokens[c - 1]?.text === ',' &&
    cue.form === 'finite' &&
    cue.reports &&
    !ADDRESSEE_CUES.has(cue.lemma)
  );
}

/** The offset where a phrase's mention ends in its paragraph's text. */
function mentionEnd(tokens: Token[], phrase: SpeakerPhrase): number {
  return tokens[phrase.at]!.start + phrase.mention.length;
}

/** The index of the first token past a phrase's mention, at most `ceiling`. */
function afterPhrase(tokens: Token[], phrase: SpeakerPhrase, ceiling: number): number {
  const end = mentionEnd(tokens, phrase);
  let k = phrase.at;
  while (k < ceiling && tokens[k]!.end <= end) k++;
  return k;
}

/** The index of the opening mark right after a speaker phrase and a comma ("Rosenberg, “"), or -1. */
export function quoteAfterPhrase(
  view: ParagraphView,
  phrase: SpeakerPhrase,
  ceiling: number,
): number {
  const { tokens, text } = view;
  const k = afterPhrase(tokens, phrase, ceiling);
  const end = mentionEnd(tokens, phrase);
  if (tokens[k]?.text !== ',' || text.slice(end, tokens[k]!.start).trim() !== '') return -1;
  return tokens[k + 1]?.kind === 'quote' ? k + 1 : -1;
}

/**
 * Whether the quotation at token `quote` goes on from a clause before its cue: "The council will
 * vote next week, said Delgado, “and we expect to win.”" The clause is then reported too; before
 * "In the end, said Delgado, “there is …”" the words lead into the quotation.
 */
export function continuesClause(view: ParagraphView, quote: number): boolean {
  const span = view.marks.spans[view.tokens[quote]!.span]!;
  return /^\s*(?:and|but)\b/.test(view.text.slice(span.start, span.start + 8));
}

/**
 * "said the pilot, who works for another firm", "said the designer.": after a cue, an article and
 * lower-case words up to punctuation or a relative pronoun name the speaker by what they are,
 * whatever the noun; a phrase of time ("said the next day") does not.
 */
function isArticleRole(tokens: Token[], from: number, k: number): boolean {
  if (!ARTICLES.has(tokens[from]!.lower) || k - from < 2) return false;
  for (let i = from + 1; i < k; i++) {
    const token = tokens[i]!;
    if (token.kind !== 'word' || token.capital || cueAt(tokens, i)) return false;
  }
  const head = tokens[k - 1]!.lower;
  if (TIME_NOUNS.has(head) || head === 'day' || head === 'time') return false;
  const next = tokens[k];
  return !next || next.kind === 'punct' || RELATIVE.test(next.text);
}

/**
 * The person named in apposition after a role or its prepositional complement: ", Bruce Turry" in
 * "his best friend at Lehigh, Bruce Turry, who …"; null unless the name closes the phrase.
 */
function nameAfterComplement(tokens: Token[], k: number, ceiling: number): NameRun | null {
  // "said the campaign’s spokesman, Ed Park.": no complement at all, after a person's role. A
  // plural role names no one person ("according to union sources, United Technologies, which …"
  // goes on with the clause), nor does a document ("according to the indictment, Okonkwo, …").
  let comma = k;
  const bare = tokens[k]?.text === ',';
  if (bare) {
    const head = tokens[k - 1]?.lower ?? '';
    const person =
      ROLE_NOUNS.has(head) ||
      (!/(?:ment|tion|sion|ance|ence|ity|suit|ing|ism)$/.test(head) &&
        !DOCUMENT_NOUNS.has(head) &&
        !MEDIA_ROLE_NOUNS.has(head));
    if (!person || /[^s]s$/.test(head)) return null;
  } else {
    if (!PREPOSITIONS.has(tokens[k]?.lower ?? '')) return null;
    comma = k + 1;
    while (comma < ceiling && comma - k <= COMPLEMENT_WORDS && tokens[comma]!.kind === 'word')
      comma++;
    if (tokens[comma]?.text !== ',' || comma === k + 1) return null;
  }
  const run = nameRunStartingAt(tokens, comma + 1, ceiling);
  if (!run || run.from !== comma + 1 || run.kind !== 'person') return null;
  const after = tokens[run.to];
  // "said a spokesman, Okonkwo, who has since resigned": a relative clause after the bare name
  // may go on with the sentence; the role stays the speaker's mention.
  if (bare && after?.text === ',' && RELATIVE.test(tokens[run.to + 1]?.text ?? '')) return null;
  return run.to >= ceiling || after?.kind === 'punct' ? run : null;
}

/** Most words of a role's complement before a name in apposition: "at the time", "at Lehigh". */
const COMPLEMENT_WORDS = 5;

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

/** A role phrase from token `from` to its head noun at `head`: "the paper", "Trump's campaign". */
function rolePhrase(
  view: ParagraphView,
  from: number,
  head: number,
  run: NameRun | null = null,
): SpeakerPhrase {
  const { tokens, text } = view;
  return {
    kind: 'role',
    mention: text.slice(tokens[from]!.start, tokens[head]!.end),
    run,
    head: tokens[head]!.lower,
    role: null,
    at: from,
  };
}

/** A pronoun as the phrase naming a speaker, at token index `at`. */
export function pronounPhrase(token: { text: string; lower: string }, at: number): SpeakerPhrase {
  return { kind: 'pronoun', mention: token.text, run: null, head: token.lower, role: null, at };
}

/** The phrase of token `from` up to the end of the name `run`, with the role the caller found. */
export function nameOnly(
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
  // "said Meenakshi Ganguly of Human Rights Watch, who observed voting in Kachin state", "said
  // Sen. Jim Whelan who represents Atlantic City": the mention runs through a home and a relative
  // clause after the name, as through an appositive.
  let mentionEnd = end;
  if (end === run.to) {
    const home = pastHome(tokens, run.to, ceiling);
    // After a home, only a relative clause: "According to Okonkwo of the Mercury, the port is …"
    // goes on with a clause of its own.
    const relative =
      tokens[home]?.text === ',' && tokens[home + 1]?.lower === 'who' ? home + 1 : home;
    const clause = relativeEnd(tokens, relative, ceiling, false);
    if (clause > relative) mentionEnd = clause;
  }
  return {
    kind: 'name',
    mention: text.slice(tokens[from]!.start, tokens[mentionEnd - 1]!.end),
    run,
    head: run.words[run.words.length - 1]!.toLowerCase(),
    // An appositive describes the name; a relative clause after it ("who, like …, remembered") does not.
    role:
      end > run.to + 1 && !RELATIVE.test(tokens[run.to + 1]!.text)
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
      if (PREPOSITIONS.has(token.lower) && token.lower !== 'of' && !knownAs(tokens, i)) return null;
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

/** "the base chief known as Bob": "as" after "known" leads to the name, not away from the role. */
function knownAs(tokens: Token[], k: number): boolean {
  return tokens[k]!.lower === 'as' && tokens[k - 1]?.lower === 'known';
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
export function sourceAfter(
  view: ParagraphView,
  from: number,
  ceiling: number,
): SpeakerPhrase | null {
  const { tokens } = view;
  const phrase = phraseAfter(view, from, ceiling);
  if (phrase) return withSourceComplement(view, phrase, ceiling);
  const limit = Math.min(ceiling, from + 15);
  let k = from;
  while (k < limit && tokens[k]!.kind === 'word') k++;
  if (k === from || (k < ceiling && k === limit)) return null;
  const head = tokens[k - 1]!;
  if (PREPOSITIONS.has(head.lower) || DETERMINERS.has(head.lower) || CLAUSE_LINKS.has(head.lower))
    return null;
  return withSourceComplement(view, rolePhrase(view, from, k - 1), ceiling);
}

/**
 * "according to Paul Sperry of Counter Jihad, …", "according to a 2013 study by economists Peter
 * Schott and Justin Pierce, …": the source's mention runs through a phrase after it that a comma or
 * the sentence's end closes; the speaker is the phrase's own.
 */
function withSourceComplement(
  view: ParagraphView,
  phrase: SpeakerPhrase,
  ceiling: number,
): SpeakerPhrase {
  const { tokens } = view;
  const k = afterPhrase(tokens, phrase, ceiling);
  const first = tokens[k];
  if (!first || first.kind !== 'word' || !SOURCE_COMPLEMENTS.has(first.lower)) return phrase;
  const end = wordsToCloser(tokens, k, ceiling, SOURCE_COMPLEMENT_TOKENS, /^[,.;)]$/, true);
  return end < 0 ? phrase : mentionThrough(view, phrase, end);
}

/**
 * The end of the words after token k when they run, within `limit` tokens, to a closer (or to
 * `ceiling`); with `cueStops`, a verb of speech among them is a clause of its own. Else -1.
 */
function wordsToCloser(
  tokens: Token[],
  k: number,
  ceiling: number,
  limit: number,
  closers: RegExp,
  cueStops: boolean,
): number {
  let end = k + 1;
  while (end < ceiling && end - k <= limit && tokens[end]!.kind === 'word') {
    if (cueStops && cueAt(tokens, end)) return -1;
    end++;
  }
  const closer = tokens[end];
  if (end === k + 1 || end - k > limit || (closer && !closers.test(closer.text))) return -1;
  return end;
}

/** The phrase with its mention running up to token `end` (exclusive). */
function mentionThrough(view: ParagraphView, phrase: SpeakerPhrase, end: number): SpeakerPhrase {
  const { tokens, text } = view;
  return { ...phrase, mention: text.slice(tokens[phrase.at]!.start, tokens[end - 1]!.end) };
}

/**
 * "said a prominent Republican National Committee member who supports Trump, asking …": the
 * mention of a role runs through the relative clause right after it, to a comma or the sentence's
 * end, as a name's runs through its appositive. The speaker stays the role's.
 */
function withRoleRelative(
  view: ParagraphView,
  phrase: SpeakerPhrase,
  ceiling: number,
): SpeakerPhrase {
  const k = afterPhrase(view.tokens, phrase, ceiling);
  const end = relativeEnd(view.tokens, k, ceiling, true);
  return end === k ? phrase : mentionThrough(view, phrase, end);
}

/**
 * The end of a relative clause that opens at token k ("who supports Trump", and for a role "that
 * spoke with a reporter") and that a comma or the sentence's end closes; k when there is none.
 */
function relativeEnd(tokens: Token[], k: number, ceiling: number, that: boolean): number {
  const first = tokens[k];
  if (!first || (first.lower !== 'who' && !(that && first.lower === 'that'))) return k;
  const end = wordsToCloser(tokens, k, ceiling, ROLE_RELATIVE_TOKENS, /^[,.;]$/, false);
  return end < 0 ? k : end;
}

/** Most tokens of a relative clause that a role's mention keeps. */
const ROLE_RELATIVE_TOKENS = 16;

/**
 * Words that open what is said of a source: "of Counter Jihad", "by economists …" ("in an
 * interview on Monday", "at a rally" say where, not who).
 */
const SOURCE_COMPLEMENTS = new Set(['of', 'by', 'from']);
/** Most words of that phrase. */
const SOURCE_COMPLEMENT_TOKENS = 10;

/**
 * "Judicial Watch president Tom Fitton", "Ayotte campaign manager Jon Kohan": a name followed by role
 * words and a person's name describes that person, who is the speaker.
 */
function laterNamedHead(tokens: Token[], run: NameRun, ceiling: number): NameRun {
  // "said Harbour College's Ada Quint": the person the possessive owns.
  if (isNamePossessive(tokens[run.to - 1])) {
    const owned = nameRunStartingAt(tokens, run.to, ceiling);
    if (owned?.kind === 'person') return owned;
  }
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
export function appositiveEnd(tokens: Token[], after: number, ceiling: number): number {
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
    // A title in marks is part of it: ", the author of “Hacked World Order,” who …".
    (tokens[k]!.kind !== 'quote' || isTitle(tokens[k]!.text, true)) &&
    // A period before a comma or a word in lower case closes an abbreviation, not the sentence:
    // ", of Salem, Fla., who", ", who earned a Ph.D. from Harvard".
    !(
      /^[.;:!?]$/.test(tokens[k]!.text) &&
      !(tokens[k]!.text === '.' && continuesAfterPeriod(tokens[k + 1]))
    )
  ) {
    // ", a co-author of ''Those Guys Have All the Fun.''": a title that holds the sentence's period
    // ends the sentence, and the appositive with it.
    if (
      tokens[k]!.kind === 'quote' &&
      tokens[k]!.text.trimEnd().endsWith('.') &&
      (k + 1 >= ceiling || !tokens[k + 1] || tokens[k + 1]!.capital)
    )
      return k + 1;
    // American style keeps the comma inside the title's marks.
    const comma = tokens[k]!.text === ',' || closesWithComma(tokens[k]);
    if (comma) {
      const following = tokens[k + 1];
      // ", senior director at the Bipartisan Policy Center, and a Republican who headed …": a
      // second appositive joined by "and" describes the same person.
      const joined = following?.lower === 'and' && /^(?:a|an)$/.test(tokens[k + 2]?.lower ?? '');
      if (
        !joined &&
        (!following ||
          following.kind !== 'word' ||
          APPOSITIVE_BREAKERS.has(following.lower) ||
          cueAt(tokens, k + 1))
      )
        return tokens[k]!.kind === 'quote' ? k + 1 : k;
    }
    k++;
  }
  return k;
}

function continuesAfterPeriod(next: Token | undefined): boolean {
  return next !== undefined && (next.text === ',' || (next.kind === 'word' && !next.capital));
}

/**
 * "“…” that is blatantly sexist, Brock said.": a subject and cue that close the sentence after a comma
 * speak the quotation even when a clause stands between it and them.
 */
export function closingSubject(
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
    !isAdverb(word) &&
    !/self$/.test(word) &&
    !PRONOUNS.has(word) &&
    !PREPOSITIONS.has(word) &&
    !PLAIN_ADVERBS.has(word) &&
    !TIME_NOUNS.has(word) &&
    !isVerbForm(word) &&
    word !== 'who'
  );
}

/** The subject phrase between a closing quote mark and its cue: `” the economist Jared Bernstein, …, wrote`. */
export function phraseBetween(
  view: ParagraphView,
  from: number,
  cue: number,
): SpeakerPhrase | null {
  const { tokens, text } = view;
  let end = cue;
  while (
    end > from &&
    tokens[end - 1]!.kind === 'word' &&
    !tokens[end - 1]!.capital &&
    (BETWEEN_SUBJECT_AND_CUE.has(tokens[end - 1]!.lower) || isAdverb(tokens[end - 1]!.lower))
  )
    end--;
  while (end > from && tokens[end - 1]!.kind === 'punct') end--;
  if (end <= from) return null;
  // "Sen. Jason Holsman (D) said", "Rep. Bobby Scott (D-Va.) said": the closing parenthesis
  // stays with its party.
  let close = end;
  while (close < cue && tokens[close]!.text === '.') close++;
  if (tokens[close]?.text === ')') {
    let open = end - 1;
    while (open > from && tokens[open]!.text !== '(' && end - open < 6) open--;
    if (tokens[open]!.text === '(') end = close + 1;
  }
  // "” in the state, Neil Sroka said", "” they need to win, Neil Sroka said": words that go on with
  // the sentence, then a comma, are no subject; the one after the comma closes it (see
  // closingSubject). ("” as Cruz said" is his; "” he always says" and "” in a statement Jane Doe
  // said" have no comma.)
  let comma = false;
  for (let k = from; k < end && !comma; k++) comma = tokens[k]!.text === ',';
  const first = tokens[from]!;
  const goesOn =
    comma &&
    !first.capital &&
    ((PREPOSITIONS.has(first.lower) && first.lower !== 'as') ||
      (PRONOUNS.has(first.lower) && tokens[from + 1]?.kind === 'word'));
  if (goesOn) return null;
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
    // "” Delgado and Okonkwo said": two people together; the later name heads the phrase, as
    // before a cue, and the mention names both (jointMention). The first may have a role before
    // it: "” harbour board chair Rosa Delgado and Senator Paul Okonkwo, both Democrats, said".
    if (
      token.lower === 'and' &&
      head?.kind === 'name' &&
      head.run?.kind === 'person' &&
      (head.at === from || (head.role !== null && wordsOnly(tokens, from, head.at))) &&
      tokens[k + 1]?.capital
    )
      continue;
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
      if (!wordsOnly(tokens, from, role.at)) return null;
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

/** Only words from token from to token to (exclusive). */
function wordsOnly(tokens: Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (tokens[k]!.kind !== 'word') return false;
  return true;
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

/** Adverbs without "-ly" that may stand between a subject and its verb: "Okonkwo yesterday said". */
const PLAIN_ADVERBS = new Set([
  ...TIME_ADVERBS,
  'yesterday',
  'today',
  'tonight',
  'tomorrow',
  'soon',
  'alone',
  'too',
  'instead',
  'here',
  'there',
  'together',
  'now',
  'still',
  'however',
]);

/** "Hours later, …": a capitalised opener and a time adverb before a comma, no subject. */
export function opensTimeAdverbial(tokens: Token[], i: number): boolean {
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
    if (isDash(tokens[k])) return k + 1;
  }
  return from;
}

/** Most tokens of a dateline before its dash: "ST. LOUIS, Mo., Aug. 24 (AP)". */
const DATELINE_TOKENS = 12;

/** The first name or pronoun in subject position between `from` and the cue. */
export function mainSubject(view: ParagraphView, from: number, cue: number): SpeakerPhrase | null {
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
    if (!inSubjectPosition) {
      // "Supporters of Bernie Sanders of Vermont endorsed …": the whole name, not its last word.
      // ("that Mr. Trump was prompted to say": "that" is no preposition.)
      const skipped =
        token.capital && PREPOSITIONS.has(previous!.lower)
          ? nameRunStartingAt(tokens, k, cue)
          : null;
      if (!skipped) continue;
      // "a spokesman for Bernie Sanders could only quip": the role noun before is the subject, and
      // its mention holds the name.
      const role = roleWithComplement(view, k - 1, skipped, cue);
      if (role) return role;
      k = skipped.to - 1;
      continue;
    }
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
        const phrase = rolePhrase(view, run.from, owned, run);
        if (speaksForOwner(head)) return phrase;
        if (!ROLE_NOUNS.has(head)) {
          k = run.to - 1;
          continue;
        }
        ownedRole ??= phrase;
      }
      // "Sanders (I-Vt.) on Saturday criticized …": a party, and a phrase of time, between the
      // subject and its verb; or a home ("Senator Bernie Sanders of Vermont endorsed …").
      const home = run.kind === 'person' ? pastHome(tokens, run.to, cue) : run.to;
      const next = tokens[pastTimeAfter(tokens, partyTagEnd(view, home), cue)];
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

/**
 * The head noun of what a possessive name owns, from token `at`: the last of at most three
 * lower-case words before a verb, a cue or a link, when it names a speaker, a body or words
 * ("catch phrase", "lyrical rejection", "campaign manager"); -1 when it does not.
 */
function ownedNoun(tokens: Token[], at: number, ceiling: number): number {
  let last = -1;
  for (let k = at; k < ceiling && k - at < 3; k++) {
    const token = tokens[k]!;
    if (token.kind !== 'word' || token.capital) break;
    const word = token.lower;
    // "Delgado's daughter's school": a possessive chain owns what no one can say.
    if (/[’']s$/.test(token.text)) return -1;
    if (
      isVerbForm(word) ||
      CLAUSE_LINKS.has(word) ||
      PREPOSITIONS.has(word) ||
      BETWEEN_SUBJECT_AND_CUE.has(word) ||
      cueAt(tokens, k)
    )
      break;
    last = k;
  }
  // The compound's head is its last noun: "news conference" is no "news".
  if (last < 0) return -1;
  const head = tokens[last]!.lower;
  return ROLE_NOUNS.has(head) || speaksForOwner(head) ? last : -1;
}

/** What a name owns that speaks for it: "Trump's campaign", "the union's statement", "her reply". */
const SPEAKING_OWNED = [ORGANISATION_WORDS, OWNED_BODIES, DOCUMENT_NOUNS, SPOKEN_NOUNS];

function speaksForOwner(noun: string): boolean {
  return SPEAKING_OWNED.some((words) => words.has(noun));
}

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

/**
 * A role is shown to users as "Name, role": a relative clause standing alone ("who chairs the
 * tenants' association") describes the person but is no role, and words that begin the sentence's
 * clause ("And with President") are not part of one. An appositive keeps its own relative clause
 * (", a broker in Tampa, who represents sellers"): the words identify the speaker in who-said search.
 */
export function nounPhraseRole(role: string): string | null {
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
export function clauseSubject(
  view: ParagraphView,
  c: number,
  sentence: Sentence,
): SpeakerPhrase | null {
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
    if (opener !== ',' && opener !== '(' && !isDash(tokens[end])) return null;
    const closer = opener === '(' ? ')' : opener;
    let close = c - 1;
    while (close > end && tokens[close]!.kind === 'word' && isBetweenWord(tokens[close]!)) close--;
    // "Sen. Jack Reed (D-R.I.), said": a stray comma after the party tag.
    if (opener === '(' && tokens[close]!.text === ',' && partyTagEnd(view, end) === close) close--;
    if (close <= end || tokens[close]!.text !== closer) return null;
    const relative = RELATIVE.test(tokens[end + 1]!.text);
    for (let k = end + 1; k < close; k++) {
      const inner = tokens[k]!;
      // "Sam Solovey, a contestant on Trump's show, "The Apprentice," who …, said": a title may
      // stand inside; other quoted words are speech.
      if ((inner.kind === 'quote' && !isTitle(inner.text)) || /^[;:!?]$/.test(inner.text))
        return null;
      // A period ends the sentence unless it closes an abbreviation: "R-S.C.,".
      if (inner.text === '.' && tokens[k - 1]!.end !== inner.start) return null;
      const cue = cueAt(tokens, k);
      if (cue && cue.form === 'finite' && !relative) return null;
    }
    // "Sen. Claire McCaskill (D-Mo.) said": a party is no appositive; it joins the name as after
    // a cue (resolvePhrase).
    if (opener !== '(' || partyTagEnd(view, end) !== close + 1) described = close - 1;
  } else {
    while (end > begin && isBetweenWord(tokens[end - 1]!)) end--;
    if (end === begin) return null;
  }
  for (let k = begin; k < end; k++) {
    const word = tokens[k]!;
    if (NOT_SUBJECT_WORDS.has(word.lower) && !(k > begin && PREPOSITIONS.has(word.lower)))
      return null;
    if (cueAt(tokens, k)) return null;
    // "Delgado bristled after reporters asked …": a name and a past verb make a clause, not a subject.
    const before = tokens[k - 1];
    if (
      k > begin &&
      !word.capital &&
      isVerbForm(word.lower) &&
      before!.capital &&
      !DETERMINERS.has(before!.lower)
    )
      return null;
  }
  const head = tokens[end - 1]!;
  if (DETERMINERS.has(head.lower) || PREPOSITIONS.has(head.lower)) return null;
  if (!head.capital && isVerbForm(head.lower)) return null;
  if (end - begin === 1 && PRONOUNS.has(head.lower)) return pronounPhrase(head, begin);
  const run = nameRunEndingAt(tokens, end - 1, begin);
  // The mention keeps the appositive, as a subject right before its cue does.
  // A parenthesis keeps its closing mark: "Claire McCaskill (a Democrat)".
  const mentionEnd = described > end ? described + (tokens[end]!.text === '(' ? 1 : 0) : -1;
  const mention = text.slice(
    tokens[begin]!.start,
    mentionEnd > 0 ? tokens[mentionEnd]!.end : head.end,
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
  // "A former Republican presidential candidate -- John McCain, who lost … -- said": a role, then
  // the person's name opening the appositive.
  const named = described > end ? nameRunStartingAt(tokens, end + 1, described + 1) : null;
  if (
    named &&
    named.from === end + 1 &&
    named.kind === 'person' &&
    (named.to > described ||
      (tokens[named.to]!.text === ',' && RELATIVE.test(tokens[named.to + 1]?.text ?? '')))
  )
    return {
      kind: 'name',
      mention,
      run: named,
      head: named.words[named.words.length - 1]!.toLowerCase(),
      role: nounPhraseRole(text.slice(tokens[begin]!.start, head.end)),
      at: begin,
    };
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
