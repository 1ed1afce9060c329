import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { oneEditVariants } from '../../src/search/phrase.js';
import { ArchiveStore } from '../../src/search/store.js';

describe('oneEditVariants', () => {
  it('yields swaps first, then drops, changes and additions', () => {
    const variants = [...oneEditVariants('abc')];
    expect(variants.slice(0, 2)).toEqual(['bac', 'acb']);
    expect(variants.slice(2, 5)).toEqual(['bc', 'ac', 'ab']);
    expect(variants).toContain('abd');
    expect(variants).toContain('abcd');
    expect(variants).not.toContain('abc');
    expect(variants).toHaveLength(2 + 3 + 3 * 25 + 4 * 26);
  });
});

describe('who-said with a typo in the phrase’s only rare word', () => {
  let dir: string;
  let store: ArchiveStore;

  beforeAll(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'archivist-typo-'));
    store = await ArchiveStore.open({
      dataDir: path.resolve('data/articles'),
      snapshotPath: path.join(dir, 'archive.snapshot'),
    });
  });

  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('finds the quotation when the typo changes the word’s stem', () => {
    // The other words are stop words, and "draggnig" stems to a term the index lacks:
    // only the corrected spelling "dragging" can find the passage.
    const result = store.archive.whoSaid('had been draggnig its');
    expect(result.answers[0]?.quote.speaker).toBe('Ngozi Okafor');
  });
});
