import 'dotenv/config';
import path from 'node:path';
import { stat } from 'node:fs/promises';
import { createInterface } from 'node:readline';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { loadFolder, readArticleFile } from './articles/load.js';
import { parseDateRange } from './articles/dates.js';
import { analyseArticle, attributionUnits } from './quotes/index.js';
import { rebuildSnapshot } from './search/rebuild.js';
import type { Archive } from './search/archive.js';
import type { Article } from './articles/types.js';
import type { PassageHit, QuoteHit } from './search/types.js';
import { progressBar } from './cli/progress.js';
import * as text from './cli/text.js';
import { dataFolder, openFreshStore } from './cli/open.js';
import { quotationRecord } from './cli/records.js';

/** A mistake in the command line or its input: one line on stderr and a non-zero exit. */
class UsageError extends Error {}

const USAGE = `Usage: npm run cli -- <command> [options]

Commands:
  reindex [--data DIR] [--full]            build or update the index snapshot
  search QUERY [--from D] [--to D] [--author A] [--limit N] [--page N]
  whosaid [PHRASE]                         who said these words (phrases from stdin when none)
  quotes PERSON [--topic T] [--from D] [--to D] [--limit N]
  quotes --json PATH...                    every quotation in these files or folders
  articles DATE_OR_RANGE [--author A]      e.g. "17 May 2024", "May 2024", "last week"
  article ID                               one article with its speakers and quotations
  people PREFIX                            speakers whose name or alias starts so
  stats                                    size of the archive

Common options:
  --data DIR    the folder of articles (default: DATA_DIR or data/articles)
  --json        one JSON object per line, for scripts`;

const OPTIONS = {
  data: { type: 'string' },
  json: { type: 'boolean', default: false },
  full: { type: 'boolean', default: false },
  from: { type: 'string' },
  to: { type: 'string' },
  author: { type: 'string' },
  topic: { type: 'string' },
  limit: { type: 'string' },
  page: { type: 'string' },
  help: { type: 'boolean', short: 'h', default: false },
} as const satisfies ParseArgsConfig['options'];

type Flags = ReturnType<
  typeof parseArgs<{ options: typeof OPTIONS; allowPositionals: true }>
>['values'];

function print(line: string): void {
  process.stdout.write(`${line}\n`);
}

function printJson(value: unknown): void {
  print(JSON.stringify(value));
}

function positiveInt(value: string | undefined, name: string, fallback: number): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > 1000) {
    throw new UsageError(`--${name} must be a whole number from 1 to 1000`);
  }
  return n;
}

/** A date option accepts anything a range accepts; `--from` takes its start, `--to` its end. */
function dateBound(value: string | undefined, side: 'from' | 'to'): string | undefined {
  if (value === undefined) return undefined;
  const range = parseDateRange(value);
  return side === 'from' ? range.from : range.to;
}

async function openArchive(flags: Flags): Promise<Archive> {
  return (await openFreshStore(flags.data)).store.archive;
}

/**
 * The speaker as a reader would name them, with the role the article gives:
 * "Joseph Kishore, Socialist Equality Party candidate for US president".
 */
function speakerWithRole(hit: QuoteHit): string | null {
  const { speaker, role } = hit.quote;
  if (!speaker) return role;
  return role ? `${speaker}, ${role}` : speaker;
}

function quoteJson(hit: QuoteHit) {
  return {
    speaker: speakerWithRole(hit),
    name: hit.quote.speaker,
    role: hit.quote.role,
    quote: hit.quote.text,
    file: hit.file,
    articleId: hit.articleId,
    title: hit.title,
    date: hit.date,
    paragraph: hit.paragraph,
    score: hit.score,
  };
}

function passageJson(hit: PassageHit) {
  return {
    articleId: hit.articleId,
    file: hit.file,
    title: hit.title,
    author: hit.author,
    date: hit.date,
    paragraph: hit.paragraph,
    text: hit.text,
    score: hit.score,
  };
}

async function reindex(flags: Flags): Promise<void> {
  const { config, dataDir } = await dataFolder(flags.data);
  const bar = progressBar(process.stderr);
  // In this process: nothing is being served, so there is no reason for a child.
  const { report } = await rebuildSnapshot(
    {
      dataDir,
      snapshotPath: config.snapshotPath,
      full: flags.full,
      maxFileBytes: config.maxFileBytes,
    },
    bar.update,
  );
  bar.done();
  if (flags.json) printJson(report);
  else print(text.reindexReport(report, config.snapshotPath));
}

async function search(flags: Flags, words: string[]): Promise<void> {
  const query = words.join(' ').trim();
  if (!query)
    throw new UsageError('search needs a query, e.g. npm run cli -- search "nuclear war"');
  const limit = positiveInt(flags.limit, 'limit', 10);
  const page = positiveInt(flags.page, 'page', 1);
  const options = {
    from: dateBound(flags.from, 'from'),
    to: dateBound(flags.to, 'to'),
    author: flags.author,
    limit,
    offset: (page - 1) * limit,
  };
  const archive = await openArchive(flags);
  const result = archive.search(query, options);
  if (flags.json) result.hits.forEach((hit) => printJson(passageJson(hit)));
  else print(text.searchResult(query, result, page, limit));
}

