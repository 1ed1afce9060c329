import * as chrono from 'chrono-node';
import type { DateRange } from '../search/types.js';

/** Thrown by parseDateRange for input it cannot read; the message is one line with examples. */
export class DateRangeError extends Error {
  override name = 'DateRangeError';
}

const MONTHS: Record<string, number> = {
  jan: 1,
  feb: 2,
  mar: 3,
  apr: 4,
  may: 5,
  jun: 6,
  jul: 7,
  aug: 8,
  sep: 9,
  oct: 10,
  nov: 11,
  dec: 12,
};

const MONTH_NAME =
  '(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?';
const WEEKDAY_PREFIX =
  '(?:(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?\\.?,?\\s+)?';

const ISO_DAY =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;
const DAY_MONTH_YEAR = new RegExp(
  `^${WEEKDAY_PREFIX}(\\d{1,2})(?:st|nd|rd|th)?\\s+${MONTH_NAME},?\\s+(\\d{4})$`,
  'i',
);
const MONTH_DAY_YEAR = new RegExp(
  `^${WEEKDAY_PREFIX}${MONTH_NAME}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})$`,
  'i',
);
const MONTH_YEAR = new RegExp(`^${MONTH_NAME},?\\s+(\\d{4})$`, 'i');
const ISO_MONTH = /^(\d{4})-(\d{2})$/;
const YEAR = /^(\d{4})$/;

function monthNumber(name: string): number {
  const month = MONTHS[name.toLowerCase().slice(0, 3)];
  if (month === undefined) throw new Error(`not a month name: ${name}`);
  return month;
}

