import { rm, stat } from 'node:fs/promises';
import { ArchiveStore } from '../../src/search/store.js';
import type { Progress } from '../../src/search/types.js';

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
