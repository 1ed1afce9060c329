/**
 * Resolving a speaker phrase to the fullest name the article uses (or a role, or a bare pronoun),
 * with the role words given beside it; and attributing a cue: finding its subject and resolving it.
 */
import { startsSentence, type Sentence, type Token } from './tokens.js';
import { AMBIGUOUS_BASES, cueEnd, cueWord, type CueWord } from './cues.js';
import {
  type ArticleEntities,
  nameRunEndingAt,
  nameRunStartingAt,
  type NameRun,
  position,
  type Entity,
} from './entities.js';
import {
  BETWEEN_SUBJECT_AND_CUE,
  isPlaceName,
  MEDIA_ROLE_NOUNS,
  ORGANISATION_WORDS,
  OWNED_BODIES,
  PRONOUNS,
  ROLE_NOUNS,
} from './names.js';
import {
  type Attribution,
  CLAUSE_LINKS,
  cueAt,
  DETERMINERS,
  DOCUMENT_NOUNS,
  isBetweenWord,
  NO_ATTRIBUTION,
  type ParagraphView,
  PREPOSITIONS,
  RELATIVE,
  ROLE_COMPLEMENTS,
  runPlace,
  type SpeakerPhrase,
  SPOKEN_NOUNS,
  SUBJECT_WINDOW,
  isAdverb,
} from './view.js';
import {
  appositiveEnd,
  invertedBeforeQuote,
  mainSubject,
  nounPhraseRole,
  openingNameWithComplement,
  openingRole,
  partyTagEnd,
  pastNameComplement,
  phraseAfter,
  sourceAfter,
  subjectOfCue,
} from './phrases.js';

