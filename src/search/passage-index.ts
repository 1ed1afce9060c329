import MiniSearch, { type AsPlainObject, type SearchOptions } from 'minisearch';
import { processTerm, tokenize } from './text.js';

/**
 * Ranking settings, shared by the bot and the IR benchmarks. Plain BM25
 * (no BM25+ lower bound) with a low k ranked best on Cranfield and Vaswani.
 */
export const RANKING = {
  bm25: { k: 0.9, b: 0.75, d: 0 },
  /** The title repeats on every passage of an article, so it counts for no more than the passage itself. */
  titleBoost: 0.7,
};

/** Where the index reads passage text from: the articles themselves, so text is held once. */
export interface PassageTextSource {
  text(passage: number): string;
  title(passage: number): string;
}

type PostingsByField = Map<number, Map<number, number>>;

/** MiniSearch keeps its term tree protected; the version is pinned, and this is the only place that reads it. */
interface MiniSearchInternals {
  _index: {
    has(term: string): boolean;
    get(term: string): PostingsByField | undefined;
    fuzzyGet(term: string, maxDistance: number): Map<string, [PostingsByField, number]>;
  };
  _documentIds: Map<number, number>;
}

const TEXT_FIELD = 0;

export interface SimilarTerm {
  term: string;
  distance: number;
  /** How many passages hold the term. */
  passages: number;
}

export interface PassageMatch {
  passage: number;
  score: number;
  /** Processed query terms that matched the passage. */
  terms: string[];
}

export interface FindOptions {
  /** Applied before ranking, so filtered-out passages cost no sorting. */
  filter?: (passage: number) => boolean;
  fuzzy?: SearchOptions['fuzzy'];
  combineWith?: 'AND' | 'OR';
}

function indexOptions(source: PassageTextSource) {
  const processIndexTerm = (term: string) => processTerm(term) ?? false;
  return {
    idField: 'id',
    fields: ['text', 'title'],
    storeFields: [],
    extractField: (passage: number, field: string): string | number => {
      if (field === 'id') return passage;
      return field === 'text' ? source.text(passage) : source.title(passage);
    },
    tokenize,
    processTerm: processIndexTerm,
    searchOptions: {
      boost: { text: 1, title: RANKING.titleBoost },
      bm25: { ...RANKING.bm25 },
      combineWith: 'OR' as const,
      tokenize,
      processTerm: processIndexTerm,
    },
    autoVacuum: false,
  };
}

/** Full-text index of passages (one per paragraph), with titles as a second field. */
export class PassageIndex {
  private constructor(private readonly index: MiniSearch<number>) {}

  static build(passageCount: number, source: PassageTextSource): PassageIndex {
    const index = new MiniSearch<number>(indexOptions(source));
    for (let passage = 0; passage < passageCount; passage += 1) index.add(passage);
    return new PassageIndex(index);
  }

  static load(serialized: AsPlainObject, source: PassageTextSource): PassageIndex {
    return new PassageIndex(MiniSearch.loadJS(serialized, indexOptions(source)));
  }

  toJSON(): AsPlainObject {
    return this.index.toJSON();
  }

  get termCount(): number {
    return this.index.termCount;
  }

  /** Passages matching the query's words, best first. */
  find(query: string, options: FindOptions = {}): PassageMatch[] {
    const { filter, fuzzy, combineWith } = options;
    const results = this.index.search(query, {
      boostTerm: (term) => this.idfCorrection(term),
      ...(filter ? { filter: (result) => filter(Number(result.id)) } : {}),
      ...(fuzzy !== undefined ? { fuzzy } : {}),
      ...(combineWith ? { combineWith } : {}),
    });
    // MiniSearch multiplies a score by the number of query words matched (a
    // coordination factor); plain BM25 without it ranked better on both test collections.
    const matches = results.map((result) => ({
      passage: Number(result.id),
      score: result.score / Math.max(1, result.queryTerms.length),
      terms: result.terms,
    }));
    return matches.sort((a, b) => b.score - a.score || a.passage - b.passage);
  }

  hasTerm(term: string): boolean {
    return this.internals()._index.has(term);
  }

  /** Indexed terms within maxDistance edits of term, closest and most common first. */
  similarTerms(term: string, maxDistance: number): SimilarTerm[] {
    const found: SimilarTerm[] = [];
    for (const [candidate, [postings, distance]] of this.internals()._index.fuzzyGet(term, maxDistance)) {
      if (candidate === term) continue;
      found.push({ term: candidate, distance, passages: postings.get(TEXT_FIELD)?.size ?? 0 });
    }
    return found.sort((a, b) => a.distance - b.distance || b.passages - a.passages || a.term.localeCompare(b.term));
  }

  /** One passage whose text holds the term, to recover a readable spelling of a stem. */
  passageWithTerm(term: string): number | undefined {
    const internals = this.internals();
    const postings = internals._index.get(term)?.get(TEXT_FIELD);
    if (!postings) return undefined;
    for (const shortId of postings.keys()) {
      const passage = internals._documentIds.get(shortId);
      if (passage !== undefined) return Number(passage);
    }
    return undefined;
  }

  /**
   * MiniSearch's IDF, log(1 + (N - n + 0.5) / (n + 0.5)), still rewards words
   * found in most passages; Robertson's original log((N - n + 0.5) / (n + 0.5))
   * gives them almost nothing, which ranked better. The boost turns one into the other.
   */
  private idfCorrection(term: string): number {
    const total = this.index.documentCount;
    const holders = this.internals()._index.get(term)?.get(TEXT_FIELD)?.size ?? 0;
    const odds = (total - holders + 0.5) / (holders + 0.5);
    const miniSearchIdf = Math.log(1 + odds);
    if (miniSearchIdf <= 0) return 1;
    return Math.max(1e-6, Math.log(odds)) / miniSearchIdf;
  }

  private internals(): MiniSearchInternals {
    return this.index as unknown as MiniSearchInternals;
  }
}
