import type { ChildProcess, fork as forkType } from 'node:child_process';
import { cp, mkdir, readdir, utimes, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Archive } from '../../src/search/archive.js';
import { readSnapshot } from '../../src/search/snapshot.js';
import { ArchiveStore, ReindexBusyError } from '../../src/search/store.js';
import type { Progress, Stats } from '../../src/search/types.js';
import { SAMPLE_DATA, scratchFolder } from '../helpers/bot-harness.js';
import { seededRandom as random } from '../../bench/random.js';

/**
 * Each reindex child started through tsx spends about two seconds compiling TypeScript before it
 * does any work. So that fifty kills fit in a test run, the same worker source is bundled once
 * with esbuild (tsx's own compiler) and forked as plain JavaScript; the first kills still go
 * through the real tsx start-up, unchanged.
 */
const forked = vi.hoisted(() => ({
  children: [] as ChildProcess[],
  bundle: null as string | null,
}));

vi.mock('node:child_process', async (importOriginal) => {
  const original = await importOriginal<typeof import('node:child_process')>();
  const fork = ((script: string, args: string[], options: Parameters<typeof forkType>[2]) => {
    const bundled = forked.bundle !== null && /reindex-worker\.ts$/.test(script);
    const child = bundled
      ? original.fork(forked.bundle!, args, { ...options, execArgv: [] })
      : original.fork(script, args, options);
    forked.children.push(child);
    return child;
  }) as typeof forkType;
  return { ...original, fork, default: { ...original, fork } };
});

const KILLS_THROUGH_TSX = 3;
/**
 * Kills that must land through the bundled worker. On the small sample folder a child often
 * finishes before its timer fires (how often depends on the machine's speed), so rounds go on
 * until this many children have really been killed, up to MAX_ROUNDS.
 */
const KILLS_THROUGH_BUNDLE = 50;
const MAX_ROUNDS = 400;
const SEED = 0x5eed;
const PHASES: Array<Progress['phase']> = ['scan', 'parse', 'index', 'save'];

/** Two versions of one article: the folder flips between them, so each reindex has news. */
const VERSIONS = [
  '# Flip article, first version\nJane Doe\n17 May 2024\n\n“The ferry timetable stays,” said Jane Doe.\n',
  '# Flip article, second version\nJane Doe\n18 May 2024\n\n“The ferry timetable changes in spring, and the night boat returns,” said Jane Doe.\n\nA second paragraph about the ferry.\n',
];

/** What the archive answers, without the build time: equal for two builds of the same folder. */
function fingerprint(archive: Archive): string {
  const stats: Partial<Stats> = { ...archive.stats() };
  delete stats.builtAt;
  const hits = archive.search('ferry timetable harbour', { limit: 50 }).hits;
  return JSON.stringify({
    stats,
    hits: hits.map((h) => [h.articleId, h.paragraph, h.text]),
    who: archive.whoSaid('ferry timetable').answers.map((a) => [a.articleId, a.quote.text]),
  });
}

