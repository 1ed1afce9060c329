import path from 'node:path';
import { dropRepeatedFooters, readArticleFile, scanFolder } from '../articles/load.js';
import type { Article, Problem } from '../articles/types.js';
import { analyseArticle, buildPeople, givesWords } from '../quotes/index.js';
import type { Quotation } from '../quotes/types.js';
import { Archive, type ArchiveContent } from './archive.js';
import { CODE_VERSION } from './code-version.js';
import type { Snapshot, SourceFile } from './snapshot.js';
import type { ProgressListener, ReindexReport } from './types.js';

/**
 * The archive's content from the files as parsed: duplicate article ids kept
 * once (the first, by path), repeated footers dropped with their quotations,
 * people built. Deterministic, so a saved index lines up with it again on load.
 */
export function assembleContent(files: SourceFile[], builtAt: string): ArchiveContent {
  const seen = new Map<string, string>();
  const kept: Article[] = [];
  const problems: Problem[] = [];
  const quotations: Quotation[] = [];
  for (const file of files) {
    problems.push(...file.problems);
    for (const article of file.articles) {
      const first = seen.get(article.id);
      if (first !== undefined) {
        problems.push({
          file: file.path,
          articleId: article.id,
          reason: `duplicate article id, already read from ${first}`,
        });
        continue;
      }
      seen.set(article.id, file.path);
      kept.push(article);
    }
    for (const quotation of file.quotations)
      if (seen.get(quotation.articleId) === file.path) quotations.push(quotation);
  }
  const articles = dropRepeatedFooters(kept);
  const paragraphCounts = new Map(
    articles.map((article) => [article.id, article.paragraphs.length]),
  );
  const remaining = quotations.filter(
    (q) => q.paragraph <= (paragraphCounts.get(q.articleId) ?? 0),
  );
  return {
    articles,
    quotations: remaining,
    people: buildPeople(remaining),
    problems,
    files: files.length,
    builtAt,
  };
}

/** The Archive a snapshot describes, with its saved content and index. */
export function restoreArchive(snapshot: Snapshot): Archive {
  return Archive.restore(snapshot.content, snapshot.index);
}

/** One article the analyser fails on is reported, not allowed to stop the whole build. */
function quotationsOf(articles: Article[], problems: Problem[]): Quotation[] {
  const quotations: Quotation[] = [];
  for (const article of articles) {
    try {
      quotations.push(...analyseArticle(article).filter(givesWords));
    } catch (error) {
      const reason = `quotations not analysed: ${error instanceof Error ? error.message : String(error)}`;
      problems.push({ file: article.source, articleId: article.id, reason });
    }
  }
  return quotations;
}

export interface BuildOptions {
  dataDir: string;
  /** The last good snapshot of the same folder: its unchanged files are not parsed again. */
  previous?: Snapshot | null;
  /** Parse every file again; the report still counts files as added, changed, removed or unchanged. */
  full?: boolean;
  maxFileBytes?: number;
  onProgress?: ProgressListener;
}

export interface BuildResult {
  snapshot: Snapshot;
  archive: Archive;
  report: ReindexReport;
  /** False when nothing changed since the previous snapshot, which is then returned as it was. */
  rebuilt: boolean;
}

/** Reads the folder (only new and changed files unless full), analyses quotations and builds the index. */
export async function buildSnapshot(options: BuildOptions): Promise<BuildResult> {
  const started = performance.now();
  const dataDir = path.resolve(options.dataDir);
  const { onProgress } = options;
  onProgress?.({ phase: 'scan', done: 0, total: 1 });
  const stats = await scanFolder(dataDir);
  onProgress?.({ phase: 'scan', done: 1, total: 1 });

  const previous = new Map((options.previous?.files ?? []).map((file) => [file.path, file]));
  const counts = { added: 0, changed: 0, removed: 0, unchanged: 0 };
  const files: SourceFile[] = [];
  let done = 0;
  for (const stat of stats) {
    const before = previous.get(stat.path);
    previous.delete(stat.path);
    const same =
      before !== undefined && before.size === stat.size && before.mtimeMs === stat.mtimeMs;
    counts[same ? 'unchanged' : before ? 'changed' : 'added'] += 1;
    if (same && !options.full) {
      files.push(before);
    } else {
      const { articles, problems } = await readArticleFile(dataDir, stat.path, {
        maxBytes: options.maxFileBytes,
      });
      files.push({ ...stat, articles, quotations: quotationsOf(articles, problems), problems });
    }
    done += 1;
    onProgress?.({ phase: 'parse', done, total: stats.length });
  }
  counts.removed = previous.size;

  const last = options.previous;
  if (last && !options.full && counts.added + counts.changed + counts.removed === 0) {
    // Nothing to parse or index: the previous snapshot is still exact.
    const archive = restoreArchive(last);
    return { snapshot: last, archive, report: reportOf(archive, counts, started), rebuilt: false };
  }

  const builtAt = new Date().toISOString();
  const content = assembleContent(files, builtAt);
  onProgress?.({ phase: 'index', done: 0, total: 1 });
  const archive = Archive.build(content);
  onProgress?.({ phase: 'index', done: 1, total: 1 });
  return {
    snapshot: {
      dataDir,
      builtAt,
      codeVersion: CODE_VERSION,
      files,
      content,
      index: archive.compactIndex(),
    },
    archive,
    report: reportOf(archive, counts, started),
    rebuilt: true,
  };
}

function reportOf(
  archive: Archive,
  counts: Pick<ReindexReport, 'added' | 'changed' | 'removed' | 'unchanged'>,
  started: number,
): ReindexReport {
  const summary = archive.stats();
  return {
    ...counts,
    articles: summary.articles,
    passages: summary.passages,
    quotations: summary.quotations,
    problems: archive.problems(),
    milliseconds: Math.round(performance.now() - started),
  };
}
