/**
 * Makes article text safe to show in Discord: it can neither ping anyone, break the reply's
 * layout, nor disguise a link. The article's own *emphasis* may stay.
 */

// Characters Discord's Markdown gives meaning to inside a line; `[`/`]` would build masked links
// and `<` mentions, channel links, timestamps and custom emoji.
const INLINE_SPECIAL = /[\\*_~|`[\]<]/g;
// Markers that only mean something at the start of a line: quotes, headings, subtext, lists.
const LINE_START_SPECIAL = /^(\s*)(>|#|-|\+|\d+\.)(?=\s|$|#)/gm;
// Balanced *emphasis* or **strong** inside one line, not starting or ending with a space.
const EMPHASIS = /(\*\*|\*)(?=[^\s*])([^*\n]*?[^\s*\\])\1(?!\*)|(\*\*|\*)([^\s*])\3(?!\*)/g;

function escapeInline(text: string): string {
  return text
    .replace(INLINE_SPECIAL, (ch) => `\\${ch}`)
    .replace(/@(everyone|here)\b/gi, '@\u200b$1');
}

function escapeLineStarts(text: string): string {
  return text.replace(LINE_START_SPECIAL, (_m, space: string, marker: string) =>
    marker.endsWith('.') ? `${space}${marker.slice(0, -1)}\\.` : `${space}\\${marker}`,
  );
}

/** Escapes article text; with `keepEmphasis`, balanced `*…*` and `**…**` spans still render. */
export function escapeArticleText(text: string, options: { keepEmphasis?: boolean } = {}): string {
  if (!options.keepEmphasis) return escapeLineStarts(escapeInline(text));
  let out = '';
  let last = 0;
  for (const match of text.matchAll(EMPHASIS)) {
    const marker = match[1] ?? match[3] ?? '';
    const inner = match[2] ?? match[4] ?? '';
    out += escapeInline(text.slice(last, match.index)) + marker + escapeInline(inner) + marker;
    last = match.index + match[0].length;
  }
  out += escapeInline(text.slice(last));
  return escapeLineStarts(out);
}

/** Escapes plain text (names, titles) for places where Markdown renders. */
export function escapePlain(text: string): string {
  return escapeLineStarts(escapeInline(text));
}

/** Renders text with the given [start, end) spans in bold; everything else is escaped. */
export function renderHighlighted(
  text: string,
  highlights: ReadonlyArray<[number, number]>,
): string {
  const spans = mergeSpans(highlights, text.length);
  let out = '';
  let last = 0;
  for (const [start, end] of spans) {
    out += escapeInline(text.slice(last, start)) + `**${escapeInline(text.slice(start, end))}**`;
    last = end;
  }
  out += escapeInline(text.slice(last));
  return escapeLineStarts(out);
}

/** Sorts, clips and joins spans; touching spans are joined so no `****` appears. */
function mergeSpans(
  spans: ReadonlyArray<[number, number]>,
  length: number,
): Array<[number, number]> {
  const clipped = spans
    .map(([s, e]): [number, number] => [Math.max(0, s), Math.min(length, e)])
    .filter(([s, e]) => e > s)
    .sort((a, b) => a[0] - b[0]);
  const merged: Array<[number, number]> = [];
  for (const span of clipped) {
    const previous = merged.at(-1);
    if (previous && span[0] <= previous[1]) previous[1] = Math.max(previous[1], span[1]);
    else merged.push([span[0], span[1]]);
  }
  return merged;
}

/** Prefixes every line with "> " so Discord shows it as a block quote. */
export function blockQuote(rendered: string): string {
  return rendered
    .split('\n')
    .map((line) => `> ${line}`)
    .join('\n');
}

/** Mention-proofs text shown where Markdown does not render (embed author, footer, button label). */
export function neutralizeMentions(text: string): string {
  return text.replace(/@(everyone|here)\b/gi, '@\u200b$1').replace(/<([@#])/g, '<\u200b$1');
}

/** Only http(s) URLs: Discord rejects a whole message over an invalid embed URL. */
export function safeUrl(url: string | null | undefined): string | undefined {
  if (!url) return undefined;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : undefined;
  } catch {
    return undefined;
  }
}
