/**
 * Embedded posts. Twitter's embed code falls back to a block quotation that ends with its author's
 * name, handle and date; scraped into an article, the paragraph reads
 * "While I respect the professionals at the FBI, … — Paul Ryan (@SpeakerRyan) July 5, 2016".
 * The words before that signature are the author's, verbatim: a direct quotation.
 */
import type { Quotation } from './types.js';
import type { CueWord } from './cues.js';
import { trimmedEnd } from './marks.js';
import { type ArticleEntities, nameRunStartingAt } from './entities.js';
import { nameOnly } from './phrases.js';
import { resolvePhrase } from './resolve.js';
import type { ParagraphView } from './view.js';

/**
 * The signature at a paragraph's end: a dash, a name, the handle in parentheses and the date,
 * perhaps followed by the closing tag a scraper left ("</tweet>").
 */
const SIGNATURE =
  /\s[—–-]{1,2}\s*([^\s()—–<>][^()—–<>]{0,60}?)\s*\((@\w{1,30})\)\s+(\p{Lu}\p{Ll}+\.? \d{1,2}, \d{4})\s*(?:<\/?\w+\/?>\s*)?\.?\s*$/u;

/** Only the paragraph's end is searched: a signature is short, and so the search is linear. */
const SIGNATURE_TAIL = 160;

/** An opening tag a scraper left before the post's words: `<tweet id="…" author="@…">`. */
const OPENING_TAG = /^\s*<[A-Za-z][^<>]{0,300}>\s*/;

const SIGNED: CueWord = { lemma: '—', text: '—', form: 'finite', reports: false };

/** The paragraph's embedded post as a direct quotation of its author, or null when it has none. */
export function embeddedPost(
  view: ParagraphView,
  entities: ArticleEntities,
  articleId: string,
): Quotation | null {
  const { text, tokens } = view;
  const tailFrom = Math.max(0, text.length - SIGNATURE_TAIL);
  const match = SIGNATURE.exec(text.slice(tailFrom));
  if (!match) return null;
  const signatureAt = tailFrom + match.index;
  const nameAt = signatureAt + match[0].indexOf(match[1]!);
  const start = OPENING_TAG.exec(text)?.[0].length ?? 0;
  const end = trimmedEnd(text, signatureAt, start);
  if (end - start < MIN_POST_CHARS) return null;
  const name = match[1]!.trim();
  const handle = match[2]!;
  // The author as the article knows them: "Paul Ryan" may be "House Speaker Paul Ryan" elsewhere.
  const first = tokens.findIndex((token) => token.start === nameAt);
  const run = first >= 0 ? nameRunStartingAt(tokens, first, tokens.length) : null;
  const who =
    run && run.from === first
      ? resolvePhrase(view, nameOnly(view, run, first, null), SIGNED, entities)
      : null;
  return {
    articleId,
    paragraph: view.index + 1,
    text: text.slice(start, end),
    speaker: who?.speaker ?? null,
    role: who?.role ?? null,
    mention: `${name} (${handle})`,
    cue: SIGNED.text,
    direct: true,
    start,
    end,
  };
}

/** Fewest characters of a post's words: "— Paul Ryan (@SpeakerRyan) July 5, 2016" alone signs nothing. */
const MIN_POST_CHARS = 8;