describe('the snapshot survives killed reindexes', () => {
  let dataDir: string;
  let snapshotPath: string;
  let remove: () => Promise<void>;
  let flipFile: string;
  let version = 0;
  /** Temporary snapshot files found after the kills. */
  let leftovers: string[] = [];
  /** What a fresh build of each folder version answers. */
  const expected: string[] = [];

  async function writeVersion(next: number): Promise<void> {
    version = next;
    await writeFile(flipFile, VERSIONS[next]!);
    // A distinct mtime each time, so the incremental reindex always sees the change.
    const when = new Date(Date.now() + forked.children.length * 1000);
    await utimes(flipFile, when, when);
  }

  async function openQuietly(): Promise<{ store: ArchiveStore; rebuilt: string[] }> {
    const rebuilt: string[] = [];
    const store = await ArchiveStore.open({
      dataDir,
      snapshotPath,
      log: (message) => rebuilt.push(message),
    });
    return { store, rebuilt };
  }

  beforeAll(async () => {
    const scratch = await scratchFolder('kill');
    remove = scratch.remove;
    dataDir = path.join(scratch.dir, 'data');
    snapshotPath = path.join(scratch.dir, 'snapshots', 'archive.snapshot');
    await cp(SAMPLE_DATA, dataDir, { recursive: true });
    await mkdir(path.dirname(snapshotPath));
    flipFile = path.join(dataDir, '2026', '2026-12-01-ferry-flip.md');
    for (const v of [1, 0]) {
      await writeVersion(v);
      const built = await ArchiveStore.open({ dataDir, snapshotPath: `${snapshotPath}.v${v}` });
      expected[v] = fingerprint(built.archive);
    }
    expect(expected[0]).not.toBe(expected[1]);
  }, 60_000);

  afterAll(async () => remove?.());

  it(`at least ${KILLS_THROUGH_BUNDLE} SIGKILLs at random moments: every start loads the old or the new snapshot, never a damaged one`, async () => {
    const next = random(SEED);
    let { store } = await openQuietly();
    let onDisk = fingerprint(store.archive);
    expect(onDisk).toBe(expected[version]);
    const tally = {
      killed: 0,
      finishedFirst: 0,
      old: 0,
      new: 0,
      byMoment: new Map<string, number>(),
    };

    const { build } = createRequire(import.meta.url)('esbuild') as typeof import('esbuild');

    let bundledKills = 0;
    let rounds = 0;
    for (
      let round = 0;
      round < KILLS_THROUGH_TSX || (bundledKills < KILLS_THROUGH_BUNDLE && round < MAX_ROUNDS);
      round += 1
    ) {
      rounds += 1;
      if (round === KILLS_THROUGH_TSX) {
        // CommonJS, as some dependencies (yaml) require Node built-ins in ways an ES bundle cannot.
        const outfile = path.join(path.dirname(snapshotPath), '..', 'reindex-worker.cjs');
        await build({
          entryPoints: [path.resolve('src/search/reindex-worker.ts')],
          bundle: true,
          platform: 'node',
          format: 'cjs',
          outfile,
          logLevel: 'silent',
        });
        forked.bundle = outfile;
        // The bundled worker must really work, or its kills would prove nothing.
        await writeVersion(1 - version);
        await store.reindex();
        expect(fingerprint(store.archive)).toBe(expected[version]);
        store = (await openQuietly()).store;
        onDisk = fingerprint(store.archive);
      }
      await writeVersion(1 - version);
      const oldAnswer = fingerprint(store.archive);
      const childrenBefore = forked.children.length;
      const killer = planKill(next);
      tally.byMoment.set(killer.moment, (tally.byMoment.get(killer.moment) ?? 0) + 1);
      // The child is forked inside reindex(); its progress arrives only after that returns.
      const target: { child?: ChildProcess } = {};
      let timer: NodeJS.Timeout | undefined;
      const kill = () => {
        timer = setTimeout(() => target.child?.kill('SIGKILL'), killer.delayMs);
      };
      const running = store.reindex({
        full: next() < 0.3,
        onProgress: (progress) => {
          if (killer.phase === progress.phase && progress.done === 0) kill();
        },
      });
      target.child = forked.children[childrenBefore];
      expect(target.child, 'the reindex forked a child').toBeDefined();
      if (killer.phase === null) kill();

      // While it runs, queries answer from the old archive, and a second reindex is told no.
      expect(fingerprint(store.archive)).toBe(oldAnswer);
      await expect(store.reindex()).rejects.toBeInstanceOf(ReindexBusyError);

      const finished = await running.then(
        () => true,
        (error: Error) => {
          expect(error.message).toMatch(/SIGKILL|without a result/);
          return false;
        },
      );
      clearTimeout(timer);
      if (finished) tally.finishedFirst += 1;
      else {
        tally.killed += 1;
        if (round >= KILLS_THROUGH_TSX) bundledKills += 1;
      }
      if (!finished) expect(fingerprint(store.archive)).toBe(oldAnswer);

      // The next start: the snapshot on disk reads cleanly and is used as it is.
      await expect(readSnapshot(snapshotPath)).resolves.toBeDefined();
      const reopened = await openQuietly();
      expect(reopened.rebuilt, 'the snapshot was loaded, not rebuilt').toEqual([]);
      const answer = fingerprint(reopened.store.archive);
      expect([onDisk, expected[version]]).toContain(answer);
      if (answer === expected[version] && answer !== onDisk) tally.new += 1;
      else tally.old += 1;
      onDisk = answer;
      store = reopened.store;
    }

    leftovers = (await readdir(path.dirname(snapshotPath))).filter((f) => f.endsWith('.tmp'));
    console.info(
      `reliability: ${rounds} reindexes, ${tally.killed} children killed, ${tally.finishedFirst} finished before the kill; ` +
        `next start loaded the old snapshot ${tally.old} times, the new one ${tally.new} times; ` +
        `moments ${JSON.stringify(Object.fromEntries(tally.byMoment))}; ${leftovers.length} temporary files left behind`,
    );
    expect(bundledKills).toBeGreaterThanOrEqual(KILLS_THROUGH_BUNDLE);
    expect(tally.killed + tally.finishedFirst).toBe(rounds);
    expect(tally.old + tally.new).toBe(rounds);
  }, 300_000);

  it('leaves no temporary snapshot files behind once a later start or reindex has run', () => {
    // A child killed mid-write leaves its temporary file; nothing removes it, and each one is as
    // big as the whole snapshot, so repeated crashes fill the disk.
    expect(leftovers).toEqual([]);
  });
});

describe('a first start', () => {
  it('creates the folder the snapshot goes in', async () => {
    const scratch = await scratchFolder('first-start');
    try {
      const snapshotPath = path.join(scratch.dir, 'not-yet', 'archive.snapshot');
      const store = await ArchiveStore.open({ dataDir: SAMPLE_DATA, snapshotPath });
      expect(store.archive.stats().articles).toBeGreaterThan(0);
      await expect(readSnapshot(snapshotPath)).resolves.toBeDefined();
    } finally {
      await scratch.remove();
    }
  });
});

/**
 * When to kill: at a random delay after the fork (whatever the child is doing then), or just
 * after it reports entering a phase, the save most often, where a torn write would show.
 */
function planKill(next: () => number): {
  moment: string;
  phase: Progress['phase'] | null;
  delayMs: number;
} {
  if (next() < 0.3) {
    const delayMs = Math.floor(next() * 400);
    return { moment: 'after fork', phase: null, delayMs };
  }
  const phase = next() < 0.5 ? 'save' : PHASES[Math.floor(next() * PHASES.length)]!;
  return { moment: phase, phase, delayMs: Math.floor(next() * 8) };
}
