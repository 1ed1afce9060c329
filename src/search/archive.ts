import path from 'node:path';
import type { Article, Problem } from '../articles/types.js';
import { attributionUnits, personId } from '../quotes/index.js';
import type { Person, Quotation } from '../quotes/types.js';
import { PassageIndex, type CompactIndex, type PassageMatch } from './passage-index.js';
import {
  allowedCost,
  phraseFinder,
  wordTest,
  oneEditVariants,
  phraseWords,
  type PhraseMatch,
} from './phrase.js';
import { foldWord, isStopWord, processTerm, queryTerms, termSpans, tokenize } from './text.js';
import type {
  ArticleSummary,
  ArticleView,
  Citation,
  DateRange,
  PassageHit,
  QuoteHit,
  QuotesByOptions,
  QuotesByResult,
  SearchOptions,
  SearchResult,
  Stats,
  WhoSaidResult,
} from './types.js';

/** Everything an Archive answers from, once files are read, analysed and cleaned. */
export interface ArchiveContent {
  articles: Article[];
  quotations: Quotation[];
  people: Person[];
  problems: Problem[];
  files: number;
  /** ISO timestamp. */
  builtAt: string;
}

const DEFAULT_LIMIT = 10;
/** whoSaid verifies at first this many passages holding every phrase word… */
const PHRASE_CANDIDATES_ALL_WORDS = 2000;
/** Passages holding every word of a phrase read for quotations joined across an attribution. */
const JOINED_CANDIDATES = 200;
/**
 * …and up to this many when none of those held the phrase: in a large archive a phrase of common
 * words is held, word by word, by more passages than the first pass reads, and the one that holds
 * it in order need not be among the most relevant.
 */
const PHRASE_CANDIDATES_ALL_WORDS_AT_MOST = 6_000;
/** …and this many best passages holding some of them, for typos and left-out words, or up to
 * the second number when those hold nothing. */
const PHRASE_CANDIDATES_SOME_WORDS = 300;
const PHRASE_CANDIDATES_SOME_WORDS_AT_MOST = 1_000;
/**
 * A word the archive holds in at most this many passages may be a shared typo, and a spelling one
 * edit away this many times commoner stands for it too.
 */
const RARE_WORD_PASSAGES = 20;
const COMMONER_SPELLING = 50;
const SUGGESTIONS_PER_WORD = 3;
/** Spellings of a mistyped word looked for when a phrase is nowhere as typed. */
const SPELLINGS_PER_WORD = 8;
/** Of those, the likeliest tried word for word first, and at most this many phrases in all. */
const SPELLINGS_TRIED = 3;
const SPELLING_COMBINATIONS = 9;
const HONORIFIC = /^(?:mr|mrs|ms|miss|dr|prof|sir|rev)\.?\s+/;

/** How people type a name: case, honorifics, dots and extra spaces do not matter. */
function nameKey(name: string): string {
  return personId(name).replace(HONORIFIC, '').replace(/\./g, '').replace(/\s+/g, ' ').trim();
}

function normaliseAuthor(author: string): string {
  return author.trim().replace(/\s+/g, ' ').toLowerCase();
}

/** Case-insensitive; a whole author name or any word of it. */
function authorMatches(author: string | null, wanted: string): boolean {
  if (author === null) return false;
  const name = normaliseAuthor(author);
  return name === wanted || name.split(/[\s,]+/).includes(wanted);
}

interface PeopleLookup {
  /** Most quoted first, then by name. */
  ranked: Person[];
  /** Lower-case names, aliases and their words, in code-unit order. */
  names: string[];
  /** Rank in ranked of the person each entry of names belongs to. */
  rankOfName: Uint32Array;
}

function byQuotationPlace(a: Quotation, b: Quotation): number {
  return a.paragraph - b.paragraph || a.start - b.start;
}

/**
 * The query API over one built archive. Pure and synchronous: the snapshot
 * and reindexing live elsewhere (store.ts), and nothing here knows of Discord.
 */
