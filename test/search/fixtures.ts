import type { Article } from '../../src/articles/types.js';
import type { Person, Quotation } from '../../src/quotes/types.js';
import type { ArchiveContent } from '../../src/search/archive.js';

/** A quotation located by its text inside the paragraph, so offsets are always right. */
export function quote(
  article: Article,
  paragraph: number,
  text: string,
  speaker: string | null,
  extra: Partial<Quotation> = {},
): Quotation {
  const body = article.paragraphs[paragraph - 1]!;
  const start = body.indexOf(text);
  if (start < 0)
    throw new Error(`fixture: "${text}" is not in paragraph ${paragraph} of ${article.id}`);
  return {
    articleId: article.id,
    paragraph,
    text,
    speaker,
    role: null,
    mention: speaker,
    cue: 'said',
    direct: true,
    start,
    end: start + text.length,
    ...extra,
  };
}

export function article(id: string, fields: Partial<Article> & { paragraphs: string[] }): Article {
  return {
    id,
    title: `Title of ${id}`,
    author: null,
    date: null,
    url: null,
    tags: [],
    source: `${id}.md`,
    ...fields,
  };
}

export const harbour = article('2024/05/harbour-strike', {
  title: 'Dock workers strike at the harbour',
  author: 'Maria Lopez',
  date: '2024-05-17',
  paragraphs: [
    'Dock workers walked out on Friday morning after talks over pay collapsed.',
    'Union leader Ada Okafor said, “We will not accept a contract that cuts our pensions,” before addressing the crowd.',
    'Okafor added that the port authority had “refused every reasonable offer.”',
    'Shipping through the harbour stopped for the whole day.',
  ],
});

export const council = article('2024/05/council-budget', {
  title: 'City council passes budget',
  author: 'Tom Reed',
  date: '2024-05-20',
  paragraphs: [
    'The council passed the budget by seven votes to four.',
    'Mayor Ben Ashworth said the budget “protects every library in the city.”',
    'Critics said the plan would cut pensions for retired council staff.',
    'A flyer posted downtown read: the harbour belongs to the people who work it.',
  ],
});

export const nato = article('2024/06/nato-summit', {
  title: 'Leaders meet for the NATO summit',
  author: 'Maria Lopez',
  date: '2024-06-02',
  paragraphs: [
    'Leaders arrived for the summit amid protests.',
    'Okafor told reporters that NATO expansion “threatens the livelihood of every dock worker.”',
  ],
});

export const undated = article('notes/undated', {
  title: 'Notes without a date',
  paragraphs: ['Pensions were discussed at length.'],
});

export const people: Person[] = [
  {
    id: 'ada okafor',
    name: 'Ada Okafor',
    aliases: ['Okafor', 'Ms. Okafor'],
    roles: ['union leader'],
    quoteCount: 3,
  },
  {
    id: 'ben ashworth',
    name: 'Ben Ashworth',
    aliases: ['Ashworth', 'Mr. Ashworth'],
    roles: ['mayor'],
    quoteCount: 1,
  },
];

export function sampleContent(): ArchiveContent {
  const quotations = [
    quote(harbour, 2, 'We will not accept a contract that cuts our pensions,', 'Ada Okafor', {
      role: 'Union leader',
    }),
    quote(harbour, 3, 'refused every reasonable offer.', 'Okafor'),
    quote(council, 2, 'protects every library in the city.', 'Ben Ashworth'),
    quote(nato, 2, 'threatens the livelihood of every dock worker.', 'Ada Okafor'),
  ];
  return {
    articles: [harbour, council, nato, undated],
    quotations,
    people,
    problems: [],
    files: 4,
    builtAt: '2024-07-01T00:00:00.000Z',
  };
}
