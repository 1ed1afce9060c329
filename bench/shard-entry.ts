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
  rss: number;
}

const env = (name: string): string => {
  const value = process.env[name];
  if (!value) throw new Error(`shard-entry: ${name} is not set (run through bench/shards.ts)`);
  return value;
};

const logger = createLogger('warn', process.stderr);
const loadStarted = performance.now();
const store = await ArchiveStore.open({
  dataDir: env('ARCHIVIST_BENCH_DATA'),
  snapshotPath: env('ARCHIVIST_BENCH_SNAPSHOT'),
  log: (message) => logger.warn(message),
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

const handled: Record<string, number> = {};
bot.client.on(Events.InteractionCreate, (interaction: Interaction) => {
  const guild = interaction.guildId ?? 'dm';
  handled[guild] = (handled[guild] ?? 0) + 1;
});

const gc = (globalThis as { gc?: () => void }).gc;

process.on('message', (message: unknown) => {
  if ((message as { type?: unknown } | null)?.type !== 'bench:stats') return;
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
    rss: memory.rss,
  };
  process.send?.(stats);
});

process.once('SIGTERM', () => {
  void bot.stop({ graceMs: 1000 }).finally(() => process.exit(0));
});
