/**
 * Finding quotation marks in one paragraph: which marks open, which close, which are apostrophes.
 * One left-to-right pass with a constant amount of state, so any input (a megabyte of marks,
 * thousands of unbalanced ones) costs time linear in its length.
 */

/** A span of text between two quotation marks; offsets exclude the marks. */
export interface MarkedSpan {
  /** Offset of the opening mark. */
  open: number;
  /** Offset of the first character after the closing mark (or paragraph end when unclosed). */
  close: number;
  /** Text offsets, marks excluded. */
  start: number;
  end: number;
  /** Double marks (“…”, "…", ''…'', «…») or single ones (‘…’, '…'). */
  level: 'double' | 'single';
  /** False when the paragraph ended before a closing mark. */
  closed: boolean;
}

export interface ParagraphMarks {
  spans: MarkedSpan[];
  /** True when the paragraph begins (after spaces) with an opening double mark. */
  opensWithMark: boolean;
}

/** Counts the characters examined, so tests can assert the pass is linear. */
export interface StepCounter {
  steps: number;
}

/**
 * Invisible format characters (zero-width space, direction marks and embeddings, word joiner, byte
 * order mark) that pasted text leaves before a mark: "\u202a”Isis declares …” wrote Pete Hidalgo".
 * Next to a mark they count as space.
 */
const INVISIBLE = '\\u200b-\\u200f\\u202a-\\u202e\\u2060-\\u2064\\u2066-\\u2069\\ufeff';
const OPEN_CONTEXT = new RegExp(`[\\s${INVISIBLE}([{\\u2014\\u2013\\-/:;,]`);
const CLOSE_CONTEXT = new RegExp(`[\\s${INVISIBLE}.,;:!?)\\]}\\u2014\\u2013\\-/…*]`);
const SPACE = new RegExp(`[\\s${INVISIBLE}]`);
const LETTER = /[\p{L}\p{N}]/u;

function isOpenContext(ch: string | undefined): boolean {
  return ch === undefined || OPEN_CONTEXT.test(ch) || ch === '*';
}

function isCloseContext(ch: string | undefined): boolean {
  return ch === undefined || CLOSE_CONTEXT.test(ch) || ch === '"' || ch === '”' || ch === '’';
}

function isSpace(ch: string | undefined): boolean {
  return ch === undefined || SPACE.test(ch);
}

function isLetter(ch: string | undefined): boolean {
  return ch !== undefined && LETTER.test(ch);
}

type Direction = 'open' | 'close' | 'either';

/**
 * Finds the quoted spans of a paragraph. Double marks define quotations; single marks count only
 * outside double spans (inside them they are nested quotes, part of the quoted text). A straight
 * mark's direction comes from its neighbours: after a space it opens, before a space or punctuation
 * it closes; when the context says nothing it toggles.
 */
