/**
 * Cold start: a new process opens the saved snapshot and answers one search.
 * bench/run.ts times it from spawn to the first byte this prints.
 */
import { ArchiveStore } from '../src/search/store.js';

const [engine, snapshotPath = '', query = ''] = process.argv.slice(2);
if (engine !== 'archivist') throw new Error(`no cold start for ${engine}`);
// dataDir is where a rebuild would read from, needed only if the snapshot were unusable; the run checks it is not rebuilt.
const store = await ArchiveStore.open({
  dataDir: process.env.BENCH_DATA_DIR ?? '',
  snapshotPath,
  log: (message) => console.error(message),
});
const hits = store.archive.search(query, { limit: 10 }).hits.length;
process.stdout.write(`${hits}\n`);
