/**
 * The bot as two discord.js shards (ShardingManager, one process per shard)
 * against the fake Discord, which holds two guilds, one per shard.
 *
 *   npx tsx bench/shards.ts [--data DIR] [--runs N] [--shards N] [--rate N] [--compiled]
 *
 * Measures each shard process's heap after a forced GC and RSS once ready (and
 * again after the commands), the time from its spawn to its READY, and the time
 * from interaction to reply of /search and /whosaid sent to each shard's guild:
 * the first of each (lazy tables, compilation) apart, then N of each per shard,
 * one at a time, the shards alternating, then N with every shard asked at once.
 * Commands go to each shard at most `--rate` a second (default 40; 0: as fast as
 * replies come): discord.js's REST holds a process to 50 requests a second (its
 * `globalRequestsPerSecond`, Discord's global limit) and each deferred reply's
 * edit counts, so unpaced runs measure that limiter's waits, which the table counts.
 * `--shards 1` runs the same as one process, for comparison. The shards run
 * through the tsx loader, or with `--compiled` as an esbuild bundle (as
 * production would run `npm run build` output). Reply times have the
 * fake's 1 ms clock; with 50 samples p99 is the largest. Default corpus
 * ../shared/corpora/socialistworker/articles (data/articles when it is
 * missing); the snapshot is built or brought up to date once, in this process,
 * before the shards start, so they only load it.
 */
import { existsSync } from 'node:fs';
import { monitorEventLoopDelay, PerformanceObserver } from 'node:perf_hooks';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { REST, ShardingManager, type Shard } from 'discord.js';
import { registerCommands } from '../src/discord/register.js';
import { FakeDiscord, shardOfGuild } from '../src/fake-discord/index.js';
import { ArchiveStore } from '../src/search/store.js';
import { bundleScript } from './bundle.js';
import { pick, seededRandom } from './random.js';
import type { ShardStats } from './shard-entry.js';

const MB = 1024 * 1024;
const here = path.dirname(fileURLToPath(import.meta.url));

const { values } = parseArgs({
  options: {
    data: { type: 'string', default: '../shared/corpora/socialistworker/articles' },
    runs: { type: 'string', default: '50' },
    shards: { type: 'string', default: '2' },
    rate: { type: 'string', default: '40' },
    compiled: { type: 'boolean', default: false },
  },
});
const runs = Number(values.runs);
const SHARDS = Number(values.shards);
let dataDir = path.resolve(values.data);
let note: string | null = null;
if (!existsSync(dataDir)) {
  const fallback = path.resolve(here, '../data/articles');
  note = `${dataDir} is missing; measured over the sample articles in ${fallback} instead`;
  process.stderr.write(`note: ${note}\n`);
  dataDir = fallback;
}
const snapshotPath = path.resolve(
  here,
  '../.cache/bench',
  `${path.basename(path.dirname(dataDir))}-commands.snapshot`,
);

// Build or refresh the snapshot once, here, so the two shards do not both build it.
const buildStarted = performance.now();
const store = await ArchiveStore.open({ dataDir, snapshotPath, refresh: true });
process.stderr.write(
  `snapshot ready in ${((performance.now() - buildStarted) / 1000).toFixed(1)} s: ${snapshotPath}\n`,
);
const stats = store.archive.stats();

// Arguments drawn from the archive with a seeded PRNG: who-said fragments of real quotations
// (words 3–8) and topic searches of 2–3 title words; the same ones for both shards.
const random = seededRandom(20240517);
const phrases: string[] = [];
for (const person of store.archive.people('', 200)) {
  for (const hit of store.archive.quotesBy(person.name, { limit: 2 }).quotes) {
    const words = hit.quote.text.split(/\s+/);
    if (words.length >= 8) phrases.push(words.slice(2, 8).join(' '));
  }
}
const titleWords = store.archive
  .titles('', 2000)
  .flatMap((t) => t.title.match(/[A-Za-z]{5,}/g) ?? [])
  .map((w) => w.toLowerCase());
const draw = (make: () => string) => Array.from({ length: runs }, make);
const whosaidArgs = draw(() => pick(random, phrases.length > 0 ? phrases : ['the war']));
const searchArgs = draw(() =>
  Array.from({ length: 2 + Math.floor(random() * 2) }, () =>
    pick(random, titleWords.length > 0 ? titleWords : ['war']),
  ).join(' '),
);

