import type { Article, Problem } from '../articles/types.js';
import type { Person, Quotation } from '../quotes/types.js';

/** An inclusive range of ISO days. */
export interface DateRange {
  from: string;
  to: string;
}

/** Where a passage or quotation comes from. */
export interface Citation {
  articleId: string;
  /** Base name of the article's file. */
  file: string;
  title: string;
  author: string | null;
  date: string | null;
  url: string | null;
  /** Paragraph number, counting from 1. */
  paragraph: number;
}

export interface PassageHit extends Citation {
  /** The whole paragraph, verbatim. */
  text: string;
  score: number;
  /** [start, end) offsets into text of the words that matched the query, in order. */
  highlights: Array<[number, number]>;
}

export interface SearchOptions {
  from?: string;
  to?: string;
  /** Case-insensitive; matches a whole author name or any word of it. */
  author?: string;
  limit?: number;
  offset?: number;
}

export interface SearchResult {
  hits: PassageHit[];
  /** How many passages matched in all (for pagination). */
  total: number;
  /** Query words not in the index vocabulary, each with its closest indexed spellings. */
  suggestions: Array<{ word: string; alternatives: string[] }>;
}

export interface QuoteHit extends Citation {
  quote: Quotation;
  /** The speaker's Person, when the quotation has a known speaker. */
  person: Person | null;
  score: number;
}

export interface WhoSaidResult {
  phrase: string;
  /** Quotations containing the phrase (exact first, then tolerant), best first. */
  answers: QuoteHit[];
  /** Passages containing the phrase where no attributed quotation covers it. */
  unattributed: PassageHit[];
}

export interface QuotesByOptions {
  topic?: string;
  from?: string;
  to?: string;
  limit?: number;
  offset?: number;
}

export interface QuotesByResult {
  /** The person the name resolved to, or null when none matched. */
  person: Person | null;
  /** Newest first. */
  quotes: QuoteHit[];
  total: number;
}

export interface ArticleSummary {
  articleId: string;
  file: string;
  title: string;
  author: string | null;
  date: string | null;
  url: string | null;
}

export interface ArticleView {
  article: Article;
  quotations: Quotation[];
  /** Speakers of this article with their quotation counts, most quoted first. */
  speakers: Array<{ person: Person; count: number }>;
}

export interface Stats {
  articles: number;
  passages: number;
  quotations: number;
  people: number;
  authors: number;
  files: number;
  firstDate: string | null;
  lastDate: string | null;
  /** ISO timestamp of the snapshot's build. */
  builtAt: string;
  problems: number;
}

export interface ReindexReport {
  added: number;
  changed: number;
  removed: number;
  unchanged: number;
  articles: number;
  passages: number;
  quotations: number;
  problems: Problem[];
  milliseconds: number;
}

/** Progress of long work, for progress bars and log lines. */
export interface Progress {
  phase: 'scan' | 'parse' | 'index' | 'save' | 'load';
  done: number;
  total: number;
}
export type ProgressListener = (progress: Progress) => void;
