/**
 * Child process entry: rebuilds the snapshot of one data folder and exits.
 * The parent keeps answering queries meanwhile; as the snapshot is replaced
 * atomically, killing this process can never leave a damaged one behind.
 */
import { rebuildSnapshot, type RebuildRequest } from './rebuild.js';
import type { Progress, ReindexReport } from './types.js';

export type ReindexRequest = RebuildRequest;

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

async function run(request: ReindexRequest): Promise<void> {
  const { report, rebuilt } = await rebuildSnapshot(
    request,
    (progress) => void send({ type: 'progress', progress }),
  );
  await send({ type: 'done', report, rebuilt });
}

process.once('message', (request: ReindexRequest) => {
  run(request)
    .catch((error: unknown) =>
      send({ type: 'failed', message: error instanceof Error ? error.message : String(error) }),
    )
    .finally(() => process.disconnect?.());
});
