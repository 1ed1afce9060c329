/**
 * Interview transcripts: paragraphs that open with a speaker's label and a colon.
 *
 *   WALLACE: Let’s start with breaking news on the debate story. …
 *   PENCE: Well, look, Hillary Clinton apparently thinks this is an episode of “Shark Tank.” …
 *
 * Each such turn is a direct quotation of the labelled speaker, marks or no marks. A label alone
 * proves little ("Poll: …", "Sanders: Win in a walk.", "Iowa: Tim Albrecht, Brad Anderson …"), so
 * the article counts as a transcript only when at least three paragraphs carry labels of at least
 * two different speakers, one of them speaking twice, and some turn speaks in the first or second
 * person ("I", "we", "you": an explainer's "Clinton: She supports …" speaks of her). "Q: …" is an
 * interviewer's turn: it counts as a voice but names no one. A label counts towards that only when it
 * names a person (a name the article also uses in its prose, or capitals throughout used for two
 * turns) and its turn reads as speech (eight words or more, not opening with a figure, not a
 * headline in capitals). Once the article is a transcript, every turn of a person counts, short
 * ones too.
 */
import type { ParagraphMarks } from './marks.js';
import { tokenize } from './tokens.js';
import { ArticleEntities, nameRunStartingAt, position, type NameRun } from './entities.js';
import { isPlaceName } from './names.js';

export interface TranscriptTurn {
  /** The label as written: "WALLACE", "Chris Matthews". */
  label: string;
  /** The speaker's fullest name in the article. */
  speaker: string;
  /** Offsets of the words spoken, after the label and colon; end exclusive, marks left out. */
  start: number;
  end: number;
}

interface Label {
  label: string;
  run: NameRun;
  capitals: boolean;
  start: number;
  words: number;
  /** Most of the turn's words capitalised: a headline, not speech. */
  headline: boolean;
  /** The turn says "I", "we" or "you": someone speaking. */
  firstPerson: boolean;
  /** Lower-cased last word of the label: "Chris Matthews" and "Matthews" are one speaker. */
  key: string;
}

/** An opening mark, then one to three capitalised words and a colon at the paragraph's start. */
const LABEL =
  /^\s*(?:(?:''|["“”])\s*)?((?:\p{Lu}[\p{L}’'.-]*\s+){0,2}\p{Lu}[\p{L}’'.-]*):\s+(?=\S)/u;
const QUESTION = /^\s*(?:(?:''|["“”])\s*)?Q:\s+(?=\S)/;
const MIN_TURN_WORDS = 8;
const FIRST_PERSON = new Set(['i', 'we', 'you', 'me', 'us', 'my', 'our', 'your']);
const MIN_LABELLED = 3;

/** The turns of an article's paragraphs, by paragraph index; empty when it is no transcript. */
export function transcriptTurns(
  paragraphs: Array<{ text: string; marks: ParagraphMarks }>,
  entities: ArticleEntities,
): Map<number, TranscriptTurn> {
  const labels = paragraphs.map((p) => labelOf(p.text));
  // "Q: …" is the interviewer's turn: it counts towards a dialogue but has no speaker to name.
  const questions = paragraphs.filter((p) => QUESTION.test(p.text)).length;
  const uses = new Map<string, number>();
  for (const label of labels) if (label) uses.set(label.key, (uses.get(label.key) ?? 0) + 1);
  const speakers = new Set<string>();
  let labelled = 0;
  for (const label of labels) {
    if (!label || label.headline) continue;
    labelled++;
    const person =
      entities.isName(label.run) || (label.capitals && (uses.get(label.key) ?? 0) >= 2);
    if (person && label.words >= MIN_TURN_WORDS) speakers.add(label.key);
  }
  const turns = new Map<number, TranscriptTurn>();
  // A dialogue goes back and forth: someone speaks twice. Section headings ("Jeb Bush: Student
  // loans …", "Marco Rubio: Retirement accounts …") name each person once.
  const dialogue = [...speakers].some((key) => (uses.get(key) ?? 0) >= 2);
  // Speakers say "I", "we" or "you"; an explainer ("Clinton: She supports …") speaks of them.
  const spoken = labels.some((label) => label?.firstPerson);
  const voices = speakers.size + (questions > 0 ? 1 : 0);
  if (labelled + questions < MIN_LABELLED || voices < 2 || !(dialogue || questions > 1) || !spoken)
    return turns;
  labels.forEach((label, index) => {
    if (!label || label.headline) return;
    // "CLINTON: I feel …" speaks once but is a name; "VIDEO: …" is none.
    if (!speakers.has(label.key) && !entities.isName(label.run)) return;
    const { text, marks } = paragraphs[index]!;
    // "MACCALLUM" is the article's "MacCallum".
    const run = label.capitals
      ? { ...label.run, words: entities.spelling(label.run.words) }
      : label.run;
    const entity = entities.resolveRun(run, position(index, label.start));
    if (!entity) return;
    entities.noteSpeaker(entity);
    // A paragraph wrapped in one pair of marks ends before its closing mark.
    const wrapper = marks.opensWithMark ? marks.spans[0] : undefined;
    let end =
      wrapper?.closed && text.slice(wrapper.close).trim() === '' ? wrapper.end : text.length;
    while (end > label.start && /\s/.test(text[end - 1]!)) end--;
    turns.set(index, { label: label.label, speaker: entity.name, start: label.start, end });
  });
  return turns;
}

function labelOf(text: string): Label | null {
  const match = LABEL.exec(text);
  if (!match) return null;
  const label = match[1]!;
  // "Q: …", "A: …": an interviewer or an answer, not a name.
  if (label.length < 2) return null;
  const capitals = !/\p{Ll}/u.test(label);
  // "PENCE" is read as the name "Pence".
  const asName = capitals
    ? label.replace(/\p{Lu}+/gu, (w) => w[0]! + w.slice(1).toLowerCase())
    : label;
  const tokens = tokenize(asName, []);
  const run = nameRunStartingAt(tokens, 0, tokens.length);
  if (
    !run ||
    run.from !== 0 ||
    run.to !== tokens.length ||
    run.kind !== 'person' ||
    isPlaceName(run.words)
  )
    return null;
  const start = match[0].length;
  const rest = text.slice(start);
  if (/^\p{N}/u.test(rest)) return null;
  const all = rest.match(/[\p{L}\p{N}]+/gu) ?? [];
  const words = all.length;
  // "Pence: Gennifer Flowers Won’t Be at Debate, Trump Was ‘Mocking’ Clinton Camp." is a headline.
  const capitalised = all.filter((w) => /^\p{Lu}/u.test(w)).length;
  const firstPerson = all.some((w) => FIRST_PERSON.has(w.toLowerCase()));
  const headline = words >= 3 && capitalised >= 0.6 * words;
  return {
    label,
    run,
    capitals,
    start,
    words,
    headline,
    firstPerson,
    key: run.words[run.words.length - 1]!.toLowerCase(),
  };
}
