/**
 * Turning an article body into clean paragraphs. Every function here is pure; the order in
 * which cleanParagraphs applies them matters and is explained there.
 */

/**
 * Paragraphs of a body separated by blank lines. With `indentStartsParagraph`, a line that
 * starts with white space also opens a paragraph: wire copy such as Reuters marks paragraphs by
 * indenting their first line and wraps lines inside them.
 *
 * Otherwise, a block of lines that mostly end a sentence, one of them longer than any hard wrap,
 * is one paragraph per line, as in files that put each paragraph on a line of its own (a quarter
 * of PolNeAR's news): "“…,” Clinton said." then "Clinton paused, then …" are two paragraphs. A
 * line that breaks off mid-sentence still joins the next, and a hard-wrapped paragraph, whose
 * lines are short and end wherever the width fell, stays one.
 */
export function splitParagraphs(
  body: string,
  options: { indentStartsParagraph?: boolean } = {},
): string[] {
  const paragraphs: string[] = [];
  let block: string[] = [];
  const flush = (): void => {
    if (block.length === 0) return;
    // Wire copy marks its paragraphs by indenting; its lines are all wrapped.
    if (options.indentStartsParagraph) paragraphs.push(block.join('\n'));
    else paragraphs.push(...linesAsParagraphs(block));
    block = [];
  };
  for (const line of body.split('\n')) {
    if (line.trim() === '') {
      flush();
      continue;
    }
    if (options.indentStartsParagraph && /^\s/.test(line)) flush();
    block.push(line);
  }
  flush();
  return paragraphs;
}

/** "U.S.", "Sen.", "Inc.": a line that ends with an abbreviation may go on. */
const ENDS_ABBREVIATION =
  /(?:\b(?:\p{Lu}\.){2,}|\b(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Lt|Col|Sgt|Capt|Adm|Prof|Rev|St|Jr|Sr|Inc|Co|Corp|Ltd|No|vs|Jan|Feb|Aug|Sept|Oct|Nov|Dec)\.)$/u;

/** Hard-wrapped text keeps its lines shorter than this; a longer line is a paragraph's whole. */
const HARD_WRAP_WIDTH = 100;

/** The paragraphs of one block of lines (see splitParagraphs). */
function linesAsParagraphs(block: string[]): string[] {
  if (block.length === 1 || !block.some((line) => line.length > HARD_WRAP_WIDTH))
    return [block.join('\n')];
  // "… according to the U.S." / "Trade Representative, …": an abbreviation ends no sentence.
  const ends = block.map((line) => {
    const trimmed = line.trimEnd();
    return ENDS_SENTENCE.test(trimmed) && !ENDS_ABBREVIATION.test(trimmed);
  });
  if (ends.slice(0, -1).filter(Boolean).length * 2 <= block.length - 1) return [block.join('\n')];
  const out: string[] = [];
  let current: string[] = [];
  block.forEach((line, i) => {
    current.push(line);
    if (ends[i]) {
      out.push(current.join('\n'));
      current = [];
    }
  });
  if (current.length > 0) out.push(current.join('\n'));
  return out;
}

/** Line breaks and runs of spaces inside a paragraph become one space. */
export function normaliseWhitespace(paragraph: string): string {
  // Single plain spaces, most of any text, are left alone: replacing each one is the slow part.
  return paragraph.replace(/\s{2,}|[^\S ]/g, ' ').trim();
}

/**
 * Undoes Markdown escapes such as `\$95` and `\#1`. Escapes of the characters that make emphasis,
 * code, strike-through and spoilers stay, so that `\*` keeps rendering as a star while the
 * article's own `*New York Times*` keeps rendering as italics.
 */
export function undoMarkdownEscapes(paragraph: string): string {
  return paragraph.replace(/\\([!-/:-@[\]^{}])/g, (escape, character: string) =>
    '*_`~|\\'.includes(character) ? escape : character,
  );
}

/**
 * Server-side include directives that scraped pages left behind, often cut off
 * (`<?php include "../../legacy-includes/`), on a line of their own or after the last sentence.
 */
const MARKUP_REMNANT = /\s*(?:<\?php\b[\s\S]*$|<!--#[\s\S]*?(?:-->|$))/g;

export function stripMarkupRemnants(paragraph: string): string {
  return paragraph.replace(MARKUP_REMNANT, '');
}

/** Closing lines that publishers append to every article; they are not the article's words. */
const BOILERPLATE_FOOTERS = [/^To contact the WSWS\b/i, /^To sign up as an SEP Supporter\b/i];

/** A paragraph that is nothing but a link (or a bare URL), perhaps in bold or italics. */
const LINK_ONLY = /^[*_]*(?:\[[^\]]*\]\([^)\s]+\)|<?https?:\/\/\S+>?)[*_]*$/;

