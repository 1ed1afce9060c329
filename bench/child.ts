/**
 * Builds and measures one engine in its own process, so heaps don't mix.
 * Run by bench/run.ts with node --expose-gc; prints one JSON line last.
 */
import { mkdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { CACHE_DIR, loadBaseArticles, replicate, textBytes } from './corpus.js';
import { buildEngine, isEngineName } from './engines/index.js';
import { summarise, timeEach } from './latency.js';
import { MB, type EngineResult } from './result.js';
import { foldForMatch, type Workload } from './workload.js';

function forcedGcHeapMB(): number {
  const gc = globalThis.gc;
  if (!gc) throw new Error('run with node --expose-gc: heap figures need a forced GC');
  // Two passes: the first can leave objects whose finalisers free more.
  gc();
  gc();
  return process.memoryUsage().heapUsed / MB;
}

async function main(): Promise<void> {
  const [name = '', scaleText = '1', workloadPath = '', quickFlag = ''] = process.argv.slice(2);
  if (!isEngineName(name)) throw new Error(`unknown engine: ${name}`);
  const scale = Number(scaleText);
  const workload = JSON.parse(await readFile(workloadPath, 'utf8')) as Workload;

  const parseStart = performance.now();
  const articles = replicate(await loadBaseArticles(quickFlag === 'quick'), scale);
  const parseMs = performance.now() - parseStart;
  const heapBeforeIndexMB = forcedGcHeapMB();

  const snapshotDir = path.join(CACHE_DIR, `${name}-x${scale}`);
  await mkdir(snapshotDir, { recursive: true });
  const built = await buildEngine(name, articles, snapshotDir);
  const heapMB = forcedGcHeapMB();
  const rssMB = process.memoryUsage().rss / MB;
  const { engine, passages } = built;
  const textMB = textBytes(passages) / MB;

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
    articles: articles.length,
    passages: passages.length,
    textMB,
    parseMs,
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
