/**
 * Child process entry: rebuilds the snapshot of one data folder and exits.
 * The parent keeps answering queries meanwhile; as the snapshot is replaced
 * atomically, killing this process can never leave a damaged one behind.
 */
import { buildSnapshot } from './build.js';
import { readSnapshot, writeSnapshot, type Snapshot } from './snapshot.js';
import type { Progress, ReindexReport } from './types.js';

export interface ReindexRequest {
  dataDir: string;
  snapshotPath: string;
  full: boolean;
  maxFileBytes?: number;
}

export type ReindexMessage =
  | { type: 'progress'; progress: Progress }
  | { type: 'done'; report: ReindexReport; rebuilt: boolean }
  | { type: 'failed'; message: string };

function send(message: ReindexMessage): Promise<void> {
  return new Promise((resolve) => {
    if (!process.send) return resolve();
    process.send(message, () => resolve());
  });
}

async function previousSnapshot(request: ReindexRequest): Promise<Snapshot | null> {
  const snapshot = await readSnapshot(request.snapshotPath).catch(() => null);
  return snapshot?.dataDir === request.dataDir ? snapshot : null;
}

async function run(request: ReindexRequest): Promise<void> {
  const { snapshot, report, rebuilt } = await buildSnapshot({
    dataDir: request.dataDir,
    previous: await previousSnapshot(request),
    full: request.full,
    maxFileBytes: request.maxFileBytes,
    onProgress: (progress) => void send({ type: 'progress', progress }),
  });
  if (!rebuilt) return send({ type: 'done', report, rebuilt });
  await send({ type: 'progress', progress: { phase: 'save', done: 0, total: 1 } });
  await writeSnapshot(request.snapshotPath, snapshot);
  await send({ type: 'done', report, rebuilt });
}

process.once('message', (request: ReindexRequest) => {
  run(request)
    .catch((error: unknown) =>
      send({ type: 'failed', message: error instanceof Error ? error.message : String(error) }),
    )
    .finally(() => process.disconnect?.());
});
