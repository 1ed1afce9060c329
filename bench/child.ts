/**
 * Builds and measures one engine in its own process, so heaps don't mix.
 * Run by bench/run.ts with node --expose-gc; prints one JSON line last.
 */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import {
  BENCH_DIR,
  CACHE_DIR,
  loadBaseArticles,
  passagesOf,
  replicate,
  textBytes,
} from './corpus.js';
import type { BenchEngine } from './engines/engine.js';
import { buildPeer, isEngineName } from './engines/index.js';
import { summarise, timeEach } from './latency.js';
import { MB, type EngineResult } from './result.js';
import { foldForMatch, type BenchPlan } from './workload.js';

function forcedGcHeapMB(): number {
  const gc = globalThis.gc;
  if (!gc) throw new Error('run with node --expose-gc: heap figures need a forced GC');
  // Two passes: the first can leave objects whose finalisers free more.
  gc();
  gc();
  // Typed arrays keep their bytes outside the V8 heap; an index of typed-array postings would
  // otherwise look smaller than it is.
  const { heapUsed, arrayBuffers } = process.memoryUsage();
  return (heapUsed + arrayBuffers) / MB;
}

/** The bot's store, committed separately; until it is, there is no snapshot to measure. */
const STORE_MODULE = path.join(BENCH_DIR, '../src/search/store.ts');

interface Built {
  engine: BenchEngine;
  articles: number;
  passages: number;
  textBytes: number;
  parseMs: number;
  analysisMs: number;
  indexMs: number;
}

async function buildArchivist(quick: boolean, scale: number): Promise<Built> {
  // Loaded only here, so a peer's process holds none of Archivist's modules in its heap.
  const { archivistEngine, buildArchive } = await import('./engines/archivist.js');
  const parseStart = performance.now();
  const articles = replicate(await loadBaseArticles(quick), scale);
  const parseMs = performance.now() - parseStart;
  const { archive, analysisMs, indexMs } = buildArchive(articles);
  const stats = archive.stats();
  return {
    engine: archivistEngine(archive),
    articles: stats.articles,
    passages: stats.passages,
    textBytes: textBytes(passagesOf(articles)),
    parseMs,
    analysisMs,
    indexMs,
  };
}

/**
 * The snapshot as the bot saves it, through ArchiveStore over the linked data
 * folder; measured after the in-memory figures so it cannot change them.
 */
async function saveArchivistSnapshot(
  plan: BenchPlan,
): Promise<{ snapshotBytes: number; snapshotPath: string } | null> {
  if (!existsSync(STORE_MODULE)) return null;
  const { buildArchivistSnapshot } = await import('./engines/archivist-store.js');
  const snapshotPath = path.join(
    CACHE_DIR,
    `archivist-${path.basename(plan.corpusFolder)}.snapshot`,
  );
  const { snapshotBytes } = await buildArchivistSnapshot(plan.corpusFolder, snapshotPath);
  return { snapshotBytes, snapshotPath };
}

async function buildPeerEngine(
  name: Parameters<typeof buildPeer>[0],
  quick: boolean,
  scale: number,
): Promise<Built> {
  const parseStart = performance.now();
  const articles = replicate(await loadBaseArticles(quick), scale);
  const parseMs = performance.now() - parseStart;
  const built = await buildPeer(name, articles);
  return {
    engine: built.engine,
    articles: articles.length,
    passages: built.passages.length,
    textBytes: built.textBytes,
    parseMs,
    analysisMs: 0,
    indexMs: built.indexMs,
  };
}

async function main(): Promise<void> {
  const [name = '', scaleText = '1', planPath = '', quickFlag = ''] = process.argv.slice(2);
  if (!isEngineName(name)) throw new Error(`unknown engine: ${name}`);
  const scale = Number(scaleText);
  const plan = JSON.parse(await readFile(planPath, 'utf8')) as BenchPlan;
  const { workload } = plan;

  const heapBeforeIndexMB = forcedGcHeapMB();
  const built =
    name === 'archivist'
      ? await buildArchivist(quickFlag === 'quick', scale)
      : await buildPeerEngine(name, quickFlag === 'quick', scale);
  const heapMB = forcedGcHeapMB();
  const rssMB = process.memoryUsage().rss / MB;
  const { engine } = built;
  const textMB = built.textBytes / MB;

  const search = timeEach(workload.topics, (query) => engine.search(query));
  const whoSaid = timeEach(workload.phrases, (query) => engine.whoSaid(query.phrase));
  const autocomplete = timeEach(workload.prefixes, (prefix) => engine.autocomplete(prefix));

  let top1 = 0;
  let top1Typo = 0;
  let top1Quotation = 0;
  whoSaid.results.forEach((answer, index) => {
    const query = workload.phrases[index];
    if (!query || answer.text === null) return;
    if (!foldForMatch(answer.text).includes(foldForMatch(query.original))) return;
    top1 += 1;
    if (query.typo) top1Typo += 1;
    if (answer.quotation) top1Quotation += 1;
  });
  const snapshot = name === 'archivist' ? await saveArchivistSnapshot(plan) : null;
  const typoCount = workload.phrases.filter((query) => query.typo).length;

  const result: EngineResult = {
    engine: name,
    scale,
    articles: built.articles,
    passages: built.passages,
    textMB,
    parseMs: built.parseMs,
    analysisMs: built.analysisMs,
    indexMs: built.indexMs,
    indexMBps: textMB / (built.indexMs / 1000),
    heapBeforeIndexMB,
    heapMB,
    rssMB,
    snapshotMB: snapshot ? snapshot.snapshotBytes / MB : null,
    snapshotPath: snapshot?.snapshotPath ?? null,
    modes: engine.modes,
    search: summarise(search.times),
    whoSaid: summarise(whoSaid.times),
    autocomplete: summarise(autocomplete.times),
    whoSaidTop1: top1 / workload.phrases.length,
    whoSaidTop1Typo: typoCount ? top1Typo / typoCount : 0,
    whoSaidTop1Quotation: top1Quotation / workload.phrases.length,
  };
  console.log(JSON.stringify(result));
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
  process.exit(1);
});
