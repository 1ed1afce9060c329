import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cleanParagraphs } from '../../src/articles/clean.js';
import { DateRangeError, parseArticleDate, parseDateRange } from '../../src/articles/dates.js';
import { parseArticleText } from '../../src/articles/parse.js';

const MONTH_NAMES = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

const calendarDay = fc
  .date({
    min: new Date('1900-01-01T00:00:00Z'),
    max: new Date('2099-12-31T00:00:00Z'),
    noInvalidDate: true,
  })
  .map((date) => ({
    iso: date.toISOString().slice(0, 10),
    year: date.getUTCFullYear(),
    month: date.getUTCMonth() + 1,
    day: date.getUTCDate(),
  }));

describe('date properties', () => {
  it('reads every calendar day in each written form as the same ISO day', () => {
    fc.assert(
      fc.property(calendarDay, ({ iso, year, month, day }) => {
        const name = MONTH_NAMES[month - 1]!;
        expect(parseArticleDate(iso)).toBe(iso);
        expect(parseArticleDate(`${day} ${name} ${year}`)).toBe(iso);
        expect(parseArticleDate(`${name} ${day}, ${year}`)).toBe(iso);
        expect(parseArticleDate(`${name.slice(0, 3)} ${day}, ${year}`)).toBe(iso);
        expect(parseDateRange(`${day} ${name} ${year}`)).toEqual({ from: iso, to: iso });
      }),
    );
  });

  it('reads a range of two days in either separator as that range', () => {
    fc.assert(
      fc.property(
        calendarDay,
        calendarDay,
        fc.constantFrom('..', ' to ', '–', ' – '),
        (a, b, separator) => {
          const [first, last] = a.iso <= b.iso ? [a.iso, b.iso] : [b.iso, a.iso];
          expect(parseDateRange(`${first}${separator}${last}`)).toEqual({ from: first, to: last });
        },
      ),
    );
  });

  it('either reads any text as an ordered range of ISO days or throws a DateRangeError', () => {
    const now = new Date('2024-05-22T12:00:00Z');
    fc.assert(
      fc.property(fc.string({ maxLength: 40 }), (text) => {
        try {
          const { from, to } = parseDateRange(text, now);
          expect(from).toMatch(/^\d{4}-\d{2}-\d{2}$/);
          expect(to).toMatch(/^\d{4}-\d{2}-\d{2}$/);
          expect(from <= to).toBe(true);
        } catch (error) {
          expect(error).toBeInstanceOf(DateRangeError);
        }
      }),
    );
  });
});

describe('parsing properties', () => {
  const paragraphText = fc.array(
    fc.oneof(
      fc.string({ maxLength: 30 }),
      fc.constantFrom('\n', '\n\n', '  ', '\\$', '# ', '*x*', '<?php', 'lower', 'Upper.'),
    ),
    { maxLength: 12 },
  );

  it('cleans any paragraphs into non-empty, trimmed, single-line paragraphs', () => {
    fc.assert(
      fc.property(
        fc.array(
          paragraphText.map((parts) => parts.join('')),
          { maxLength: 8 },
        ),
        (raw) => {
          for (const paragraph of cleanParagraphs(raw)) {
            expect(paragraph).not.toBe('');
            expect(paragraph).toBe(paragraph.trim());
            expect(paragraph).not.toMatch(/\n/);
          }
        },
      ),
    );
  });

  it('never throws on any text, whatever the extension, and names the file in every problem', () => {
    fc.assert(
      fc.property(
        paragraphText.map((parts) => parts.join('')),
        fc.constantFrom('a.md', 'a.txt', 'a.json', 'a.jsonl', 'a.bin'),
        (text, relPath) => {
          const { articles, problems } = parseArticleText(text, relPath);
          for (const problem of problems) {
            expect(problem.file).toBe(relPath);
            expect(problem.reason).not.toBe('');
          }
          for (const article of articles) {
            expect(article.source).toBe(relPath);
            expect(article.title).not.toBe('');
            expect(article.paragraphs.length).toBeGreaterThan(0);
          }
        },
      ),
    );
  });
});
