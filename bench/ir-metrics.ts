/**
 * Ranking metrics with trec_eval's definitions: `map` over the top 1000 and
 * `ndcg_cut_10` with the judged grade as the gain and log2(rank + 1) as the
 * discount. Means are taken over every judged query (trec_eval -c), so a query
 * that retrieves nothing counts as 0 instead of being left out.
 */

export const MAP_DEPTH = 1000;

/** Average precision of a ranked list of document ids against graded judgments. */
export function averagePrecision(
  ranked: readonly string[],
  judged: ReadonlyMap<string, number>,
): number {
  let relevantCount = 0;
  for (const grade of judged.values()) if (grade > 0) relevantCount += 1;
  if (relevantCount === 0) return 0;
  let found = 0;
  let precisionSum = 0;
  const depth = Math.min(ranked.length, MAP_DEPTH);
  for (let rank = 1; rank <= depth; rank += 1) {
    if ((judged.get(ranked[rank - 1] ?? '') ?? 0) > 0) {
      found += 1;
      precisionSum += found / rank;
    }
  }
  return precisionSum / relevantCount;
}

export function ndcgAt(
  ranked: readonly string[],
  judged: ReadonlyMap<string, number>,
  cutoff: number,
): number {
  const discount = (rank: number) => Math.log2(rank + 1);
  let dcg = 0;
  ranked.slice(0, cutoff).forEach((id, index) => {
    dcg += Math.max(judged.get(id) ?? 0, 0) / discount(index + 1);
  });
  const ideal = [...judged.values()].filter((grade) => grade > 0).sort((a, b) => b - a);
  let idealDcg = 0;
  ideal.slice(0, cutoff).forEach((grade, index) => {
    idealDcg += grade / discount(index + 1);
  });
  return idealDcg === 0 ? 0 : dcg / idealDcg;
}

/**
 * Hand-computed check, run before every evaluation so a broken metric cannot
 * produce plausible figures. Ranking d1 d2 d3 d4; relevant d1 (grade 2),
 * d3 (1) and the unretrieved d5 (3):
 *   AP = (1/1 + 2/3) / 3 = 0.5556
 *   DCG = 2/log2(2) + 1/log2(4) = 2.5; ideal = 3 + 2/log2(3) + 1/log2(4) = 4.7619; nDCG = 0.5250
 */
export function assertMetricsAgreeWithHandComputation(): void {
  const judged = new Map([
    ['d1', 2],
    ['d3', 1],
    ['d5', 3],
    ['d2', 0],
  ]);
  const ranked = ['d1', 'd2', 'd3', 'd4'];
  const ap = averagePrecision(ranked, judged);
  const ndcg = ndcgAt(ranked, judged, 10);
  if (Math.abs(ap - 0.5556) > 1e-4 || Math.abs(ndcg - 0.525) > 1e-4) {
    throw new Error(`IR metrics disagree with the hand-computed example: AP ${ap}, nDCG ${ndcg}`);
  }
}