export function findMarkedSpans(text: string, counter?: StepCounter): ParagraphMarks {
  const spans: MarkedSpan[] = [];
  let doubleOpen = -1;
  let doubleOpenLength = 0;
  let singleOpen = -1;
  const n = text.length;
  let leadingSpace = 0;
  while (leadingSpace < n && isSpace(text[leadingSpace])) leadingSpace++;
  let i = 0;
  while (i < n) {
    if (counter) counter.steps++;
    const ch = text[i];
    let markLength = 0;
    let direction: Direction | null = null;
    let level: 'double' | 'single' = 'double';
    if (ch === '“' || ch === '«' || ch === '„') {
      markLength = 1;
      // "“It's unusual,“ said Noble": an opening mark after the words and before a space closes;
      // so does one before a bracketed source ("… where voters stand.“[HuffPost.]").
      direction =
        ch === '“' &&
        doubleOpen >= 0 &&
        !isSpace(text[i - 1]) &&
        (isSpace(text[i + 1]) || text[i + 1] === '[')
          ? 'close'
          : 'open';
    } else if (doubleOpen >= 0 && ch === "'" && text[i + 1] === "'" && text[i + 2] === "'") {
      // "''They say, 'Go back,''' said Lee": the first mark closes the nested quote, the pair
      // after it the quotation.
      i += 1;
      continue;
    } else if (ch === '”' || ch === '»') {
      markLength = 1;
      // "”Fear. I am truly afraid …” ― Edwin G. Monroy": a closing mark where nothing is open,
      // before a letter and after a space or the paragraph's start, opens; so does one that opens
      // the paragraph before a space ("” … in the case of Wyoming, …,” wrote Time magazine").
      direction =
        ch === '”' &&
        doubleOpen < 0 &&
        ((isOpenContext(text[i - 1]) && isLetter(text[i + 1])) ||
          (i === leadingSpace && isSpace(text[i + 1]) && i + 1 < n))
          ? 'open'
          : 'close';
    } else if (
      ch === '"' ||
      (ch === "'" && text[i + 1] === "'") ||
      (ch === '`' && text[i + 1] === '`')
    ) {
      markLength = ch === '"' ? 1 : 2;
      direction = straightDirection(text[i - 1], text[i + markLength]);
      if (ch === '`') direction = 'open';
    } else if (ch === '‘') {
      markLength = 1;
      level = 'single';
      direction = 'open';
    } else if (ch === '’' || ch === "'") {
      markLength = 1;
      level = 'single';
      const before = text[i - 1];
      const after = text[i + 1];
      if (isLetter(before) && isLetter(after))
        direction = null; // an apostrophe inside a word
      else if (ch === '’') direction = singleOpen >= 0 && isCloseContext(after) ? 'close' : null;
      else if (isOpenContext(before) && isLetter(after)) direction = 'open';
      else if (singleOpen >= 0 && !isSpace(before) && isCloseContext(after)) direction = 'close';
      else direction = null;
    }
    if (direction === null || markLength === 0) {
      i += markLength || 1;
      continue;
    }
    if (level === 'double') {
      if (doubleOpen < 0) {
        if (direction !== 'close') {
          doubleOpen = i;
          doubleOpenLength = markLength;
          // "” … in the case of Wyoming": the quoted text starts after the space.
          if (ch === '”')
            while (isSpace(text[i + doubleOpenLength]) && i + doubleOpenLength < n)
              doubleOpenLength++;
          singleOpen = -1;
        }
      } else if (direction === 'open') {
        // Two openers in a row: the first was stray; the quotation starts at the second.
        doubleOpen = i;
        doubleOpenLength = markLength;
      } else {
        spans.push({
          open: doubleOpen,
          close: i + markLength,
          start: doubleOpen + doubleOpenLength,
          end: i,
          level: 'double',
          closed: true,
        });
        doubleOpen = -1;
      }
    } else if (doubleOpen < 0) {
      if (direction === 'open') singleOpen = i;
      else if (singleOpen >= 0) {
        spans.push({
          open: singleOpen,
          close: i + 1,
          start: singleOpen + 1,
          end: i,
          level: 'single',
          closed: true,
        });
        singleOpen = -1;
      }
    }
    i += markLength;
  }
  if (doubleOpen >= 0) {
    spans.push({
      open: doubleOpen,
      close: n,
      start: doubleOpen + doubleOpenLength,
      end: trimmedEnd(text, n),
      level: 'double',
      closed: false,
    });
  }
  return {
    spans: dropNested(spans),
    opensWithMark: OPENS_WITH_MARK.test(text),
  };
}

const OPENS_WITH_MARK = new RegExp(
  `^[\\s${INVISIBLE}]*(?:[“«"„]|”(?=\\s*[\\p{L}\\p{N}…])|''|\`\`)`,
  'u',
);

function straightDirection(before: string | undefined, after: string | undefined): Direction {
  const opens = isOpenContext(before) && !isSpace(after);
  const closes = !isSpace(before) && isCloseContext(after);
  if (opens && !closes) return 'open';
  if (closes && !opens) return 'close';
  return 'either';
}

/** The offset before the spaces that end text[floor, end). */
export function trimmedEnd(text: string, end = text.length, floor = 0): number {
  let e = end;
  while (e > floor && /\s/.test(text[e - 1]!)) e--;
  return e;
}

/** Spans come out ordered by their closing mark; a span inside another is dropped. Linear after the sort. */
function dropNested(spans: MarkedSpan[]): MarkedSpan[] {
  spans.sort((a, b) => a.open - b.open);
  const kept: MarkedSpan[] = [];
  let reach = -1;
  for (const span of spans) {
    if (span.open < reach) continue;
    kept.push(span);
    reach = span.close;
  }
  return kept;
}
