/**
 * Time from interaction to reply for each slash command, through the real bot
 * and the real discord.js client against the fake Discord, over a real corpus.
 *
 *   npx tsx bench/discord-commands.ts [--data DIR] [--runs N] [--rate COMMANDS_PER_SECOND]
 *
 * Default corpus: ../shared/corpora/socialistworker/articles. The snapshot is
 * kept in .cache/bench/ and built on the first run.
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { REST } from 'discord.js';
import { startBot } from '../src/discord/bot.js';
import { createLogger } from '../src/discord/logger.js';
import { registerCommands } from '../src/discord/register.js';
import { FakeDiscord, type OptionValue } from '../src/fake-discord/index.js';
import { ArchiveStore } from '../src/search/store.js';

const { values } = parseArgs({
  options: {
    data: { type: 'string', default: '../shared/corpora/socialistworker/articles' },
    runs: { type: 'string', default: '20' },
    // discord.js holds a process to 50 REST requests a second, and a deferred reply makes two:
    // commands sent back to back would time its queue, not the bot.
    rate: { type: 'string', default: '20' },
  },
});
const runs = Number(values.runs);
const gapMs = 1000 / Number(values.rate);
const dataDir = path.resolve(values.data);
const snapshotPath = path.resolve(
  '.cache/bench',
  `${path.basename(path.dirname(dataDir))}-commands.snapshot`,
);

const buildStarted = performance.now();
const store = await ArchiveStore.open({ dataDir, snapshotPath, refresh: true });
process.stderr.write(
  `archive ready in ${((performance.now() - buildStarted) / 1000).toFixed(1)} s\n`,
);
const archive = store.archive;
const stats = archive.stats();

// Real arguments drawn from the archive itself: its most quoted person, a quotation's words, its busiest day.
const person = archive.people('', 1)[0];
const sample = person ? archive.quotesBy(person.name, { limit: 1 }).quotes[0] : undefined;
const phrase = sample?.quote.text.split(/\s+/).slice(2, 8).join(' ') ?? 'the war';
const day = stats.lastDate ?? '2024-05-17';
const title = archive.titles('', 1)[0];

const commands: Array<[string, Record<string, OptionValue>]> = [
  ['whosaid', { phrase }],
  ['quotes', { person: person?.name ?? 'Bush', topic: 'war' }],
  ['articles', { date: day }],
  ['search', { query: 'war in iraq' }],
  ['article', { article: title?.articleId ?? '' }],
  ['ask', { question: `who said "${phrase}"` }],
  ['stats', {}],
  ['help', {}],
];

const fake = await FakeDiscord.start({ settleTimeoutMs: 30_000, quietMs: 0 });
await registerCommands(
  new REST({ api: fake.restApiUrl }).setToken(fake.token),
  fake.applicationId,
  fake.guildId,
);
const bot = await startBot({
  config: { token: fake.token, adminRoleIds: [], cooldownSeconds: 0 },
  store,
  logger: createLogger('warn', process.stderr),
  restApi: fake.restApiUrl,
});

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? NaN;

console.log(
  `${stats.articles} articles, ${stats.passages} passages, ${stats.quotations} quotations; ${runs} runs per command`,
);
console.log('command    first reply p50   p99     max   (ms, interaction sent → reply received)');
const results: Record<string, { p50: number; p99: number; max: number }> = {};
for (const [name, options] of commands) {
  const times: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    await new Promise((resolve) => setTimeout(resolve, gapMs));
    const sent = Date.now();
    const outcome = await fake.slash(name, options);
    const answered = outcome.calls.find((c) => c.path.endsWith('/callback'))?.time;
    const edited = outcome.calls.find((c) => c.method === 'PATCH')?.time;
    // A deferred command is answered when its edit arrives; otherwise by its callback.
    const finished = outcome.deferred ? edited : answered;
    if (finished === undefined) throw new Error(`/${name} got no reply`);
    times.push(finished - sent);
  }
  times.sort((a, b) => a - b);
  results[name] = { p50: percentile(times, 0.5), p99: percentile(times, 0.99), max: times.at(-1)! };
  const r = results[name]!;
  console.log(
    `/${name.padEnd(9)} ${r.p50.toFixed(1).padStart(14)} ${r.p99.toFixed(1).padStart(7)} ${r.max.toFixed(1).padStart(7)}`,
  );
}
console.log(JSON.stringify({ corpus: dataDir, articles: stats.articles, runs, results }));
if (fake.violations.length > 0) console.error(`violations: ${fake.violations.length}`);
await bot.stop({ graceMs: 1000 });
await fake.stop();
