/**
 * The people and organisations one article names, so that a surname, a titled form, a pronoun or
 * "the paper" can be resolved to the fullest name the article gives.
 */
import { cueWord, openingPastVerb } from './cues.js';
import { endsAbbreviatedSentence, type Token } from './tokens.js';
import {
  GENDERED_TITLES,
  HONORIFICS,
  NAME_PARTICLES,
  NOT_NAME_WORDS,
  ORGANISATION_WORDS,
  MEDIA_WORDS,
  TITLE_MODIFIERS,
  TITLE_WORDS,
  ROLE_NOUNS,
  firstNameGender,
  isPlaceName,
  stripPossessive,
  type Gender,
} from './names.js';

export interface Entity {
  /** Fullest form in the article: "Charles Q. Brown", "New York Times". */
  name: string;
  kind: 'person' | 'organisation';
  media: boolean;
  gender: Gender | undefined;
  /** Votes from pronouns that follow a mention, used when neither title nor first name tells. */
  maleVotes: number;
  femaleVotes: number;
  mentions: number;
  /** Position of the first mention (see `position`). */
  firstSeen: number;
  /** Lower-case words that describe it where it is named: titles, roles, its own name words. */
  descriptors: Set<string>;
  /** True once a cue has attributed words to it: such people are likelier referents of "he said". */
  spoke: boolean;
}

/** A capitalised run of tokens read as a name, split into its title/role prefix and the name. */
export interface NameRun {
  /** Token index range of the whole run, titles included, end exclusive. */
  from: number;
  to: number;
  /** Token index where the name proper starts. */
  nameFrom: number;
  /** The name words, possessive stripped. */
  words: string[];
  titleWords: string[];
  kind: 'person' | 'organisation';
}

/** Where a name run stands: in a headline, opening a sentence, or inside one. */
export type RunPlace = 'headline' | 'opening' | 'inside';

/** Positions order mentions across paragraphs: paragraph index first, then offset. */
export function position(paragraph: number, offset: number): number {
  return paragraph * 1e9 + offset;
}

/** At most this many full forms share one last word; beyond it a pathological article gains nothing. */
const MAX_FORMS_PER_KEY = 8;

/** A capitalised word: the stuff of names. */
export function isNameToken(token: Token | undefined): boolean {
  return (
    token !== undefined && token.kind === 'word' && token.capital && !isCompoundModifier(token)
  );
}

export function isCompoundModifier(token: Token | undefined): boolean {
  return token !== undefined && token.capital && COMPOUND_MODIFIER.test(token.text);
}

/**
 * Past a compound modifier that starts at token k ("Washington-based", "Los Angeles-based", "South
 * Korean-born"), before a name or a role; else k.
 */
export function pastCompoundModifier(tokens: Token[], k: number): number {
  for (let m = k; m < tokens.length && m - k < 3 && tokens[m]!.capital; m++)
    if (isCompoundModifier(tokens[m])) return m + 1;
  return k;
}

/**
 * "Washington-based Atlantic Council", "Australian-born Pilger", "Trump-style tweeting",
 * "Republican-controlled Senate": a capitalised word joined by a hyphen to a participle or an
 * adjective is a modifier, no part of a name.
 */
const COMPOUND_MODIFIER =
  /-(?:based|born|bred|led|backed|controlled|dominated|owned|held|run|style|era|friendly|connected|sponsored|occupied|speaking|linked|funded|allied|aligned|leaning|affiliated|inspired|like|oriented|centred|centered|minded|appointed)$/;

/**
 * Function words that Title Case capitalises in headlines but a name never holds capitalised:
 * "… Unlikely To Have A Good Relationship With David Cameron", "Media Growls In Response To Kaine".
 * A run stops at one ("de", "of" and "for" inside names are written in lower case).
 */
const HEADLINE_WORDS = new Set([
  'to',
  'with',
  'in',
  'on',
  'for',
  'of',
  'and',
  'at',
  'by',
  'from',
  'as',
  'is',
  'are',
  'was',
  'were',
  'has',
  'have',
  'had',
  'will',
  'would',
  'says',
  'said',
  'after',
  'over',
  'into',
  'about',
]);

function isHeadlineWord(token: Token | undefined): boolean {
  return token !== undefined && token.capital && HEADLINE_WORDS.has(token.lower);
}

