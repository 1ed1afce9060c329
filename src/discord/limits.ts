/** Discord's documented limits on what a bot may send. */
export const LIMITS = {
  content: 2000,
  embedTitle: 256,
  embedDescription: 4096,
  embedFields: 25,
  fieldName: 256,
  fieldValue: 1024,
  footerText: 2048,
  authorName: 256,
  embedTotal: 6000,
  embedsPerMessage: 10,
  actionRows: 5,
  buttonsPerRow: 5,
  buttonLabel: 80,
  customId: 100,
  choices: 25,
  choiceName: 100,
  choiceValue: 100,
  commandName: 32,
  commandDescription: 100,
  commandOptions: 25,
  optionName: 32,
  optionDescription: 100,
  commandTotal: 4000,
} as const;

const ELLIPSIS = '…';

/**
 * Cuts `text` to at most `max` characters on a word boundary and ends it with "…".
 * A word longer than most of the budget is cut mid-word rather than leaving almost nothing.
 */
export function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  if (max <= 0) return '';
  if (max === 1) return ELLIPSIS;
  let cut = text.slice(0, max - 1);
  const lastSpace = cut.search(/\s\S*$/);
  if (lastSpace > max * 0.6) cut = cut.slice(0, lastSpace);
  // Never leave half a surrogate pair or a dangling escape backslash at the cut.
  cut = cut.replace(/[\uD800-\uDBFF]$/, '').replace(/\\+$/, '');
  return `${cut.trimEnd()}${ELLIPSIS}`;
}

/**
 * Fits rendered text into `max` characters when rendering (escaping, marking) makes it longer
 * than its source: the source is cut first, so escapes and markers are never cut in half.
 */
export function fitRendered(source: string, max: number, render: (text: string) => string): string {
  let budget = Math.min(source.length, max);
  let rendered = render(source);
  while (rendered.length > max && budget > 0) {
    const shrink = Math.max(1, Math.ceil(((rendered.length - max) * budget) / rendered.length));
    budget = Math.max(0, budget - shrink);
    rendered = render(truncate(source, budget));
  }
  return rendered.length > max ? truncate(rendered, max) : rendered;
}