function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0');
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** An ISO day, or null when the parts do not name a real calendar day. */
function isoDay(year: number, month: number, day: number): string | null {
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  return `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
}

/**
 * The ISO day (YYYY-MM-DD) of a date written the way articles write them: "17 May 2024",
 * "Friday, 17 May 2024", "May 17, 2024", "2024-05-17" or an ISO timestamp. The whole text must be
 * the date, so that a body line that merely mentions a date is not taken for the date line.
 * A timestamp keeps the day as written, whatever its zone: that is the day the source printed.
 */
export function parseArticleDate(text: string): string | null {
  const trimmed = text.trim();
  let match = ISO_DAY.exec(trimmed);
  if (match) return isoDay(Number(match[1]), Number(match[2]), Number(match[3]));
  match = DAY_MONTH_YEAR.exec(trimmed);
  if (match) return isoDay(Number(match[3]), monthNumber(match[2]!), Number(match[1]));
  match = MONTH_DAY_YEAR.exec(trimmed);
  if (match) return isoDay(Number(match[3]), monthNumber(match[1]!), Number(match[2]));
  return null;
}

function utcDay(date: Date): { year: number; month: number; day: number } {
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

function shiftDays(iso: string, days: number): string {
  const date = new Date(`${iso}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  const { year, month, day } = utcDay(date);
  return `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
}

function monthRange(year: number, month: number): DateRange {
  return {
    from: `${pad(year, 4)}-${pad(month)}-01`,
    to: `${pad(year, 4)}-${pad(month)}-${pad(daysInMonth(year, month))}`,
  };
}

function yearRange(year: number): DateRange {
  return { from: `${pad(year, 4)}-01-01`, to: `${pad(year, 4)}-12-31` };
}

/** Ranges named relative to today. Weeks run Monday to Sunday, as in ISO 8601. */
function relativeRange(text: string, today: string): DateRange | null {
  const { year, month } = utcDay(new Date(`${today}T00:00:00Z`));
  const weekday = (new Date(`${today}T00:00:00Z`).getUTCDay() + 6) % 7;
  const monday = shiftDays(today, -weekday);
  switch (text) {
    case 'today':
      return { from: today, to: today };
    case 'yesterday':
      return { from: shiftDays(today, -1), to: shiftDays(today, -1) };
    case 'this week':
      return { from: monday, to: today };
    case 'last week':
      return { from: shiftDays(monday, -7), to: shiftDays(monday, -1) };
    case 'this month':
      return { from: monthRange(year, month).from, to: today };
    case 'last month':
      return month === 1 ? monthRange(year - 1, 12) : monthRange(year, month - 1);
    case 'this year':
      return { from: yearRange(year).from, to: today };
    case 'last year':
      return yearRange(year - 1);
  }
  const trailing = /^(?:the\s+)?(?:last|past)\s+(\d+)\s+(day|week)s?$/.exec(text);
  if (trailing) {
    const days = Number(trailing[1]) * (trailing[2] === 'week' ? 7 : 1);
    if (days < 1) return null;
    return { from: shiftDays(today, -(days - 1)), to: today };
  }
  return null;
}

function componentsRange(components: chrono.ParsedComponents): DateRange | null {
  const year = components.get('year');
  const month = components.get('month');
  const day = components.get('day');
  if (year === null || month === null || day === null) return null;
  if (components.isCertain('day') || components.isCertain('weekday')) {
    const iso = isoDay(year, month, day);
    return iso === null ? null : { from: iso, to: iso };
  }
  if (components.isCertain('month')) return monthRange(year, month);
  return yearRange(year);
}

/** What chrono may leave unmatched around a date without the text being something else. */
const FILLER = /^(?:on|in|from|during|of|the|,|\.|\s)*$/;

function chronoRange(text: string, now: Date): DateRange | null {
  const results = chrono.parse(text, { instant: now, timezone: 'UTC' });
  if (results.length !== 1) return null;
  const result = results[0]!;
  const rest = text.slice(0, result.index) + ' ' + text.slice(result.index + result.text.length);
  if (!FILLER.test(rest)) return null;
  const start = componentsRange(result.start);
  if (start === null) return null;
  if (!result.end) return start;
  const end = componentsRange(result.end);
  return end === null ? null : { from: start.from, to: end.to };
}

/** One side of a range, or a whole range: a day, a month, a year, or a relative expression. */
function singleRange(text: string, now: Date, today: string): DateRange | null {
  const day = parseArticleDate(text);
  if (day !== null) return { from: day, to: day };
  let match = MONTH_YEAR.exec(text);
  if (match) return monthRange(Number(match[2]), monthNumber(match[1]!));
  match = ISO_MONTH.exec(text);
  if (match) {
    const month = Number(match[2]);
    return month >= 1 && month <= 12 ? monthRange(Number(match[1]), month) : null;
  }
  match = YEAR.exec(text);
  if (match) return yearRange(Number(match[1]));
  return relativeRange(text.toLowerCase(), today) ?? chronoRange(text, now);
}

const RANGE_SEPARATORS = [
  /\s*\.\.\s*/,
  /\s+to\s+/i,
  /\s*[–—]\s*/,
  /\s+-\s+/,
  /\s+until\s+/i,
  /\s+and\s+/i,
];

function unreadable(text: string): DateRangeError {
  return new DateRangeError(
    `Cannot read "${text}" as a date: try "17 May 2024", "2024-05-17", "May 2024", "2024", ` +
      `"2024-05-10..2024-05-17", "since 2024-05-01", "yesterday", "last week" or "last month".`,
  );
}

/**
 * The inclusive range of days a question names: a day ("17 May 2024", "2024-05-17"), a month
 * ("May 2024"), a year ("2024"), two of those joined by "..", "to" or a dash, "since X", or
 * a relative phrase ("today", "yesterday", "last week", "last month", "past 30 days", and what
 * chrono-node reads, such as "3 days ago"). Relative phrases count from `now`, in UTC.
 * @throws DateRangeError when the text is not a date or the range runs backwards.
 */
export function parseDateRange(text: string, now: Date = new Date()): DateRange {
  const cleaned = text.trim().replace(/\s+/g, ' ');
  if (cleaned === '') throw unreadable(text);
  const { year, month, day } = utcDay(now);
  const today = `${pad(year, 4)}-${pad(month)}-${pad(day)}`;

  const withoutBetween = cleaned.replace(/^(?:between|from)\s+/i, '');
  const since = /^since\s+(.+)$/i.exec(withoutBetween);
  let range: DateRange | null;
  if (since) {
    const start = singleRange(since[1]!, now, today);
    range = start && { from: start.from, to: today };
  } else {
    range = singleRange(withoutBetween, now, today);
    for (const separator of RANGE_SEPARATORS) {
      if (range !== null) break;
      const parts = withoutBetween.split(separator);
      if (parts.length !== 2) continue;
      const start = singleRange(parts[0]!, now, today);
      const end = singleRange(parts[1]!, now, today);
      if (start && end) range = { from: start.from, to: end.to };
    }
    range ??= chronoRange(withoutBetween, now);
  }
  if (range === null) throw unreadable(text);
  if (range.from > range.to) {
    throw new DateRangeError(
      `The range "${text}" ends (${range.to}) before it starts (${range.from}): put the earlier date first.`,
    );
  }
  return range;
}
