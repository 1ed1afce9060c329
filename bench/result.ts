import type { LatencySummary } from './latency.js';

/** Everything one engine's child process measured; one JSON line on its stdout. */
export interface EngineResult {
  engine: string;
  scale: number;
  articles: number;
  passages: number;
  /** UTF-8 bytes of passage text. */
  textMB: number;
  parseMs: number;
  analysisMs: number;
  indexMs: number;
  /** Passage text indexed per second of index building alone. */
  indexMBps: number;
  /** Heap after a forced GC, once the passages are loaded and before the index is built. */
  heapBeforeIndexMB: number;
  heapMB: number;
  rssMB: number;
  snapshotMB: number | null;
  snapshotPath: string | null;
  modes: { whoSaid: string; autocomplete: string };
  search: LatencySummary;
  whoSaid: LatencySummary;
  autocomplete: LatencySummary;
  /** Share of who-said phrases whose top answer contains the original fragment. */
  whoSaidTop1: number;
  whoSaidTop1Typo: number;
  /** Share whose top answer is an attributed quotation containing the fragment (Archivist only). */
  whoSaidTop1Quotation: number;
}

/** Mebibytes, written MB in the table. */
export const MB = 1024 * 1024;
