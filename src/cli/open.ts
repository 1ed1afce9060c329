import path from 'node:path';
import { stat } from 'node:fs/promises';
import { loadConfig, type Config } from '../config.js';
import { ArchiveStore } from '../search/store.js';
import { progressBar } from './progress.js';

/** A data folder that does not exist: a mistake in the command line, told in one line. */
export class DataFolderError extends Error {
  override name = 'DataFolderError';
}

/** The configuration, with `--data` in place of DATA_DIR, and the data folder, which must exist. */
export async function dataFolder(
  dataOption: string | undefined,
): Promise<{ config: Config; dataDir: string }> {
  const config = loadConfig(dataOption ? { ...process.env, DATA_DIR: dataOption } : process.env);
  const dataDir = path.resolve(config.dataDir);
  if (!(await stat(dataDir).catch(() => null))?.isDirectory()) {
    throw new DataFolderError(`data folder not found: ${config.dataDir}`);
  }
  return { config, dataDir };
}

/**
 * The store of the chosen data folder, with a progress bar on stderr. Its snapshot is
 * built when missing or broken, and otherwise first brought up to date with the folder
 * (only new and changed files are parsed), so a changed folder is never answered stale.
 */
export async function openFreshStore(
  dataOption: string | undefined,
): Promise<{ store: ArchiveStore; config: Config; dataDir: string }> {
  const { config, dataDir } = await dataFolder(dataOption);
  const bar = progressBar(process.stderr);
  const store = await ArchiveStore.open({
    dataDir,
    snapshotPath: config.snapshotPath,
    maxFileBytes: config.maxFileBytes,
    onProgress: bar.update,
    log: (message) => bar.log(message),
    refresh: true,
  });
  bar.done();
  return { store, config, dataDir };
}
