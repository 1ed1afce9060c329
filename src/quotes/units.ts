/**
 * Attribution units: the quotations of an article grouped the way news annotators (PolNeAR) count
 * attributions, for output that is scored or read one line per attribution.
 *
 * analyseArticle keeps each quoted piece apart, so that a reader is shown only spoken words. Here:
 * - consecutive direct pieces of one paragraph that continue one attribution ("“A,” said Welch. “B.”")
 *   become one unit whose text is the pieces joined by a space, and whose start/end run from the first
 *   piece's start to the last piece's end;
 * - a direct piece inside a reported clause of the same speaker ("said the levy was “a tax” and …")
 *   belongs to that clause, which becomes a direct unit because it holds quoted words.
 */
import type { Quotation } from './types.js';

export function attributionUnits(quotations: Quotation[]): Quotation[] {
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
    if (last !== undefined && !held && !lastHeld && continuesAttribution(last, unit))
      units[units.length - 1] = { ...last, text: `${last.text} ${unit.text}`, end: unit.end };
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
    last.speaker !== null &&
    last.speaker === next.speaker &&
    last.mention === next.mention &&
    last.cue === next.cue
  );
}