export class Archive {
  private readonly articles: Article[];
  private readonly articleIndexById = new Map<string, number>();
  /** Passage p is paragraph passageParagraph[p] (from 1) of article passageArticle[p]. */
  private readonly passageArticle: Uint32Array;
  private readonly passageParagraph: Uint32Array;
  private readonly index: PassageIndex;
  /** Article indices with a date, oldest first. */
  private readonly byDate: number[];
  private readonly quotationsByArticle = new Map<string, Quotation[]>();
  /** Quotations whose pieces an attribution interrupts, joined, by article: built on first need. */
  private readonly joinedByArticle = new Map<string, Quotation[]>();
  /** People by id and by name key: built on first need, so a load does not pay for them. */
  private peopleTables: { byId: Map<string, Person>; byName: Map<string, Person[]> } | null = null;
  /** Resolving every speaker is the costliest part of a load: done on the first quotesBy. */
  private quotationsByPersonCache: Map<string, Quotation[]> | null = null;
  private readonly speakerPeople = new Map<string, Person | null>();
  /** Built on the first autocomplete, so loading does not pay for it. */
  private peopleLookupCache: PeopleLookup | null = null;
  private readonly content: ArchiveContent;

  private constructor(content: ArchiveContent, serializedIndex: CompactIndex | null) {
    this.content = content;
    this.articles = content.articles;
    let passageCount = 0;
    this.articles.forEach((article, i) => {
      this.articleIndexById.set(article.id, i);
      passageCount += article.paragraphs.length;
    });
    this.passageArticle = new Uint32Array(passageCount);
    this.passageParagraph = new Uint32Array(passageCount);
    let passage = 0;
    this.articles.forEach((article, i) => {
      for (let p = 1; p <= article.paragraphs.length; p += 1) {
        this.passageArticle[passage] = i;
        this.passageParagraph[passage] = p;
        passage += 1;
      }
    });
    this.index = serializedIndex
      ? PassageIndex.load(serializedIndex)
      : PassageIndex.build(passageCount, {
          text: (p: number) => this.passageText(p),
          title: (p: number) => this.articles[this.passageArticle[p]!]!.title,
        });

    this.byDate = this.articles
      .map((_, i) => i)
      .filter((i) => this.articles[i]!.date !== null)
      .sort((a, b) => this.compareByDate(a, b));

    for (const quotation of content.quotations) {
      if (!this.articleIndexById.has(quotation.articleId)) continue;
      const list = this.quotationsByArticle.get(quotation.articleId) ?? [];
      list.push(quotation);
      this.quotationsByArticle.set(quotation.articleId, list);
    }
    for (const list of this.quotationsByArticle.values()) list.sort(byQuotationPlace);
  }

  /** Builds the passage index from the content. */
  static build(content: ArchiveContent): Archive {
    return new Archive(content, null);
  }

  /** Restores an archive whose index was saved by compactIndex() over the same content. */
  static restore(content: ArchiveContent, index: CompactIndex): Archive {
    return new Archive(content, index);
  }

  compactIndex(): CompactIndex {
    return this.index.toCompact();
  }

  search(query: string, options: SearchOptions = {}): SearchResult {
    const limit = options.limit ?? DEFAULT_LIMIT;
    const offset = options.offset ?? 0;
    const allowed = this.allowedArticles(options);
    const { total, matches } = this.index.find(query, {
      limit: offset + limit,
      ...(allowed ? { filter: (p: number) => allowed[this.passageArticle[p]!] === 1 } : {}),
    });
    const terms = new Set(queryTerms(query));
    const hits = matches
      .slice(offset, offset + limit)
      .map((match) => this.passageHit(match.passage, match.score, terms));
    return { hits, total, suggestions: this.suggestions(query) };
  }

