import type { Article } from '../../src/articles/types.js';
import { buildPeople } from '../../src/quotes/index.js';
import { Archive } from '../../src/search/archive.js';
import { analyseAll } from '../workload.js';
import type { BenchEngine } from './engine.js';

const TOP = 10;

/** Archivist through its public API, as the bot calls it. */
export function archivistEngine(archive: Archive): BenchEngine {
  return {
    modes: { whoSaid: 'Archive.whoSaid', autocomplete: 'Archive.people' },
    search: (query) => archive.search(query, { limit: TOP }).hits,
    whoSaid: (phrase) => {
      const result = archive.whoSaid(phrase, { limit: TOP });
      const answer = result.answers[0];
      if (answer) return { text: answer.quote.text, quotation: true };
      return { text: result.unattributed[0]?.text ?? null, quotation: false };
    },
    autocomplete: (prefix) => archive.people(prefix, TOP),
  };
}

/** Builds an Archive in memory, timing quotation analysis apart from the index. */
export function buildArchive(articles: Article[]): {
  archive: Archive;
  analysisMs: number;
  indexMs: number;
} {
  const analysis = analyseAll(articles);
  const indexStart = performance.now();
  const archive = Archive.build({
    articles,
    quotations: analysis.quotations,
    people: buildPeople(analysis.quotations),
    problems: [],
    files: articles.length,
    builtAt: new Date().toISOString(),
  });
  return { archive, analysisMs: analysis.milliseconds, indexMs: performance.now() - indexStart };
}
