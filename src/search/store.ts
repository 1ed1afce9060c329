import { fork } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Archive } from './archive.js';
import { snapshotMismatch } from './code-version.js';
import { buildSnapshot, restoreArchive } from './build.js';
import type { ReindexMessage, ReindexRequest } from './reindex-worker.js';
import {
  readSnapshot,
  removeStaleTemporaries,
  SnapshotError,
  writeSnapshot,
  type Snapshot,
} from './snapshot.js';
import type { ProgressListener, ReindexReport } from './types.js';

/** A reindex was asked for while another one runs. */
export class ReindexBusyError extends Error {
  override name = 'ReindexBusyError';
  constructor() {
    super('a reindex is already running; try again when it has finished');
  }
}

export interface ArchiveStoreOptions {
  dataDir: string;
  snapshotPath: string;
  maxFileBytes?: number;
  onProgress?: ProgressListener;
  log?: (message: string) => void;
  /**
   * Bring a loaded snapshot up to date with the folder before answering, in
   * this process (nothing is being served yet): for one-shot commands, which
   * must never answer from a stale snapshot. Unchanged files are not parsed again.
   */
  refresh?: boolean;
}

/** The worker runs as TypeScript through tsx when this module does, and as JavaScript once compiled. */
function workerCommand(): { script: string; execArgv: string[] } {
  const here = fileURLToPath(import.meta.url);
  const extension = path.extname(here);
  const script = path.join(path.dirname(here), `reindex-worker${extension}`);
  if (extension !== '.ts') return { script, execArgv: [] };
  const tsx = createRequire(import.meta.url).resolve('tsx');
  return { script, execArgv: ['--import', pathToFileURL(tsx).href] };
}

/** The snapshot at file when it is sound and of this folder; otherwise null, with the reason logged. */
async function usableSnapshot(
  file: string,
  dataDir: string,
  log: (message: string) => void,
): Promise<Snapshot | null> {
  try {
    const snapshot = await readSnapshot(file);
    const mismatch = snapshotMismatch(snapshot, dataDir);
    if (mismatch) throw new SnapshotError(mismatch);
    return snapshot;
  } catch (error) {
    if (!(error instanceof SnapshotError)) throw error;
    log(`snapshot ${file} not used (${error.message}); building it from ${dataDir}`);
    return null;
  }
}

/**
 * Holds the current Archive and swaps in a new one after a reindex. The
 * reindex runs in a child process, so queries keep their speed meanwhile.
 */
export class ArchiveStore {
  private current: Archive;
  private running: Promise<ReindexReport> | null = null;

  private constructor(
    private readonly options: ArchiveStoreOptions,
    archive: Archive,
  ) {
    this.current = archive;
  }

  /** Loads the snapshot; builds it when it is missing, damaged, of another version or of another folder. */
  static async open(options: ArchiveStoreOptions): Promise<ArchiveStore> {
    const dataDir = path.resolve(options.dataDir);
    const log = options.log ?? (() => undefined);
    const resolved = { ...options, dataDir };
    options.onProgress?.({ phase: 'load', done: 0, total: 1 });
    await removeStaleTemporaries(options.snapshotPath);
    const previous = await usableSnapshot(options.snapshotPath, dataDir, log);
    if (previous && !options.refresh) {
      const archive = restoreArchive(previous);
      options.onProgress?.({ phase: 'load', done: 1, total: 1 });
      return new ArchiveStore(resolved, archive);
    }
    const { snapshot, archive, report, rebuilt } = await buildSnapshot({
      dataDir,
      previous,
      maxFileBytes: options.maxFileBytes,
      onProgress: options.onProgress,
    });
    if (rebuilt) {
      options.onProgress?.({ phase: 'save', done: 0, total: 1 });
      await writeSnapshot(options.snapshotPath, snapshot);
      options.onProgress?.({ phase: 'save', done: 1, total: 1 });
      log(
        `indexed ${report.articles} articles, ${report.passages} passages in ${report.milliseconds} ms ` +
          `(${report.added} files added, ${report.changed} changed, ${report.removed} removed, ${report.unchanged} unchanged)`,
      );
    }
    return new ArchiveStore(resolved, archive);
  }

  get archive(): Archive {
    return this.current;
  }

  get reindexing(): boolean {
    return this.running !== null;
  }

  /**
   * Brings the snapshot up to date with the data folder (only new and changed
   * files are parsed, unless full) and swaps the new Archive in. Until then,
   * queries are answered from the old one.
   */
  reindex(options: { full?: boolean; onProgress?: ProgressListener } = {}): Promise<ReindexReport> {
    if (this.running) return Promise.reject(new ReindexBusyError());
    this.running = this.runReindex(options).finally(() => {
      this.running = null;
    });
    return this.running;
  }

  private async runReindex(options: {
    full?: boolean;
    onProgress?: ProgressListener;
  }): Promise<ReindexReport> {
    const started = performance.now();
    const { report, rebuilt } = await this.rebuildInChild(
      {
        dataDir: this.options.dataDir,
        snapshotPath: this.options.snapshotPath,
        full: options.full ?? false,
        maxFileBytes: this.options.maxFileBytes,
      },
      options.onProgress,
    );
    // When nothing changed the snapshot on disk is the one already in memory.
    if (rebuilt) {
      options.onProgress?.({ phase: 'load', done: 0, total: 1 });
      this.current = restoreArchive(await readSnapshot(this.options.snapshotPath));
      options.onProgress?.({ phase: 'load', done: 1, total: 1 });
    }
    const milliseconds = Math.round(performance.now() - started);
    this.options.log?.(
      `reindexed in ${milliseconds} ms: ${report.added} added, ${report.changed} changed, ${report.removed} removed, ${report.unchanged} unchanged, ${report.problems.length} problems`,
    );
    return { ...report, milliseconds };
  }

  private rebuildInChild(
    request: ReindexRequest,
    onProgress?: ProgressListener,
  ): Promise<{ report: ReindexReport; rebuilt: boolean }> {
    const { script, execArgv } = workerCommand();
    return new Promise((resolve, reject) => {
      const child = fork(script, [], { execArgv, stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
      let outcome: ReindexMessage | null = null;
      child.on('message', (message: ReindexMessage) => {
        if (message.type === 'progress') onProgress?.(message.progress);
        else outcome = message;
      });
      child.on('error', reject);
      child.on('exit', (code, signal) => {
        void removeStaleTemporaries(request.snapshotPath).finally(() => settle(code, signal));
      });
      const settle = (code: number | null, signal: NodeJS.Signals | null) => {
        const settled = outcome as ReindexMessage | null;
        if (settled?.type === 'done') resolve({ report: settled.report, rebuilt: settled.rebuilt });
        else if (settled?.type === 'failed')
          reject(new Error(`reindex failed: ${settled.message}`));
        else
          reject(
            new Error(`reindex process ended without a result (${signal ?? `exit code ${code}`})`),
          );
      };
      child.send(request);
    });
  }
}
