import path from 'node:path';
import YAML from 'yaml';
import {
  cleanParagraphs,
  normaliseWhitespace,
  splitParagraphs,
  undoMarkdownEscapes,
} from './clean.js';
import { parseArticleDate } from './dates.js';
import { cleanAuthor, field, isRecord, tagsOf, textOf, type ArticleRecord } from './fields.js';
import type { Article, Problem } from './types.js';

export interface ParsedFile {
  articles: Article[];
  problems: Problem[];
}

type Format = 'text' | 'json' | 'jsonl';

const FORMAT_BY_EXTENSION: Record<string, Format> = {
  '.md': 'text',
  '.markdown': 'text',
  '.txt': 'text',
  '.json': 'json',
  '.jsonl': 'jsonl',
  '.ndjson': 'jsonl',
};

/** JSON Lines files hold one article a line, so size limits apply to each line, not the file. */
export function isJsonLinesPath(relPath: string): boolean {
  return FORMAT_BY_EXTENSION[path.extname(relPath).toLowerCase()] === 'jsonl';
}

/** The format by extension; for other files, by a look at the content. */
function formatOf(text: string, relPath: string): Format | null {
  const byExtension = FORMAT_BY_EXTENSION[path.extname(relPath).toLowerCase()];
  if (byExtension) return byExtension;
  const start = text.trimStart();
  if (start.startsWith('[')) return 'json';
  if (start.startsWith('{')) return /\}\s*\n\s*\{/.test(start) ? 'jsonl' : 'json';
  if (/^(?:---\s*\n|#\s)/.test(start)) return 'text';
  return null;
}

/** The id of a file-backed article: its relative path without the extension. */
function pathId(relPath: string): string {
  const extension = path.posix.extname(relPath);
  return extension === '' ? relPath : relPath.slice(0, -extension.length);
}

function cleanTitle(title: string): string {
  return undoMarkdownEscapes(normaliseWhitespace(title));
}

interface ArticleDraft {
  id: string;
  source: string;
  title: string | null;
  author: string | null;
  dateText: string | null;
  url: string | null;
  tags: string[];
  rawParagraphs: string[];
}

/**
 * An Article from its parts, or the problems that keep it out. An article without a usable
 * date is still returned, and reported, so that it can be searched but not listed by date.
 */
function finishArticle(draft: ArticleDraft): ParsedFile {
  const where = { file: draft.source, articleId: draft.id };
  const title = draft.title === null ? '' : cleanTitle(draft.title);
  if (title === '') return { articles: [], problems: [{ ...where, reason: 'no title' }] };
  const paragraphs = cleanParagraphs(draft.rawParagraphs);
  if (paragraphs.length === 0)
    return { articles: [], problems: [{ ...where, reason: 'no body text' }] };
  const date = draft.dateText === null ? null : parseArticleDate(draft.dateText);
  const problems: Problem[] = [];
  if (date === null) {
    problems.push({
      ...where,
      reason: draft.dateText === null ? 'no usable date' : `no usable date ("${draft.dateText}")`,
    });
  }
  const article: Article = {
    id: draft.id,
    title,
    author: cleanAuthor(draft.author),
    date,
    url: draft.url,
    tags: draft.tags,
    source: draft.source,
    paragraphs,
  };
  return { articles: [article], problems };
}

const FRONT_MATTER = /^---[ \t]*\n([\s\S]*?)\n?(?:---|\.\.\.)[ \t]*(?:\n|$)/;
const ATX_TITLE = /^#\s+(.*?)(?:\s+#+)?\s*$/;
const SETEXT_UNDERLINE = /^=+\s*$/;
const LONGEST_BYLINE = 120;

function firstLine(message: string): string {
  return message.split('\n')[0]!.trim();
}

function nextNonBlank(lines: string[], from: number): number {
  let index = from;
  while (index < lines.length && lines[index]!.trim() === '') index += 1;
  return index;
}

/** A `# Title` line or a title underlined with `===`, at `at`; `next` is the line after it. */
function readTitle(lines: string[], at: number): { text: string | null; next: number } {
  const line = lines[at] ?? '';
  const atx = ATX_TITLE.exec(line);
  if (atx) return { text: atx[1]!, next: at + 1 };
  if (line.trim() !== '' && SETEXT_UNDERLINE.test(lines[at + 1] ?? ''))
    return { text: line, next: at + 2 };
  return { text: null, next: at };
}

/**
 * The byline and date lines under the title: a date line, a byline then a date line, or a
 * "By …" line alone. Anything else is the first paragraph and stays in the body.
 */
function readHeader(
  lines: string[],
  from: number,
): { author: string | null; dateText: string | null; next: number } {
  const first = nextNonBlank(lines, from);
  const firstLine = lines[first]?.trim() ?? '';
  if (parseArticleDate(firstLine) !== null)
    return { author: null, dateText: firstLine, next: first + 1 };
  if (firstLine === '' || firstLine.length > LONGEST_BYLINE)
    return { author: null, dateText: null, next: from };
  const second = nextNonBlank(lines, first + 1);
  const secondLine = lines[second]?.trim() ?? '';
  if (parseArticleDate(secondLine) !== null)
    return { author: firstLine, dateText: secondLine, next: second + 1 };
  if (/^by\s+\S/i.test(firstLine)) return { author: firstLine, dateText: null, next: first + 1 };
  return { author: null, dateText: null, next: from };
}

/**
 * The seed layout (`# Title`, author line, date line, paragraphs separated by blank lines),
 * optionally under YAML front matter, whose fields win over the header lines.
 */
function parseTextArticle(text: string, relPath: string): ParsedFile {
  let meta: ArticleRecord = {};
  let body = text;
  const frontMatter = FRONT_MATTER.exec(text);
  if (frontMatter) {
    try {
      const parsed: unknown = YAML.parse(frontMatter[1]!);
      if (parsed !== null && !isRecord(parsed)) {
        return {
          articles: [],
          problems: [{ file: relPath, reason: 'invalid front matter: not a mapping of fields' }],
        };
      }
      meta = parsed ?? {};
    } catch (error) {
      return {
        articles: [],
        problems: [
          { file: relPath, reason: `invalid front matter: ${firstLine((error as Error).message)}` },
        ],
      };
    }
    body = text.slice(frontMatter[0].length);
  }

  const lines = body.split('\n');
  const title = readTitle(lines, nextNonBlank(lines, 0));
  const header = readHeader(lines, title.next);
  return finishArticle({
    id: pathId(relPath),
    source: relPath,
    title: textOf(field(meta, 'title')) ?? title.text,
    author: textOf(field(meta, 'author')) ?? header.author,
    dateText: textOf(field(meta, 'date')) ?? header.dateText,
    url: textOf(field(meta, 'url')),
    tags: tagsOf(field(meta, 'tags')),
    rawParagraphs: splitParagraphs(lines.slice(header.next).join('\n')),
  });
}

/** Paragraphs from a body given as one string or as an array of paragraphs. */
function rawParagraphsOf(body: unknown): string[] {
  if (Array.isArray(body))
    return body.map(textOf).filter((paragraph): paragraph is string => paragraph !== null);
  const text = textOf(body);
  return text === null ? [] : splitParagraphs(text, { indentStartsParagraph: true });
}

/**
 * An article from one JSON item. `fallbackId` is used when the item has no id of its own: the
 * 1-based line or index. That is stable enough because exports are appended to, not reordered,
 * and a changed position shows up as a changed article at the next reindex, never a wrong one.
 */
function parseRecord(
  record: unknown,
  relPath: string,
  fallbackId: string,
  where: string,
): ParsedFile {
  if (!isRecord(record)) {
    return { articles: [], problems: [{ file: relPath, reason: `${where}: not a JSON object` }] };
  }
  const sourceId = textOf(field(record, 'id'));
  return finishArticle({
    id: sourceId === null ? fallbackId : `${relPath}#${sourceId}`,
    source: relPath,
    title: textOf(field(record, 'title')),
    author: textOf(field(record, 'author')),
    dateText: textOf(field(record, 'date')),
    url: textOf(field(record, 'url')),
    tags: tagsOf(field(record, 'tags')),
    rawParagraphs: rawParagraphsOf(field(record, 'body')),
  });
}

function lineAt(text: string, position: number): number {
  return text.slice(0, position).split('\n').length;
}

/**
 * Where JSON.parse failed, as a line number. V8 names a position for some errors and quotes the
 * text around the bad token for others; the token is looked up in the text in that case.
 */
function jsonErrorLine(message: string, text: string): number | null {
  const position = / at position (\d+)/.exec(message);
  if (position) return lineAt(text, Number(position[1]));
  const quoted =
    /^Unexpected token '([\s\S])', (?:\.\.\.)?"([\s\S]*?)"(?:\.\.\.)? is not valid JSON$/.exec(
      message,
    );
  if (quoted) {
    const at = text.indexOf(quoted[2]!);
    if (at >= 0) return lineAt(text, at + Math.max(0, quoted[2]!.indexOf(quoted[1]!)));
  }
  if (message.includes('end of JSON input')) return lineAt(text, text.trimEnd().length);
  return null;
}

/** The message without the quoted text and position, which the line number replaces. */
function shortJsonMessage(message: string): string {
  return firstLine(
    message.replace(/, (?:\.\.\.)?"[\s\S]*$/, '').replace(/ in JSON at position \d+.*$/, ''),
  );
}

function describeJsonError(error: unknown, text: string, lineOffset = 0): string {
  const message = error instanceof Error ? error.message : String(error);
  const line = jsonErrorLine(message, text);
  const where = line === null ? '' : ` on line ${line + lineOffset}`;
  return `invalid JSON${where}: ${shortJsonMessage(message)}`;
}

function mergeParsed(results: ParsedFile[]): ParsedFile {
  return {
    articles: results.flatMap((r) => r.articles),
    problems: results.flatMap((r) => r.problems),
  };
}

const ITEM_DEFECTS = /^(?:no title|no body text|.*: not a JSON object)$/;

/**
 * A JSON file none of whose items is an article (a gold file, a config) is one problem, not
 * one problem per item.
 */
function collapseNonArticleFile(
  parsed: ParsedFile,
  relPath: string,
  itemCount: number,
): ParsedFile {
  if (parsed.articles.length > 0 || itemCount < 2) return parsed;
  if (!parsed.problems.every((problem) => ITEM_DEFECTS.test(problem.reason))) return parsed;
  return {
    articles: [],
    problems: [
      {
        file: relPath,
        reason: `no articles: none of its ${itemCount} items has a title and body text`,
      },
    ],
  };
}

function parseJsonFile(text: string, relPath: string): ParsedFile {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return { articles: [], problems: [{ file: relPath, reason: describeJsonError(error, text) }] };
  }
  if (!Array.isArray(value)) return parseRecord(value, relPath, pathId(relPath), 'the JSON value');
  const parsed = mergeParsed(
    value.map((item, index) =>
      parseRecord(item, relPath, `${relPath}#item-${index + 1}`, `item ${index + 1}`),
    ),
  );
  return collapseNonArticleFile(parsed, relPath, value.length);
}

function parseJsonLinesFile(text: string, relPath: string, maxRecordBytes: number): ParsedFile {
  const results: ParsedFile[] = [];
  let itemCount = 0;
  text.split('\n').forEach((line, index) => {
    if (line.trim() === '') return;
    itemCount += 1;
    const lineNumber = index + 1;
    // Three bytes per UTF-16 unit bound the UTF-8 size; measure exactly only near the limit.
    if (line.length * 3 > maxRecordBytes && Buffer.byteLength(line) > maxRecordBytes) {
      results.push({
        articles: [],
        problems: [{ file: relPath, reason: `line ${lineNumber} over the size limit` }],
      });
      return;
    }
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch (error) {
      results.push({
        articles: [],
        problems: [{ file: relPath, reason: describeJsonError(error, line, index) }],
      });
      return;
    }
    results.push(
      parseRecord(value, relPath, `${relPath}#line-${lineNumber}`, `line ${lineNumber}`),
    );
  });
  return collapseNonArticleFile(mergeParsed(results), relPath, itemCount);
}

/**
 * The articles in one file's text, and what was wrong with it. The format comes from the
 * extension (.md, .markdown, .txt, .json, .jsonl, .ndjson) or, failing that, from the content.
 * Never throws for bad content.
 */
export function parseArticleText(
  text: string,
  relPath: string,
  options: { maxRecordBytes?: number } = {},
): ParsedFile {
  const normalised = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  if (normalised.trim() === '')
    return { articles: [], problems: [{ file: relPath, reason: 'empty file' }] };
  switch (formatOf(normalised, relPath)) {
    case 'text':
      return parseTextArticle(normalised, relPath);
    case 'json':
      return parseJsonFile(normalised, relPath);
    case 'jsonl':
      return parseJsonLinesFile(normalised, relPath, options.maxRecordBytes ?? Infinity);
    case null:
      return {
        articles: [],
        problems: [
          {
            file: relPath,
            reason: `unsupported file type (${path.extname(relPath) || 'no extension'})`,
          },
        ],
      };
  }
}
