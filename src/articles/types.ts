/** An article as read from the data folder, with cleaned paragraphs. */
export interface Article {
  /** Stable: from the file's relative path, or the source's own id (JSON). Never a list position. */
  id: string;
  title: string;
  /** The byline, or null when the source names none. */
  author: string | null;
  /** ISO day (YYYY-MM-DD), or null when no usable date was found (reported as a problem). */
  date: string | null;
  url: string | null;
  tags: string[];
  /** Path of the file relative to the data folder, with forward slashes. */
  source: string;
  /** Cleaned paragraphs: page breaks joined, boilerplate dropped, Markdown escapes undone. */
  paragraphs: string[];
}

/** A file (or an article inside one) that could not be read, or was read with a defect. */
export interface Problem {
  /** Path relative to the data folder. */
  file: string;
  reason: string;
  /** Set when the problem concerns one article of a multi-article file. */
  articleId?: string;
}
