import type { Article } from '../src/articles/types.js';
import { analyseArticle, buildPeople } from '../src/quotes/index.js';
import type { Quotation } from '../src/quotes/types.js';
import { between, pick, seededRandom } from './random.js';

export interface WhoSaidQuery {
  /** What is asked: the original fragment, or the fragment with one typo. */
  phrase: string;
  /** The verbatim fragment of a real quotation. */
  original: string;
  typo: boolean;
}

/** The same queries for every engine, drawn from the corpus itself. */
export interface Workload {
  topics: string[];
  phrases: WhoSaidQuery[];
  prefixes: string[];
}

export const WORKLOAD_SEED = 20240517;

/** Common words of five letters or more: a reader would not type them as a topic. */
const FUNCTION_WORDS = new Set(
  'about after again against along among another around because before being below between could during every first since still their there these thing think those though three through under until where which while would years other people right'.split(
    ' ',
  ),
);

function topicQuery(random: () => number, paragraphs: readonly string[]): string | null {
  const text = pick(random, paragraphs);
  const words = (text.match(/[A-Za-z]+/g) ?? []).filter(
    (word) => word.length >= 5 && !FUNCTION_WORDS.has(word.toLowerCase()),
  );
  const distinct = [...new Set(words)];
  const size = between(random, 2, 4);
  if (distinct.length < size) return null;
  const chosen = new Set<number>();
  while (chosen.size < size) chosen.add(Math.floor(random() * distinct.length));
  return [...chosen]
    .sort((a, b) => a - b)
    .map((index) => distinct[index])
    .join(' ');
}

/** One edit inside a word of five letters or more: swap, drop or replace a letter. */
function withTypo(random: () => number, phrase: string): string | null {
  const words = [...phrase.matchAll(/[A-Za-z]{5,}/g)];
  if (words.length === 0) return null;
  const word = pick(random, words);
  const text = word[0];
  const at = between(random, 1, text.length - 2);
  const edits = [
    () => text.slice(0, at) + (text[at + 1] ?? '') + text[at] + text.slice(at + 2),
    () => text.slice(0, at) + text.slice(at + 1),
    () => text.slice(0, at) + (text[at] === 'e' ? 'a' : 'e') + text.slice(at + 1),
  ];
  const typo = pick(random, edits)();
  if (typo === text) return null;
  return phrase.slice(0, word.index) + typo + phrase.slice(word.index + text.length);
}

/** A verbatim run of 6–8 words of a quotation, cut at word boundaries. */
function fragment(random: () => number, quotation: Quotation): string | null {
  const words = [...quotation.text.matchAll(/\S+/g)];
  const size = between(random, 6, 8);
  if (words.length < size) return null;
  const first = between(random, 0, words.length - size);
  const start = words[first]?.index ?? 0;
  const last = words[first + size - 1];
  if (!last) return null;
  return quotation.text
    .slice(start, last.index + last[0].length)
    .replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
}

/** What the parent prepares once and every child reads. */
export interface BenchPlan {
  workload: Workload;
  /** Data folder of links for engines that read files themselves. */
  corpusFolder: string;
  /** UTF-8 bytes of paragraph text in one replica. */
  replicaTextBytes: number;
  /** Quotation analysis of one replica, timed apart from any index. */
  replicaAnalysisMs: number;
}

/** Quotations of every article, with the time the analysis took. */
export function analyseAll(articles: readonly Article[]): {
  quotations: Quotation[];
  milliseconds: number;
} {
  const start = performance.now();
  const quotations: Quotation[] = [];
  const failed: string[] = [];
  // As the bot's build does: one article the analyser fails on must not stop the whole run.
  for (const article of articles) {
    try {
      quotations.push(...analyseArticle(article));
    } catch {
      failed.push(article.id);
    }
  }
  if (failed.length > 0)
    console.error(
      `bench: quotation analysis failed on ${failed.length} articles (first: ${failed[0]})`,
    );
  return { quotations, milliseconds: performance.now() - start };
}

export function buildWorkload(
  articles: readonly Article[],
  quotations: readonly Quotation[],
  count: number,
  seed = WORKLOAD_SEED,
): Workload {
  const random = seededRandom(seed);
  const paragraphs = articles.flatMap((article) => article.paragraphs);
  const attributed = quotations.filter(
    (quotation) => quotation.direct && quotation.speaker !== null,
  );
  const people = buildPeople(quotations);
  if (paragraphs.length === 0 || attributed.length === 0 || people.length === 0) {
    throw new Error(
      'the corpus gave no paragraphs, attributed quotations or people to draw queries from',
    );
  }

  const topics: string[] = [];
  while (topics.length < count) {
    const query = topicQuery(random, paragraphs);
    if (query) topics.push(query);
  }

  const phrases: WhoSaidQuery[] = [];
  while (phrases.length < count) {
    const original = fragment(random, pick(random, attributed));
    if (!original) continue;
    // A third of the phrases carry a typo, as users type them.
    if (phrases.length % 3 === 2) {
      const phrase = withTypo(random, original);
      if (phrase) phrases.push({ phrase, original, typo: true });
    } else {
      phrases.push({ phrase: original, original, typo: false });
    }
  }

  const prefixes: string[] = [];
  while (prefixes.length < count) {
    const person = pick(random, people);
    const name = pick(random, [person.name, ...person.aliases]);
    const prefix = name.slice(0, between(random, 2, Math.min(name.length, 10))).trimEnd();
    if (prefix.length >= 2) prefixes.push(prefix);
  }
  return { topics, phrases, prefixes };
}

/** Folded form for containment checks: case and runs of spaces do not matter. */
export function foldForMatch(text: string): string {
  return text.toLowerCase().replace(/[‘’]/g, "'").replace(/\s+/g, ' ');
}
