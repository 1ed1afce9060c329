import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { ArchiveStore } from '../../src/search/store.js';

/** A scratch folder under the system's temporary folder, and how to remove it. */
export interface Scratch {
  dir: string;
  remove: () => Promise<void>;
}

/** A scratch folder under the system's temporary folder, removed by the returned function. */
export async function scratchFolder(prefix: string): Promise<Scratch> {
  const dir = await mkdtemp(path.join(os.tmpdir(), `archivist-${prefix}-`));
  return { dir, remove: () => rm(dir, { recursive: true, force: true }) };
}

/** An ArchiveStore over a data folder, with its snapshot in a scratch folder. */
export async function openStore(
  dataDir: string,
  snapshotDir: string,
  log?: (message: string) => void,
): Promise<ArchiveStore> {
  return ArchiveStore.open({
    dataDir,
    snapshotPath: path.join(snapshotDir, 'archive.snapshot'),
    ...(log ? { log } : {}),
  });
}