/**
 * Drops publisher footers from the end: paragraphs matching a known footer, and link-only
 * paragraphs after them. Paragraphs before keep their numbers.
 */
export function dropBoilerplateFooter(paragraphs: string[]): string[] {
  let end = paragraphs.length;
  while (end > 0) {
    const last = paragraphs[end - 1]!.trim();
    if (LINK_ONLY.test(last) || BOILERPLATE_FOOTERS.some((footer) => footer.test(last))) end -= 1;
    else break;
  }
  return end === paragraphs.length ? paragraphs : paragraphs.slice(0, end);
}

/**
 * The wire sign-off "REUTER" that closes Reuters copy, on its own line or after the last
 * sentence, sometimes with transmission debris ("Reuter...^M"). Only the singular is taken after
 * text: "Reuters" ending a paragraph is usually the agency named in a sentence.
 */
const WIRE_SIGN_OFF = /(?:^|\s)reuter(?:\.\.\.|\^M|\d)*$|^reuters$/i;

/** Strips sign-offs from the end; some stories carry two ("… REUTER" then "Reuter"). */
export function stripWireSignOff(paragraphs: string[]): string[] {
  let stripped = paragraphs;
  for (
    let last = stripped.at(-1);
    last !== undefined && WIRE_SIGN_OFF.test(last);
    last = stripped.at(-1)
  ) {
    const kept = last.replace(WIRE_SIGN_OFF, '').trim();
    stripped = kept === '' ? stripped.slice(0, -1) : [...stripped.slice(0, -1), kept];
  }
  return stripped;
}

/** Sentence-final punctuation, possibly followed by closing quotes, brackets or emphasis marks. */
const ENDS_SENTENCE = /[.!?…:]["'”’»)\]*_]*$/u;
const HEADING_OR_LIST_ITEM = /^(?:#{1,6}\s|[-*+]\s|\d{1,3}[.)]\s|>)/;
const STARTS_LOWER_CASE = /^\p{Ll}/u;
/** "by KEITH DANNER" under a section heading: a byline, not the rest of a sentence. */
const BYLINE = /^by\s+\p{Lu}[^.!?]*$/u;
const LONGEST_BYLINE_WORDS = 12;

function isByline(paragraph: string): boolean {
  return BYLINE.test(paragraph) && paragraph.split(' ').length <= LONGEST_BYLINE_WORDS;
}

/**
 * Joins paragraphs that a page break split mid-sentence: one that ends without sentence-final
 * punctuation (and is not a heading or list item) followed by one that starts lower-case (and
 * is not a byline).
 */
export function joinPageBreaks(paragraphs: string[]): string[] {
  const joined: string[] = [];
  for (const paragraph of paragraphs) {
    const previous = joined.at(-1);
    if (
      previous !== undefined &&
      STARTS_LOWER_CASE.test(paragraph) &&
      !isByline(paragraph) &&
      !ENDS_SENTENCE.test(previous) &&
      !HEADING_OR_LIST_ITEM.test(previous)
    ) {
      joined[joined.length - 1] = `${previous} ${paragraph}`;
    } else {
      joined.push(paragraph);
    }
  }
  return joined;
}

/** A Markdown heading inside the body becomes a plain paragraph: the marks are not words. */
function stripHeadingMarks(paragraph: string): string {
  const heading = /^#{1,6}\s+/.exec(paragraph);
  return heading ? paragraph.slice(heading[0].length).replace(/\s+#+$/, '') : paragraph;
}

/**
 * The cleaned paragraphs of a body. Remnants go first so that a footer hidden behind them is
 * seen; whitespace is normalised before joining so that trailing spaces do not hide the last
 * character; escapes are undone after the heading check so that an escaped `\#` stays text.
 */
export function cleanParagraphs(rawParagraphs: string[]): string[] {
  const paragraphs = rawParagraphs
    .map((paragraph) => normaliseWhitespace(stripMarkupRemnants(paragraph)))
    .filter((paragraph) => paragraph !== '');
  return joinPageBreaks(stripWireSignOff(dropBoilerplateFooter(paragraphs)))
    .map((paragraph) => undoMarkdownEscapes(stripHeadingMarks(paragraph)))
    .filter((paragraph) => paragraph !== '');
}
