import { mkdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { ArchiveStore } from '../src/search/store.js';
import { CACHE_DIR } from './corpus.js';
import type { IrDocument } from './ir-collections.js';
import { MAP_DEPTH } from './ir-metrics.js';
import type { Ranker } from './ir.js';

const FILE_PREFIX = 'doc-';

/**
 * Writes each document as an article file (title, byline, date, text) and
 * ranks through ArchiveStore and Archive.search, exactly as the bot does, so
 * the score is that of the bot's own parsing, analysis and search settings.
 */
export async function buildArchivistRanker(documents: IrDocument[], name: string): Promise<Ranker> {
  const dataDir = path.join(CACHE_DIR, `ir-${name.toLowerCase()}`);
  await rm(dataDir, { recursive: true, force: true });
  await mkdir(dataDir, { recursive: true });
  for (const document of documents) {
    // Vaswani documents have no title; the number stands in, since a query rarely holds one.
    const title = document.title || `Abstract ${document.id}`;
    await writeFile(
      path.join(dataDir, `${FILE_PREFIX}${document.id}.md`),
      `# ${title}\n\n${name}\n\n1 January 2000\n\n${document.text}\n`,
    );
  }
  const store = await ArchiveStore.open({ dataDir, snapshotPath: `${dataDir}.snapshot` });
  return (query) => {
    const ranked: string[] = [];
    const seen = new Set<string>();
    // Pages until the depth MAP looks at, in case the Archive caps one page.
    for (let offset = 0; ranked.length < MAP_DEPTH;) {
      const { hits } = store.archive.search(query, { limit: MAP_DEPTH, offset });
      if (hits.length === 0) break;
      offset += hits.length;
      for (const hit of hits) {
        const id = hit.file.slice(FILE_PREFIX.length, -'.md'.length);
        if (seen.has(id)) continue;
        seen.add(id);
        ranked.push(id);
      }
    }
    return ranked.slice(0, MAP_DEPTH);
  };
}
