/**
 * Attribution units: the quotations of an article grouped the way news annotators (PolNeAR) count
 * attributions, for output that is scored or read one line per attribution.
 *
 * analyseArticle keeps each quoted piece apart, so that a reader is shown only spoken words. Here:
 * - consecutive direct pieces of one paragraph that continue one attribution ("“A,” said Welch. “B.”")
 *   become one unit whose text is the pieces joined by a space (or the joiner given, such as " … "
 *   where the text is shown), and whose start/end run from the first piece's start to the last
 *   piece's end; but when the paragraphs are given, a piece with a cue of its own after it ("“A,”
 *   she said. “B,” she said.") starts a unit of its own;
 * - a direct piece inside a reported clause of the same speaker ("said the levy was “a tax” and …")
 *   belongs to that clause, which becomes a direct unit because it holds quoted words.
 */
import type { Quotation } from './types.js';
import { isAbbreviation } from './tokens.js';

export function attributionUnits(
  quotations: Quotation[],
  paragraphs: string[] = [],
  joiner = ' ',
): Quotation[] {
  const holders = new Set<Quotation>();
  const kept: Quotation[] = [];
  for (let i = 0; i < quotations.length; i++) {
    const q = quotations[i]!;
    const holder = q.direct ? reportedClauseHolding(quotations, i) : undefined;
    if (holder) holders.add(holder);
    else kept.push(q);
  }
  const units: Quotation[] = [];
  let lastHeld = false;
  for (const q of kept) {
    const held = holders.has(q);
    const unit = held ? { ...q, direct: true } : q;
    const last = units[units.length - 1];
    // A reported clause holding quoted words is an attribution of its own: "told the AP, hinting
    // that “personnel changes” could come. “Every single thing …”" is two.
    if (
      last !== undefined &&
      !held &&
      !lastHeld &&
      continuesAttribution(last, unit) &&
      !ownCue(last, unit, paragraphs[unit.paragraph - 1] ?? '')
    )
      units[units.length - 1] = {
        ...last,
        text: `${last.text}${joiner}${unit.text}`,
        end: unit.end,
      };
    else units.push(unit);
    lastHeld = held;
  }
  return units;
}

/**
 * Quotations come sorted by paragraph and offset, and a reported clause precedes the pieces it
 * holds, so the holder is found by looking back over the few quotations of the same paragraph.
 */
function reportedClauseHolding(quotations: Quotation[], at: number): Quotation | undefined {
  const piece = quotations[at]!;
  for (let i = at - 1; i >= 0 && at - i <= LOOK_BACK; i--) {
    const other = quotations[i]!;
    if (other.paragraph !== piece.paragraph) return undefined;
    if (
      !other.direct &&
      other.start <= piece.start &&
      other.end >= piece.end &&
      other.speaker === piece.speaker
    )
      return other;
  }
  return undefined;
}

/** Reported clauses and their pieces sit close together; a long run of pieces is not searched. */
const LOOK_BACK = 16;

function continuesAttribution(last: Quotation, next: Quotation): boolean {
  return (
    last.direct &&
    next.direct &&
    last.paragraph === next.paragraph &&
    // A speaker the article names only by a role ("a longtime adviser to Trump"), or by words that
    // resolve to no one ("they"), speaks on too.
    (last.speaker ?? last.role ?? last.mention) !== null &&
    last.speaker === next.speaker &&
    last.role === next.role &&
    last.mention === next.mention &&
    last.cue === next.cue
  );
}

/**
 * "“A,” she said. “B,” she said.": the next piece has a cue of its own, the same word as the one
 * between the two pieces, after it in its sentence, or the cue stands twice between them; it is a
 * second attribution.
 */
function ownCue(last: Quotation, next: Quotation, paragraph: string): boolean {
  const cue = last.cue;
  if (!cue || !paragraph) return false;
  const word = new RegExp(
    `(?:^|[^\\p{L}])${cue.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}])`,
    'giu',
  );
  const between = paragraph.slice(last.end, next.start);
  // "“A” …, he said. Asked …, he said, “B.”": a cue for each piece between them, the second right
  // before the next piece ("“A,” Smith said, having said so before. “B.”" is one).
  if ((between.match(word)?.length ?? 0) >= 2 && introduces(between, cue)) return true;
  // A piece that ends its sentence has no cue after it in that sentence.
  if (/[.!?]$/.test(next.text.trimEnd())) return false;
  // Past the piece's own closing mark, up to the next quotation or the sentence's end.
  const after = sentenceRest(
    paragraph.slice(next.end, next.end + OWN_CUE_WINDOW).replace(/^[\s,;:”’"'»]+/u, ''),
  );
  return between.search(word) >= 0 && after.search(word) >= 0;
}

/**
 * Text up to the next opening mark or the end of its sentence. A period after an abbreviation ends
 * nothing: in "“B,” Mr. Elkins said." the cue after the piece is "said", past "Mr.".
 */
function sentenceRest(text: string): string {
  const mark = text.search(/[“"‘«]/u);
  const upTo = mark < 0 ? text : text.slice(0, mark);
  for (const end of upTo.matchAll(/([\p{L}\p{N}]*)[.!?](?=\s|$)/gu)) {
    if (end[0].endsWith('.') && isAbbreviation(end[1]!)) continue;
    return upTo.slice(0, end.index + end[0].length - 1);
  }
  return upTo;
}

/** Whether the text before a piece ends with the cue, perhaps a comma or colon, and its opening mark. */
function introduces(before: string, cue: string): boolean {
  const tail = before
    .replace(/[\s“"‘'«]+$/u, '')
    .replace(/[,:]$/, '')
    .trimEnd();
  return tail.toLowerCase().endsWith(cue.toLowerCase());
}

/** How far after a piece its own cue is looked for, in characters. */
const OWN_CUE_WINDOW = 60;
