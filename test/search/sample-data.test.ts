import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ArchiveStore } from '../../src/search/store.js';

const DATA = path.resolve('data/articles');

/** Articles of one day, counted from file names and the JSON Lines file rather than through the Archive. */
async function countOn(day: string): Promise<number> {
  let count = 0;
  for (const folder of await readdir(DATA, { withFileTypes: true })) {
    if (folder.isDirectory()) {
      count += (await readdir(path.join(DATA, folder.name))).filter((name) =>
        name.startsWith(day),
      ).length;
    } else if (folder.name.endsWith('.jsonl')) {
      const lines = (await readFile(path.join(DATA, folder.name), 'utf8'))
        .split('\n')
        .filter((line) => line.trim());
      count += lines.filter((line) => (JSON.parse(line) as { date: string }).date === day).length;
    }
  }
  return count;
}

describe('Archive over the sample data', () => {
  let snapshotDir: string;
  let store: ArchiveStore;

  beforeAll(async () => {
    snapshotDir = await mkdtemp(path.join(os.tmpdir(), 'archivist-sample-'));
    store = await ArchiveStore.open({
      dataDir: DATA,
      snapshotPath: path.join(snapshotDir, 'archive.snapshot'),
    });
  });

  afterAll(async () => {
    await rm(snapshotDir, { recursive: true, force: true });
  });

  it('names both speakers of a phrase said twice', () => {
    const names = store.archive
      .whoSaid('still be here when the tide turns')
      .answers.map((a) => a.person?.name);
    expect(names).toEqual(expect.arrayContaining(['Desmond Whitlock', 'Ngozi Okafor']));
  });

  it('finds a person under a title-and-surname mention across articles', () => {
    const result = store.archive.quotesBy('Vasquez', { limit: 100 });
    expect(result.person?.name).toBe('Elena Vasquez');
    // State of the city, harbour levy, budget cuts ("Mayor Vasquez" only) and the ferry phone-in
    // ("VASQUEZ:").
    expect(new Set(result.quotes.map((q) => q.articleId)).size).toBe(4);
  });

  it('lists the articles of a day', async () => {
    const listed = store.archive.articlesOn({ from: '2026-11-18', to: '2026-11-18' });
    expect(listed.length).toBe(await countOn('2026-11-18'));
    expect(listed.length).toBeGreaterThan(1);
  });
});
