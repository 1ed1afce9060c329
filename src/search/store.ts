import { fork } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Archive } from './archive.js';
import { buildSnapshot, restoreArchive } from './build.js';
import type { ReindexMessage, ReindexRequest } from './reindex-worker.js';
import { readSnapshot, SnapshotError, writeSnapshot } from './snapshot.js';
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
    try {
      options.onProgress?.({ phase: 'load', done: 0, total: 1 });
      const snapshot = await readSnapshot(options.snapshotPath);
      if (snapshot.dataDir !== dataDir) {
        throw new SnapshotError(`snapshot was built from ${snapshot.dataDir}, not ${dataDir}`);
      }
      const archive = restoreArchive(snapshot);
      options.onProgress?.({ phase: 'load', done: 1, total: 1 });
      return new ArchiveStore(resolved, archive);
    } catch (error) {
      if (!(error instanceof SnapshotError)) throw error;
      log(
        `snapshot ${options.snapshotPath} not used (${error.message}); building it from ${dataDir}`,
      );
    }
    const { snapshot, archive, report } = await buildSnapshot({
      dataDir,
      maxFileBytes: options.maxFileBytes,
      onProgress: options.onProgress,
    });
    options.onProgress?.({ phase: 'save', done: 0, total: 1 });
    await writeSnapshot(options.snapshotPath, snapshot);
    options.onProgress?.({ phase: 'save', done: 1, total: 1 });
    log(
      `built ${report.articles} articles, ${report.passages} passages from ${report.added} files in ${report.milliseconds} ms`,
    );
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
    const report = await this.rebuildInChild(
      {
        dataDir: this.options.dataDir,
        snapshotPath: this.options.snapshotPath,
        full: options.full ?? false,
        maxFileBytes: this.options.maxFileBytes,
      },
      options.onProgress,
    );
    options.onProgress?.({ phase: 'load', done: 0, total: 1 });
    this.current = restoreArchive(await readSnapshot(this.options.snapshotPath));
    options.onProgress?.({ phase: 'load', done: 1, total: 1 });
    const milliseconds = Math.round(performance.now() - started);
    this.options.log?.(
      `reindexed in ${milliseconds} ms: ${report.added} added, ${report.changed} changed, ${report.removed} removed, ${report.unchanged} unchanged, ${report.problems.length} problems`,
    );
    return { ...report, milliseconds };
  }

  private rebuildInChild(
    request: ReindexRequest,
    onProgress?: ProgressListener,
  ): Promise<ReindexReport> {
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
        const settled = outcome as ReindexMessage | null;
        if (settled?.type === 'done') resolve(settled.report);
        else if (settled?.type === 'failed')
          reject(new Error(`reindex failed: ${settled.message}`));
        else
          reject(
            new Error(`reindex process ended without a result (${signal ?? `exit code ${code}`})`),
          );
      });
      child.send(request);
    });
  }
}
