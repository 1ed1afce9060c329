import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ArchiveStore } from '../../src/search/store.js';
import { openStore, scratchFolder, type Scratch } from '../helpers/store.js';

const TEXT = `# Ferry board splits over the night boat
Jane Roe
17 May 2024

Councillor Hal Brenner and the harbour master, Ada Quint, spoke at the pier on Monday.

“The night boat will run all winter,” Brenner said. “Nobody will be left standing on the pier.”

“The tolls will go down,” Brenner said. “They will not,” Quint said.
`;

describe('who-said across the attribution inside one quotation', () => {
  let scratch: Scratch;
  let store: ArchiveStore;

  beforeAll(async () => {
    scratch = await scratchFolder('joined');
    await writeFile(path.join(scratch.dir, 'ferry.md'), TEXT);
    store = await openStore(scratch.dir, path.join(scratch.dir, '.snapshot'));
  });

  afterAll(async () => scratch.remove());

  it('finds words that run on from one piece into the next, and shows both pieces', () => {
    for (const phrase of [
      'will run all winter, nobody will be left',
      'will run all winter nobody will be left',
      'will run all wintre, nobody will be left',
    ]) {
      const answer = store.archive.whoSaid(phrase).answers[0];
      expect(answer?.person?.name, phrase).toBe('Hal Brenner');
      expect(answer?.quote.text, phrase).toBe(
        'The night boat will run all winter, … Nobody will be left standing on the pier.',
      );
      expect(answer?.paragraph, phrase).toBe(2);
    }
  });

  it('still answers words inside one piece with that piece alone', () => {
    const answer = store.archive.whoSaid('nobody will be left standing on the pier').answers[0];
    expect(answer?.quote.text).toBe('Nobody will be left standing on the pier.');
  });

  it('joins no pieces of two speakers', () => {
    const result = store.archive.whoSaid('the tolls will go down they will not');
    expect(result.answers).toEqual([]);
  });
});
