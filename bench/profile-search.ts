/**
 * Profiling aid: loads a saved snapshot and runs one workload of a bench plan in a loop, so a CPU
 * profile (`node --cpu-prof`) sees the query code warm.
 *
 *   npx tsx bench/profile-search.ts SNAPSHOT PLAN.json [topics|phrases|phrases10|prefixes] [ROUNDS]
 */
import { readFileSync } from 'node:fs';
import { Archive } from '../src/search/archive.js';
import { readSnapshot } from '../src/search/snapshot.js';

const [snapshotPath, planPath, workload = 'topics', roundsArg = '5'] = process.argv.slice(2);
if (!snapshotPath || !planPath) {
  process.stderr.write(
    'usage: profile-search.ts SNAPSHOT PLAN.json [topics|phrases|phrases10|prefixes] [ROUNDS]\n',
  );
  process.exit(2);
}
const snapshot = await readSnapshot(snapshotPath);
const archive = Archive.restore(snapshot.content, snapshot.index);
const plan = JSON.parse(readFileSync(planPath, 'utf8')) as {
  workload: { topics: string[]; phrases: Array<{ phrase: string }>; prefixes: string[] };
};
const run: Record<string, () => void> = {
  topics: () => plan.workload.topics.forEach((q) => archive.search(q, { limit: 10 })),
  phrases: () => plan.workload.phrases.forEach((p) => archive.whoSaid(p.phrase, { limit: 1 })),
  phrases10: () => plan.workload.phrases.forEach((p) => archive.whoSaid(p.phrase, { limit: 10 })),
  prefixes: () => plan.workload.prefixes.forEach((p) => archive.people(p, 10)),
};
const work = run[workload];
if (!work) throw new Error(`no workload ${workload}`);
const rounds = Number(roundsArg);
for (let round = 0; round < rounds; round++) {
  const started = performance.now();
  work();
  process.stdout.write(
    `${workload} round ${round + 1}: ${(performance.now() - started).toFixed(0)} ms\n`,
  );
}
