import type { LatencySummary } from './latency.js';
import type { EngineResult } from './result.js';

type Row = EngineResult & { coldStartMs: number | null };

/** The targets for Archivist, by scale: at scale 1 and at larger scales. */
function targets(scale: number) {
  return scale === 1
    ? { p50: 1, p99: 10, autocompleteP99: 5, indexS: 10, heapMB: 150, coldS: 1 }
    : { p50: null, p99: 50, autocompleteP99: 50, indexS: null, heapMB: 1536, coldS: 10 };
}

const fixed = (value: number | null, digits: number) =>
  value === null ? '-' : value.toFixed(digits);
const latency = (summary: LatencySummary) =>
  `${fixed(summary.p50, 2)}/${fixed(summary.p99, 1)}/${fixed(summary.max, 0)}`;

function check(label: string, value: number, limit: number | null): string | null {
  if (limit === null) return null;
  return `${label} ${value.toFixed(2)} ${value <= limit ? '≤' : '>'} ${limit} ${value <= limit ? 'ok' : 'MISSED'}`;
}

export function formatTable(rows: Row[], options: { scale: number; quick: boolean }): string {
  const header = [
    'engine',
    'passages',
    'parse s',
    'quotes s',
    'index s',
    'MB/s',
    'heap MB',
    'snap MB',
    'cold s',
    'search p50/p99/max ms',
    'who-said p50/p99/max ms',
    'autocompl. p50/p99/max ms',
    'who-said top-1',
  ];
  const cells = rows.map((row) => [
    row.engine,
    String(row.passages),
    fixed(row.parseMs / 1000, 1),
    fixed(row.analysisMs / 1000, 1),
    fixed(row.indexMs / 1000, 1),
    fixed(row.indexMBps, 2),
    fixed(row.heapMB, 0),
    fixed(row.snapshotMB, 1),
    fixed(row.coldStartMs === null ? null : row.coldStartMs / 1000, 2),
    latency(row.search),
    latency(row.whoSaid),
    latency(row.autocomplete),
    `${(row.whoSaidTop1 * 100).toFixed(1)}% (typo ${(row.whoSaidTop1Typo * 100).toFixed(1)}%)`,
  ]);
  const widths = header.map((title, column) =>
    Math.max(title.length, ...cells.map((row) => row[column]?.length ?? 0)),
  );
  const line = (row: string[]) =>
    row.map((cell, column) => cell.padEnd(widths[column] ?? 0)).join('  ');
  const lines = [
    `scale ${options.scale}${options.quick ? ' (quick subset)' : ''}; heap after a forced GC with passage text loaded; latencies over ${rows[0]?.search.queries ?? 0} queries per workload, no warm-up`,
    line(header),
    ...cells.map(line),
    '',
    'How each engine runs the workloads (peers use default options over passage text):',
    ...rows.map(
      (row) =>
        `  ${row.engine}: who-said as ${row.modes.whoSaid}; autocomplete as ${row.modes.autocomplete}`,
    ),
    'who-said top-1: the top answer contains the original fragment; for archivist, answered by an attributed quotation:',
    ...rows
      .filter((row) => row.engine === 'archivist')
      .map((row) => `  archivist quotation top-1 ${(row.whoSaidTop1Quotation * 100).toFixed(1)}%`),
  ];
  const archivist = rows.find((row) => row.engine === 'archivist');
  if (archivist) {
    const limits = targets(options.scale);
    const checks = [
      check('search p50 ms', archivist.search.p50, limits.p50),
      check('search p99 ms', archivist.search.p99, limits.p99),
      check('who-said p50 ms', archivist.whoSaid.p50, limits.p50),
      check('who-said p99 ms', archivist.whoSaid.p99, limits.p99),
      check('autocomplete p99 ms', archivist.autocomplete.p99, limits.autocompleteP99),
      check('index build s', archivist.indexMs / 1000, limits.indexS),
      check('heap MB', archivist.heapMB, limits.heapMB),
      archivist.coldStartMs === null
        ? null
        : check('cold start s', archivist.coldStartMs / 1000, limits.coldS),
    ].filter((entry): entry is string => entry !== null);
    lines.push(`Targets at scale ${options.scale}:`, ...checks.map((entry) => `  ${entry}`));
  }
  return lines.join('\n');
}