const fake = await FakeDiscord.start({
  guilds: SHARDS,
  shards: SHARDS,
  settleTimeoutMs: 60_000,
  quietMs: 0,
  readyTimeoutMs: 300_000,
});
const guilds = fake.guildIds;
const rest = new REST({ api: fake.restApiUrl }).setToken(fake.token);
for (const guildId of guilds) await registerCommands(rest, fake.applicationId, guildId);

// The shards inherit these; DISCORD_TOKEN, SHARDS and SHARD_COUNT come from the manager.
process.env.ARCHIVIST_BENCH_REST = fake.restApiUrl;
process.env.ARCHIVIST_BENCH_DATA = dataDir;
process.env.ARCHIVIST_BENCH_SNAPSHOT = snapshotPath;

/** The shard script and Node flags: TypeScript through the tsx loader, or an esbuild bundle. */
async function shardScript(): Promise<{ file: string; execArgv: string[] }> {
  if (!values.compiled) {
    const tsx = pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href;
    return { file: path.join(here, 'shard-entry.ts'), execArgv: ['--expose-gc', '--import', tsx] };
  }
  const file = await bundleScript(
    path.join(here, 'shard-entry.ts'),
    path.resolve(here, '../.cache/bench/shard-entry.mjs'),
  );
  return { file, execArgv: ['--expose-gc'] };
}
const script = await shardScript();
const manager = new ShardingManager(script.file, {
  totalShards: SHARDS,
  token: fake.token,
  mode: 'process',
  respawn: false,
  execArgv: script.execArgv,
});
const spawnedAt = new Map<number, number>();
const readyAfterMs = new Map<number, number>();
manager.on('shardCreate', (shard: Shard) => {
  shard.on('spawn', () => spawnedAt.set(shard.id, performance.now()));
  shard.on('ready', () =>
    readyAfterMs.set(shard.id, performance.now() - (spawnedAt.get(shard.id) ?? NaN)),
  );
});
const spawnStarted = performance.now();
// The manager spawns one shard after another, each once the previous is ready (delay 0: the
// fake does not enforce Discord's 5 s between identifies at max_concurrency 1).
await manager.spawn({ amount: SHARDS, delay: 0, timeout: 300_000 });
const allReadyMs = performance.now() - spawnStarted;

async function shardStats(shard: Shard): Promise<ShardStats> {
  const reply = new Promise<ShardStats>((resolve) => {
    const listener = (message: unknown) => {
      if ((message as { type?: unknown } | null)?.type !== 'bench:stats') return;
      shard.off('message', listener);
      resolve(message as ShardStats);
    };
    shard.on('message', listener);
  });
  await shard.send({ type: 'bench:stats' });
  return reply;
}
const allStats = () => Promise.all([...manager.shards.values()].map((s) => shardStats(s)));

const atReady = await allStats();
for (const s of atReady) {
  const owned = guilds.filter((g) => shardOfGuild(g, SHARDS) === s.shards[0]);
  if (JSON.stringify(s.guildIds) !== JSON.stringify(owned))
    throw new Error(`shard ${s.shards.join()} holds ${s.guildIds.join()}, not ${owned.join()}`);
}

interface Load {
  gcPauses: number;
  gcTotalMs: number;
  gcMaxMs: number;
  loopDelayP99Ms: number;
  loopDelayMaxMs: number;
}
const loadOf = (s: Load): Load => ({
  gcPauses: s.gcPauses,
  gcTotalMs: s.gcTotalMs,
  gcMaxMs: s.gcMaxMs,
  loopDelayP99Ms: s.loopDelayP99Ms,
  loopDelayMaxMs: s.loopDelayMaxMs,
});

/** GC pauses and event-loop delay in this process (the fake and the driver) while commands run. */
function monitorLoad(): { stop: () => Load } {
  const pauses: number[] = [];
  const observer = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) pauses.push(entry.duration);
  });
  observer.observe({ entryTypes: ['gc'] });
  const delay = monitorEventLoopDelay({ resolution: 10 });
  delay.enable();
  return {
    stop: () => {
      observer.disconnect();
      delay.disable();
      return {
        gcPauses: pauses.length,
        gcTotalMs: pauses.reduce((sum, ms) => sum + ms, 0),
        gcMaxMs: Math.max(0, ...pauses),
        loopDelayP99Ms: delay.percentile(99) / 1e6,
        loopDelayMaxMs: delay.max / 1e6,
      };
    },
  };
}
// The shards drop their forced GCs' pauses 100 ms after a stats request: start after that.
await new Promise((resolve) => setTimeout(resolve, 300));
const driverMonitor = monitorLoad();

