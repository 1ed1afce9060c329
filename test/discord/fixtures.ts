import type { Person, Quotation } from '../../src/quotes/types.js';
import type { PassageHit, QuoteHit } from '../../src/search/types.js';

/** Hits built from invented text, sized and shaped to stress the formatter. */
export function passageHit(text: string, overrides: Partial<PassageHit> = {}): PassageHit {
  return {
    articleId: 'news/2024-05-17-escalation.md',
    file: '2024-05-17-escalation.md',
    title: 'Escalation report',
    author: 'A. Writer',
    date: '2024-05-17',
    url: 'https://example.org/escalation',
    paragraph: 4,
    text,
    score: 1,
    highlights: [],
    ...overrides,
  };
}

export function person(name: string, role: string | null = null): Person {
  return {
    id: name.toLowerCase(),
    name,
    aliases: name.split(' ').slice(-1),
    roles: role ? [role] : [],
    quoteCount: 1,
  };
}

export function quoteHit(
  text: string,
  speaker: Person | null,
  overrides: Partial<PassageHit> = {},
): QuoteHit {
  const { articleId, file, title, author, date, url, paragraph, score } = passageHit(
    text,
    overrides,
  );
  const citation = { articleId, file, title, author, date, url, paragraph };
  const quote: Quotation = {
    articleId: citation.articleId,
    paragraph: citation.paragraph,
    text,
    speaker: speaker?.name ?? null,
    role: speaker?.roles[0] ?? null,
    mention: speaker?.name ?? null,
    cue: 'said',
    direct: true,
    start: 0,
    end: text.length,
  };
  return { ...citation, quote, person: speaker, score };
}
