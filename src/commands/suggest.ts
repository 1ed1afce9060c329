import type { ArchiveReader } from './types.js';

/** "Did you mean …" from the index vocabulary, for words the index does not know. */
export function spellingTips(archive: ArchiveReader, text: string): string[] {
  const { suggestions } = archive.search(text, { limit: 1 });
  return suggestions
    .filter((s) => s.alternatives.length > 0)
    .slice(0, 5)
    .map(
      (s) =>
        `“${s.word}” is not in the archive; did you mean ${s.alternatives
          .slice(0, 3)
          .map((a) => `“${a}”`)
          .join(', ')}?`,
    );
}

/** Speakers whose names are closest to what was typed: by the whole text, then word by word. */
export function closestSpeakers(archive: ArchiveReader, name: string, limit = 5): string[] {
  const found = new Map<string, string>();
  const words = name.split(/\s+/).filter((w) => w.length >= 2);
  const prefixes = [name, ...words, ...words.map((w) => w.slice(0, 3))];
  for (const prefix of prefixes) {
    for (const person of archive.people(prefix, limit)) found.set(person.id, person.name);
    if (found.size >= limit) break;
  }
  return [...found.values()].slice(0, limit);
}

/** The archive's span, to suggest a wider date range. */
export function spanTip(archive: ArchiveReader): string | null {
  const { firstDate, lastDate } = archive.stats();
  return firstDate && lastDate
    ? `The archive runs from ${firstDate} to ${lastDate}: try a wider date range.`
    : null;
}
