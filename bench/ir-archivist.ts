import type { Article } from '../src/articles/types.js';
import { buildArchive } from './engines/archivist.js';
import type { IrDocument } from './ir-collections.js';
import { MAP_DEPTH } from './ir-metrics.js';
import type { Ranker } from './ir.js';

/**
 * Each document becomes an article (its title, one paragraph of text) and is
 * ranked by Archive.search, the call the bot makes, so the score is that of
 * the bot's own search settings.
 */
export function buildArchivistRanker(documents: IrDocument[], collection: string): Ranker {
  const articles: Article[] = documents.map((document) => ({
    id: document.id,
    title: document.title,
    author: null,
    date: null,
    url: null,
    tags: [],
    source: `${collection}/${document.id}`,
    paragraphs: [document.text],
  }));
  const { archive } = buildArchive(articles);
  return (query) => {
    const ranked: string[] = [];
    const seen = new Set<string>();
    // Pages until the depth MAP looks at, in case the Archive caps one page.
    for (let offset = 0; ranked.length < MAP_DEPTH;) {
      const { hits } = archive.search(query, { limit: MAP_DEPTH, offset });
      if (hits.length === 0) break;
      offset += hits.length;
      for (const hit of hits) {
        if (seen.has(hit.articleId)) continue;
        seen.add(hit.articleId);
        ranked.push(hit.articleId);
      }
    }
    return ranked.slice(0, MAP_DEPTH);
  };
}
