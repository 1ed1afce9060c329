/**
 * Ranking quality on the standard collections in ../shared/corpora/ir.
 * Runnable alone: `npx tsx bench/ir.ts [--engines archivist,minisearch]`.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import MiniSearch from 'minisearch';
import {
  loadCranfield,
  loadVaswani,
  type IrCollection,
  type IrDocument,
} from './ir-collections.js';
import {
  MAP_DEPTH,
  assertMetricsAgreeWithHandComputation,
  averagePrecision,
  ndcgAt,
} from './ir-metrics.js';

export const IR_DIR = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '../../shared/corpora/ir',
);

/** Ranks the documents of one collection for a query text: document ids, best first. */
export type Ranker = (query: string) => string[];
export type RankerFactory = (
  documents: IrDocument[],
  collection: string,
) => Ranker | Promise<Ranker>;

export interface IrScore {
  collection: string;
  engine: string;
  map: number;
  ndcg10: number;
  queries: number;
}

/**
 * Cranfield's text field already starts with the title; indexing the text alone
 * is the setting behind the published MiniSearch figures (0.31 and 0.20).
 */
function buildMiniSearchDefaultsRanker(documents: IrDocument[]): Ranker {
  const index = new MiniSearch<IrDocument>({ fields: ['text'] });
  index.addAll(documents);
  return (query) =>
    index
      .search(query)
      .slice(0, MAP_DEPTH)
      .map((result) => String(result.id));
}

export const IR_ENGINES: Record<string, RankerFactory> = {
  // Loaded on demand, so MiniSearch-only runs work without the project's store.
  archivist: async (documents, collection) =>
    (await import('./ir-archivist.js')).buildArchivistRanker(documents, collection),
  minisearch: buildMiniSearchDefaultsRanker,
};

export async function evaluate(collection: IrCollection, engine: string): Promise<IrScore> {
  assertMetricsAgreeWithHandComputation();
  const factory = IR_ENGINES[engine];
  if (!factory) throw new Error(`no IR engine named ${engine}`);
  const rank = await factory(collection.documents, collection.name);
  let mapSum = 0;
  let ndcgSum = 0;
  let judgedQueries = 0;
  for (const query of collection.queries) {
    const judged = collection.judgments.get(query.id);
    if (!judged) continue;
    const ranked = rank(query.text);
    mapSum += averagePrecision(ranked, judged);
    ndcgSum += ndcgAt(ranked, judged, 10);
    judgedQueries += 1;
  }
  return {
    collection: collection.name,
    engine,
    map: mapSum / judgedQueries,
    ndcg10: ndcgSum / judgedQueries,
    queries: judgedQueries,
  };
}

export async function loadIrCollections(dir = IR_DIR): Promise<IrCollection[]> {
  return Promise.all([
    loadCranfield(path.join(dir, 'cranfield')),
    loadVaswani(path.join(dir, 'vaswani')),
  ]);
}

export async function evaluateAll(engines: string[], dir = IR_DIR): Promise<IrScore[]> {
  const collections = await loadIrCollections(dir);
  const scores: IrScore[] = [];
  for (const collection of collections) {
    for (const engine of engines) scores.push(await evaluate(collection, engine));
  }
  return scores;
}

export function formatIrTable(scores: IrScore[]): string {
  const lines = ['collection  engine       MAP     nDCG@10  queries'];
  for (const score of scores) {
    lines.push(
      `${score.collection.padEnd(11)} ${score.engine.padEnd(12)} ${score.map.toFixed(4)}  ${score.ndcg10.toFixed(4)}   ${score.queries}`,
    );
  }
  lines.push(
    'bars: Cranfield MAP 0.4258 (Lucene BM25, English analyzer); Vaswani MAP 0.2965 (Terrier BM25)',
  );
  return lines.join('\n');
}

async function main(): Promise<void> {
  const enginesFlag = process.argv.indexOf('--engines');
  const engines =
    enginesFlag >= 0 ? (process.argv[enginesFlag + 1] ?? '').split(',') : Object.keys(IR_ENGINES);
  const scores = await evaluateAll(engines);
  console.log(formatIrTable(scores));
  console.log(JSON.stringify({ ir: scores }));
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(1);
  });
}
