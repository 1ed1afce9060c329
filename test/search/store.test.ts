import { mkdtemp, readFile, rm, truncate, unlink, utimes, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Archive } from '../../src/search/archive.js';
import { readSnapshot, SNAPSHOT_VERSION } from '../../src/search/snapshot.js';
import { ArchiveStore, ReindexBusyError } from '../../src/search/store.js';

function articleFile(title: string, author: string, date: string, paragraphs: string[]): string {
  return `# ${title}\n\n${author}\n\n${date}\n\n${paragraphs.join('\n\n')}\n`;
}

const FILES: Record<string, string> = {
  'harbour.md': articleFile('Dock workers strike at the harbour', 'Maria Lopez', '17 May 2024', [
    'Dock workers walked out on Friday morning after talks over pay collapsed.',
    '“We will not accept a contract that cuts our pensions,” said Ada Okafor, the union leader.',
  ]),
  'council.md': articleFile('City council passes budget', 'Tom Reed', '20 May 2024', [
    'The council passed the budget by seven votes to four.',
    '“This budget protects every library in the city,” said Mayor Ben Ashworth.',
  ]),
  'summit.md': articleFile('Leaders meet for the summit', 'Maria Lopez', '2 June 2024', [
    'Leaders arrived for the summit amid protests by dock workers.',
  ]),
};

/** Answers to a fixed set of questions, for comparing two archives. */
function answers(archive: Archive) {
  return {
    search: archive.search('dock workers pensions', { limit: 20 }),
    filtered: archive.search('budget', { author: 'reed', from: '2024-05-01' }),
    whoSaid: archive.whoSaid('a contract that cuts our pensions'),
    quotes: archive.quotesBy('Okafor'),
    people: archive.people('a'),
    on: archive.articlesOn({ from: '2024-05-01', to: '2024-06-30' }),
    view: archive.article(archive.titles('city')[0]!.articleId),
    context: archive.context(archive.titles('dock')[0]!.articleId, 1, 1),
    stats: archive.stats(),
  };
}

let dataDir: string;
let snapshotDir: string;
let snapshotPath: string;
let logs: string[];

async function openStore(): Promise<ArchiveStore> {
  return ArchiveStore.open({ dataDir, snapshotPath, log: (message) => logs.push(message) });
}

beforeEach(async () => {
  dataDir = await mkdtemp(path.join(os.tmpdir(), 'archivist-data-'));
  snapshotDir = await mkdtemp(path.join(os.tmpdir(), 'archivist-snapshot-'));
  snapshotPath = path.join(snapshotDir, 'archive.snapshot');
  logs = [];
  for (const [name, text] of Object.entries(FILES)) await writeFile(path.join(dataDir, name), text);
});

afterEach(async () => {
  await rm(dataDir, { recursive: true, force: true });
  await rm(snapshotDir, { recursive: true, force: true });
});

describe('ArchiveStore snapshot', () => {
  it('builds a missing snapshot, then loads it with identical answers', async () => {
    const built = await openStore();
    expect(logs.join('\n')).toMatch(/no snapshot yet/);
    expect(built.archive.stats().articles).toBe(3);
    expect(
      built.archive.whoSaid('a contract that cuts our pensions').answers[0]?.person?.name,
    ).toBe('Ada Okafor');

    logs = [];
    const loaded = await openStore();
    expect(logs).toEqual([]);
    expect(loaded.archive).not.toBe(built.archive);
    expect(answers(loaded.archive)).toEqual(answers(built.archive));
  });

  it.each([
    ['truncated', async () => truncate(snapshotPath, 100), /truncated/],
    [
      'garbage',
      async () => writeFile(snapshotPath, 'not a snapshot at all, just text'),
      /not an Archivist snapshot/,
    ],
    [
      'of another version',
      async () => {
        const bytes = await readFile(snapshotPath);
        bytes.writeUInt32BE(SNAPSHOT_VERSION + 1, 'ARCHIVIST-SNAPSHOT\n'.length);
        await writeFile(snapshotPath, bytes);
      },
      /version/,
    ],
    [
      'with a flipped payload byte',
      async () => {
        const bytes = await readFile(snapshotPath);
        bytes[bytes.length - 10] = bytes[bytes.length - 10]! ^ 0xff;
        await writeFile(snapshotPath, bytes);
      },
      /checksum/,
    ],
  ])('detects a snapshot %s and rebuilds it', async (_name, damage, reason) => {
    const first = await openStore();
    const expected = answers(first.archive);
    await damage();
    await expect(readSnapshot(snapshotPath)).rejects.toThrow(reason);

    logs = [];
    const rebuilt = await openStore();
    expect(logs.join('\n')).toMatch(reason);
    expect({ ...answers(rebuilt.archive), stats: null }).toEqual({ ...expected, stats: null });
    await expect(readSnapshot(snapshotPath)).resolves.toMatchObject({
      dataDir: path.resolve(dataDir),
    });
  });

  it('creates the snapshot folder when it does not exist yet', async () => {
    snapshotPath = path.join(snapshotDir, 'nested', 'cache', 'archive.snapshot');
    const store = await openStore();
    expect(store.archive.stats().articles).toBe(3);
    await expect(readSnapshot(snapshotPath)).resolves.toMatchObject({
      dataDir: path.resolve(dataDir),
    });
  });

  it('brings a loaded snapshot up to date at open when asked to refresh', async () => {
    await openStore();
    await writeFile(
      path.join(dataDir, 'ferry.md'),
      articleFile('Ferry crews join the strike', 'Maria Lopez', '21 May 2024', [
        'Ferry crews stopped work at noon.',
      ]),
    );
    logs = [];
    const stale = await openStore();
    expect(stale.archive.search('ferry').total).toBe(0);

    const refreshed = await ArchiveStore.open({
      dataDir,
      snapshotPath,
      refresh: true,
      log: (m) => logs.push(m),
    });
    expect(refreshed.archive.search('ferry').total).toBe(1);
    expect(logs.join('\n')).toMatch(/1 files added, 0 changed, 0 removed, 3 unchanged/);

    logs = [];
    const unchanged = await ArchiveStore.open({
      dataDir,
      snapshotPath,
      refresh: true,
      log: (m) => logs.push(m),
    });
    expect(logs).toEqual([]);
    expect(answers(unchanged.archive)).toEqual(answers(refreshed.archive));
  });

  it('rebuilds a snapshot made from another folder', async () => {
    await openStore();
    const otherDir = await mkdtemp(path.join(os.tmpdir(), 'archivist-other-'));
    try {
      await writeFile(path.join(otherDir, 'only.md'), FILES['summit.md']!);
      logs = [];
      const other = await ArchiveStore.open({
        dataDir: otherDir,
        snapshotPath,
        log: (m) => logs.push(m),
      });
      expect(logs.join('\n')).toMatch(/not .*archivist-other-/);
      expect(other.archive.stats().articles).toBe(1);
    } finally {
      await rm(otherDir, { recursive: true, force: true });
    }
  });
});

