import { beforeAll, describe, expect, it } from 'vitest';
import { parseArticleText } from '../../src/articles/parse.js';
import type { Article } from '../../src/articles/types.js';
import { analyseArticle } from '../../src/quotes/index.js';
import { findMarkedSpans, type StepCounter } from '../../src/quotes/marks.js';
import type { Archive } from '../../src/search/archive.js';
import { buildSnapshot } from '../../src/search/build.js';
import { SAMPLE_DATA } from '../helpers/bot-harness.js';
import { seededRandom as random } from '../../bench/random.js';

/**
 * Worst cases must cost time linear in their size. Where the code offers a step counter the
 * bound is on steps; elsewhere on CPU time, comparing input of size n with 8n: linear work
 * grows about 8×, quadratic work 64×, so anything under 20× passes and quadratic fails.
 */
const GROWTH = 8;
const MAX_CPU_RATIO = 20;
const MAX_STEP_RATIO = GROWTH * 1.25;

const MARKS = ['“', '”', '"', '‘', '’', "'", '«', '»', "''"];

/** A paragraph of `length` characters made of nothing but quote marks, unbalanced at random. */
function marksParagraph(length: number, seed = 1): string {
  const next = random(seed);
  let text = '';
  while (text.length < length) text += MARKS[Math.floor(next() * MARKS.length)];
  return text.slice(0, length);
}

/** Marks among words, cues and names: every path of the attribution runs. */
function quotedProse(length: number, seed = 2): string {
  const next = random(seed);
  const pieces = [
    '“',
    '”',
    '"',
    '‘',
    '’',
    'said',
    'Smith',
    'he',
    'told',
    'the',
    'Mr.',
    'Jane Doe',
    ',',
    '.',
  ];
  let text = '';
  while (text.length < length) text += `${pieces[Math.floor(next() * pieces.length)]} `;
  return text.slice(0, length);
}

function article(paragraphs: string[]): Article {
  return {
    id: 'worst-case',
    title: 'Worst case',
    author: null,
    date: null,
    url: null,
    tags: [],
    source: 'worst-case.md',
    paragraphs,
  };
}

function cpuMicros(work: () => void): number {
  const before = process.cpuUsage();
  work();
  const used = process.cpuUsage(before);
  return used.user + used.system;
}

/** The least CPU time of three runs: garbage collection lands on some runs and not others. */
function leastCpuMicros(work: () => void): number {
  return Math.min(cpuMicros(work), cpuMicros(work), cpuMicros(work));
}

/** CPU time of work(n) and of work(GROWTH n), after a warm-up run for the JIT. */
function cpuRatio(
  work: (size: number) => void,
  size: number,
): { small: number; large: number; ratio: number } {
  work(size);
  const small = leastCpuMicros(() => work(size));
  const large = leastCpuMicros(() => work(size * GROWTH));
  const ratio = large / Math.max(small, 1);
  console.info(
    `reliability: ${size} → ${size * GROWTH}: ${small} µs → ${large} µs CPU (×${ratio.toFixed(1)})`,
  );
  return { small, large, ratio };
}

const MEGABYTE = 1024 * 1024;

describe('a 1 MB paragraph of quote marks', () => {
  it('finding its marks takes steps linear in its length', () => {
    const small: StepCounter = { steps: 0 };
    const large: StepCounter = { steps: 0 };
    findMarkedSpans(marksParagraph(MEGABYTE / GROWTH), small);
    findMarkedSpans(marksParagraph(MEGABYTE), large);
    expect(large.steps).toBeLessThanOrEqual(MEGABYTE * 1.1);
    expect(large.steps / small.steps).toBeLessThanOrEqual(MAX_STEP_RATIO);
  });

  it('analysing it takes steps and CPU time linear in its length', () => {
    const steps = (size: number, text: (n: number) => string) => {
      const counter: StepCounter = { steps: 0 };
      analyseArticle(article([text(size)]), { counter });
      return counter.steps;
    };
    for (const text of [marksParagraph, quotedProse]) {
      expect(steps(MEGABYTE, text) / steps(MEGABYTE / GROWTH, text)).toBeLessThanOrEqual(
        MAX_STEP_RATIO,
      );
    }
    // The counter sees the loops, not what each step calls: CPU time catches hidden work.
    const cpu = cpuRatio(
      (size) => void analyseArticle(article([quotedProse(size)])),
      MEGABYTE / GROWTH,
    );
    expect(cpu.ratio, `${cpu.small} µs then ${cpu.large} µs`).toBeLessThan(MAX_CPU_RATIO);
  }, 60_000);
});

