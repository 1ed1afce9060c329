import MiniSearch, { type SearchOptions } from 'minisearch';
import { processTerm, tokenize } from './text.js';

/**
 * Ranking settings, shared by the bot and the IR benchmarks. Plain BM25 (no
 * BM25+ lower bound) with a low k and b = 0.7: on Cranfield and Vaswani a grid
 * over k 0.5–1.2 and b 0.6–0.85 peaked here (MAP 0.4293 and 0.2962).
 */
export const RANKING = {
  bm25: { k: 0.7, b: 0.7, d: 0 },
  /** The title repeats on every passage of an article, so it counts for less than the passage itself. */
  titleBoost: 0.7,
};

/** Where the index reads passage text from: the articles themselves, so text is held once. */
export interface PassageTextSource {
  text(passage: number): string;
  title(passage: number): string;
}

type PostingsByField = Map<number, Map<number, number>>;

/**
 * MiniSearch keeps its term tree and tables protected; the version is pinned,
 * and this is the only place that reads or fills them.
 */
interface MiniSearchInternals {
  _index: {
    has(term: string): boolean;
    get(term: string): PostingsByField | undefined;
    set(term: string, postings: PostingsByField): unknown;
    fuzzyGet(term: string, maxDistance: number): Map<string, [PostingsByField, number]>;
    entries(): Iterable<[string, PostingsByField]>;
  };
  _documentIds: Map<number, number>;
  _idToShortId: Map<number, number>;
  _fieldLength: Map<number, number[]>;
  _fieldIds: Record<string, number>;
  _avgFieldLength: number[];
  _nextId: number;
  executeQuery(query: string, options: SearchOptions): Map<number, { score: number }>;
}

/**
 * The index as a few typed arrays and one string: v8 serialises these at disk
 * speed, where MiniSearch's toJSON form (millions of small objects) took seconds.
 */
export interface CompactIndex {
  documentCount: number;
  nextId: number;
  fieldIds: Record<string, number>;
  averageFieldLength: number[];
  /** Pairs of (short id, passage). */
  documentIds: Uint32Array;
  /** Per document: short id, then one length per field. */
  fieldLengths: Uint32Array;
  /** Terms in tree order, separated by newlines (a term never holds one). */
  terms: string;
  /** Per term: field count, then per field: field id, document count, then (short id, term frequency) pairs. */
  postings: Uint32Array;
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
}

export interface PassageRanking {
  /** How many passages matched (after the filter). */
  total: number;
  /** The best of them, best first; ties go to the earlier passage. */
  matches: PassageMatch[];
}

export interface FindOptions {
  /** Applied before ranking, so filtered-out passages cost no sorting. */
  filter?: (passage: number) => boolean;
  fuzzy?: SearchOptions['fuzzy'];
  combineWith?: 'AND' | 'OR';
  /** Keep only this many best matches: a bounded heap instead of sorting every match. */
  limit?: number;
}

/** Comes before: higher score, then lower passage number. */
function better(a: PassageMatch, b: PassageMatch): boolean {
  return a.score > b.score || (a.score === b.score && a.passage < b.passage);
}

/** The best `limit` matches seen, kept in a min-heap whose root is the worst of them. */
class TopMatches {
  private readonly heap: PassageMatch[] = [];
  constructor(private readonly limit: number) {}

  offer(passage: number, score: number): void {
    const heap = this.heap;
    const match = { passage, score };
    if (heap.length < this.limit) {
      heap.push(match);
      this.up(heap.length - 1);
    } else if (heap.length > 0 && better(match, heap[0]!)) {
      heap[0] = match;
      this.down(0);
    }
  }

  sorted(): PassageMatch[] {
    return [...this.heap].sort((a, b) => (better(a, b) ? -1 : better(b, a) ? 1 : 0));
  }

  private up(index: number): void {
    const heap = this.heap;
    while (index > 0) {
      const parent = (index - 1) >> 1;
      if (!better(heap[parent]!, heap[index]!)) break;
      [heap[parent], heap[index]] = [heap[index]!, heap[parent]!];
      index = parent;
    }
  }

  private down(index: number): void {
    const heap = this.heap;
    for (;;) {
      const left = index * 2 + 1;
      const right = left + 1;
      let worst = index;
      if (left < heap.length && better(heap[worst]!, heap[left]!)) worst = left;
      if (right < heap.length && better(heap[worst]!, heap[right]!)) worst = right;
      if (worst === index) return;
      [heap[worst], heap[index]] = [heap[index]!, heap[worst]!];
      index = worst;
    }
  }
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

