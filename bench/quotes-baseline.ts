/**
 * The plain baseline the bench compares against: every double-quoted span, and as speaker the
 * nearest capitalised word before or after a reporting verb next to the quote.
 */
import type { Article } from '../src/articles/types.js';
import type { Quotation } from '../src/quotes/types.js';

const QUOTED = /[“"]([^“”"]+)[”"]/g;
const CUES =
  /\b(said|says|told|wrote|added|stated|tweeted|according to|asked|noted|explained|argued|declared|warned|insisted)\b/;
const CAPITALISED = /\b([A-Z][a-z]+)\b/g;

export function baselineQuotations(article: Article): Quotation[] {
  const out: Quotation[] = [];
  article.paragraphs.forEach((text, index) => {
    for (const match of text.matchAll(QUOTED)) {
      const start = match.index + 1;
      const end = start + match[1]!.length;
      const before = text.slice(Math.max(0, start - 80), start - 1);
      const after = text.slice(end + 1, end + 80);
      const speaker = nearestNameByCue(after, 'after') ?? nearestNameByCue(before, 'before');
      out.push({
        articleId: article.id,
        paragraph: index + 1,
        text: match[1]!,
        speaker,
        role: null,
        mention: speaker,
        cue: null,
        direct: true,
        start,
        end,
      });
    }
  });
  return out;
}

function nearestNameByCue(window: string, side: 'before' | 'after'): string | null {
  const cue = CUES.exec(window);
  if (!cue) return null;
  const names = [...window.matchAll(CAPITALISED)].map((m) => ({ name: m[1]!, at: m.index }));
  if (names.length === 0) return null;
  let best = names[0]!;
  for (const n of names) if (Math.abs(n.at - cue.index) < Math.abs(best.at - cue.index)) best = n;
  return side === 'after' || best.at < cue.index + 40 ? best.name : null;
}
