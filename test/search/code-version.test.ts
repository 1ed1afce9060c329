import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CODE_VERSION, snapshotMismatch } from '../../src/search/code-version.js';
import { readSnapshot, writeSnapshot } from '../../src/search/snapshot.js';
import { ArchiveStore } from '../../src/search/store.js';

describe('the snapshot is keyed on the code that parsed it', () => {
  it('fingerprints the reader and analyser when their sources are beside it', () => {
    expect(CODE_VERSION).toMatch(/^[0-9a-f]{16}$/);
  });

  it('accepts its own folder and code, and refuses another folder or another analyser', () => {
    expect(snapshotMismatch({ dataDir: '/a', codeVersion: CODE_VERSION }, '/a')).toBeNull();
    expect(snapshotMismatch({ dataDir: '/a', codeVersion: null }, '/a')).toBeNull();
    expect(snapshotMismatch({ dataDir: '/a', codeVersion: CODE_VERSION }, '/b')).toMatch(/\/b/);
    expect(snapshotMismatch({ dataDir: '/a', codeVersion: 'older' }, '/a')).toMatch(/analyser/);
  });

  it('rebuilds a snapshot made by another analyser, saying why', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'archivist-code-version-'));
    try {
      const snapshotPath = path.join(dir, 'archive.snapshot');
      const dataDir = path.resolve('data/articles');
      await ArchiveStore.open({ dataDir, snapshotPath });
      const built = await readSnapshot(snapshotPath);
      expect(built.codeVersion).toBe(CODE_VERSION);
      await writeSnapshot(snapshotPath, { ...built, codeVersion: 'older', builtAt: 'then' });

      const logs: string[] = [];
      const store = await ArchiveStore.open({ dataDir, snapshotPath, log: (m) => logs.push(m) });
      expect(logs.join('\n')).toMatch(
        /another version of the article reader or quotation analyser/,
      );
      expect(store.archive.stats().builtAt).not.toBe('then');
      expect((await readSnapshot(snapshotPath)).codeVersion).toBe(CODE_VERSION);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
