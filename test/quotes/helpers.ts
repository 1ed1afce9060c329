import { expect } from 'vitest';
import type { Article } from '../../src/articles/types.js';
import type { Quotation } from '../../src/quotes/types.js';

/** An article of these paragraphs, with nothing else that analysis reads. */
export function article(...paragraphs: string[]): Article {
  return {
    id: 'a',
    title: 'T',
    author: null,
    date: null,
    url: null,
    tags: [],
    source: 'a.md',
    paragraphs,
  };
}

/** The one direct quotation containing phrase; fails the test when there is none or several. */
export function quote(quotations: Quotation[], phrase: string): Quotation {
  const found = quotations.filter((q) => q.direct && q.text.includes(phrase));
  expect(found, phrase).toHaveLength(1);
  return found[0]!;
}

/** Two people introduced in full, for surname and title tests. */
export const INTRO = 'Mayor Rosa Delgado and Senator Paul Okonkwo spoke at the harbour on Monday.';
