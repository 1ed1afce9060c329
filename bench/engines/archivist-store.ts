import { rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { ArchiveStore } from '../../src/search/store.js';
import type { Progress } from '../../src/search/types.js';
import type { BenchEngine } from './engine.js';

const TOP = 10;

/** Archivist through its public API, as the bot calls it. */
export function archivistEngine(store: ArchiveStore): BenchEngine {
  return {
    modes: { whoSaid: 'Archive.whoSaid', autocomplete: 'Archive.people' },
    search: (query) => store.archive.search(query, { limit: TOP }).hits,
    whoSaid: (phrase) => {
      const result = store.archive.whoSaid(phrase, { limit: 1 });
      const answer = result.answers[0];
      if (answer) return { text: answer.quote.text, quotation: true };
      return { text: result.unattributed[0]?.text ?? null, quotation: false };
    },
    autocomplete: (prefix) => store.archive.people(prefix, TOP),
  };
}

export interface ArchivistBuild {
  store: ArchiveStore;
  /** Milliseconds from the start of the build to the first progress of each phase, and to the end. */
  phases: Partial<Record<Progress['phase'], number>>;
  totalMs: number;
  snapshotBytes: number;
}

/** Builds the snapshot from scratch over a data folder, timing the store's own phases. */
export async function buildArchivistSnapshot(
  dataDir: string,
  snapshotPath: string,
): Promise<ArchivistBuild> {
  await rm(snapshotPath, { force: true });
  const phases: ArchivistBuild['phases'] = {};
  const start = performance.now();
  const store = await ArchiveStore.open({
    dataDir,
    snapshotPath,
    onProgress: (progress) => {
      phases[progress.phase] ??= performance.now() - start;
    },
  });
  const totalMs = performance.now() - start;
  return { store, phases, totalMs, snapshotBytes: (await stat(snapshotPath)).size };
}

export function snapshotPathIn(dir: string): string {
  return path.join(dir, 'archive.snapshot');
}