const rate = Number(values.rate);
const lastSent = new Map<string, number>();
/** Keeps each shard under `rate` commands a second. */
async function paced(guildId: string): Promise<void> {
  if (!(rate > 0)) return;
  const wait = (lastSent.get(guildId) ?? 0) + 1000 / rate - performance.now();
  if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
  lastSent.set(guildId, performance.now());
}

/** Interaction sent → reply received, as bench/discord-commands.ts times it. */
async function timed(
  name: string,
  options: Record<string, string>,
  guildId: string,
): Promise<number> {
  await paced(guildId);
  const sent = Date.now();
  const outcome = await fake.slash(name, options, { guild: guildId });
  const answered = outcome.calls.find((c) => c.path.endsWith('/callback'))?.time;
  const edited = outcome.calls.find((c) => c.method === 'PATCH')?.time;
  const finished = outcome.deferred ? edited : answered;
  if (finished === undefined) throw new Error(`/${name} in guild ${guildId} got no reply`);
  return finished - sent;
}

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? NaN;
const summary = (times: number[]) => {
  const sorted = [...times].sort((a, b) => a - b);
  return { p50: percentile(sorted, 0.5), p99: percentile(sorted, 0.99), max: sorted.at(-1)! };
};

const commands: Array<[string, string, string[]]> = [
  ['search', 'query', searchArgs],
  ['whosaid', 'phrase', whosaidArgs],
];
type Summary = ReturnType<typeof summary>;
const first: Record<string, number[]> = {};
const sequential: Record<string, Summary[]> = {};
const concurrent: Record<string, Summary[]> = {};
for (const [name, option, args] of commands) {
  // Each shard's first of the command builds lazy tables and compiles code: timed apart.
  const firsts: number[] = [];
  for (const guildId of guilds) firsts.push(await timed(name, { [option]: args[0]! }, guildId));
  first[name] = firsts;
  const times: number[][] = guilds.map(() => []);
  for (const arg of args) {
    for (const [shard, guildId] of guilds.entries())
      times[shard]!.push(await timed(name, { [option]: arg }, guildId));
  }
  sequential[name] = times.map(summary);
  const together: number[][] = guilds.map(() => []);
  for (const arg of args) {
    const both = await Promise.all(guilds.map((g) => timed(name, { [option]: arg }, g)));
    both.forEach((ms, shard) => together[shard]!.push(ms));
  }
  concurrent[name] = together.map(summary);
}
const afterCommands = await allStats();
for (const s of afterCommands) {
  const expected = commands.length * (runs * 2 + 1);
  const got = s.handled[s.guildIds[0]!] ?? 0;
  const elsewhere = Object.entries(s.handled).filter(([g]) => g !== s.guildIds[0]);
  if (got !== expected || elsewhere.length > 0)
    throw new Error(`shard ${s.shards.join()} was sent ${JSON.stringify(s.handled)}`);
}

