/**
 * Reading article metadata from a loosely shaped record (JSON item or YAML front matter):
 * field names match case-insensitively, with the aliases that common exports use.
 */

const ALIASES = {
  id: ['id', '_id', 'guid', 'uuid'],
  title: ['title', 'headline', 'heading'],
  author: ['author', 'byline', 'authors', 'by', 'creator'],
  date: [
    'date',
    'published',
    'published_at',
    'publishedat',
    'pubdate',
    'date_published',
    'datepublished',
    'datetime',
    'created',
  ],
  url: ['url', 'link', 'href', 'permalink'],
  tags: ['tags', 'keywords', 'categories'],
  body: ['body', 'text', 'content', 'paragraphs'],
} as const;

export type FieldName = keyof typeof ALIASES;

export type ArticleRecord = Record<string, unknown>;

export function isRecord(value: unknown): value is ArticleRecord {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The value of the first alias present (and not null), matching keys case-insensitively. */
export function field(record: ArticleRecord, name: FieldName): unknown {
  const byLowerKey = new Map<string, unknown>();
  for (const [key, value] of Object.entries(record)) {
    if (value !== null && value !== undefined) byLowerKey.set(key.toLowerCase(), value);
  }
  for (const alias of ALIASES[name]) {
    if (byLowerKey.has(alias)) return byLowerKey.get(alias);
  }
  return undefined;
}

/** A string for scalar values; names joined for author lists and `{ name }` objects. */
export function textOf(value: unknown): string | null {
  if (typeof value === 'string') return value.trim() === '' ? null : value.trim();
  if (typeof value === 'number' || typeof value === 'bigint') return String(value);
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value.toISOString();
  if (Array.isArray(value)) {
    const parts = value.map(textOf).filter((part): part is string => part !== null);
    return parts.length === 0 ? null : parts.join(', ');
  }
  if (isRecord(value)) return textOf(value.name);
  return null;
}

/** Tags from an array or a comma-separated string. */
export function tagsOf(value: unknown): string[] {
  const parts = Array.isArray(value)
    ? value.map(textOf)
    : typeof value === 'string'
      ? value.split(',')
      : [];
  return parts.map((tag) => tag?.trim() ?? '').filter((tag) => tag !== '');
}

/** "By Jacob Crosse" and "Jacob Crosse" name the same author. */
export function cleanAuthor(author: string | null): string | null {
  if (author === null) return null;
  const cleaned = author
    .replace(/\s+/g, ' ')
    .replace(/^by\s+/i, '')
    .trim();
  return cleaned === '' ? null : cleaned;
}
