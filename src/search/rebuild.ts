import { buildSnapshot } from './build.js';
import { snapshotMismatch } from './code-version.js';
import { readSnapshot, writeSnapshot, type Snapshot } from './snapshot.js';
import type { ProgressListener, ReindexReport } from './types.js';

export interface RebuildRequest {
  dataDir: string;
  snapshotPath: string;
  full: boolean;
  maxFileBytes?: number;
}

async function previousSnapshot(request: RebuildRequest): Promise<Snapshot | null> {
  const snapshot = await readSnapshot(request.snapshotPath).catch(() => null);
  return snapshot && snapshotMismatch(snapshot, request.dataDir) === null ? snapshot : null;
}

/**
 * Brings the snapshot file up to date with the folder: only new and changed files are
 * parsed (all of them when full), and the file is replaced atomically, only when
 * something changed. Used by the reindex child process and by `npm run reindex`.
 */
export async function rebuildSnapshot(
  request: RebuildRequest,
  onProgress?: ProgressListener,
): Promise<{ report: ReindexReport; rebuilt: boolean }> {
  const { snapshot, report, rebuilt } = await buildSnapshot({
    dataDir: request.dataDir,
    previous: await previousSnapshot(request),
    full: request.full,
    maxFileBytes: request.maxFileBytes,
    onProgress,
  });
  if (rebuilt) {
    onProgress?.({ phase: 'save', done: 0, total: 1 });
    await writeSnapshot(request.snapshotPath, snapshot);
    onProgress?.({ phase: 'save', done: 1, total: 1 });
  }
  return { report, rebuilt };
}