describe('ArchiveStore.reindex', () => {
  it('parses only added and changed files, and drops removed ones', async () => {
    const store = await openStore();
    await writeFile(
      path.join(dataDir, 'council.md'),
      articleFile('City council passes budget', 'Tom Reed', '20 May 2024', [
        'The council passed the budget by seven votes to four.',
        '“Every museum will stay open,” said Mayor Ben Ashworth.',
      ]),
    );
    const later = new Date(Date.now() + 5000);
    await utimes(path.join(dataDir, 'council.md'), later, later);
    await unlink(path.join(dataDir, 'summit.md'));
    await writeFile(
      path.join(dataDir, 'ferry.md'),
      articleFile('Ferry crews join the strike', 'Maria Lopez', '21 May 2024', [
        'Ferry crews stopped work at noon.',
      ]),
    );

    const report = await store.reindex();
    expect(report).toMatchObject({ added: 1, changed: 1, removed: 1, unchanged: 1, articles: 3 });
    expect(report.milliseconds).toBeGreaterThan(0);
    expect(store.archive.whoSaid('every museum will stay open').answers[0]?.person?.name).toBe(
      'Ben Ashworth',
    );
    expect(store.archive.search('library').total).toBe(0);
    expect(store.archive.titles('ferry')).toHaveLength(1);
    expect(store.archive.titles('leaders')).toHaveLength(0);

    const current = store.archive;
    const again = await store.reindex();
    expect(again).toMatchObject({ added: 0, changed: 0, removed: 0, unchanged: 3 });
    // Nothing changed: the archive in memory is kept, not reloaded.
    expect(store.archive).toBe(current);
  });

  it('trusts size and modification time unless asked for a full reindex', async () => {
    const file = path.join(dataDir, 'harbour.md');
    // A whole second, so that setting it again gives back exactly the same mtimeMs.
    const mtime = new Date(Math.floor(Date.now() / 1000) * 1000 - 60_000);
    await utimes(file, mtime, mtime);
    const store = await openStore();
    const original = await readFile(file, 'utf8');
    // Same length, same mtime: an incremental reindex cannot see the edit.
    await writeFile(file, original.replace('Friday', 'Monday'));
    await utimes(file, mtime, mtime);

    const incremental = await store.reindex();
    expect(incremental).toMatchObject({ added: 0, changed: 0, removed: 0, unchanged: 3 });
    expect(store.archive.search('monday').total).toBe(0);

    const full = await store.reindex({ full: true });
    expect(full).toMatchObject({ added: 0, changed: 0, removed: 0, unchanged: 3 });
    expect(store.archive.search('monday').total).toBe(1);
    expect(store.archive.search('friday').total).toBe(0);
  });

  it('keeps answering from the old archive while a reindex runs, and refuses a second one', async () => {
    const store = await openStore();
    const before = store.archive;
    await writeFile(
      path.join(dataDir, 'ferry.md'),
      articleFile('Ferry crews join the strike', 'Maria Lopez', '21 May 2024', [
        'Ferry crews stopped work at noon.',
      ]),
    );
    const phases: string[] = [];
    const running = store.reindex({ onProgress: (p) => phases.push(p.phase) });
    expect(store.reindexing).toBe(true);
    await expect(store.reindex()).rejects.toBeInstanceOf(ReindexBusyError);
    // The event loop is free while the child works: queries run, on the old archive.
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(store.archive).toBe(before);
    expect(store.archive.search('ferry').total).toBe(0);

    const report = await running;
    expect(report.added).toBe(1);
    expect(store.reindexing).toBe(false);
    expect(store.archive).not.toBe(before);
    expect(store.archive.search('ferry').total).toBeGreaterThan(0);
    expect(phases).toContain('parse');
    expect(phases).toContain('load');
  });

  it('reports files that cannot be read', async () => {
    const store = await openStore();
    await writeFile(path.join(dataDir, 'empty.md'), '');
    const report = await store.reindex();
    expect(report.problems.map((problem) => problem.file)).toContain('empty.md');
    expect(store.archive.stats().problems).toBe(report.problems.length);
  });
});