/** Reads the name run that ends at token `last` (inclusive), looking back at most `window` tokens. */
export function nameRunEndingAt(
  tokens: Token[],
  last: number,
  floor: number,
  window = 12,
): NameRun | null {
  if (!isNameToken(tokens[last])) return null;
  let first = last;
  while (first - 1 >= floor && last - first < window) {
    const previous = tokens[first - 1]!;
    if (endsAbbreviatedSentence(previous, tokens[first]!)) break;
    if (isHeadlineWord(previous)) break;
    // "Harbour College's Ada Quint": a possessive owns the person named after it ("St. Vincent's
    // Hospital", no person, stays one name).
    if (
      isNameToken(previous) &&
      /[’']s$/.test(previous.text) &&
      classifyRun(tokens, first, last + 1)?.kind === 'person'
    )
      break;
    if (isNameToken(previous)) first--;
    else if (previous.kind === 'word' && NAME_PARTICLES.has(previous.lower)) {
      const before = tokens[first - 2];
      const pair = before?.kind === 'word' && NAME_PARTICLES.has(before.lower) ? 2 : 1;
      if (first - pair - 1 < floor || !isNameToken(tokens[first - pair - 1])) break;
      first -= pair;
    } else break;
  }
  return classifyRun(tokens, first, last + 1);
}

/** Reads the name run that starts at token `first`. */
export function nameRunStartingAt(
  tokens: Token[],
  first: number,
  ceiling: number,
  window = 12,
): NameRun | null {
  if (!isNameToken(tokens[first])) return null;
  let end = first + 1;
  while (end < ceiling && end - first < window) {
    const token = tokens[end]!;
    if (endsAbbreviatedSentence(tokens[end - 1]!, token)) break;
    // "… Work With David Cameron" stops at "With"; "George Will" ending the run keeps "Will".
    if (isHeadlineWord(token) && isNameToken(tokens[end + 1])) break;
    if (isNameToken(token)) {
      end++;
      if (/[’']s$/.test(token.text)) break;
    } else if (
      ORGANISATION_LINKS.has(token.lower) &&
      isNameToken(tokens[end + 1]) &&
      // "said Westar Energy on Monday": a day or a month is no part of the name.
      !NOT_NAME_WORDS.has(tokens[end + 1]!.lower) &&
      namesOrganisation(tokens, first, end)
    ) {
      end++; // "Center for Responsive Politics", "Department of Justice"
    } else if (
      token.lower === 'and' &&
      TITLE_WORDS.has(tokens[end - 1]!.lower) &&
      !HONORIFICS.has(tokens[end - 1]!.lower) &&
      !TITLE_MODIFIERS.has(tokens[end - 1]!.lower) &&
      titleAhead(tokens, end + 1, ceiling)
    ) {
      end++; // "Pennsylvania Gov. and Democratic National Committee Chairman Ed Rendell"
    } else if (isPluralPossessive(tokens, end) && isNameToken(tokens[end + 1])) {
      end++; // "Calder Tenants’ Association"
    } else if (token.kind === 'word' && NAME_PARTICLES.has(token.lower)) {
      // "Charles de Gaulle", "Ursula von der Leyen": one or two particles, then the name goes on.
      const second = tokens[end + 1];
      const pair = second?.kind === 'word' && NAME_PARTICLES.has(second.lower) ? 2 : 1;
      if (!isNameToken(tokens[end + pair])) break;
      end += pair;
    } else break;
  }
  // "Los Angeles-based", "South Korean-born": the words before such a modifier are its own.
  if (isCompoundModifier(tokens[end])) return null;
  return classifyRun(tokens, first, end);
}

/**
 * Whether the capitalised words from `from` hold another title before the name: "… Gov. and
 * Democratic National Committee Chairman Ed Rendell", "President and CEO John Smith". Without one,
 * "Republican and Virginia" are two things, not one run.
 */
function titleAhead(tokens: Token[], from: number, ceiling: number): boolean {
  for (let k = from; k < ceiling && k - from < TITLE_AHEAD_WINDOW && isNameToken(tokens[k]); k++)
    if (TITLE_WORDS.has(tokens[k]!.lower) && isNameToken(tokens[k + 1])) return true;
  return false;
}

const TITLE_AHEAD_WINDOW = 6;

const ORGANISATION_LINKS = new Set(['of', 'for', 'on']);

function namesOrganisation(tokens: Token[], from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (ORGANISATION_WORDS.has(tokens[i]!.lower)) return true;
  return false;
}

function isPluralPossessive(tokens: Token[], i: number): boolean {
  const mark = tokens[i]!;
  const previous = tokens[i - 1];
  return (
    mark.kind === 'punct' &&
    (mark.text === '’' || mark.text === "'") &&
    previous !== undefined &&
    previous.end === mark.start &&
    /s$/.test(previous.text)
  );
}

/** "Critics", "Supporters": a one-word name that is a plural role noun. */
function isPluralRole(name: string): boolean {
  if (name.includes(' ')) return false;
  const word = name.toLowerCase();
  return /[^s]s$/.test(word) && ROLE_NOUNS.has(word);
}

/** Common words that are also surnames: Ian Read, Theresa May, George Will. */
const SURNAME_WORDS = new Set(['read', 'may', 'will']);
/** Title words that are also common surnames: Jim Green, Jack White, Ellen Judge, Coretta King. */
const TITLE_SURNAMES = new Set(['green', 'white', 'judge', 'king']);

function isFiniteCue(word: string): boolean {
  return cueWord(word)?.form === 'finite';
}

function classifyRun(tokens: Token[], from: number, to: number): NameRun | null {
  let start = from;
  // "Read said", "May told", "Will wrote": a surname that is also a common word, right before a
  // verb of speech, is the speaker's.
  const surnameBeforeCue =
    to - from === 1 &&
    SURNAME_WORDS.has(tokens[from]!.lower) &&
    // A modal is followed by a base form, never by "says", "said" or "described".
    isFiniteCue(tokens[to]?.lower ?? '');
  while (
    !surnameBeforeCue &&
    start < to &&
    NOT_NAME_WORDS.has(stripPossessive(tokens[start]!.lower))
  )
    start++;
  // "Stated Stone:": a past verb of speech opening its sentence before a name is no part of it
  // ("Said" may be a given name, and stays).
  const opening = start === from && to - start > 1 ? openingPastVerb(tokens, start) : undefined;
  if (opening && opening.text !== 'said') start++;
  if (start >= to) return null;
  const words: string[] = [];
  for (let i = start; i < to; i++)
    if (tokens[i]!.kind === 'word') words.push(stripPossessive(tokens[i]!.text));
  const isOrganisation =
    words.some((w) => ORGANISATION_WORDS.has(w.toLowerCase())) || isAcronym(words);
  if (isOrganisation) {
    const personFrom = personAfterOrganisationTitle(tokens, start, to);
    if (personFrom < 0)
      return { from: start, to, nameFrom: start, words, titleWords: [], kind: 'organisation' };
  }
  // The name is what follows the last title or role word: "US Chairman of … Staff Charles Q. Brown".
  let nameFrom = to;
  while (nameFrom - 1 >= start && !TITLE_WORDS.has(tokens[nameFrom - 1]!.lower)) nameFrom--;
  // "Ms. White", "Sarah White": after an honorific or a first name, a title word is a surname.
  if (nameFrom >= to && to - 2 >= start) {
    // "Peter T. King": initials stand between the first name and a title word used as a surname.
    let given = to - 2;
    while (given > start && /^\p{Lu}\.$/u.test(tokens[given]!.text)) given--;
    const before = tokens[given]!;
    if (HONORIFICS.has(before.lower)) nameFrom = given + 1;
    else if (firstNameGender(before.text)) nameFrom = given;
  }
  // "“…,” Green said", "White told": a title word that is also a surname, alone before a verb of
  // speech, is the surname ("the Green Party", "White House" keep their title words).
  if (
    nameFrom >= to &&
    to - start === 1 &&
    TITLE_SURNAMES.has(tokens[start]!.lower) &&
    isFiniteCue(tokens[to]?.lower ?? '')
  )
    nameFrom = start;
  if (nameFrom >= to) return null;
  // "New York", "New Hampshire": after "New" the word is a place's, not a person's name.
  if (tokens[nameFrom - 1]?.text === 'New') return null;
  const titleWords: string[] = [];
  for (let i = start; i < nameFrom; i++) titleWords.push(tokens[i]!.lower);
  // Counted in tokens, not words: a run can hold punctuation ("Tenants’ Association").
  const nameWords: string[] = [];
  for (let i = nameFrom; i < to; i++)
    if (tokens[i]!.kind === 'word') nameWords.push(stripPossessive(tokens[i]!.text));
  if (nameWords.length === 0) return null;
  return {
    from: start,
    to,
    nameFrom,
    words: nameWords,
    titleWords,
    // "Iowa", "the United States": a place stands for its people or government, never one person.
    kind: titleWords.length === 0 && isPlaceName(nameWords) ? 'organisation' : 'person',
  };
}

/**
 * "DNC Chairman Ed Rendell", "Senate Majority Leader Mitch McConnell": an organisation's name, a
 * title and then words that name no organisation make a person. Returns where the name starts, or -1.
 */
function personAfterOrganisationTitle(tokens: Token[], from: number, to: number): number {
  let title = to - 1;
  while (title >= from && !TITLE_WORDS.has(tokens[title]!.lower)) title--;
  if (title < from || title >= to - 1) return -1;
  for (let i = title + 1; i < to; i++)
    if (ORGANISATION_WORDS.has(stripPossessive(tokens[i]!.lower))) return -1;
  return title + 1;
}

function isAcronym(words: string[]): boolean {
  // "ACLU", "FBI", and dotted forms "F.B.I.", "C.I.A." (initials of a person stand before a surname).
  return words.length === 1 && /^(?:[A-Z]{2,5}s?|(?:[A-Z]\.){2,}[A-Z]?\.?)$/.test(words[0]!);
}

export class ArticleEntities {
  /**
   * @param lowerWords words the article writes in lower case: one of them capitalised before a
   *   name ("Rival Hillary Clinton’s campaign", "See Sexton’s timeline") opens a sentence or a
   *   headline and is no part of the name.
   */
  constructor(private readonly lowerWords: ReadonlySet<string> = new Set()) {}

  private readonly byLastWord = new Map<string, Entity[]>();
  /** Runs of pass one that may carry words of a headline or a sentence's opening, settled last. */
  private readonly doubtful: Array<{ run: NameRun; at: number; headline: boolean }> = [];
  /** Person and organisation mentions outside quotations, in text order, for pronouns and role nouns. */
  private readonly mentions: Array<{ at: number; entity: Entity }> = [];
  private lastPerson: Entity | null = null;
  private lastPersonAt = 0;
  /** The last person a cue attributed words to (pass two): "she said" most often means them. */
  private lastSpeaker: Entity | null = null;

  /** Words seen capitalised inside a sentence or inside a longer name: they are names, not sentence openers. */
  private readonly nameWords = new Set<string>();

  confirmNameWords(words: string[]): void {
    for (const word of words) this.nameWords.add(word);
  }

  /** A run of several words is a name; a single word only when the article also capitalises it mid-sentence. */
  isName(run: NameRun): boolean {
    return run.words.length > 1 || run.titleWords.length > 0 || this.nameWords.has(run.words[0]!);
  }

  /** Adds words that describe an entity (bounded per entity). */
  describe(entity: Entity, words: string[]): void {
    for (const word of words) {
      if (entity.descriptors.size >= 64) return;
      entity.descriptors.add(word);
    }
  }

  /**
   * The article's own spelling of words read from capitals ("MACCALLUM" → "MacCallum"): the words
   * of a known name ending with the same word, matched without case; else the words as given.
   */
  spelling(words: string[]): string[] {
    const lower = words.map((w) => w.toLowerCase());
    const forms = this.byLastWord.get(lower[lower.length - 1]!) ?? [];
    for (const form of forms) {
      const formWords = form.name.split(' ');
      const spelled = lower.map((w) => formWords.find((f) => f.toLowerCase() === w));
      if (spelled.every((w) => w !== undefined)) return spelled as string[];
    }
    return words;
  }

  noteSpeaker(entity: Entity): void {
    entity.spoke = true;
    if (entity.kind === 'person') this.lastSpeaker = entity;
  }

  /** The nearest earlier entity described by a role noun: "the spokeswoman", "the authority", "the union". */
  resolveRoleNoun(noun: string, at: number): Entity | null {
    const singular = noun.replace(/s$/, '');
    let described: Entity | null = null;
    let looked = 0;
    for (let i = this.lastIndexBefore(at); i >= 0 && looked < 200; i--, looked++) {
      const entity = this.mentions[i]!.entity;
      // An organisation named by the noun ("the union": Calder Dockworkers Union) wins over a person it describes.
      const words = entity.name.toLowerCase().split(' ');
      if (entity.kind === 'organisation' && (words.includes(noun) || words.includes(singular)))
        return entity;
      if (!described && (entity.descriptors.has(noun) || entity.descriptors.has(singular)))
        described = entity;
    }
    return described;
  }

  /**
   * Records a run seen in the text (pass one). A doubtful run waits until every plain run is known:
   * - one that opens a sentence led by a word the article writes in lower case ("Rival Hillary
   *   Clinton’s campaign", "(See Sexton’s timeline") is the longest known name left once such
   *   words are dropped from its front;
   * - one in a headline (`headline`: a sentence in Title Case, "Black Lawmakers Rip Donald Trump")
   *   is the shortest tail of it that ends with a known name, with any first names before it;
   * and else itself.
   */
  observe(run: NameRun, at: number, place: RunPlace = 'inside'): Entity | null {
    if (this.isDoubtful(run, place)) {
      this.doubtful.push({ run, at, headline: place === 'headline' });
      return null;
    }
    return this.record(run, at);
  }

  /** Ends pass one: settles the doubtful runs and puts the mentions back in text order. */
  settle(): void {
    for (const { run, at, headline } of this.doubtful) {
      const known = this.knownTail(run, at, headline);
      if (known) {
        known.mentions++;
        this.mentions.push({ at, entity: known });
      } else this.record(run, at);
    }
    this.doubtful.length = 0;
    this.mentions.sort((a, b) => a.at - b.at);
  }

  private isDoubtful(run: NameRun, place: RunPlace): boolean {
    if (run.words.length < 2 || run.titleWords.length > 0 || run.kind !== 'person') return false;
    return place === 'headline' || (place === 'opening' && this.isCommon(run.words[0]!));
  }

  /** A capitalised word the article also writes in lower case, and no first name ("Will", "Mark"). */
  private isCommon(word: string): boolean {
    return this.lowerWords.has(word.toLowerCase()) && !firstNameGender(word);
  }

  /** The known entity a doubtful run names (see `observe`); else null. */
  private knownTail(run: NameRun, at: number, headline: boolean): Entity | null {
    const key = run.words[run.words.length - 1]!.toLowerCase();
    const forms = this.byLastWord.get(key);
    if (!forms || forms.length === 0) return null;
    if (!headline) {
      // Only a name known exactly: "Grace Mugabe" opening a sentence is no "Mugabe" of another name.
      for (let from = 1; from < run.words.length && this.isCommon(run.words[from - 1]!); from++) {
        const name = run.words.slice(from).join(' ');
        const found = forms.find((f) => f.name === name);
        if (found) return found;
      }
      return null;
    }
    const known = (from: number): Entity | undefined => {
      const words = run.words.slice(from);
      const name = words.join(' ');
      return (
        forms.find((f) => f.name === name) ??
        this.resolveForms(forms, { ...run, words, nameFrom: run.nameFrom + from }, at)
      );
    };
    let from = 1;
    let found = known(from);
    while (!found && ++from < run.words.length) found = known(from);
    if (!found) return null;
    // "Joe Scarborough" in a headline, "Scarborough" in the text: the first name stays.
    let start = from;
    while (
      start > 0 &&
      (firstNameGender(run.words[start - 1]!) || /^\p{Lu}\.$/u.test(run.words[start - 1]!))
    )
      start--;
    if (start === 0) return null;
    if (start === from) return found;
    return this.register(
      { ...run, words: run.words.slice(start), nameFrom: run.nameFrom + start },
      at,
    );
  }

  private record(run: NameRun, at: number): Entity | null {
    const entity = this.register(run, at);
    if (entity) {
      entity.mentions++;
      this.mentions.push({ at, entity });
      if (entity.kind === 'person') {
        this.lastPerson = entity;
        this.lastPersonAt = at;
      }
    }
    return entity;
  }

  /** A gendered pronoun after a person mention is evidence of that person's gender. */
  observePronoun(gender: Gender, at: number): void {
    const person = this.lastPerson;
    // Only a pronoun in the same paragraph as the mention is evidence; across paragraphs the subject shifts.
    if (!person || Math.floor(at / 1e9) !== Math.floor(this.lastPersonAt / 1e9)) return;
    if (gender === 'male') person.maleVotes++;
    else person.femaleVotes++;
  }

  private register(run: NameRun, at: number): Entity | null {
    const key = run.words[run.words.length - 1]!.toLowerCase();
    const name = run.words.join(' ');
    const forms = this.byLastWord.get(key) ?? [];
    const known = forms.find((f) => f.name === name) ?? this.resolveForms(forms, run, at);
    const titleGender = run.titleWords
      .map((w) => GENDERED_TITLES.get(w))
      .find((g) => g !== undefined);
    if (known) {
      if (run.words.length >= 2 && name.length > known.name.length && known.kind === run.kind)
        known.name = name;
      if (!known.gender) known.gender = titleGender ?? genderOfName(run.words);
      return known;
    }
    if (forms.length >= MAX_FORMS_PER_KEY) return null;
    const entity: Entity = {
      name,
      kind: run.kind,
      media: run.kind === 'organisation' && run.words.some((w) => MEDIA_WORDS.has(w.toLowerCase())),
      gender: run.kind === 'person' ? (titleGender ?? genderOfName(run.words)) : undefined,
      maleVotes: 0,
      femaleVotes: 0,
      mentions: 0,
      firstSeen: at,
      descriptors: new Set(run.words.map((w) => w.toLowerCase())),
      spoke: false,
    };
    forms.push(entity);
    this.byLastWord.set(key, forms);
    return entity;
  }

  /** Finds the entity a (possibly shorter) run refers to: same last word, compatible first words. */
  private resolveForms(forms: Entity[], run: NameRun, at: number): Entity | undefined {
    const titleGender = run.titleWords
      .map((w) => GENDERED_TITLES.get(w))
      .find((g) => g !== undefined);
    let best: Entity | undefined;
    for (const form of forms) {
      if (form.kind !== run.kind) continue;
      const formWords = form.name.split(' ');
      if (!run.words.every((w) => formWords.includes(w))) continue;
      if (titleGender && genderOf(form) && genderOf(form) !== titleGender) continue;
      if (!best || score(form, at) > score(best, at)) best = form;
    }
    return best;
  }

  /** The entity a name run refers to (pass two); registers it if unseen. */
  resolveRun(run: NameRun, at: number, place: RunPlace = 'inside'): Entity | null {
    const key = run.words[run.words.length - 1]!.toLowerCase();
    const forms = this.byLastWord.get(key) ?? [];
    const name = run.words.join(' ');
    const exact = forms.find((f) => f.name === name && run.words.length > 1);
    if (exact) return exact;
    if (this.isDoubtful(run, place)) {
      const known = this.knownTail(run, at, place === 'headline');
      if (known) return known;
    }
    return this.resolveForms(forms, run, at) ?? this.register(run, at);
  }

  /** The nearest earlier person whose gender is compatible, for "he said" / "she wrote". */
  resolvePronoun(gender: Gender, at: number): Entity | null {
    const speaker = this.lastSpeaker;
    // "he" and "she" are a person's, never an organisation's ("Lucent Technologies").
    if (speaker && speaker.kind === 'person' && compatible(speaker, gender)) return speaker;
    // The nearest compatible person who has spoken or whose gender is known; else the nearest compatible name.
    let fallback: Entity | null = null;
    let looked = 0;
    for (let i = this.lastIndexBefore(at); i >= 0 && looked < 60; i--, looked++) {
      const entity = this.mentions[i]!.entity;
      if (entity.kind !== 'person' || !compatible(entity, gender)) continue;
      if (entity.spoke || genderOf(entity) === gender) return entity;
      if (!fallback) fallback = entity;
    }
    return fallback;
  }

  /** The nearest earlier news organisation, for "the paper reported". */
  resolveMedia(at: number): Entity | null {
    let looked = 0;
    for (let i = this.lastIndexBefore(at); i >= 0 && looked < 200; i--, looked++) {
      const entity = this.mentions[i]!.entity;
      if (entity.media) return entity;
    }
    return null;
  }

  /** Binary search: mentions are recorded in text order. */
  private lastIndexBefore(at: number): number {
    let low = 0;
    let high = this.mentions.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (this.mentions[mid]!.at < at) low = mid + 1;
      else high = mid;
    }
    return low - 1;
  }
}

function score(entity: Entity, at: number): number {
  return (entity.firstSeen < at ? 1e6 : 0) + entity.name.length * 1000 + entity.mentions;
}

function compatible(entity: Entity, gender: Gender): boolean {
  // "Critics", "Supporters" opening a sentence: a body of people, never one "he" or "she".
  if (isPluralRole(entity.name)) return false;
  const known = genderOf(entity);
  return known === undefined || known === gender;
}

export function genderOf(entity: Entity): Gender | undefined {
  if (entity.gender) return entity.gender;
  if (entity.maleVotes > entity.femaleVotes) return 'male';
  if (entity.femaleVotes > entity.maleVotes) return 'female';
  return undefined;
}

function genderOfName(words: string[]): Gender | undefined {
  return words.length >= 2 ? firstNameGender(words[0]!) : undefined;
}
