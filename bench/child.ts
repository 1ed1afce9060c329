/**
 * Builds and measures one engine in its own process, so heaps don't mix.
 * Run by bench/run.ts with node --expose-gc; prints one JSON line last.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { CACHE_DIR, loadBaseArticles, replicate } from './corpus.js';
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
  return process.memoryUsage().heapUsed / MB;
}

interface Built {
  engine: BenchEngine;
  articles: number;
  passages: number;
  textBytes: number;
  parseMs: number;
  analysisMs: number;
  indexMs: number;
  snapshotBytes: number | null;
  snapshotPath: string | null;
}

async function buildArchivist(plan: BenchPlan, scale: number): Promise<Built> {
  // Loaded only here, so a peer's process holds none of Archivist's modules in its heap.
  const { archivistEngine, buildArchivistSnapshot } = await import('./engines/archivist.js');
  const snapshotPath = path.join(
    CACHE_DIR,
    `archivist-${path.basename(plan.corpusFolder)}.snapshot`,
  );
  const build = await buildArchivistSnapshot(plan.corpusFolder, snapshotPath);
  const stats = build.store.archive.stats();
  // The store reports phases (scan, parse, index, save); parsing ends where indexing begins.
  const indexStart = build.phases.index ?? 0;
  const indexEnd = build.phases.save ?? build.totalMs;
  return {
    engine: archivistEngine(build.store),
    articles: stats.articles,
    passages: stats.passages,
    textBytes: plan.replicaTextBytes * scale,
    parseMs: indexStart,
    analysisMs: plan.replicaAnalysisMs * scale,
    indexMs: indexEnd - indexStart,
    snapshotBytes: build.snapshotBytes,
    snapshotPath,
  };
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
    snapshotBytes: null,
    snapshotPath: null,
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
      ? await buildArchivist(plan, scale)
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
    snapshotMB: built.snapshotBytes === null ? null : built.snapshotBytes / MB,
    snapshotPath: built.snapshotPath,
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
