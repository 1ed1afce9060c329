import MiniSearch from 'minisearch';
import SearchableMap from 'minisearch/SearchableMap';
import { processTerm, tokenize } from './text.js';
import { buildWordPairs, wordPairTest, type WordPairs } from './word-pairs.js';

/**
 * Ranking settings, shared by the bot and the IR benchmarks. Plain BM25 (no
 * BM25+ lower bound) with a low k and b = 0.7: on Cranfield and Vaswani a grid
 * over k 0.5–1.2 and b 0.6–0.85 peaked here (MAP 0.4293 and 0.2962, and
 * 0.4338 and 0.2976 once a repeated query word counts once).
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
 * and this is the only place that reads them, once, after a build.
 */
interface MiniSearchInternals {
  _index: { entries(): Iterable<[string, PostingsByField]> };
  _documentIds: Map<number, number>;
  _fieldLength: Map<number, number[]>;
  _fieldIds: Record<string, number>;
  _avgFieldLength: number[];
}

/**
 * The index MiniSearch built, frozen into typed arrays (compressed sparse rows):
 * one allocation per table instead of a Map per term and field, so the heap
 * holds about 6 bytes per posting, v8 serialises it at disk speed and a
 * restore copies memory instead of rebuilding millions of Map entries.
 */
export interface CompactIndex {
  passageCount: number;
  /** Distinct terms in code-unit order, separated by newlines (a term never holds one). */
  terms: string;
  /** Per field (text, title): average length in terms, as MiniSearch computed it. */
  averageFieldLength: number[];
  /** Length in terms of field f of passage p, at f * passageCount + p. */
  fieldLengths: Uint32Array;
  /** Postings of term t in field f are entries offsets[f * (termCount + 1) + t] up to the next offset. */
  offsets: Uint32Array;
  /** Passage of each posting, ascending within a term. */
  passages: Uint32Array;
  /** Term frequency of each posting, capped at 65,535. */
  frequencies: Uint16Array;
  /** Adjacent word pairs of each passage's text, stop words included, for phrases. */
  wordPairs: WordPairs;
}

const FIELDS = ['text', 'title'] as const;
const TEXT_FIELD = 0;
const FIELD_BOOSTS = [1, RANKING.titleBoost];
/** MiniSearch's default weight of a fuzzy match, kept so ranking is as before. */
const FUZZY_WEIGHT = 0.45;
const MAX_FREQUENCY = 0xffff;

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
  /** Edits allowed for a query term (0 or false: exact only), as MiniSearch's fuzzy option takes them. */
  fuzzy?: (term: string) => number | false;
  combineWith?: 'AND' | 'OR';
  /** Keep only this many best matches: a bounded heap instead of sorting every match. */
  limit?: number;
}

/** Best first: higher score, then lower passage number. */
function byRank(a: PassageMatch, b: PassageMatch): number {
  return b.score - a.score || a.passage - b.passage;
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
    if (heap.length < this.limit) {
      heap.push({ passage, score });
      this.up(heap.length - 1);
      return;
    }
    // Most matches lose to the worst kept one: compare before allocating anything.
    const worst = heap[0];
    if (worst === undefined) return;
    if (score > worst.score || (score === worst.score && passage < worst.passage)) {
      heap[0] = { passage, score };
      this.down(0);
    }
  }

  sorted(): PassageMatch[] {
    return [...this.heap].sort(byRank);
  }

  private up(index: number): void {
    const heap = this.heap;
    while (index > 0) {
      const parent = (index - 1) >> 1;
      if (!better(heap[parent]!, heap[index]!)) break;
      const swap = heap[parent]!;
      heap[parent] = heap[index]!;
      heap[index] = swap;
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
      const swap = heap[worst]!;
      heap[worst] = heap[index]!;
      heap[index] = swap;
      index = worst;
    }
  }
}

function indexOptions(source: PassageTextSource) {
  return {
    idField: 'id',
    fields: [...FIELDS],
    storeFields: [],
    extractField: (passage: number, field: string): string | number => {
      if (field === 'id') return passage;
      return field === 'text' ? source.text(passage) : source.title(passage);
    },
    tokenize,
    processTerm: (term: string) => processTerm(term) ?? false,
    autoVacuum: false,
  };
}

