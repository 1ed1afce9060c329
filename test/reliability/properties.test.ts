import { writeFile, mkdir } from 'node:fs/promises';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readArticleFile } from '../../src/articles/load.js';
import { parseArticleText } from '../../src/articles/parse.js';
import type { Article } from '../../src/articles/types.js';
import { analyseArticle } from '../../src/quotes/index.js';
import type { StepCounter } from '../../src/quotes/marks.js';
import { scratchFolder } from '../helpers/bot-harness.js';
import { sampleArticles, sampleFiles, type GeneratedFile } from './generated-articles.js';

const GENERATED_ARTICLES = 10_000;
const RANDOM_BYTE_FILES = 300;
const SEED = 20_240_517;
/**
 * Work allowed per character of an article, far above what real articles need: a quadratic
 * pass over a paragraph of thousands of marks would exceed it by orders of magnitude.
 */
const STEPS_PER_CHARACTER = 20;

interface Failure {
  file: string;
  error: string;
}

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

function isCalendarDay(day: string): boolean {
  const match = ISO_DAY.exec(day);
  if (!match) return false;
  const date = new Date(`${day}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === day;
}

/** Everything that must hold of one article and its quotations; returns what does not, and the quotations found. */
function checkArticle(article: Article, file: string): { defects: string[]; quotations: number } {
  const defects: string[] = [];
  if (article.source !== file) defects.push(`source ${article.source}`);
  if (!article.title) defects.push('empty title');
  if (article.date !== null && !isCalendarDay(article.date)) defects.push(`date ${article.date}`);
  if (article.paragraphs.length === 0) defects.push('no paragraphs');
  const counter: StepCounter = { steps: 0 };
  const quotations = analyseArticle(article, { counter });
  const characters = article.paragraphs.reduce((sum, p) => sum + p.length + 1, 0);
  if (counter.steps > STEPS_PER_CHARACTER * characters + 1000) {
    defects.push(`${counter.steps} analysis steps for ${characters} characters`);
  }
  for (const q of quotations) {
    const text = article.paragraphs[q.paragraph - 1];
    if (text === undefined)
      defects.push(`quotation in paragraph ${q.paragraph} of ${article.paragraphs.length}`);
    else if (
      !(q.start >= 0 && q.start <= q.end && q.end <= text.length) ||
      text.slice(q.start, q.end) !== q.text
    )
      defects.push(
        `quotation [${q.start}, ${q.end}) is not the verbatim span of paragraph ${q.paragraph}`,
      );
  }
  return { defects, quotations: quotations.length };
}

function checkFile(
  file: GeneratedFile,
  failures: Failure[],
  counts: { articles: number; problems: number },
): void {
  try {
    const parsed = parseArticleText(file.text, file.relPath);
    counts.articles += parsed.articles.length;
    counts.problems += parsed.problems.length;
    for (const problem of parsed.problems) {
      if (problem.file !== file.relPath)
        failures.push({ file: file.relPath, error: `problem names ${problem.file}` });
      if (!problem.reason) failures.push({ file: file.relPath, error: 'problem without a reason' });
    }
    for (const article of parsed.articles) {
      for (const defect of checkArticle(article, file.relPath).defects)
        failures.push({ file: file.relPath, error: defect });
    }
  } catch (error) {
    failures.push({
      file: file.relPath,
      error: `threw ${(error as Error).stack ?? String(error)}`,
    });
  }
}

describe('generated hostile articles through parse and quotation analysis', () => {
  it(`${GENERATED_ARTICLES} generated files: no crash, no runaway work, verbatim quotations, problems name their file`, () => {
    const files = sampleFiles(GENERATED_ARTICLES, SEED);
    const failures: Failure[] = [];
    const counts = { articles: 0, problems: 0 };
    for (const file of files) checkFile(file, failures, counts);
    console.info(
      `reliability: ${files.length} generated files, ${counts.articles} articles, ${counts.problems} problems reported, ${failures.length} failures`,
    );
    expect(failures.slice(0, 20)).toEqual([]);
    // The generators reach both outcomes: many files give articles, many are refused with a reason.
    expect(counts.articles).toBeGreaterThan(GENERATED_ARTICLES / 10);
    expect(counts.problems).toBeGreaterThan(GENERATED_ARTICLES / 10);
  }, 120_000);
});

describe('generated paragraphs through quotation analysis', () => {
  it(`${GENERATED_ARTICLES} generated articles: no crash, no runaway work, every quotation verbatim`, () => {
    const failures: Failure[] = [];
    let quotations = 0;
    for (const article of sampleArticles(GENERATED_ARTICLES, SEED + 1)) {
      try {
        const checked = checkArticle(article, article.source);
        for (const defect of checked.defects)
          failures.push({ file: article.source, error: defect });
        quotations += checked.quotations;
      } catch (error) {
        failures.push({
          file: article.source,
          error: `threw ${(error as Error).stack ?? String(error)}`,
        });
      }
    }
    console.info(
      `reliability: ${GENERATED_ARTICLES} generated articles analysed, ${quotations} quotations, ${failures.length} failures`,
    );
    expect(failures.slice(0, 20)).toEqual([]);
    expect(quotations).toBeGreaterThan(0);
  }, 120_000);
});

describe('random bytes on disk', () => {
  let dir: string;
  let remove: () => Promise<void>;
  const names: string[] = [];

  beforeAll(async () => {
    ({ dir, remove } = await scratchFolder('bytes'));
    await mkdir(path.join(dir, 'bytes'));
    const blobs = fc.sample(fc.uint8Array({ minLength: 0, maxLength: 4096 }), {
      numRuns: RANDOM_BYTE_FILES,
      seed: SEED,
    });
    for (const [i, blob] of blobs.entries()) {
      const name = `bytes/${i}${['.md', '.json', '.jsonl', ''][i % 4]}`;
      names.push(name);
      await writeFile(path.join(dir, name), blob);
    }
  });

  afterAll(async () => remove?.());

  it('never throws; every file read yields articles or problems naming that file', async () => {
    const failures: Failure[] = [];
    for (const name of names) {
      try {
        const parsed = await readArticleFile(dir, name, { maxBytes: 2048 });
        if (parsed.articles.length === 0 && parsed.problems.length === 0)
          failures.push({ file: name, error: 'neither article nor problem' });
        for (const problem of parsed.problems)
          if (problem.file !== name)
            failures.push({ file: name, error: `problem names ${problem.file}` });
        for (const article of parsed.articles)
          for (const defect of checkArticle(article, name).defects)
            failures.push({ file: name, error: defect });
      } catch (error) {
        failures.push({ file: name, error: `threw ${String(error)}` });
      }
    }
    expect(failures).toEqual([]);
  });
});