async function whosaid(flags: Flags, words: string[]): Promise<void> {
  const archive = await openArchive(flags);
  const answer = (phrase: string) => {
    const result = archive.whoSaid(phrase);
    if (flags.json) {
      // A passage with no known speaker is still an answer (speaker null): it says where the words are.
      const passages = result.unattributed.map((hit) => ({
        speaker: null,
        name: null,
        role: null,
        quote: hit.text,
        file: hit.file,
        articleId: hit.articleId,
        title: hit.title,
        date: hit.date,
        paragraph: hit.paragraph,
        score: hit.score,
      }));
      const answers = [...result.answers.map(quoteJson), ...passages];
      printJson({ phrase, answers: answers.sort((a, b) => b.score - a.score) });
    } else print(text.whoSaidResult(result));
  };
  if (words.length > 0) {
    answer(words.join(' '));
    return;
  }
  for await (const line of createInterface({ input: process.stdin, crlfDelay: Infinity })) {
    if (line.trim()) answer(line.trim());
  }
}

async function quoteFiles(target: string): Promise<Article[]> {
  const info = await stat(target).catch(() => null);
  if (!info) throw new UsageError(`no such file or folder: ${target}`);
  const { articles, problems } = info.isDirectory()
    ? await loadFolder(target)
    : await readArticleFile(path.dirname(target), path.basename(target));
  for (const problem of problems) process.stderr.write(`${problem.file}: ${problem.reason}\n`);
  return articles;
}

async function quotes(flags: Flags, words: string[]): Promise<void> {
  if (flags.json && flags.topic === undefined && flags.data === undefined && words.length > 0) {
    // `quotes --json PATH...`: quotation analysis of files, without an index.
    const paths = await Promise.all(
      words.map((word) =>
        stat(word).then(
          () => word,
          () => null,
        ),
      ),
    );
    if (paths.every((p) => p !== null)) {
      for (const target of words) {
        for (const article of await quoteFiles(target)) {
          const file = path.basename(article.source);
          // One line per attribution, as news annotators count them: "“A,” said Welch. “B.”" is one.
          for (const q of attributionUnits(analyseArticle(article), article.paragraphs)) {
            printJson(quotationRecord(file, q));
          }
        }
      }
      return;
    }
  }
  const person = words.join(' ').trim();
  if (!person) throw new UsageError('quotes needs a person, e.g. npm run cli -- quotes Kishore');
  const options = {
    topic: flags.topic,
    from: dateBound(flags.from, 'from'),
    to: dateBound(flags.to, 'to'),
    limit: positiveInt(flags.limit, 'limit', 10),
  };
  const archive = await openArchive(flags);
  const result = archive.quotesBy(person, options);
  if (flags.json) result.quotes.forEach((hit) => printJson(quoteJson(hit)));
  else print(text.quotesResult(person, result));
}

async function articles(flags: Flags, words: string[]): Promise<void> {
  const when = words.join(' ').trim();
  if (!when)
    throw new UsageError('articles needs a date or range, e.g. "17 May 2024" or "May 2024"');
  const range = parseDateRange(when);
  const archive = await openArchive(flags);
  const list = archive.articlesOn(range, { author: flags.author });
  if (flags.json) list.forEach((a) => printJson(a));
  else print(text.articleList(range, list));
}

async function article(flags: Flags, words: string[]): Promise<void> {
  const id = words.join(' ').trim();
  if (!id) throw new UsageError('article needs an article id (see the articleId in search --json)');
  const archive = await openArchive(flags);
  const view = archive.article(id);
  if (!view) throw new UsageError(`no article with id ${id}`);
  if (flags.json) printJson(view);
  else print(text.articleView(view));
}

async function people(flags: Flags, words: string[]): Promise<void> {
  const archive = await openArchive(flags);
  const list = archive.people(words.join(' ').trim(), positiveInt(flags.limit, 'limit', 25));
  if (flags.json) list.forEach((p) => printJson(p));
  else print(text.peopleList(list));
}

async function stats(flags: Flags): Promise<void> {
  const archive = await openArchive(flags);
  const result = archive.stats();
  if (flags.json) printJson(result);
  else print(text.statsText(result));
}

const COMMANDS: Record<string, (flags: Flags, words: string[]) => Promise<void>> = {
  reindex,
  search,
  whosaid,
  quotes,
  articles,
  article,
  people,
  stats,
};

export async function main(argv: string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, options: OPTIONS, allowPositionals: true, strict: true });
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n`);
    return 2;
  }
  const [command, ...words] = parsed.positionals;
  if (parsed.values.help || !command) {
    print(USAGE);
    return command || parsed.values.help ? 0 : 2;
  }
  const run = COMMANDS[command];
  if (!run) {
    process.stderr.write(`unknown command "${command}"; try --help\n`);
    return 2;
  }
  try {
    await run(parsed.values, words);
    return 0;
  } catch (error) {
    // Bad input is the user's to fix: one line, no stack trace.
    process.stderr.write(`${(error as Error).message.split('\n')[0]}\n`);
    return 1;
  }
}

process.exitCode = await main(process.argv.slice(2));
