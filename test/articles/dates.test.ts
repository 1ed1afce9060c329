import { describe, expect, it } from 'vitest';
import { DateRangeError, parseArticleDate, parseDateRange } from '../../src/articles/dates.js';

describe('parseArticleDate', () => {
  it.each([
    ['17 May 2024', '2024-05-17'],
    ['Friday, 17 May 2024', '2024-05-17'],
    ['May 17, 2024', '2024-05-17'],
    ['Sept. 3, 2001', '2001-09-03'],
    ['3rd September 2001', '2001-09-03'],
    ['2024-05-17', '2024-05-17'],
    ['1987-02-26T15:01:01', '1987-02-26'],
    ['2024-05-17T23:00:00-05:00', '2024-05-17'],
    ['2024-05-17T10:00:00.000Z', '2024-05-17'],
    ['  17 May 2024  ', '2024-05-17'],
  ])('reads %j as %s', (text, iso) => {
    expect(parseArticleDate(text)).toBe(iso);
  });

  it.each([
    '',
    '17 May',
    'May 2024',
    '2024-02-30',
    '31 April 2024',
    'On 17 May 2024 we met',
    'Jacob Crosse',
    '2024-13-01',
  ])('rejects %j', (text) => {
    expect(parseArticleDate(text)).toBeNull();
  });

  it('knows leap days', () => {
    expect(parseArticleDate('29 February 2024')).toBe('2024-02-29');
    expect(parseArticleDate('29 February 2023')).toBeNull();
  });
});

describe('parseDateRange', () => {
  // A Wednesday, late in the UTC day, so that a local-time slip would show.
  const now = new Date('2024-05-22T23:30:00Z');

  it.each([
    ['17 May 2024', '2024-05-17', '2024-05-17'],
    ['2024-05-17', '2024-05-17', '2024-05-17'],
    ['May 17, 2024', '2024-05-17', '2024-05-17'],
    ['May 2024', '2024-05-01', '2024-05-31'],
    ['February 2024', '2024-02-01', '2024-02-29'],
    ['2024-02', '2024-02-01', '2024-02-29'],
    ['2024', '2024-01-01', '2024-12-31'],
    ['2024-05-10..2024-05-17', '2024-05-10', '2024-05-17'],
    ['2024-05-10 .. 2024-05-17', '2024-05-10', '2024-05-17'],
    ['2024-05-10 to 2024-05-17', '2024-05-10', '2024-05-17'],
    ['2024-05-10–2024-05-17', '2024-05-10', '2024-05-17'],
    ['10 May 2024 – 17 May 2024', '2024-05-10', '2024-05-17'],
    ['March 2024 to May 2024', '2024-03-01', '2024-05-31'],
    ['2023..2024', '2023-01-01', '2024-12-31'],
    ['between 1 May 2024 and 3 May 2024', '2024-05-01', '2024-05-03'],
    ['since 2024-05-01', '2024-05-01', '2024-05-22'],
    ['today', '2024-05-22', '2024-05-22'],
    ['Yesterday', '2024-05-21', '2024-05-21'],
    ['last week', '2024-05-13', '2024-05-19'],
    ['this week', '2024-05-20', '2024-05-22'],
    ['last month', '2024-04-01', '2024-04-30'],
    ['this month', '2024-05-01', '2024-05-22'],
    ['last year', '2023-01-01', '2023-12-31'],
    ['past 7 days', '2024-05-16', '2024-05-22'],
    ['3 days ago', '2024-05-19', '2024-05-19'],
    ['last Friday', '2024-05-17', '2024-05-17'],
  ])('reads %j as %s..%s', (text, from, to) => {
    expect(parseDateRange(text, now)).toEqual({ from, to });
  });

  it('takes "last month" in January to be December of the year before', () => {
    expect(parseDateRange('last month', new Date('2024-01-10T12:00:00Z'))).toEqual({
      from: '2023-12-01',
      to: '2023-12-31',
    });
  });

  it.each(['', 'blah', 'the day after the revolution', '2024-02-30', '17 Maybe 2024'])(
    'throws a one-line DateRangeError with examples for %j',
    (text) => {
      let thrown: unknown;
      try {
        parseDateRange(text, now);
      } catch (error) {
        thrown = error;
      }
      expect(thrown).toBeInstanceOf(DateRangeError);
      const message = (thrown as Error).message;
      expect(message).not.toContain('\n');
      expect(message).toContain('17 May 2024');
      expect(message).toContain('last week');
    },
  );

  it('rejects a range that runs backwards', () => {
    expect(() => parseDateRange('2024-05-17..2024-05-01', now)).toThrow(/before it starts/);
  });
});