const driverLoad = driverMonitor.stop();
const mb = (bytes: number) => (bytes / MB).toFixed(1);
const ms = (value: number) => value.toFixed(Number.isInteger(value) ? 0 : 1);
console.log(
  `${stats.articles} articles, ${stats.passages} passages, ${stats.quotations} quotations; ` +
    `${SHARDS} shard${SHARDS === 1 ? '' : 's'} (one process each, ${values.compiled ? 'esbuild bundle' : 'tsx loader'}), ` +
    `${runs} of each command per shard, ${rate > 0 ? `at most ${rate} a second` : 'unpaced'}`,
);
if (note) console.log(`note: ${note}`);
console.log(
  'shard  spawn→ready ms (boot + snapshot + login→READY)   heap MB    off-heap MB   RSS MB      (ready / after the commands)',
);
for (const [i, s] of atReady.entries()) {
  const after = afterCommands[i]!;
  console.log(
    `${String(s.shards[0]).padEnd(5)}  ` +
      `${ms(readyAfterMs.get(s.shards[0]!) ?? NaN)} (${ms(s.bootMs)} + ${ms(s.snapshotLoadMs)} + ${ms(s.loginToReadyMs)})`.padEnd(
        40,
      ) +
      `  ${mb(s.heapUsed)} / ${mb(after.heapUsed)}`.padEnd(15) +
      `  ${mb(s.arrayBuffers)} / ${mb(after.arrayBuffers)}`.padEnd(14) +
      `  ${mb(s.rss)} / ${mb(after.rss)}`,
  );
}
console.log(
  `all ready ${ms(allReadyMs)} ms after the manager started spawning (one after another)`,
);
console.log(
  'command   shard  first ms  one at a time p50 / p99 / max ms   all shards at once p50 / p99 / max ms',
);
for (const [name] of commands) {
  for (const shard of guilds.keys()) {
    const a = sequential[name]![shard]!;
    const b = concurrent[name]![shard]!;
    console.log(
      `/${name.padEnd(8)} ${String(shard).padEnd(5)}  ${ms(first[name]![shard]!).padStart(8)}  ` +
        `${ms(a.p50)} / ${ms(a.p99)} / ${ms(a.max)}`.padEnd(34) +
        `  ${ms(b.p50)} / ${ms(b.p99)} / ${ms(b.max)}`,
    );
  }
}
console.log(
  'during the commands  GC pauses  total ms  max ms  event-loop delay p99 / max ms  REST rate-limit waits (global) max ms',
);
const loadRow = (who: string, load: Load, limits = '') =>
  console.log(
    `${who.padEnd(19)}  ${String(load.gcPauses).padStart(9)}  ${ms(load.gcTotalMs).padStart(8)}  ` +
      `${ms(load.gcMaxMs).padStart(6)}  ${`${ms(load.loopDelayP99Ms)} / ${ms(load.loopDelayMaxMs)}`.padEnd(30)}  ${limits}`,
  );
for (const s of afterCommands)
  loadRow(
    `shard ${s.shards[0]}`,
    s,
    `${s.rateLimited} (${s.rateLimitedGlobal}) ${ms(s.rateLimitWaitMaxMs)}`,
  );
loadRow('driver (fake, here)', driverLoad);
for (const s of atReady.filter((r) => r.snapshotRebuilt))
  console.log(
    `warning: shard ${s.shards[0]} rebuilt the snapshot (the article or quotation code changed ` +
      'after this process built it): its load time and memory are a build, not a load',
  );
console.log(
  JSON.stringify({
    corpus: dataDir,
    note,
    articles: stats.articles,
    passages: stats.passages,
    shards: SHARDS,
    compiled: values.compiled,
    runs,
    rate,
    allReadyMs,
    perShard: atReady.map((s, i) => ({
      shard: s.shards[0],
      guildIds: s.guildIds,
      spawnToReadyMs: readyAfterMs.get(s.shards[0]!),
      bootMs: s.bootMs,
      snapshotLoadMs: s.snapshotLoadMs,
      loginToReadyMs: s.loginToReadyMs,
      ready: { heapMB: s.heapUsed / MB, arrayBuffersMB: s.arrayBuffers / MB, rssMB: s.rss / MB },
      after: {
        heapMB: afterCommands[i]!.heapUsed / MB,
        arrayBuffersMB: afterCommands[i]!.arrayBuffers / MB,
        rssMB: afterCommands[i]!.rss / MB,
      },
      snapshotRebuilt: s.snapshotRebuilt,
      duringCommands: {
        ...loadOf(afterCommands[i]!),
        rateLimited: afterCommands[i]!.rateLimited,
        rateLimitedGlobal: afterCommands[i]!.rateLimitedGlobal,
        rateLimitWaitMaxMs: afterCommands[i]!.rateLimitWaitMaxMs,
      },
      handled: afterCommands[i]!.handled,
    })),
    driver: driverLoad,
    first,
    sequential,
    concurrent,
    violations: fake.violations.length,
  }),
);
if (fake.violations.length > 0) console.error(`violations: ${fake.violations.length}`);
for (const shard of manager.shards.values()) shard.kill();
await fake.stop();
