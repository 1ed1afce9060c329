import { mkdir, rm, symlink } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadFolder } from '../src/articles/load.js';
import type { Article } from '../src/articles/types.js';

export const BENCH_DIR = path.dirname(fileURLToPath(import.meta.url));
export const SOCIALIST_WORKER = path.resolve(BENCH_DIR, '../../shared/corpora/socialistworker');
/** Workloads and snapshots; .cache/ is ignored by git. */
export const CACHE_DIR = path.resolve(BENCH_DIR, '../.cache/bench');

/** Articles of a --quick smoke run: enough for every workload, small enough to build in seconds. */
const QUICK_ARTICLES = 400;

/** One paragraph of one article: the unit every engine indexes. */
export interface Passage {
  articleId: string;
  /** Counting from 1. */
  paragraph: number;
  title: string;
  text: string;
}

export async function loadBaseArticles(quick: boolean): Promise<Article[]> {
  const { articles } = await loadFolder(SOCIALIST_WORKER);
  const sorted = [...articles].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return quick ? sorted.slice(0, QUICK_ARTICLES) : sorted;
}

/** The replica marker keeps ids distinct while the text stays equal to the original's. */
export function replicaId(id: string, replica: number): string {
  return replica === 0 ? id : `${id}~${replica}`;
}

/**
 * A copy of the text in new memory: a replica that shared the original's strings would be counted
 * once in every engine's heap, as if a ten-times corpus held one corpus of text.
 */
function ownCopy(text: string): string {
  return Buffer.from(text, 'utf8').toString('utf8');
}

export function replicate(articles: readonly Article[], scale: number): Article[] {
  const replicated: Article[] = [];
  for (let replica = 0; replica < scale; replica += 1) {
    for (const article of articles) {
      replicated.push(
        replica === 0
          ? article
          : {
              ...article,
              id: replicaId(article.id, replica),
              source: `replica-${replica}/${article.source}`,
              title: ownCopy(article.title),
              paragraphs: article.paragraphs.map(ownCopy),
            },
      );
    }
  }
  return replicated;
}

export function passagesOf(articles: readonly Article[]): Passage[] {
  const passages: Passage[] = [];
  for (const article of articles) {
    article.paragraphs.forEach((text, index) => {
      passages.push({ articleId: article.id, paragraph: index + 1, title: article.title, text });
    });
  }
  return passages;
}

export function textBytes(passages: readonly Passage[]): number {
  let bytes = 0;
  for (const passage of passages) bytes += Buffer.byteLength(passage.text);
  return bytes;
}

/**
 * A data folder for engines that read files themselves (Archivist's store):
 * replica-k/ holds links to the chosen article files, so ids differ per replica
 * while the text stays the same.
 */
export async function linkCorpusFolder(
  articles: readonly Article[],
  scale: number,
  quick: boolean,
): Promise<string> {
  const folder = path.join(CACHE_DIR, `corpus-${quick ? 'quick' : 'full'}-x${scale}`);
  await rm(folder, { recursive: true, force: true });
  const sources = [...new Set(articles.map((article) => article.source))];
  for (let replica = 0; replica < scale; replica += 1) {
    for (const source of sources) {
      const link = path.join(folder, `replica-${replica}`, source);
      await mkdir(path.dirname(link), { recursive: true });
      await symlink(path.join(SOCIALIST_WORKER, source), link);
    }
  }
  return folder;
}