describe('one long sentence that repeats a pattern', () => {
  const repeat = (unit: string) => (size: number) => unit.repeat(Math.ceil(size / unit.length));
  it.each([
    [
      'quotations with appositives and no cue',
      repeat('“A b c d,” Bill Eastland, wearing “Ted Cruz” pins, '),
    ],
    [
      'documents issued by an unnamed subject',
      repeat('the city issued a statement saying the plan failed and '),
    ],
    [
      'sources after "according to" with no comma',
      repeat('according to Ann Pike of the Mercury in '),
    ],
    [
      'clauses before ", according to"',
      repeat('the plan failed, according to Ann Pike of the Mercury, and '),
    ],
    ['clauses before ", critics argue,"', repeat('The levy was unfair, critics argue, ')],
    ['clauses before ", Pike said,"', repeat('The levy was unfair, Pike said, ')],
  ])(
    '%s: analysed in CPU time linear in its length',
    (_name, text) => {
      const cpu = cpuRatio((size) => void analyseArticle(article([text(size)])), 12_500);
      expect(cpu.ratio, `${cpu.small} µs then ${cpu.large} µs`).toBeLessThan(MAX_CPU_RATIO);
    },
    60_000,
  );
});

describe('a 5 MB article', () => {
  /** A Markdown article of about `bytes` characters: quoted prose in paragraphs of a few KB. */
  function bigArticleText(bytes: number): string {
    const paragraphs: string[] = [];
    let length = 0;
    for (let i = 0; length < bytes; i += 1) {
      const paragraph = quotedProse(4000, i + 10);
      paragraphs.push(paragraph);
      length += paragraph.length + 2;
    }
    return `# A very long article\nJane Doe\n17 May 2024\n\n${paragraphs.join('\n\n')}`;
  }

  it('parses in CPU time linear in its size', () => {
    const texts = new Map<number, string>();
    const text = (size: number) =>
      texts.get(size) ?? texts.set(size, bigArticleText(size)).get(size)!;
    const cpu = cpuRatio(
      (size) => void parseArticleText(text(size), 'big.md'),
      (5 * MEGABYTE) / GROWTH,
    );
    expect(cpu.ratio, `${cpu.small} µs then ${cpu.large} µs`).toBeLessThan(MAX_CPU_RATIO);
    const parsed = parseArticleText(text(5 * MEGABYTE), 'big.md');
    expect(parsed.articles).toHaveLength(1);
  }, 60_000);

  it('is analysed in steps linear in its size', () => {
    const steps = (size: number) => {
      const [parsed] = parseArticleText(bigArticleText(size), 'big.md').articles;
      const counter: StepCounter = { steps: 0 };
      analyseArticle(parsed!, { counter });
      return counter.steps;
    };
    expect(steps(5 * MEGABYTE) / steps((5 * MEGABYTE) / GROWTH)).toBeLessThanOrEqual(
      MAX_STEP_RATIO,
    );
  }, 60_000);
});

describe('a 10,000-word query', () => {
  let archive: Archive;
  const vocabulary: string[] = [];

  beforeAll(async () => {
    ({ archive } = await buildSnapshot({ dataDir: SAMPLE_DATA }));
    // Words of the archive itself, so every query word hits postings, plus misspellings that
    // send the search looking for close spellings.
    const words = new Set<string>();
    for (const summary of archive.articlesOn({ from: '0000-01-01', to: '9999-12-31' })) {
      for (const paragraph of archive.article(summary.articleId)?.article.paragraphs ?? []) {
        for (const word of paragraph.split(/\W+/)) if (word.length > 3) words.add(word);
      }
    }
    for (const word of words) vocabulary.push(word, `${word}q`);
  });

  function query(words: number, seed: number): string {
    const next = random(seed);
    return Array.from(
      { length: words },
      () => vocabulary[Math.floor(next() * vocabulary.length)],
    ).join(' ');
  }

  it('is searched in CPU time linear in its length', () => {
    const cpu = cpuRatio((size) => void archive.search(query(size, 3)), 10_000 / GROWTH);
    expect(cpu.ratio, `${cpu.small} µs then ${cpu.large} µs`).toBeLessThan(MAX_CPU_RATIO);
  }, 60_000);

  it('as a who-said phrase, is answered in CPU time linear in its length', () => {
    const cpu = cpuRatio((size) => void archive.whoSaid(query(size, 4)), 10_000 / GROWTH);
    expect(cpu.ratio, `${cpu.small} µs then ${cpu.large} µs`).toBeLessThan(MAX_CPU_RATIO);
  }, 60_000);
});
