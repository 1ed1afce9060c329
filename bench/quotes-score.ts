/**
 * Breakdowns the official scorer (/work/shared/eval/score_quotes.py) does not print, computed with
 * its matching rules (word multisets, Dice ≥ threshold, one-to-one greedy by best Dice): precision of
 * the quotations marked direct, speaker accuracy on direct quotations, and counts of error classes.
 *
 *   npx tsx bench/quotes-score.ts GOLD.jsonl PRED.jsonl [THRESHOLD]
 */
import { readFileSync } from 'node:fs';

interface GoldQuote {
  quote: string;
  mention: string;
  direct: boolean;
}
interface PredQuote {
  file: string;
  quote: string;
  speaker: string | null;
  mention: string | null;
  direct: boolean;
  paragraph: number;
  start: number;
  end: number;
}

const [goldFile, predFile, thresholdArg] = process.argv.slice(2);
if (!goldFile || !predFile) {
  process.stderr.write('usage: quotes-score.ts GOLD.jsonl PRED.jsonl [THRESHOLD]\n');
  process.exit(2);
}
const threshold = Number(thresholdArg ?? '0.3');
const PRONOUNS = new Set([
  'he',
  'she',
  'they',
  'i',
  'we',
  'it',
  'you',
  'him',
  'her',
  'them',
  'his',
  'their',
  'who',
  'which',
  'that',
]);

const words = (s: string | null): string[] =>
  (s ?? '')
    .toLowerCase()
    .replace(/’/g, "'")
    .match(/[a-z0-9']+/g) ?? [];

function dice(g: string[], p: string[]): number {
  if (g.length === 0 || p.length === 0) return 0;
  const counts = new Map<string, number>();
  for (const w of g) counts.set(w, (counts.get(w) ?? 0) + 1);
  let shared = 0;
  for (const w of p) {
    const left = counts.get(w) ?? 0;
    if (left > 0) {
      shared++;
      counts.set(w, left - 1);
    }
  }
  return (2 * shared) / (g.length + p.length);
}

/** The scorer's lenient rule: the gold mention's last capitalised word is in our speaker or mention. */
function speakerRight(gold: GoldQuote, pred: PredQuote): boolean | null {
  const capitals = (gold.mention.match(/[A-Z][\w'’.-]+/g) ?? []).filter(
    (w) => !PRONOUNS.has(w.toLowerCase()),
  );
  if (capitals.length === 0) return null;
  const key = words(capitals[capitals.length - 1]!).pop();
  if (!key) return false;
  const strip = (w: string): string => w.replace(/['s]+$/, '');
  const hay = [...words(pred.speaker), ...words(pred.mention)].map(strip);
  return hay.includes(strip(key));
}

const gold = new Map<string, GoldQuote[]>();
for (const line of readFileSync(goldFile, 'utf8').split('\n')) {
  if (!line.trim()) continue;
  const record = JSON.parse(line) as { file: string; quotes: GoldQuote[] };
  gold.set(record.file, record.quotes);
}
const predicted = new Map<string, PredQuote[]>();
for (const line of readFileSync(predFile, 'utf8').split('\n')) {
  if (!line.trim()) continue;
  const record = JSON.parse(line) as PredQuote;
  predicted.set(record.file, [...(predicted.get(record.file) ?? []), record]);
}

const tally = {
  directPredicted: 0,
  directMatched: 0,
  embeddedUnmatched: 0,
  shortUnmatched: 0,
  noSpeakerUnmatched: 0,
  otherUnmatched: 0,
  speakerScored: 0,
  speakerRight: 0,
  speakerMissing: 0,
  goldDirect: 0,
  goldDirectFound: 0,
};
for (const [file, goldQuotes] of gold) {
  const preds = predicted.get(file) ?? [];
  const candidates: Array<[number, number, number]> = [];
  goldQuotes.forEach((g, i) => {
    const gw = words(g.quote);
    preds.forEach((p, j) => {
      const d = dice(gw, words(p.quote));
      if (d >= threshold) candidates.push([d, i, j]);
    });
  });
  candidates.sort((a, b) => b[0] - a[0] || b[1] - a[1] || b[2] - a[2]);
  const goldUsed = new Map<number, number>();
  const predUsed = new Map<number, number>();
  for (const [, i, j] of candidates) {
    if (goldUsed.has(i) || predUsed.has(j)) continue;
    goldUsed.set(i, j);
    predUsed.set(j, i);
  }
  goldQuotes.forEach((g, i) => {
    if (!g.direct) return;
    tally.goldDirect++;
    if (goldUsed.has(i)) tally.goldDirectFound++;
  });
  preds.forEach((p, j) => {
    if (!p.direct) return;
    tally.directPredicted++;
    const i = predUsed.get(j);
    if (i !== undefined) {
      tally.directMatched++;
      const right = speakerRight(goldQuotes[i]!, p);
      if (right !== null) {
        tally.speakerScored++;
        if (right) tally.speakerRight++;
        else if (!p.speaker) tally.speakerMissing++;
      }
      return;
    }
    const embedded = preds.some(
      (o) => !o.direct && o.paragraph === p.paragraph && o.start <= p.start && o.end >= p.end,
    );
    if (embedded) tally.embeddedUnmatched++;
    else if (words(p.quote).length <= 3) tally.shortUnmatched++;
    else if (!p.speaker) tally.noSpeakerUnmatched++;
    else tally.otherUnmatched++;
  });
}

const ratio = (a: number, b: number): string => (b === 0 ? 'n/a' : (a / b).toFixed(3));
const unmatched = tally.directPredicted - tally.directMatched;
console.log(`dice >= ${threshold}`);
console.log(
  `direct precision ${ratio(tally.directMatched, tally.directPredicted)} (${tally.directMatched}/${tally.directPredicted})`,
);
console.log(
  `direct precision, partial quotes inside our own reported speech left out ` +
    `${ratio(tally.directMatched, tally.directPredicted - tally.embeddedUnmatched)}`,
);
console.log(
  `direct recall ${ratio(tally.goldDirectFound, tally.goldDirect)} (${tally.goldDirectFound}/${tally.goldDirect})`,
);
console.log(
  `speaker accuracy on matched direct quotations (lenient) ${ratio(tally.speakerRight, tally.speakerScored)} ` +
    `(${tally.speakerRight}/${tally.speakerScored}; ${tally.speakerMissing} wrong ones have no speaker)`,
);
console.log(
  `unmatched direct (${unmatched}): inside our reported speech ${tally.embeddedUnmatched}, ` +
    `<= 3 words ${tally.shortUnmatched}, no speaker ${tally.noSpeakerUnmatched}, other ${tally.otherUnmatched}`,
);