/** The speaker of the cue at token c: its own subject, or for a bare participle the sentence's. */
export function attributeCue(
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
  // "Said Dorothy Poynter, who grew up with Ali, “We were all so proud of him.”", "Stated Stone:":
  // a verb of speech opening its sentence comes before its subject.
  // So does one after a sentence's opening conjunction: "But, said Solovey, “I don’t want …”".
  if (
    cue.form === 'finite' &&
    ((tokens[c]!.capital && startsSentence(tokens, c, sentence)) ||
      afterOpeningLink(tokens, c, sentence))
  ) {
    const inverted = phraseAfter(view, cueEnd(c, cue), sentence.to);
    if (inverted) return resolvePhrase(view, inverted, cue, entities);
  }
  const subject = subjectOfCue(view, c, cue, sentence);
  if (subject) {
    if (cue.form === 'base' && AMBIGUOUS_BASES.has(tokens[c]!.lower) && subject.kind === 'role')
      return NO_ATTRIBUTION;
    return resolvePhrase(view, subject, cue, entities);
  }
  const inverted = invertedBeforeQuote(view, c, cue, sentence.to);
  if (inverted) return resolvePhrase(view, inverted, cue, entities);
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

/** Cues that say the speaker before goes on. */
const CONTINUING_LEMMAS = new Set(['add', 'continue']);

/** Whether token k ends the sentence's words: its end, or a full stop, question or exclamation. */
function closesSentence(tokens: Token[], k: number, sentence: Sentence): boolean {
  return k >= sentence.to || /^[.!?]$/.test(tokens[k]!.text);
}

/** "But, said …", "And said …", "Still, said …": a cue after only an opening link word. */
function afterOpeningLink(tokens: Token[], c: number, sentence: Sentence): boolean {
  let k = c - 1;
  if (tokens[k]?.text === ',') k--;
  return (
    k >= sentence.from && OPENING_LINKS.has(tokens[k]!.lower) && startsSentence(tokens, k, sentence)
  );
}

const OPENING_LINKS = new Set(['but', 'and', 'then', 'still', 'yet', 'so', 'now', 'however']);

/** How many cues back a participle or a coordinated cue looks for the one that governs it. */
const GOVERNING_DEPTH = 4;

/** "Moscow strongly denies": a cue, past adverbs, right after token j's run. */
function subjectOfCueAfter(tokens: Token[], j: number): boolean {
  let k = j;
  while (
    k < tokens.length &&
    k - j < 3 &&
    tokens[k]!.kind === 'word' &&
    (BETWEEN_SUBJECT_AND_CUE.has(tokens[k]!.lower) || isAdverb(tokens[k]!.lower))
  )
    k++;
  return k < tokens.length && cueAt(tokens, k) !== undefined;
}

/** Irregular past verbs that often follow a sentence's subject. */
const PAST_VERBS = new Set([
  'went',
  'made',
  'took',
  'gave',
  'came',
  'got',
  'had',
  'was',
  'met',
  'left',
  'won',
  'lost',
  'ran',
  'sent',
  'spent',
  'sought',
  'began',
]);

/**
 * "Bush went after Trump at the debate, when he called the businessman “unhinged”": a pronoun later
 * in a sentence whose subject is a person's name refers to that subject, if its gender fits.
 */
function sentenceSubject(
  view: ParagraphView,
  at: number,
  gender: 'male' | 'female',
  entities: ArticleEntities,
): Entity | null {
  const { tokens } = view;
  const sentence = view.sentences[view.sentenceOf[at]!]!;
  // "Mr. Trump fits that bill for many people, he added.": "added" after the clause it reports
  // continues the speaker before, and the clause's subject is one of the words reported ("Grayson
  // would continue his push, he said" may be Grayson's own).
  if (
    tokens[at - 1]?.text === ',' &&
    CONTINUING_LEMMAS.has(cueAt(tokens, at + 1)?.lemma ?? '') &&
    closesSentence(tokens, at + 2, sentence)
  )
    return null;
  // "But Fiorina, who had moved from AT&T, tossed …, she wrote": past an opening link word.
  let from = sentence.from;
  if (OPENING_LINKS.has(tokens[from]!.lower)) from++;
  const run = nameRunStartingAt(tokens, from, at);
  if (!run || run.from !== from || at - run.to < 2) return null;
  // The name is the subject of a verb in the past or present: "Bush went", "Trump says", "Fiorina,
  // who had moved from AT&T, tossed".
  const verbAt = pastNameComplement(tokens, run.to, at);
  const verb = tokens[verbAt]!;
  if (verb.kind !== 'word' || verb.capital || /['’]s$/.test(tokens[run.to - 1]!.text)) return null;
  const cue = cueAt(tokens, verbAt);
  if (!(cue || PAST_VERBS.has(verb.lower) || /(?:ed|[^s]s)$/.test(verb.lower))) return null;
  // "Trump supporters booed …": a plural noun after the name, not a verb.
  if (!cue && PLURAL_NOUN.test(verb.lower)) return null;
  if (!entities.isName(run)) return null;
  const start = position(view.index, tokens[run.from]!.start);
  const entity = entities.resolveRun(run, start, 'opening');
  // Someone the article has named before, whose gender its title or first name tells (pronouns
  // are no evidence here: this one would vote for the subject it is tested against).
  if (!entity || entity.kind !== 'person' || entity.firstSeen >= start) return null;
  if (entity.gender !== gender) return null;
  // "Trump mocked Cruz, and Cruz hit back, when he said …": a later name after a comma or a link
  // word may open a clause of its own, whose subject the pronoun may be; then neither is taken.
  for (let i = verbAt + 1; i < at; i++) {
    const token = tokens[i]!;
    if (token.kind !== 'word' || !token.capital) continue;
    const before = tokens[i - 1]!;
    if (!(before.text === ',' || CLAUSE_OPENERS.has(before.lower))) continue;
    const other = nameRunStartingAt(tokens, i, at);
    if (!other || other.from !== i || !entities.isName(other)) continue;
    const found = entities.resolveRun(other, position(view.index, token.start), 'inside');
    if (found && found !== entity && found.kind === 'person' && found.gender === gender)
      return null;
  }
  return entity;
}

/** Plural nouns for people after a name: "Trump supporters", "Sanders aides". */
const PLURAL_NOUN = /(?:ers|ors|ists|ians|ies|ees|ents|ants|aides|allies)$/;

/** Words after which a name may open a clause of its own. */
const CLAUSE_OPENERS = new Set(['and', 'but', 'then', 'while', 'when', 'as', 'that']);

export function resolvePhrase(
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
    if (kind === 'male' || kind === 'female')
      entity =
        sentenceSubject(view, phrase.at, kind, entities) ?? entities.resolvePronoun(kind, at);
    if (entity) entities.noteSpeaker(entity);
  } else if (phrase.kind === 'role') {
    if (MEDIA_ROLE_NOUNS.has(phrase.head)) {
      // "Time magazine reported": a name right before the noun names the publication itself;
      // "a leading French newspaper" and "Berlusconi's paper" do not.
      const run = phrase.run;
      const publication =
        run &&
        view.tokens[run.to]?.lower === phrase.head &&
        !/[’']s$/.test(view.tokens[run.to - 1]!.text) &&
        !isPlaceName(run.words) &&
        !isPlaceName(run.words.slice(0, 1))
          ? entities.resolveRun(run, at, runPlace(view, run.from))
          : null;
      if (publication)
        return {
          speaker: publication.name,
          role: null,
          mention: phrase.mention,
          cue: cueText,
          named: true,
        };
      entity = entities.resolveMedia(at);
    } else if (phrase.run) {
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
      // "said Sen. Sherrod Brown of Ohio, another potential VP choice": an appositive after the
      // home belongs to the mention too.
      const extended = !covered && text.slice(mentionStart, runEnd) === mention;
      if (extended)
        mention = text.slice(
          mentionStart,
          tokens[appositiveEnd(tokens, complementEnd, tokens.length) - 1]!.end,
        );
      if (covered || extended || mention.endsWith(complement))
        role = role ? `${role} ${complement}` : complement;
    }
  }
  if (entity && entity.kind === 'person' && phrase.kind === 'name' && phrase.run)
    mention = jointMention(view, phrase.run, phrase.at, at, entity, mention, entities);
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

/**
 * "Berger and Moore said", "said Ada Quint and Tom Reyes": two people named together speak
 * together. The speaker stays the one the phrase resolved (a quotation has one); the mention
 * names both, as the article does.
 */
function jointMention(
  view: ParagraphView,
  run: NameRun,
  phraseAt: number,
  at: number,
  entity: Entity,
  mention: string,
  entities: ArticleEntities,
): string {
  const { tokens, text } = view;
  // People with full names on both sides: "Office of Management and Budget", "Gulf and Western"
  // and "Farm and Rural America" name one body each.
  if (!entity.name.includes(' ')) return mention;
  const together = (other: NameRun | null): other is NameRun => {
    if (other === null || other.kind !== 'person' || !entities.isName(other)) return false;
    const person = entities.resolveRun(other, at, runPlace(view, other.from));
    return person !== null && person.kind === 'person' && person.name.includes(' ');
  };
  // The mention is the paragraph's own text, ending at the name or after it.
  const start = text.lastIndexOf(mention, tokens[run.to - 1]!.end);
  if (start < 0) return mention;
  const end = start + mention.length;
  if (tokens[phraseAt - 1]?.lower === 'and' && phraseAt >= 2) {
    const before = nameRunEndingAt(tokens, phraseAt - 2, Math.max(0, phraseAt - 8));
    // "Trump attacked Delgado and Okonkwo said": a name after a verb is its object.
    const previous = before ? tokens[before.from - 1] : undefined;
    const object =
      previous?.kind === 'word' && !previous.capital && !ROLE_NOUNS.has(previous.lower);
    if (together(before) && !object)
      return start <= tokens[before.from]!.start
        ? mention
        : text.slice(tokens[before.from]!.start, end);
  }
  if (tokens[run.to]?.lower === 'and' && tokens[run.to - 1]!.end === end) {
    const after = nameRunStartingAt(tokens, run.to + 1, tokens.length);
    const next = after ? tokens[after.to] : undefined;
    if (together(after) && after.from === run.to + 1 && (!next || next.kind === 'punct'))
      return text.slice(start, tokens[after.to - 1]!.end);
  }
  return mention;
}

/**
 * Adjectives that join a role to its complement: "close to", "familiar with", "loyal to". Not
 * "opposed", which is also a verb of stance ("a donor opposed to the plan").
 */
const ROLE_ADJECTIVES = new Set(['close', 'familiar', 'loyal', 'allied', 'sympathetic']);

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
  let k = end + 1;
  // "a person close to the Clintons", "a source familiar with the talks".
  if (
    ROLE_ADJECTIVES.has(tokens[k]?.lower ?? '') &&
    ROLE_COMPLEMENTS.has(tokens[k + 1]?.lower ?? '')
  )
    k++;
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

/** A lower-case word that may describe a home's name: no preposition, article, link or cue. */
function isModifierWord(token: Token | undefined): boolean {
  return (
    token !== undefined &&
    token.kind === 'word' &&
    !token.capital &&
    !PREPOSITIONS.has(token.lower) &&
    !DETERMINERS.has(token.lower) &&
    !CLAUSE_LINKS.has(token.lower) &&
    !RELATIVE.test(token.text) &&
    cueWord(token.lower) === undefined
  );
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
  const { tokens } = view;
  const first = tokens[after];
  if (!first) return after;
  if (first.text === '(') return partyTagEnd(view, after);
  if (first.lower !== 'of') return after;
  let k = after + 1;
  const withArticle = tokens[k]?.lower === 'the';
  if (withArticle) k++;
  // "of digital consulting firm IMGE", "of the non-partisan Rothenberg-Gonzales Political Report":
  // a few words describing the home, when its name ends the clause.
  let named = k;
  while (named - k < 3 && isModifierWord(tokens[named])) named++;
  if (named > k) {
    const home = nameRunStartingAt(tokens, named, Math.min(tokens.length, named + 6));
    if (home?.from === named && home.kind !== 'person' && tokens[home.to]?.kind !== 'word')
      return home.to;
    if (!withArticle) return after;
  }
  let end: number;
  if (tokens[k]?.text === 'New' && tokens[k + 1]?.capital) {
    end = k + 2; // "of New York"
    while (end < tokens.length && end - k < 4 && tokens[end]!.capital) end++;
  } else {
    const place = nameRunStartingAt(tokens, k, Math.min(tokens.length, k + 6));
    // "of Ohio": a state that is also a title word ("Ohio Gov. John Kasich") runs into no name.
    if (!place && tokens[k]?.capital && isPlaceName([tokens[k]!.text])) end = k + 1;
    else {
      if (!place || place.from !== k) return after;
      const known = entities.resolveRun(place, at);
      if (known && known.kind === 'person' && known.name.includes(' ')) return after;
      end = place.to;
    }
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