  whoSaid(phrase: string, options: { limit?: number } = {}): WhoSaidResult {
    const limit = options.limit ?? DEFAULT_LIMIT;
    const words = phraseWords(phrase);
    const result: WhoSaidResult = { phrase, answers: [], unattributed: [] };
    if (words.length === 0) return result;
    const maxCost = allowedCost(words.length);
    const terms = new Set(queryTerms(phrase));

    const answers = new Map<Quotation, QuoteHit>();
    // Hits are built only for the passages kept: highlighting every match would cost more than finding it.
    const unattributed: Array<{ passage: number; score: number; match: PhraseMatch }> = [];
    const typed = tokenize(phrase);
    // A typed word the archive lacks costs every match one edit at least, so a match with one
    // edit per such word is as close as any can be: it ends the search as an exact match would.
    const lacking = typed.map((word) => !isStopWord(word) && !this.isIndexed(word));
    const leastCost = lacking.filter(Boolean).length;
    // More words the archive lacks than edits allowed: no passage can hold the phrase.
    if (leastCost > maxCost) return result;
    let closestFound = false;
    let anyFound = false;
    // Matches as close as the phrase allows, at the best rank a quotation (or a bare passage) can get.
    const topCloseness = (maxCost + 1 - leastCost) * 10;
    let bestAnswers = 0;
    let bestUnattributed = 0;
    const find = phraseFinder(words, maxCost);
    // From their word pairs: passages that may hold a match (one of maxCost + 1 pieces of the
    // phrase, word for word), and passages that may hold it exactly (all of it).
    const mayHold = this.index.phraseTest(words, maxCost + 1) ?? undefined;
    const mayHoldExactly = this.index.phraseTest(words, 1) ?? undefined;
    // Closeness first; then a quotation that holds the whole match, and one in marks; passage
    // relevance only breaks ties between equally close matches.
    const rankOf = (cost: number, score: number, contained: boolean, direct: boolean) =>
      (maxCost + 1 - cost) * 10 + (contained ? 5 : 0) + (direct ? 1 : 0) + score / (score + 1);
    const answer = (quotation: Quotation, rank: number) => {
      const known = answers.get(quotation);
      if (known && known.score >= rank) return;
      if (rank >= topCloseness + 6 && !known) bestAnswers += 1;
      answers.set(quotation, this.quoteHit(quotation, rank));
    };
    const verify = (passage: number, score: number) => {
      const text = this.passageText(passage);
      const match = find(text);
      if (!match) return;
      anyFound = true;
      if (match.cost <= leastCost) closestFound = true;
      const quotation = this.quotationCovering(passage, match);
      if (quotation) {
        const contained = quotation.start <= match.start && match.end <= quotation.end;
        answer(quotation, rankOf(match.cost, score, contained, quotation.direct));
      } else {
        if (match.cost <= leastCost) bestUnattributed += 1;
        unattributed.push({ passage, score: rankOf(match.cost, score, false, false), match });
      }
    };
    // A typo in a rare word would otherwise leave only common words to find candidates by.
    const spellings = new Map<string, string[]>();
    const spellingsOf = (word: string): string[] => {
      let found = spellings.get(word);
      if (!found) spellings.set(word, (found = this.spellingsOf(word, SPELLINGS_PER_WORD)));
      return found;
    };
    // The words the archive holds; a spelling the archive has for a word it lacks may stem to a
    // common word of another kind ("ging" is one edit from "uing", whose stem is the "u" of U.S.).
    const query = typed.filter((_, i) => !lacking[i]).join(' ');
    const seen = new Set<number>();
    const readAll = (candidates: PassageMatch[]) => {
      for (const { passage, score } of candidates) {
        // Candidates come most relevant first and relevance only breaks ties, so once
        // both lists are full of matches at the best rank, no later one can enter.
        if (bestAnswers >= limit && bestUnattributed >= limit) break;
        if (seen.has(passage)) continue;
        seen.add(passage);
        verify(passage, score);
      }
    };
    const content = queryTerms(query).length;
    const asTyped = leastCost === 0;
    // Passages holding every word of the phrase that the index holds, most relevant first; a
    // phrase of stop words only is looked for through every passage, since the index holds none.
    // With no word the index holds but the mistyped ones, the passages tried first are those
    // holding one of the spellings tried.
    const tried = typed
      .flatMap((word, i) => (lacking[i] ? spellingsOf(word).slice(0, SPELLINGS_TRIED) : []))
      .join(' ');
    const allWords = (test: ((passage: number) => boolean) | undefined, spelled = false) => {
      const read = (limit: number) =>
        content > 0
          ? this.passagesWithWords(query, 'AND', limit, test)
          : spelled && queryTerms(tried).length > 0
            ? this.passagesWithWords(tried, 'OR', limit, test)
            : this.passagesMaybeHolding(words, limit, test);
      const first = read(PHRASE_CANDIDATES_ALL_WORDS);
      readAll(first.matches);
      if (!anyFound && first.more) readAll(read(PHRASE_CANDIDATES_ALL_WORDS_AT_MOST).matches);
    };
    // First the passages whose word pairs may hold the phrase as the archive would spell it:
    // as typed, or with one of the likeliest spellings of each word the archive lacks, which the
    // pairs choose between ("loking for" is "looking for", though "liking" is commoner). Should
    // every spelling be wrong, a passage may hold the phrase in one of its pieces.
    if (asTyped) allWords(mayHoldExactly);
    else allWords(this.respelledTest(words, typed, lacking, spellingsOf), true);
    if (!asTyped && !closestFound) allWords(mayHold);
    // Typos and left-out words are looked for only when no match is as close as the phrase
    // allows: nowhere as typed or, with a word the archive lacks, nowhere with that word's one
    // edit. Here a word stands also for its likely spellings one edit away, and, as in the first
    // pass, more candidates are read when the most relevant hold nothing.
    if (!closestFound) {
      const respelled = typed.map((word) => [word, ...spellingsOf(word)].join(' ')).join(' ');
      const some = this.passagesWithWords(respelled, 'OR', PHRASE_CANDIDATES_SOME_WORDS, mayHold);
      readAll(some.matches);
      if (!anyFound && some.more)
        readAll(
          this.passagesWithWords(respelled, 'OR', PHRASE_CANDIDATES_SOME_WORDS_AT_MOST, mayHold)
            .matches,
        );
      // With at most one word that is not a stop word, a match need hold none of the index's
      // terms ("to go throgh, not only to": "through" is a stop word), so every passage is a
      // candidate, word pairs permitting.
      if (!anyFound && content <= 1)
        readAll(
          this.passagesMaybeHolding(words, PHRASE_CANDIDATES_SOME_WORDS_AT_MOST, mayHold).matches,
        );
    }
    // "chip on the market, Fritos, Cheetos": words that run on past the attribution between two
    // pieces of one quotation ("“… chip on the market,” Mr. Cruz said. “Fritos, Cheetos …”") are
    // in no passage as typed, but in the pieces joined. They are looked for only when no passage
    // holds the phrase, so that they cost nothing when one does.
    if (!anyFound && content > 0) {
      const candidates = this.passagesWithWords(query, 'AND', JOINED_CANDIDATES, undefined);
      for (const { passage, score } of candidates.matches) {
        for (const joined of this.joinedIn(passage)) {
          const match = find(joined.text);
          if (match) answer(joined, rankOf(match.cost, score, true, true));
        }
      }
    }
    result.answers = [...answers.values()].sort((a, b) => b.score - a.score).slice(0, limit);
    result.unattributed = unattributed
      .sort((a, b) => b.score - a.score)
      .slice(0, limit)
      .map(({ passage, score, match }) => ({
        ...this.passageHit(passage, score, terms),
        highlights: [[match.start, match.end]],
      }));
    return result;
  }

