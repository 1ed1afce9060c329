import { create, insertMultiple, search as oramaSearch, type Results } from '@orama/orama';
import FlexSearch from 'flexsearch';
import lunr from 'lunr';
import MiniSearch from 'minisearch';
import type { Passage } from '../corpus.js';
import type { BenchEngine } from './engine.js';

const TOP = 10;

/**
 * The peers are built with their default options over passage text. They have
 * no who-said, so a phrase runs as a plain search and its top passage is the answer.
 */
export function buildMiniSearch(passages: readonly Passage[]): BenchEngine {
  const index = new MiniSearch<{ id: number; text: string }>({ fields: ['text'] });
  passages.forEach((passage, id) => index.add({ id, text: passage.text }));
  const top = (query: string) => index.search(query)[0];
  return {
    modes: { whoSaid: 'plain search', autocomplete: 'prefix search of passages' },
    search: (query) => index.search(query).slice(0, TOP),
    whoSaid: (phrase) => {
      const hit = top(phrase);
      return { text: hit ? (passages[Number(hit.id)]?.text ?? null) : null, quotation: false };
    },
    autocomplete: (prefix) => index.search(prefix, { prefix: true }).slice(0, TOP),
  };
}

export function buildFlexSearch(passages: readonly Passage[]): BenchEngine {
  const index = new FlexSearch.Index();
  passages.forEach((passage, id) => index.add(id, passage.text));
  return {
    modes: { whoSaid: 'plain search', autocomplete: 'plain search (no prefix with defaults)' },
    search: (query) => index.search(query, TOP),
    whoSaid: (phrase) => {
      const id = index.search(phrase, 1)[0];
      return {
        text: id === undefined ? null : (passages[Number(id)]?.text ?? null),
        quotation: false,
      };
    },
    autocomplete: (prefix) => index.search(prefix, TOP),
  };
}

/** Lunr's query language gives meaning to + - : ~ ^ * and fails on some of them. */
function lunrWords(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

export function buildLunr(passages: readonly Passage[]): BenchEngine {
  const index = lunr(function () {
    this.ref('id');
    this.field('text');
    passages.forEach((passage, id) => this.add({ id: String(id), text: passage.text }));
  });
  const run = (words: string[]) => (words.length === 0 ? [] : index.search(words.join(' ')));
  return {
    modes: { whoSaid: 'plain search', autocomplete: 'wildcard on the last word' },
    search: (query) => run(lunrWords(query)).slice(0, TOP),
    whoSaid: (phrase) => {
      const hit = run(lunrWords(phrase))[0];
      return { text: hit ? (passages[Number(hit.ref)]?.text ?? null) : null, quotation: false };
    },
    autocomplete: (prefix) => {
      const words = lunrWords(prefix);
      if (words.length > 0) words[words.length - 1] += '*';
      return run(words).slice(0, TOP);
    },
  };
}

function settled<T>(result: T | Promise<T>): T {
  // Orama answers synchronously unless async plugins are installed; a promise here would hide time.
  if (result instanceof Promise) throw new Error('Orama answered asynchronously');
  return result;
}

export async function buildOrama(passages: readonly Passage[]): Promise<BenchEngine> {
  const db = create({ schema: { text: 'string' } as const });
  await insertMultiple(
    db,
    passages.map((passage, id) => ({ id: String(id), text: passage.text })),
  );
  const find = (term: string, limit: number) =>
    settled(oramaSearch(db, { term, limit })) as Results<{ id: string; text: string }>;
  return {
    modes: { whoSaid: 'plain search', autocomplete: 'plain search (prefix by default)' },
    search: (query) => find(query, TOP).hits,
    whoSaid: (phrase) => ({
      text: find(phrase, 1).hits[0]?.document.text ?? null,
      quotation: false,
    }),
    autocomplete: (prefix) => find(prefix, TOP).hits,
  };
}
