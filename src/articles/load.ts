import { open, readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import type { ProgressListener } from '../search/types.js';
import { isJsonLinesPath, parseArticleText, type ParsedFile } from './parse.js';
import type { Article } from './types.js';

export interface FileStat {
  /** Relative to the scanned root, with forward slashes. */
  path: string;
  size: number;
  mtimeMs: number;
}

export const DEFAULT_MAX_BYTES = 5 * 1024 * 1024;

/** Files read at once: enough to keep the disk busy while one file is parsed. */
const READ_CONCURRENCY = 8;

/**
 * Every file under root, recursively, sorted by path. Dot-files and dot-folders are skipped,
 * and so is a README.md at the root, which describes the folder rather than being an article.
 */
export async function scanFolder(root: string): Promise<FileStat[]> {
  const files: FileStat[] = [];
  async function walk(relDir: string): Promise<void> {
    const entries = await readdir(path.join(root, relDir), { withFileTypes: true });
    for (const entry of entries) {
      if (entry.name.startsWith('.')) continue;
      const relPath = relDir === '' ? entry.name : `${relDir}/${entry.name}`;
      if (relDir === '' && entry.name.toLowerCase() === 'readme.md') continue;
      const info = entry.isSymbolicLink()
        ? await stat(path.join(root, relPath)).catch(() => null)
        : null;
      if (entry.isDirectory() || info?.isDirectory()) {
        await walk(relPath);
      } else if (entry.isFile() || info?.isFile()) {
        const { size, mtimeMs } = info ?? (await stat(path.join(root, relPath)));
        files.push({ path: relPath, size, mtimeMs });
      }
    }
  }
  await walk('');
  return files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

function formatBytes(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${bytes} bytes`;
}

/** The file's bytes, or its size when that is over the limit (then it is not read). */
async function readWithinLimit(fullPath: string, maxBytes: number): Promise<Buffer | number> {
  const handle = await open(fullPath, 'r');
  try {
    const { size } = await handle.stat();
    return size > maxBytes ? size : await handle.readFile();
  } finally {
    await handle.close();
  }
}

/** Keeps the first article of each id; later ones are reported, naming where the first is. */
function dropDuplicateIds(parsed: ParsedFile): ParsedFile {
  const firstSource = new Map<string, string>();
  const articles: Article[] = [];
  const problems = [...parsed.problems];
  for (const article of parsed.articles) {
    const first = firstSource.get(article.id);
    if (first === undefined) {
      firstSource.set(article.id, article.source);
      articles.push(article);
    } else {
      problems.push({
        file: article.source,
        articleId: article.id,
        reason: `duplicate id (first in ${first})`,
      });
    }
  }
  return { articles, problems };
}

/**
 * The articles of one file. Never throws for a bad file: an empty, binary, oversized or
 * non-UTF-8 file, or one that cannot be read, comes back as a problem naming the reason.
 */
export async function readArticleFile(
  root: string,
  relPath: string,
  options: { maxBytes?: number } = {},
): Promise<ParsedFile> {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const fail = (reason: string): ParsedFile => ({
    articles: [],
    problems: [{ file: relPath, reason }],
  });
  try {
    // The limit guards against one absurd article: for a file of one article a line, that is a line.
    const perLine = isJsonLinesPath(relPath);
    const bytes = await readWithinLimit(path.join(root, relPath), perLine ? Infinity : maxBytes);
    if (typeof bytes === 'number')
      return fail(`over the size limit (${formatBytes(bytes)} > ${formatBytes(maxBytes)})`);
    if (bytes.length === 0) return fail('empty file');
    if (bytes.includes(0)) return fail('binary file (NUL bytes)');
    let text: string;
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    } catch {
      return fail('invalid UTF-8');
    }
    return dropDuplicateIds(
      parseArticleText(text, relPath, perLine ? { maxRecordBytes: maxBytes } : {}),
    );
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return fail(`unreadable (${code ?? (error as Error).message})`);
  }
}

/** Articles of one source share a folder (or a multi-article file, which sits in one folder). */
function sourceGroup(article: Article): string {
  return path.posix.dirname(article.source);
}

/** Fewest articles a closing paragraph must end, each with a different lead paragraph. */
const MIN_FOOTER_REPEATS = 3;
/** Footers can stack ("Reuter" under a contact line); a few passes peel them. */
const MAX_FOOTER_PASSES = 3;

function dropRepeatedFootersOnce(articles: Article[]): Article[] {
  const leadsByClosing = new Map<string, Set<string>>();
  for (const article of articles) {
    if (article.paragraphs.length < 2) continue;
    const key = `${sourceGroup(article)}\n${article.paragraphs.at(-1)}`;
    let leads = leadsByClosing.get(key);
    if (!leads) leadsByClosing.set(key, (leads = new Set()));
    leads.add(article.paragraphs[0]!);
  }
  return articles.map((article) => {
    if (article.paragraphs.length < 2) return article;
    const leads = leadsByClosing.get(`${sourceGroup(article)}\n${article.paragraphs.at(-1)}`);
    if (!leads || leads.size < MIN_FOOTER_REPEATS) return article;
    return { ...article, paragraphs: article.paragraphs.slice(0, -1) };
  });
}

/**
 * Drops a closing paragraph repeated verbatim across many articles of one source (a sign-off
 * such as "Reuter", a subscription plea). Counting articles by distinct lead paragraphs keeps
 * a republished article from losing its real ending. An article's only paragraph is kept, and
 * paragraphs before a dropped one keep their numbers.
 */
export function dropRepeatedFooters(articles: Article[]): Article[] {
  let current = articles;
  for (let pass = 0; pass < MAX_FOOTER_PASSES; pass += 1) {
    const next = dropRepeatedFootersOnce(current);
    if (next.every((article, index) => article === current[index])) break;
    current = next;
  }
  return current;
}

/**
 * Every article under root, and every problem met, each problem naming its file. Duplicate ids
 * across the folder keep the first in path order; repeated footers are dropped per source.
 */
export async function loadFolder(
  root: string,
  options: { maxBytes?: number; onProgress?: ProgressListener } = {},
): Promise<ParsedFile> {
  const { onProgress } = options;
  const files = await scanFolder(root);
  onProgress?.({ phase: 'scan', done: files.length, total: files.length });

  const results: ParsedFile[] = new Array<ParsedFile>(files.length);
  let nextIndex = 0;
  let done = 0;
  async function worker(): Promise<void> {
    while (nextIndex < files.length) {
      const index = nextIndex++;
      results[index] = await readArticleFile(root, files[index]!.path, {
        maxBytes: options.maxBytes,
      });
      done += 1;
      onProgress?.({ phase: 'parse', done, total: files.length });
    }
  }
  await Promise.all(Array.from({ length: Math.min(READ_CONCURRENCY, files.length) }, worker));

  const merged = dropDuplicateIds({
    articles: results.flatMap((result) => result.articles),
    problems: results.flatMap((result) => result.problems),
  });
  return { articles: dropRepeatedFooters(merged.articles), problems: merged.problems };
}