  static load(compact: CompactIndex, source: PassageTextSource): PassageIndex {
    const index = MiniSearch.loadJS<number>(
      {
        documentCount: compact.documentCount,
        nextId: compact.nextId,
        documentIds: {},
        fieldIds: compact.fieldIds,
        fieldLength: {},
        averageFieldLength: compact.averageFieldLength,
        storedFields: {},
        index: [],
        serializationVersion: 2,
      },
      indexOptions(source),
    );
    const internals = index as unknown as MiniSearchInternals;
    const { documentIds, fieldLengths, postings } = compact;
    for (let i = 0; i < documentIds.length; i += 2) {
      internals._documentIds.set(documentIds[i]!, documentIds[i + 1]!);
      internals._idToShortId.set(documentIds[i + 1]!, documentIds[i]!);
    }
    const fieldCount = compact.averageFieldLength.length;
    for (let i = 0; i < fieldLengths.length; i += fieldCount + 1) {
      internals._fieldLength.set(
        fieldLengths[i]!,
        Array.from(fieldLengths.subarray(i + 1, i + 1 + fieldCount)),
      );
    }
    let at = 0;
    for (const term of compact.terms === '' ? [] : compact.terms.split('\n')) {
      const byField: PostingsByField = new Map();
      const fields = postings[at++]!;
      for (let f = 0; f < fields; f += 1) {
        const fieldId = postings[at++]!;
        const count = postings[at++]!;
        const byDocument = new Map<number, number>();
        for (let d = 0; d < count; d += 1, at += 2)
          byDocument.set(postings[at]!, postings[at + 1]!);
        byField.set(fieldId, byDocument);
      }
      internals._index.set(term, byField);
    }
    return new PassageIndex(index);
  }

  toCompact(): CompactIndex {
    const internals = this.internals();
    const fieldCount = internals._avgFieldLength.length;
    const documentIds = new Uint32Array(internals._documentIds.size * 2);
    let at = 0;
    for (const [shortId, passage] of internals._documentIds) {
      documentIds[at++] = shortId;
      documentIds[at++] = passage;
    }
    const fieldLengths = new Uint32Array(internals._fieldLength.size * (fieldCount + 1));
    at = 0;
    for (const [shortId, lengths] of internals._fieldLength) {
      fieldLengths[at++] = shortId;
      for (let f = 0; f < fieldCount; f += 1) fieldLengths[at++] = lengths[f] ?? 0;
    }
    // Two passes: size the postings array first, so it is allocated once.
    let size = 0;
    const terms: string[] = [];
    for (const [term, byField] of internals._index.entries()) {
      terms.push(term);
      size += 1;
      for (const byDocument of byField.values()) size += 2 + byDocument.size * 2;
    }
    const postings = new Uint32Array(size);
    at = 0;
    for (const [, byField] of internals._index.entries()) {
      postings[at++] = byField.size;
      for (const [fieldId, byDocument] of byField) {
        postings[at++] = fieldId;
        postings[at++] = byDocument.size;
        for (const [shortId, frequency] of byDocument) {
          postings[at++] = shortId;
          postings[at++] = frequency;
        }
      }
    }
    return {
      documentCount: this.index.documentCount,
      nextId: internals._nextId,
      fieldIds: { ...internals._fieldIds },
      averageFieldLength: [...internals._avgFieldLength],
      documentIds,
      fieldLengths,
      terms: terms.join('\n'),
      postings,
    };
  }

  get termCount(): number {
    return this.index.termCount;
  }

  /**
   * The best passages for the query, and how many matched in all. Reads
   * MiniSearch's raw scores: its search() multiplies each score by the number
   * of query words matched (a coordination factor), and plain BM25 without it
   * ranked better on both test collections; skipping it also spares building
   * and sorting a result object per matching passage.
   */
  find(query: string, options: FindOptions = {}): PassageRanking {
    const { filter, fuzzy, combineWith, limit = Infinity } = options;
    const raw = this.internals().executeQuery(query, {
      boostTerm: (term: string) => this.idfCorrection(term),
      ...(fuzzy !== undefined ? { fuzzy } : {}),
      ...(combineWith ? { combineWith } : {}),
    });
    const documentIds = this.internals()._documentIds;
    const best = new TopMatches(limit);
    let total = 0;
    for (const [shortId, { score }] of raw) {
      const passage = Number(documentIds.get(shortId));
      if (filter && !filter(passage)) continue;
      total += 1;
      best.offer(passage, score);
    }
    return { total, matches: best.sorted() };
  }

  hasTerm(term: string): boolean {
    return this.internals()._index.has(term);
  }

  /** Indexed terms within maxDistance edits of term, closest and most common first. */
  similarTerms(term: string, maxDistance: number): SimilarTerm[] {
    const found: SimilarTerm[] = [];
    for (const [candidate, [postings, distance]] of this.internals()._index.fuzzyGet(
      term,
      maxDistance,
    )) {
      if (candidate === term) continue;
      found.push({ term: candidate, distance, passages: postings.get(TEXT_FIELD)?.size ?? 0 });
    }
    return found.sort(
      (a, b) => a.distance - b.distance || b.passages - a.passages || a.term.localeCompare(b.term),
    );
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
