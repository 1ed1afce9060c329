export interface LatencySummary {
  queries: number;
  p50: number;
  p99: number;
  max: number;
  mean: number;
}

/** Nearest-rank percentiles of per-query times, in milliseconds. */
export function summarise(times: number[]): LatencySummary {
  const sorted = [...times].sort((a, b) => a - b);
  const at = (fraction: number) =>
    sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(fraction * sorted.length) - 1))] ?? 0;
  const total = sorted.reduce((sum, time) => sum + time, 0);
  return {
    queries: sorted.length,
    p50: at(0.5),
    p99: at(0.99),
    max: sorted[sorted.length - 1] ?? 0,
    mean: sorted.length ? total / sorted.length : 0,
  };
}

/** Runs each query once, timing it alone; results are kept so the work cannot be optimised away. */
export function timeEach<Q, R>(
  queries: readonly Q[],
  run: (query: Q) => R,
): { times: number[]; results: R[] } {
  const times: number[] = [];
  const results: R[] = [];
  for (const query of queries) {
    const start = performance.now();
    const result = run(query);
    times.push(performance.now() - start);
    results.push(result);
  }
  return { times, results };
}
