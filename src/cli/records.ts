import type { Quotation } from '../quotes/types.js';

/** One line of `quotes --json`, as ../shared/DESIGN.md fixes it: scorers read these fields. */
export function quotationRecord(file: string, q: Quotation) {
  return {
    file,
    articleId: q.articleId,
    paragraph: q.paragraph,
    quote: q.text,
    speaker: q.speaker,
    mention: q.mention,
    cue: q.cue,
    direct: q.direct,
    start: q.start,
    end: q.end,
  };
}