/** MiniSearch's postings of every term, read once and laid out as a CompactIndex. */
function freeze(
  index: MiniSearch<number>,
  passageCount: number,
  wordPairs: WordPairs,
): CompactIndex {
  const internals = index as unknown as MiniSearchInternals;
  const fieldIds = FIELDS.map((field) => internals._fieldIds[field]!);
  const passageOf = internals._documentIds;
  const entries = [...internals._index.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const termCount = entries.length;
  const fieldLengths = new Uint32Array(FIELDS.length * passageCount);
  for (const [shortId, lengths] of internals._fieldLength) {
    const passage = passageOf.get(shortId)!;
    fieldIds.forEach(
      (fieldId, f) => (fieldLengths[f * passageCount + passage] = lengths[fieldId] ?? 0),
    );
  }
  const offsets = new Uint32Array(FIELDS.length * (termCount + 1));
  let size = 0;
  fieldIds.forEach((fieldId, f) => {
    entries.forEach(([, byField], t) => {
      offsets[f * (termCount + 1) + t] = size;
      size += byField.get(fieldId)?.size ?? 0;
    });
    offsets[f * (termCount + 1) + termCount] = size;
  });
  const passages = new Uint32Array(size);
  const frequencies = new Uint16Array(size);
  let at = 0;
  const posting: Array<[number, number]> = [];
  for (const fieldId of fieldIds) {
    for (const [, byField] of entries) {
      posting.length = 0;
      for (const [shortId, frequency] of byField.get(fieldId) ?? [])
        posting.push([passageOf.get(shortId)!, frequency]);
      posting.sort((a, b) => a[0] - b[0]);
      for (const [passage, frequency] of posting) {
        passages[at] = passage;
        frequencies[at] = Math.min(frequency, MAX_FREQUENCY);
        at += 1;
      }
    }
  }
  return {
    passageCount,
    terms: entries.map(([term]) => term).join('\n'),
    averageFieldLength: fieldIds.map((fieldId) => internals._avgFieldLength[fieldId] ?? 0),
    fieldLengths,
    offsets,
    passages,
    frequencies,
    wordPairs,
  };
}

/** One query word as MiniSearch would run it: the term and the edits allowed. */
interface TermQuery {
  term: string;
  maxDistance: number;
}

/**
 * Full-text index of passages (one per paragraph), with titles as a second
 * field. MiniSearch builds it (tokenising, stemming, counting); queries then
 * run on the frozen postings with MiniSearch's own BM25 and fuzzy weights,
 * summed into one score table instead of a result object per passage.
 */
export class PassageIndex {
  private readonly terms: string[];
  private readonly termCount: number;
  private termTree: SearchableMap<number> | null = null;
  /** Scratch tables for one query, reused: cleared only where a query wrote. */
  private readonly scores: Float64Array;
  private readonly queriesMatched: Uint16Array;
  private readonly lastQuery: Uint16Array;
  private readonly touched: Uint32Array;

  private constructor(private readonly data: CompactIndex) {
    this.terms = data.terms === '' ? [] : data.terms.split('\n');
    this.termCount = this.terms.length;
    const count = data.passageCount;
    this.scores = new Float64Array(count);
    this.queriesMatched = new Uint16Array(count);
    this.lastQuery = new Uint16Array(count);
    this.touched = new Uint32Array(count);
  }

  static build(passageCount: number, source: PassageTextSource): PassageIndex {
    const index = new MiniSearch<number>(indexOptions(source));
    for (let passage = 0; passage < passageCount; passage += 1) index.add(passage);
    const compact = freeze(index, passageCount, buildWordPairs(passageCount, source.text));
    return new PassageIndex(compact);
  }

  static load(compact: CompactIndex): PassageIndex {
    return new PassageIndex(compact);
  }

  toCompact(): CompactIndex {
    return this.data;
  }

  /**
   * The best passages for the query, and how many matched in all. Scores are
   * MiniSearch's raw BM25 sums: its search() also multiplies each by the
   * number of query words matched, and plain BM25 ranked better on both test
   * collections. A query word counts once however often it is repeated (BM25's
   * query-term saturation with k3 = 0): MiniSearch counts it again, and over
   * k3 = 0, 1, 2, 4, 8 and 100 MAP fell as k3 grew, from 0.4338 to 0.4292 on
   * Cranfield and from 0.2976 to 0.2962 on Vaswani.
   */
  find(query: string, options: FindOptions = {}): PassageRanking {
    const { filter, fuzzy, combineWith = 'OR', limit = Infinity } = options;
    const queries: TermQuery[] = [];
    const asked = new Set<string>();
    for (const word of tokenize(query)) {
      const term = processTerm(word);
      if (term === null || asked.has(term)) continue;
      asked.add(term);
      const maxDistance = fuzzy ? fuzzy(term) || 0 : 0;
      queries.push({ term, maxDistance });
    }
    if (queries.length === 0 || queries.length > 0xfffe) return { total: 0, matches: [] };

    let touchedCount = 0;
    const { scores, queriesMatched, lastQuery, touched } = this;
    const { passages, frequencies, fieldLengths, offsets, passageCount } = this.data;
    const { k, b, d } = RANKING.bm25;
    const addPostings = (termId: number, weight: number, queryNumber: number) => {
      for (let f = 0; f < FIELDS.length; f += 1) {
        const first = offsets[f * (this.termCount + 1) + termId]!;
        const end = offsets[f * (this.termCount + 1) + termId + 1]!;
        const holders = end - first;
        if (holders === 0) continue;
        const idf = Math.log(1 + (passageCount - holders + 0.5) / (holders + 0.5));
        const factor = weight * FIELD_BOOSTS[f]! * idf;
        const lengthScale = (k * b) / (this.data.averageFieldLength[f] || 1);
        const lengthBase = k * (1 - b);
        const lengthsAt = f * passageCount;
        for (let i = first; i < end; i += 1) {
          const passage = passages[i]!;
          const frequency = frequencies[i]!;
          const norm = lengthBase + lengthScale * fieldLengths[lengthsAt + passage]!;
          if (lastQuery[passage] !== queryNumber) {
            if (lastQuery[passage] === 0) {
              touched[touchedCount++] = passage;
              scores[passage] = 0;
              queriesMatched[passage] = 0;
            }
            lastQuery[passage] = queryNumber;
            queriesMatched[passage]! += 1;
          }
          scores[passage]! += factor * (d + (frequency * (k + 1)) / (frequency + norm));
        }
      }
    };
    queries.forEach(({ term, maxDistance }, i) => {
      const boost = this.idfCorrection(term);
      const termId = this.termId(term);
      if (termId >= 0) addPostings(termId, boost, i + 1);
      if (maxDistance === 0) return;
      for (const [derived, [derivedId, distance]] of this.tree().fuzzyGet(term, maxDistance)) {
        if (distance === 0) continue;
        const weight = (FUZZY_WEIGHT * derived.length) / (derived.length + distance);
        addPostings(derivedId, weight * boost, i + 1);
      }
    });

    // When every match fits, one sort of them all is cheaper than a heap of them all.
    const all: PassageMatch[] | null = touchedCount <= limit ? [] : null;
    const best = all ? null : new TopMatches(limit);
    let total = 0;
    const required = combineWith === 'AND' ? queries.length : 1;
    for (let i = 0; i < touchedCount; i += 1) {
      const passage = touched[i]!;
      lastQuery[passage] = 0;
      if (queriesMatched[passage]! < required) continue;
      if (filter && !filter(passage)) continue;
      total += 1;
      if (all) all.push({ passage, score: scores[passage]! });
      else best!.offer(passage, scores[passage]!);
    }
    return { total, matches: all ? all.sort(byRank) : best!.sorted() };
  }

  /**
   * A test ruling out, from their word pairs, passages that cannot hold one of `pieces` runs of
   * the phrase (folded words) word for word (see wordPairTest); null when the phrase is too
   * short to be tested so.
   */
  phraseTest(words: string[], pieces: number): ((passage: number) => boolean) | null {
    return wordPairTest(this.data.wordPairs, words, pieces);
  }

  hasTerm(term: string): boolean {
    return this.termId(term) >= 0;
  }

  /** Indexed terms within maxDistance edits of term, closest and most common first. */
  similarTerms(term: string, maxDistance: number): SimilarTerm[] {
    const found: SimilarTerm[] = [];
    for (const [candidate, [termId, distance]] of this.tree().fuzzyGet(term, maxDistance)) {
      if (candidate === term) continue;
      found.push({ term: candidate, distance, passages: this.holders(TEXT_FIELD, termId) });
    }
    return found.sort(
      (a, b) => a.distance - b.distance || b.passages - a.passages || a.term.localeCompare(b.term),
    );
  }

  /** One passage whose text holds the term, to recover a readable spelling of a stem. */
  passageWithTerm(term: string): number | undefined {
    const termId = this.termId(term);
    if (termId < 0 || this.holders(TEXT_FIELD, termId) === 0) return undefined;
    return this.data.passages[this.data.offsets[termId]!];
  }

  /** How many passages hold the term in their text. */
  passagesWithTerm(term: string): number {
    const termId = this.termId(term);
    return termId < 0 ? 0 : this.holders(TEXT_FIELD, termId);
  }

  private holders(field: number, termId: number): number {
    const at = field * (this.termCount + 1) + termId;
    return this.data.offsets[at + 1]! - this.data.offsets[at]!;
  }

  /** Binary search over the sorted terms; -1 when the term is not indexed. */
  private termId(term: string): number {
    let low = 0;
    let high = this.termCount - 1;
    while (low <= high) {
      const middle = (low + high) >>> 1;
      const found = this.terms[middle]!;
      if (found === term) return middle;
      if (found < term) low = middle + 1;
      else high = middle - 1;
    }
    return -1;
  }

  /** MiniSearch's term tree, for edit-distance lookups; built on first need, so loading stays cheap. */
  private tree(): SearchableMap<number> {
    this.termTree ??= SearchableMap.from(
      this.terms.map((term, id) => [term, id] as [string, number]),
    );
    return this.termTree;
  }

  /**
   * MiniSearch's IDF, log(1 + (N - n + 0.5) / (n + 0.5)), still rewards words
   * found in most passages; Robertson's original log((N - n + 0.5) / (n + 0.5))
   * gives them almost nothing, which ranked better. The boost turns one into the other.
   */
  private idfCorrection(term: string): number {
    const total = this.data.passageCount;
    const holders = this.passagesWithTerm(term);
    const odds = (total - holders + 0.5) / (holders + 0.5);
    const miniSearchIdf = Math.log(1 + odds);
    if (miniSearchIdf <= 0) return 1;
    return Math.max(1e-6, Math.log(odds)) / miniSearchIdf;
  }
}
