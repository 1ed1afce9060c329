/** A quotation found in one paragraph of an article. */
export interface Quotation {
  articleId: string;
  /** Paragraph number, counting from 1. */
  paragraph: number;
  /** Verbatim text of the paragraph between start and end, without the quote marks. */
  text: string;
  /** The speaker's fullest name in the article ("Joseph Kishore"), or null when unknown. */
  speaker: string | null;
  /** The speaker's role as the article gives it ("Socialist Equality Party candidate for US president"). */
  role: string | null;
  /** How the sentence names the speaker: "Kishore", "he", "the paper". */
  mention: string | null;
  /** The reporting cue: said, wrote, told, tweeted, according to… */
  cue: string | null;
  /** True inside quote marks; false for reported speech. */
  direct: boolean;
  /** Offsets into the paragraph text (UTF-16 code units), end exclusive. */
  start: number;
  end: number;
}

/** One speaker across the archive: one Person per full name. */
export interface Person {
  /** Lower-cased full name with single spaces: stable and readable. */
  id: string;
  name: string;
  aliases: string[];
  roles: string[];
  quoteCount: number;
}
