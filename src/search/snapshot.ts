import { createHash, randomBytes } from 'node:crypto';
import { mkdir, open, readdir, readFile, rename, rm } from 'node:fs/promises';
import path from 'node:path';
import { deserialize, serialize } from 'node:v8';
import type { Article, Problem } from '../articles/types.js';
import type { Quotation } from '../quotes/types.js';
import type { ArchiveContent } from './archive.js';
import type { CompactIndex } from './passage-index.js';

/**
 * Bump when the payload's shape, the text processing or the passage numbering
 * changes: an older snapshot is then rebuilt instead of answering wrongly.
 */
export const SNAPSHOT_VERSION = 7;

const MAGIC = Buffer.from('ARCHIVIST-SNAPSHOT\n', 'latin1');
/** Magic, version (u32), payload length (u64), SHA-256 of the payload. */
const HEADER_LENGTH = MAGIC.length + 4 + 8 + 32;

/** One data file as last read: its fingerprint and what was parsed from it. */
export interface SourceFile {
  path: string;
  size: number;
  mtimeMs: number;
  articles: Article[];
  quotations: Quotation[];
  problems: Problem[];
}

export interface Snapshot {
  /** Absolute data folder the snapshot was built from. */
  dataDir: string;
  builtAt: string;
  /** CODE_VERSION of the reader and analyser that built it (null when unknown). */
  codeVersion: string | null;
  /** Sorted by path. */
  files: SourceFile[];
  /**
   * The files' content as assembled for the archive (footers dropped, people
   * built), saved so a load skips that work. It shares its articles and
   * quotations with files, and v8 serialisation writes a shared object once.
   */
  content: ArchiveContent;
  /** The passage index over content. */
  index: CompactIndex;
}

/** The snapshot cannot be used; the message says why in one line. */
export class SnapshotError extends Error {
  override name = 'SnapshotError';
}

/**
 * Writes the snapshot so that a reader sees the old file or the whole new one:
 * a temporary file in the same folder, flushed to disk, then renamed over it.
 * v8 serialisation is used because one JSON string of a large archive exceeds V8's string limit.
 */
export async function writeSnapshot(file: string, snapshot: Snapshot): Promise<number> {
  const payload = serialize(snapshot);
  const header = Buffer.alloc(HEADER_LENGTH);
  MAGIC.copy(header, 0);
  header.writeUInt32BE(SNAPSHOT_VERSION, MAGIC.length);
  header.writeBigUInt64BE(BigInt(payload.length), MAGIC.length + 4);
  createHash('sha256')
    .update(payload)
    .digest()
    .copy(header, MAGIC.length + 12);

  await mkdir(path.dirname(file), { recursive: true });
  const temporary = path.join(
    path.dirname(file),
    `.${path.basename(file)}.${randomBytes(6).toString('hex')}.tmp`,
  );
  const handle = await open(temporary, 'w');
  try {
    await handle.writeFile(header);
    await handle.writeFile(payload);
    await handle.sync();
  } catch (error) {
    await handle.close();
    await rm(temporary, { force: true });
    throw error;
  }
  await handle.close();
  await rename(temporary, file);
  await syncFolder(path.dirname(file));
  return header.length + payload.length;
}

/**
 * Removes temporary files a killed writer left beside the snapshot: each is
 * as big as the snapshot, so repeated crashes would fill the disk. Call it
 * only when no write of this snapshot is under way (before a start, after a
 * reindex child has exited).
 */
export async function removeStaleTemporaries(file: string): Promise<void> {
  const folder = path.dirname(file);
  const prefix = `.${path.basename(file)}.`;
  const names = await readdir(folder).catch(() => [] as string[]);
  await Promise.all(
    names
      .filter((name) => name.startsWith(prefix) && name.endsWith('.tmp'))
      .map((name) => rm(path.join(folder, name), { force: true })),
  );
}

/** The rename is durable only once the folder entry is flushed; some systems refuse to open a folder, which is harmless. */
async function syncFolder(folder: string): Promise<void> {
  const handle = await open(folder, 'r').catch(() => null);
  if (!handle) return;
  await handle.sync().catch(() => undefined);
  await handle.close();
}

/** Reads and checks a snapshot; throws SnapshotError when it is missing, damaged or of another version. */
export async function readSnapshot(file: string): Promise<Snapshot> {
  let bytes: Buffer;
  try {
    bytes = await readFile(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new SnapshotError(
      code === 'ENOENT' ? 'no snapshot yet' : `cannot read the snapshot (${code ?? String(error)})`,
    );
  }
  if (bytes.length < HEADER_LENGTH || !bytes.subarray(0, MAGIC.length).equals(MAGIC)) {
    throw new SnapshotError('not an Archivist snapshot');
  }
  const version = bytes.readUInt32BE(MAGIC.length);
  if (version !== SNAPSHOT_VERSION) {
    throw new SnapshotError(
      `snapshot version ${version}, this build reads version ${SNAPSHOT_VERSION}`,
    );
  }
  const length = Number(bytes.readBigUInt64BE(MAGIC.length + 4));
  if (bytes.length !== HEADER_LENGTH + length) {
    throw new SnapshotError(
      `snapshot truncated or padded: ${bytes.length - HEADER_LENGTH} payload bytes, expected ${length}`,
    );
  }
  const payload = bytes.subarray(HEADER_LENGTH);
  const checksum = bytes.subarray(MAGIC.length + 12, HEADER_LENGTH);
  if (!createHash('sha256').update(payload).digest().equals(checksum)) {
    throw new SnapshotError('snapshot checksum mismatch');
  }
  let snapshot: Snapshot;
  try {
    snapshot = deserialize(payload) as Snapshot;
  } catch (error) {
    throw new SnapshotError(`snapshot payload unreadable: ${(error as Error).message}`);
  }
  if (
    typeof snapshot?.dataDir !== 'string' ||
    !Array.isArray(snapshot.files) ||
    !Array.isArray(snapshot.content?.articles) ||
    !(snapshot.index?.passages instanceof Uint32Array) ||
    !(snapshot.index.wordPairs?.bits instanceof Uint32Array) ||
    !(snapshot.index.wordPairs.offsets instanceof Uint32Array)
  ) {
    throw new SnapshotError('snapshot payload has an unexpected shape');
  }
  return snapshot;
}