  quotesBy(person: string, options: QuotesByOptions = {}): QuotesByResult {
    const resolved = this.resolvePerson(person);
    if (!resolved) return { person: null, quotes: [], total: 0 };
    const topic = options.topic ? queryTerms(options.topic) : [];
    const selected = (this.quotationsByPerson().get(resolved.id) ?? []).filter((quotation) => {
      const date = this.articleOf(quotation.articleId).date;
      if (options.from && (date === null || date < options.from)) return false;
      if (options.to && (date === null || date > options.to)) return false;
      return topic.length === 0 || this.paragraphHasTerms(quotation, topic);
    });
    selected.sort((a, b) => {
      const dateA = this.articleOf(a.articleId).date ?? '';
      const dateB = this.articleOf(b.articleId).date ?? '';
      return (
        dateB.localeCompare(dateA) ||
        a.articleId.localeCompare(b.articleId) ||
        byQuotationPlace(a, b)
      );
    });
    const offset = options.offset ?? 0;
    const limit = options.limit ?? DEFAULT_LIMIT;
    return {
      person: resolved,
      quotes: selected
        .slice(offset, offset + limit)
        .map((quotation) => this.quoteHit(quotation, 1)),
      total: selected.length,
    };
  }

  /**
   * Autocomplete: people with a name or alias word starting with prefix, most quoted first. A
   * leading title is ignored, as in name lookups: "Mr. Kish" finds Joseph Kishore.
   */
  people(prefix: string, limit = 25): Person[] {
    const wanted = prefix.trim().replace(/\s+/g, ' ').toLowerCase().replace(HONORIFIC, '');
    const { ranked, names, rankOfName } = this.peopleLookup();
    if (wanted === '') return ranked.slice(0, limit);
    let low = 0;
    let high = names.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (names[middle]! < wanted) low = middle + 1;
      else high = middle;
    }
    const ranks = new Set<number>();
    for (let i = low; i < names.length && names[i]!.startsWith(wanted); i += 1)
      ranks.add(rankOfName[i]!);
    return [...ranks]
      .sort((a, b) => a - b)
      .slice(0, limit)
      .map((rank) => ranked[rank]!);
  }

  /** Autocomplete: titles starting with prefix first, then titles with a word starting with it. */
  titles(prefix: string, limit = 25): ArticleSummary[] {
    const wanted = prefix.trim().replace(/\s+/g, ' ').toLowerCase();
    const starts: Article[] = [];
    const contains: Article[] = [];
    for (const article of this.articles) {
      const title = article.title.toLowerCase();
      if (title.startsWith(wanted)) starts.push(article);
      else if (title.includes(` ${wanted}`)) contains.push(article);
    }
    const newestFirst = (a: Article, b: Article) =>
      (b.date ?? '').localeCompare(a.date ?? '') || a.id.localeCompare(b.id);
    return [...starts.sort(newestFirst), ...contains.sort(newestFirst)]
      .slice(0, limit)
      .map((a) => this.summary(a));
  }

  /** Articles dated within the range, oldest first. */
  articlesOn(range: DateRange, options: { author?: string } = {}): ArticleSummary[] {
    const first = this.firstDatedOnOrAfter(range.from);
    const found: ArticleSummary[] = [];
    const author = options.author ? normaliseAuthor(options.author) : null;
    for (let i = first; i < this.byDate.length; i += 1) {
      const article = this.articles[this.byDate[i]!]!;
      if (article.date! > range.to) break;
      if (author === null || authorMatches(article.author, author))
        found.push(this.summary(article));
    }
    return found;
  }

  article(id: string): ArticleView | undefined {
    const index = this.articleIndexById.get(id);
    if (index === undefined) return undefined;
    const quotations = (this.quotationsByArticle.get(id) ?? []).filter(
      (quotation) => !this.insideOwnSpeakersQuotation(quotation),
    );
    const counts = new Map<Person, number>();
    for (const quotation of quotations) {
      const person = this.personOf(quotation);
      if (person) counts.set(person, (counts.get(person) ?? 0) + 1);
    }
    const speakers = [...counts]
      .map(([person, count]) => ({ person, count }))
      .sort((a, b) => b.count - a.count || a.person.name.localeCompare(b.person.name));
    return { article: this.articles[index]!, quotations, speakers };
  }

  context(
    articleId: string,
    paragraph: number,
    radius = 1,
  ): Array<{ paragraph: number; text: string }> {
    const index = this.articleIndexById.get(articleId);
    if (index === undefined) return [];
    const paragraphs = this.articles[index]!.paragraphs;
    const around: Array<{ paragraph: number; text: string }> = [];
    for (
      let p = Math.max(1, paragraph - radius);
      p <= Math.min(paragraphs.length, paragraph + radius);
      p += 1
    ) {
      around.push({ paragraph: p, text: paragraphs[p - 1]! });
    }
    return around;
  }

  stats(): Stats {
    const authors = new Set<string>();
    for (const article of this.articles)
      if (article.author !== null) authors.add(normaliseAuthor(article.author));
    const firstDated = this.byDate[0];
    const lastDated = this.byDate[this.byDate.length - 1];
    return {
      articles: this.articles.length,
      passages: this.passageArticle.length,
      quotations: this.content.quotations.length,
      people: this.content.people.length,
      authors: authors.size,
      files: this.content.files,
      firstDate: firstDated === undefined ? null : this.articles[firstDated]!.date,
      lastDate: lastDated === undefined ? null : this.articles[lastDated]!.date,
      builtAt: this.content.builtAt,
      problems: this.content.problems.length,
    };
  }

  /** Problems met while reading the files, for reports. */
  problems(): Problem[] {
    return this.content.problems;
  }

  /**
   * Every name and alias, and every word of them, sorted, so a prefix is one
   * binary search: people whose name or a word of it starts with the prefix.
   */
  private peopleLookup(): PeopleLookup {
    if (this.peopleLookupCache) return this.peopleLookupCache;
    const ranked = [...this.content.people].sort(
      (a, b) => b.quoteCount - a.quoteCount || a.name.localeCompare(b.name),
    );
    const entries: Array<[string, number]> = [];
    ranked.forEach((person, rank) => {
      for (const name of [person.name, ...person.aliases]) {
        const key = name.toLowerCase();
        entries.push([key, rank]);
        for (const word of key.split(' ')) if (word !== key) entries.push([word, rank]);
      }
    });
    entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    this.peopleLookupCache = {
      ranked,
      names: entries.map(([name]) => name),
      rankOfName: Uint32Array.from(entries, ([, rank]) => rank),
    };
    return this.peopleLookupCache;
  }

  private peopleIndex(): { byId: Map<string, Person>; byName: Map<string, Person[]> } {
    if (this.peopleTables) return this.peopleTables;
    const byId = new Map<string, Person>();
    const byName = new Map<string, Person[]>();
    for (const person of this.content.people) {
      byId.set(person.id, person);
      for (const name of [person.name, ...person.aliases]) {
        const key = nameKey(name);
        const list = byName.get(key) ?? [];
        if (!list.includes(person)) list.push(person);
        byName.set(key, list);
      }
    }
    for (const list of byName.values()) list.sort((a, b) => b.quoteCount - a.quoteCount);
    this.peopleTables = { byId, byName };
    return this.peopleTables;
  }

  private quotationsByPerson(): Map<string, Quotation[]> {
    if (this.quotationsByPersonCache) return this.quotationsByPersonCache;
    const byPerson = new Map<string, Quotation[]>();
    for (const quotations of this.quotationsByArticle.values()) {
      for (const quotation of quotations) {
        const person = this.personOf(quotation);
        if (!person || this.insideOwnSpeakersQuotation(quotation)) continue;
        const list = byPerson.get(person.id) ?? [];
        list.push(quotation);
        byPerson.set(person.id, list);
      }
    }
    this.quotationsByPersonCache = byPerson;
    return byPerson;
  }

  private passageText(passage: number): string {
    return this.articles[this.passageArticle[passage]!]!.paragraphs[
      this.passageParagraph[passage]! - 1
    ]!;
  }

  private articleOf(articleId: string): Article {
    return this.articles[this.articleIndexById.get(articleId)!]!;
  }

  private compareByDate(a: number, b: number): number {
    const left = this.articles[a]!;
    const right = this.articles[b]!;
    return left.date!.localeCompare(right.date!) || left.id.localeCompare(right.id);
  }

  private firstDatedOnOrAfter(day: string): number {
    let low = 0;
    let high = this.byDate.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (this.articles[this.byDate[middle]!]!.date! < day) low = middle + 1;
      else high = middle;
    }
    return low;
  }

  /** One flag per article, or null when every article is allowed. */
  private allowedArticles(options: SearchOptions): Uint8Array | null {
    const { from, to } = options;
    const author = options.author?.trim() ? normaliseAuthor(options.author) : null;
    if (!from && !to && author === null) return null;
    const allowed = new Uint8Array(this.articles.length);
    this.articles.forEach((article, i) => {
      if ((from || to) && article.date === null) return;
      if (from && article.date! < from) return;
      if (to && article.date! > to) return;
      if (author !== null && !authorMatches(article.author, author)) return;
      allowed[i] = 1;
    });
    return allowed;
  }

  private citation(articleIndex: number, paragraph: number): Citation {
    const article = this.articles[articleIndex]!;
    return {
      articleId: article.id,
      file: path.posix.basename(article.source),
      title: article.title,
      author: article.author,
      date: article.date,
      url: article.url,
      paragraph,
    };
  }

  private summary(article: Article): ArticleSummary {
    return {
      articleId: article.id,
      file: path.posix.basename(article.source),
      title: article.title,
      author: article.author,
      date: article.date,
      url: article.url,
    };
  }

  private passageHit(passage: number, score: number, terms: Set<string>): PassageHit {
    const text = this.passageText(passage);
    return {
      ...this.citation(this.passageArticle[passage]!, this.passageParagraph[passage]!),
      text,
      score,
      highlights: termSpans(text, terms),
    };
  }

  private quoteHit(quotation: Quotation, score: number): QuoteHit {
    const articleIndex = this.articleIndexById.get(quotation.articleId)!;
    return {
      ...this.citation(articleIndex, quotation.paragraph),
      quote: quotation,
      person: this.personOf(quotation),
      score,
    };
  }

  /**
   * A quoted phrase inside the same speaker's longer quotation ("he said the plan was “a postcard,
   * not a policy,” and that …"): lists of a person's or an article's quotations show the longer one
   * only, which holds it verbatim. Who-said still finds the phrase itself.
   */
  private insideOwnSpeakersQuotation(quotation: Quotation): boolean {
    const person = this.personOf(quotation);
    return (this.quotationsByArticle.get(quotation.articleId) ?? []).some(
      (other) =>
        other !== quotation &&
        other.paragraph === quotation.paragraph &&
        other.start <= quotation.start &&
        quotation.end <= other.end &&
        other.end - other.start > quotation.end - quotation.start &&
        this.personOf(other) === person,
    );
  }

  /** The Person of a quotation's speaker; a surname-only speaker joins the full name it was merged into. */
  private personOf(quotation: Quotation): Person | null {
    if (quotation.speaker === null) return null;
    const cached = this.speakerPeople.get(quotation.speaker);
    if (cached !== undefined) return cached;
    const { byId, byName: peopleByName } = this.peopleIndex();
    const byName = peopleByName.get(nameKey(quotation.speaker));
    const person =
      byId.get(personId(quotation.speaker)) ?? (byName?.length === 1 ? byName[0]! : null);
    this.speakerPeople.set(quotation.speaker, person);
    return person;
  }

  private resolvePerson(name: string): Person | null {
    const key = nameKey(name);
    if (key === '') return null;
    const { byId, byName } = this.peopleIndex();
    return byId.get(personId(name)) ?? byName.get(key)?.[0] ?? null;
  }

  private paragraphHasTerms(quotation: Quotation, terms: string[]): boolean {
    const article = this.articleOf(quotation.articleId);
    const present = new Set<string>();
    for (const word of tokenize(article.paragraphs[quotation.paragraph - 1] ?? '')) {
      const term = processTerm(word);
      if (term !== null) present.add(term);
    }
    return terms.every((term) => present.has(term));
  }

  private isIndexed(word: string): boolean {
    const term = processTerm(word);
    return term !== null && this.index.hasTerm(term);
  }

  /**
   * How a possibly mistyped word may be spelled in the archive: words one edit away (letters
   * swapped, dropped, changed or added) whose stems are indexed, up to limit, with distinct stems,
   * the most common in the archive first, then the likelier edit. Fuzzy matching on stems cannot
   * do this: a typo changes the stem ("deetrrence" stems to "deetrrenc", "deterrence" to
   * "deterr"). The commonest wins because one edit of "pogress" also gives "pogness", which one
   * article misspelled, and "progress", which thousands of passages hold.
   */
  private spellingsOf(word: string, limit: number): string[] {
    const term = processTerm(word);
    if (term === null || word.length < 4) return [];
    // A word the archive holds may still be a typo the archive shares ("peole"), if it is rare;
    // then only far commoner spellings stand for it.
    const holders = this.index.passagesWithTerm(term);
    if (holders > RARE_WORD_PASSAGES) return [];
    const floor = holders * COMMONER_SPELLING + 1;
    const found = new Map<string, { spelling: string; passages: number; order: number }>();
    for (const variant of oneEditVariants(word.toLowerCase())) {
      // "othre" is "other": a stop word, which a query leaves out.
      if (isStopWord(variant)) return floor === 1 ? [variant] : [];
      const stem = processTerm(variant);
      if (stem === null || found.has(stem)) continue;
      const passages = this.index.passagesWithTerm(stem);
      if (passages >= floor) found.set(stem, { spelling: variant, passages, order: found.size });
    }
    return [...found.values()]
      .sort((a, b) => b.passages - a.passages || a.order - b.order)
      .slice(0, limit)
      .map((candidate) => candidate.spelling);
  }

  /**
   * Whether a passage's word pairs may hold the phrase with each word it lacks spelled one of its
   * likeliest ways (SPELLINGS_TRIED each, SPELLING_COMBINATIONS in all); undefined when a lacking
   * word has no spelling, or the phrase is too short for pairs.
   */
  private respelledTest(
    words: string[],
    typed: string[],
    lacking: boolean[],
    spellingsOf: (word: string) => string[],
  ): ((passage: number) => boolean) | undefined {
    let combinations: string[][] = [words];
    for (let i = 0; i < words.length; i += 1) {
      if (!lacking[i]) continue;
      const spellings = spellingsOf(typed[i]!).slice(0, SPELLINGS_TRIED).map(foldWord);
      if (spellings.length === 0) return undefined;
      combinations = combinations
        .flatMap((combination) =>
          spellings.map((spelling) => combination.map((w, j) => (j === i ? spelling : w))),
        )
        .slice(0, SPELLING_COMBINATIONS);
    }
    const tests = combinations.map((combination) => this.index.phraseTest(combination, 1));
    if (tests.some((test) => test === null)) return undefined;
    return (passage) => tests.some((test) => test!(passage));
  }

  /** Edits allowed to a phrase term: only a term the index lacks can be a typo. */
  private readonly phraseFuzzy = (term: string): number | false =>
    this.index.hasTerm(term) ? false : term.length > 7 ? 2 : 1;

  /**
   * The best passages holding every word of the phrase (AND) or some of them (OR, for typos and
   * left-out words), a close spelling standing for a word the archive lacks.
   */
  private passagesWithWords(
    phrase: string,
    combineWith: 'AND' | 'OR',
    limit: number,
    mayHold: ((passage: number) => boolean) | undefined,
  ): { matches: PassageMatch[]; more: boolean } {
    const { total, matches } = this.index.find(phrase, {
      combineWith,
      fuzzy: this.phraseFuzzy,
      filter: mayHold,
      limit,
    });
    return { matches, more: total > matches.length };
  }

  /**
   * Passages in order that may hold the phrase by their word pairs (mayHold), or, for a phrase
   * too short to have pairs in every piece, its longest word: for phrases the index's terms
   * cannot find.
   */
  private passagesMaybeHolding(
    words: string[],
    limit: number,
    mayHold: ((passage: number) => boolean) | undefined,
  ): { matches: PassageMatch[]; more: boolean } {
    const longest = words.reduce((a, b) => (b.length > a.length ? b : a));
    const holds = mayHold ? null : wordTest(longest);
    const matches: PassageMatch[] = [];
    let passage = 0;
    for (; passage < this.passageArticle.length && matches.length < limit; passage += 1) {
      if (mayHold ? mayHold(passage) : holds!(this.passageText(passage)))
        matches.push({ passage, score: 0 });
    }
    return { matches, more: passage < this.passageArticle.length };
  }

  /** The joined quotations of a passage: pieces of one attribution with words between them. */
  private joinedIn(passage: number): Quotation[] {
    const article = this.articles[this.passageArticle[passage]!]!;
    let joined = this.joinedByArticle.get(article.id);
    if (!joined) {
      const quotations = this.quotationsByArticle.get(article.id) ?? [];
      const pieces = new Set(quotations);
      // A unit that is no piece of its own and whose text the paragraph does not hold as one span,
      // of a speaker named or described (words of no one are answered as passages).
      joined = attributionUnits(quotations, article.paragraphs, ' … ').filter(
        (unit) =>
          !pieces.has(unit) &&
          (unit.speaker ?? unit.role) !== null &&
          unit.text !== article.paragraphs[unit.paragraph - 1]?.slice(unit.start, unit.end),
      );
      this.joinedByArticle.set(article.id, joined);
    }
    const paragraph = this.passageParagraph[passage]!;
    return joined.filter((unit) => unit.paragraph === paragraph);
  }

  /** The attributed quotation holding the match, or overlapping it most. */
  private quotationCovering(passage: number, match: PhraseMatch): Quotation | null {
    const article = this.articles[this.passageArticle[passage]!]!;
    const paragraph = this.passageParagraph[passage]!;
    let best: Quotation | null = null;
    let bestOverlap = 0;
    for (const quotation of this.quotationsByArticle.get(article.id) ?? []) {
      // A speaker the article names only by a role ("a longtime adviser to the mayor") counts.
      if (quotation.paragraph !== paragraph || (quotation.speaker ?? quotation.role) === null)
        continue;
      const overlap = Math.min(match.end, quotation.end) - Math.max(match.start, quotation.start);
      if (overlap > bestOverlap) {
        best = quotation;
        bestOverlap = overlap;
      }
    }
    return best;
  }

  private suggestions(query: string): SearchResult['suggestions'] {
    const suggestions: SearchResult['suggestions'] = [];
    const asked = new Set<string>();
    for (const word of tokenize(query)) {
      const term = processTerm(word);
      const key = word.toLowerCase();
      if (term === null || asked.has(key) || this.index.hasTerm(term)) continue;
      asked.add(key);
      const similar = this.index
        .similarTerms(term, term.length > 5 ? 2 : 1)
        .slice(0, SUGGESTIONS_PER_WORD);
      suggestions.push({
        word,
        alternatives: similar.map((found) => this.readableForm(found.term)),
      });
    }
    return suggestions;
  }

  /** A word of the archive whose stem is term: "intellig" reads as "intelligence". */
  private readableForm(term: string): string {
    const passage = this.index.passageWithTerm(term);
    if (passage !== undefined) {
      for (const word of tokenize(this.passageText(passage))) {
        if (processTerm(word) === term) return word.toLowerCase();
      }
    }
    return term;
  }
}
