import fc from 'fast-check';
import type { Article } from '../../src/articles/types.js';

/**
 * Generators of hostile article files: any Unicode, unbalanced and nested quote marks by the
 * thousand, giant paragraphs, odd dates, broken front matter and JSON. Each case is a file as
 * the data folder would hold it: a relative path and its text.
 */

export interface GeneratedFile {
  relPath: string;
  text: string;
}

const QUOTE_MARKS = ['“', '”', '"', '‘', '’', "'", '«', '»', '„', "''", '``', '‹', '›', '「', '」'];
const WORDS = [
  'said',
  'says',
  'told',
  'wrote',
  'he',
  'she',
  'Smith',
  'Dr.',
  'Mr.',
  'the',
  'according to',
  'Jane Doe',
  '—',
  '.',
  ',',
  '?',
  '!',
  '*',
  '\\',
  '\\$',
  '#',
  '>',
  '@everyone',
  '<@123>',
];

const anyUnicode = fc.string({ unit: 'binary', maxLength: 200 });
const graphemes = fc.string({ unit: 'grapheme', maxLength: 200 });
const ascii = fc.string({ unit: 'binary-ascii', maxLength: 200 });

const quoteSoup = fc
  .array(fc.oneof(fc.constantFrom(...QUOTE_MARKS), fc.constantFrom(...WORDS), fc.constant(' ')), {
    minLength: 1,
    maxLength: 3000,
  })
  .map((pieces) => pieces.join(''));

/** Quotations nested inside quotations, several levels deep, possibly left open. */
const nestedQuotes = fc
  .tuple(fc.integer({ min: 1, max: 40 }), fc.boolean(), fc.constantFrom(...WORDS))
  .map(([depth, closeThem, word]) => {
    const opens = Array.from({ length: depth }, (_, i) =>
      i % 2 === 0 ? `“${word} ` : `‘${word} `,
    );
    const closes = closeThem
      ? Array.from({ length: depth }, (_, i) => (i % 2 === 0 ? '”' : '’')).reverse()
      : [];
    return `${opens.join('')}middle${closes.join('')} said Smith.`;
  });

const giantParagraph = fc
  .tuple(
    fc.constantFrom('word ', '“', '"', "'", 'said Smith, “', 'a'),
    fc.integer({ min: 1000, max: 4000 }),
  )
  .map(([unit, times]) => unit.repeat(times));

const paragraph = fc.oneof(
  { weight: 3, arbitrary: anyUnicode },
  { weight: 2, arbitrary: graphemes },
  { weight: 1, arbitrary: ascii },
  { weight: 3, arbitrary: quoteSoup },
  { weight: 2, arbitrary: nestedQuotes },
);

/** Mostly small paragraphs, with now and then a giant one (a few per hundred articles). */
const anyParagraph = fc.oneof(
  { weight: 60, arbitrary: paragraph },
  { weight: 1, arbitrary: giantParagraph },
);

const oddDate = fc.oneof(
  fc.constantFrom(
    '31 February 2024',
    '2024-02-30',
    '0000-00-00',
    '2024-13-01',
    '99999-01-01',
    'May 32, 2024',
    '17 May -44',
    '٢٠٢٤-٠٥-١٧',
    'yesterday',
    '',
    '1 1 1',
    '2024-05-17T25:61:61Z',
    'Sept. 9, 1752',
    '17 May 2024 17 May 2024',
  ),
  fc
    .date({ noInvalidDate: false })
    .map((date) => (Number.isNaN(date.getTime()) ? 'Invalid Date' : date.toISOString())),
  anyUnicode,
);

const header = fc.record({
  title: fc.oneof(graphemes, anyUnicode, fc.constant('')),
  author: fc.oneof(graphemes, fc.constant('')),
  date: oddDate,
});

const textArticle = fc
  .tuple(
    header,
    fc.array(anyParagraph, { maxLength: 8 }),
    fc.constantFrom('\n', '\r\n', '\r'),
    fc.boolean(),
  )
  .map(([h, paragraphs, newline, frontMatter]) => {
    const head = frontMatter
      ? `---\ntitle: ${JSON.stringify(h.title)}\ndate: ${h.date}\nauthor: [${h.author}\n---\n`
      : `# ${h.title}\n${h.author}\n${h.date}\n\n`;
    return head.replace(/\n/g, newline) + paragraphs.join(`${newline}${newline}`);
  });

const jsonValue: fc.Arbitrary<unknown> = fc.oneof(
  anyUnicode,
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.array(anyUnicode, { maxLength: 5 }),
  fc.dictionary(ascii, anyUnicode, { maxKeys: 4 }),
);

const jsonRecord = fc.record(
  {
    id: fc.oneof(anyUnicode, fc.integer(), fc.constant('../../etc/passwd')),
    title: fc.oneof(graphemes, jsonValue),
    author: fc.oneof(graphemes, jsonValue),
    date: fc.oneof(oddDate, jsonValue),
    body: fc.oneof(
      fc.array(anyParagraph, { maxLength: 5 }).map((p) => p.join('\n\n')),
      jsonValue,
    ),
    paragraphs: fc.array(fc.oneof(paragraph, jsonValue), { maxLength: 5 }),
  },
  { requiredKeys: [] },
);

const jsonFile = fc.oneof(
  fc.array(jsonRecord, { maxLength: 4 }).map((records) => JSON.stringify(records)),
  jsonRecord.map((record) => JSON.stringify(record)),
  fc
    .array(jsonRecord, { maxLength: 4 })
    .map((records) => records.map((r) => JSON.stringify(r)).join('\n')),
  // Broken JSON: cut at a random point.
  fc.tuple(fc.array(jsonRecord, { minLength: 1, maxLength: 3 }), fc.nat()).map(([records, at]) => {
    const text = JSON.stringify(records);
    return text.slice(0, at % text.length);
  }),
);

const extension = fc.constantFrom(
  '.md',
  '.txt',
  '.markdown',
  '.json',
  '.jsonl',
  '.ndjson',
  '',
  '.html',
);

const fileText = fc.oneof(
  { weight: 3, arbitrary: textArticle },
  { weight: 2, arbitrary: jsonFile },
  { weight: 1, arbitrary: anyUnicode },
);

/** Generated files, deterministic for a seed; each has its own path, so a failure names its file. */
export function sampleFiles(count: number, seed: number): GeneratedFile[] {
  return fc
    .sample(fc.tuple(fileText, extension), { numRuns: count, seed })
    .map(([text, ext], index) => ({
      relPath: `generated/${String(index).padStart(5, '0')}${ext}`,
      text,
    }));
}

/** Articles as the parser hands them on, with generated paragraphs, for the quotation analysis alone. */
export function sampleArticles(count: number, seed: number): Article[] {
  return fc
    .sample(fc.array(anyParagraph, { minLength: 1, maxLength: 10 }), { numRuns: count, seed })
    .map((paragraphs, index) => ({
      id: `generated/${index}`,
      title: `Generated ${index}`,
      author: null,
      date: null,
      url: null,
      tags: [],
      source: `generated/${index}.md`,
      paragraphs,
    }));
}
