/**
 * One discord.js shard of the bot, as `ShardingManager` runs it (bench/shards.ts
 * spawns two). It does what the bot's start-up does, over the bench's data
 * folder and snapshot and against the fake Discord: open the snapshot with
 * `ArchiveStore`, then `startBot`, whose discord.js client takes its shard id and
 * count from the manager's environment (SHARDS, SHARD_COUNT) and its token from
 * DISCORD_TOKEN.
 *
 * It answers one process message, `{ type: 'bench:stats' }`, with its shard, its
 * guilds, how many interactions it was sent per guild, start-up times, and
 * `process.memoryUsage()` after a forced GC (run with --expose-gc).
 */
import { monitorEventLoopDelay, PerformanceObserver } from 'node:perf_hooks';
import { Events, type Interaction } from 'discord.js';
import { startBot } from '../src/discord/bot.js';
import { createLogger } from '../src/discord/logger.js';
import { ArchiveStore } from '../src/search/store.js';

/** From the process's start (Node's bootstrap, the tsx loader, every import) to this line. */
const bootMs = performance.now();

export interface ShardStats {
  type: 'bench:stats';
  shards: number[];
  guildIds: string[];
  /** Interactions this process was sent, by guild id. */
  handled: Record<string, number>;
  bootMs: number;
  snapshotLoadMs: number;
  loginToReadyMs: number;
  /** From the process's start to READY (what the bot needs before answering). */
  processToReadyMs: number;
  heapUsed: number;
  /** Off the V8 heap: ArrayBuffer backing stores (the index's typed arrays) and other buffers. */
  external: number;
  arrayBuffers: number;
  rss: number;
  /**
   * Since READY, or since the last stats request (its forced GCs not counted): garbage-collection
   * pauses and event-loop delay.
   */
  gcPauses: number;
  gcTotalMs: number;
  gcMaxMs: number;
  loopDelayP99Ms: number;
  loopDelayMaxMs: number;
  /** Requests discord.js's REST held back for a rate limit (its own 50 requests/s global one included). */
  rateLimited: number;
  rateLimitedGlobal: number;
  rateLimitWaitMaxMs: number;
  /** True when the snapshot was not usable (e.g. the quotation code changed) and this shard rebuilt it. */
  snapshotRebuilt: boolean;
}

const env = (name: string): string => {
  const value = process.env[name];
  if (!value) throw new Error(`shard-entry: ${name} is not set (run through bench/shards.ts)`);
  return value;
};

const logger = createLogger('warn', process.stderr);
const loadStarted = performance.now();
let snapshotRebuilt = false;
const store = await ArchiveStore.open({
  dataDir: env('ARCHIVIST_BENCH_DATA'),
  snapshotPath: env('ARCHIVIST_BENCH_SNAPSHOT'),
  log: (message) => {
    if (message.startsWith('indexed ')) snapshotRebuilt = true;
    logger.warn(message);
  },
});
const snapshotLoadMs = performance.now() - loadStarted;

const loginStarted = performance.now();
const bot = await startBot({
  config: { token: env('DISCORD_TOKEN'), adminRoleIds: [], cooldownSeconds: 0 },
  store,
  logger,
  restApi: env('ARCHIVIST_BENCH_REST'),
  readyTimeoutMs: 120_000,
});
const readyAt = performance.now();

const gcPauses: number[] = [];
new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) gcPauses.push(entry.duration);
}).observe({ entryTypes: ['gc'] });
const loopDelay = monitorEventLoopDelay({ resolution: 10 });
loopDelay.enable();

const rateLimits: Array<{ global: boolean; timeToReset: number }> = [];
bot.client.rest.on('rateLimited', (info) =>
  rateLimits.push({ global: info.global, timeToReset: info.timeToReset }),
);

const handled: Record<string, number> = {};
bot.client.on(Events.InteractionCreate, (interaction: Interaction) => {
  const guild = interaction.guildId ?? 'dm';
  handled[guild] = (handled[guild] ?? 0) + 1;
});

const gc = (globalThis as { gc?: () => void }).gc;

process.on('message', (message: unknown) => {
  if ((message as { type?: unknown } | null)?.type !== 'bench:stats') return;
  const pauses = gcPauses.splice(0);
  const limits = rateLimits.splice(0);
  const delay = { p99: loopDelay.percentile(99) / 1e6, max: loopDelay.max / 1e6 };
  loopDelay.reset();
  gc?.();
  gc?.();
  const memory = process.memoryUsage();
  const stats: ShardStats = {
    type: 'bench:stats',
    shards: bot.client.ws.shards.map((shard) => shard.id),
    guildIds: [...bot.client.guilds.cache.keys()],
    handled: { ...handled },
    bootMs,
    snapshotLoadMs,
    loginToReadyMs: readyAt - loginStarted,
    processToReadyMs: readyAt,
    heapUsed: memory.heapUsed,
    external: memory.external,
    arrayBuffers: memory.arrayBuffers,
    rss: memory.rss,
    gcPauses: pauses.length,
    gcTotalMs: pauses.reduce((sum, ms) => sum + ms, 0),
    gcMaxMs: Math.max(0, ...pauses),
    loopDelayP99Ms: delay.p99,
    loopDelayMaxMs: delay.max,
    rateLimited: limits.length,
    rateLimitedGlobal: limits.filter((limit) => limit.global).length,
    rateLimitWaitMaxMs: Math.max(0, ...limits.map((limit) => limit.timeToReset)),
    snapshotRebuilt,
  };
  process.send?.(stats);
  // The forced GCs above blocked the loop; their pauses and delay arrive late: drop them.
  setTimeout(() => {
    gcPauses.length = 0;
    loopDelay.reset();
  }, 100);
});

process.once('SIGTERM', () => {
  void bot.stop({ graceMs: 1000 }).finally(() => process.exit(0));
});
