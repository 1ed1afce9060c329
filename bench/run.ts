/**
 * `npm run bench -- [--scale N] [--engines a,b] [--queries N] [--skip-ir] [--quick]`
 * Builds every engine over the Socialist Worker passages, each in its own
 * process, measures it, and prints a table and, last, one JSON line.
 */
import { spawn } from 'node:child_process';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import {
  BENCH_DIR,
  CACHE_DIR,
  linkCorpusFolder,
  loadBaseArticles,
  passagesOf,
  textBytes,
} from './corpus.js';
import { bundleScript } from './bundle.js';
import { ENGINE_NAMES, isEngineName, type EngineName } from './engines/index.js';
import { IR_ENGINES, evaluateAll, formatIrTable, type IrScore } from './ir.js';
import type { EngineResult } from './result.js';
import { formatTable } from './table.js';
import { analyseAll, buildWorkload, type BenchPlan } from './workload.js';

interface BenchOptions {
  scale: number;
  engines: EngineName[];
  queries: number;
  skipIr: boolean;
  quick: boolean;
}

const USAGE =
  'usage: npm run bench -- [--scale N] [--engines archivist,minisearch,flexsearch,lunr,orama] [--queries N] [--skip-ir] [--quick]';

function parseOptions(argv: string[]): BenchOptions {
  const options: BenchOptions = {
    scale: 1,
    engines: [...ENGINE_NAMES],
    queries: 1000,
    skipIr: false,
    quick: false,
  };
  for (let index = 0; index < argv.length; index += 1) {
    const flag = argv[index];
    const value = () => {
      const next = argv[(index += 1)];
      if (next === undefined) throw new Error(`${flag} needs a value. ${USAGE}`);
      return next;
    };
    const positiveInteger = (text: string) => {
      const number = Number(text);
      if (!Number.isInteger(number) || number < 1)
        throw new Error(`${flag} takes a whole number ≥ 1, not "${text}"`);
      return number;
    };
    if (flag === '--scale') options.scale = positiveInteger(value());
    else if (flag === '--queries') options.queries = positiveInteger(value());
    else if (flag === '--skip-ir') options.skipIr = true;
    else if (flag === '--quick') options.quick = true;
    else if (flag === '--engines') {
      const names = value().split(',');
      const unknown = names.filter((name) => !isEngineName(name));
      if (unknown.length > 0) throw new Error(`unknown engine ${unknown.join(', ')}. ${USAGE}`);
      options.engines = names.filter(isEngineName);
    } else throw new Error(`unknown option ${flag}. ${USAGE}`);
  }
  if (options.quick && !argv.includes('--queries')) options.queries = 200;
  return options;
}

/** Node with a forced GC at hand and TypeScript through tsx, as every child runs. */
function nodeArgs(script: string, args: string[]): string[] {
  return [
    '--expose-gc',
    '--max-old-space-size=20000',
    '--import',
    'tsx',
    path.join(BENCH_DIR, script),
    ...args,
  ];
}

function runChild(script: string, args: string[]): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, nodeArgs(script, args), {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let output = '';
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (chunk: string) => (output += chunk));
    child.on('error', reject);
    child.on('close', (code) => {
      const lastLine = output.trim().split('\n').pop() ?? '';
      if (code === 0 && lastLine) resolve(lastLine);
      else reject(new Error(`${script} ${args[0] ?? ''} exited with ${code}`));
    });
  });
}

const COLD_START_RUNS = 3;

/**
 * The cold start runs as the bot does in production, compiled to JavaScript:
 * through tsx, compiling the modules on each start cost more than loading the snapshot.
 * esbuild comes with tsx; packages stay external and resolve from node_modules.
 */
async function compileColdStart(): Promise<string> {
  return bundleScript(
    path.join(BENCH_DIR, 'cold-start.ts'),
    path.join(CACHE_DIR, 'cold-start.mjs'),
  );
}

/** From spawn to the first answer on stdout, in a new process that loads the snapshot. */
function coldStartOnce(
  script: string,
  engine: string,
  snapshotPath: string,
  dataDir: string,
  query: string,
): Promise<number> {
  return new Promise((resolve, reject) => {
    const start = performance.now();
    const child = spawn(
      process.execPath,
      ['--max-old-space-size=20000', script, engine, snapshotPath, query],
      {
        stdio: ['ignore', 'pipe', 'inherit'],
        env: { ...process.env, BENCH_DATA_DIR: dataDir },
      },
    );
    let answered: number | null = null;
    child.stdout.once('data', () => (answered = performance.now() - start));
    child.on('error', reject);
    child.on('close', (code) => {
      if (code === 0 && answered !== null) resolve(answered);
      else reject(new Error(`cold start of ${engine} exited with ${code}`));
    });
  });
}

async function coldStartMs(
  engine: string,
  snapshotPath: string,
  dataDir: string,
  query: string,
): Promise<number> {
  const script = await compileColdStart();
  const times: number[] = [];
  for (let run = 0; run < COLD_START_RUNS; run += 1)
    times.push(await coldStartOnce(script, engine, snapshotPath, dataDir, query));
  return times.sort((a, b) => a - b)[Math.floor(times.length / 2)] ?? 0;
}

async function main(): Promise<void> {
  const options = parseOptions(process.argv.slice(2));
  await mkdir(CACHE_DIR, { recursive: true });
  const base = await loadBaseArticles(options.quick);
  const analysis = analyseAll(base);
  const workload = buildWorkload(base, analysis.quotations, options.queries);
  const plan: BenchPlan = {
    workload,
    corpusFolder: options.engines.includes('archivist')
      ? await linkCorpusFolder(base, options.scale, options.quick)
      : '',
    replicaTextBytes: textBytes(passagesOf(base)),
    replicaAnalysisMs: analysis.milliseconds,
  };
  const workloadPath = path.join(
    CACHE_DIR,
    `plan-${options.quick ? 'quick' : 'full'}-x${options.scale}-${options.queries}.json`,
  );
  await writeFile(workloadPath, JSON.stringify(plan));

  const results: Array<EngineResult & { coldStartMs: number | null }> = [];
  for (const engine of options.engines) {
    console.error(`bench: ${engine} at scale ${options.scale}…`);
    const line = await runChild('child.ts', [
      engine,
      String(options.scale),
      workloadPath,
      options.quick ? 'quick' : 'full',
    ]);
    const result = JSON.parse(line) as EngineResult;
    const firstQuery = workload.topics[0] ?? 'strike';
    const cold = result.snapshotPath
      ? await coldStartMs(engine, result.snapshotPath, plan.corpusFolder, firstQuery)
      : null;
    results.push({ ...result, coldStartMs: cold });
    // Each engine's figures as soon as it finishes: a slow peer stopped later loses only its own row.
    console.error(`bench: ${engine} done: ${JSON.stringify({ ...result, coldStartMs: cold })}`);
  }

  const ir: IrScore[] = options.skipIr
    ? []
    : await evaluateAll(options.engines.filter((engine) => engine in IR_ENGINES));
  console.log(formatTable(results, options));
  if (ir.length > 0) console.log(`\n${formatIrTable(ir)}`);
  console.log(
    JSON.stringify({
      date: new Date().toISOString(),
      node: process.version,
      options,
      queries: {
        topics: workload.topics.length,
        phrases: workload.phrases.length,
        prefixes: workload.prefixes.length,
      },
      engines: results,
      ir,
    }),
  );
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
  process.exit(1);
});
