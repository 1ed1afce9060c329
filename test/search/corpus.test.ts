import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, expect, it } from 'vitest';
import { readArticleFile } from '../../src/articles/load.js';
import { Archive } from '../../src/search/archive.js';
import { corpusPath, describeCorpus } from '../helpers/corpora.js';

interface ReutersLine {
  id: number;
  date: string;
}

describeCorpus('Archive over Reuters-21578', ['reuters21578', 'reuters21578.jsonl'], () => {
  const file = corpusPath('reuters21578', 'reuters21578.jsonl');
  let archive: Archive;
  let byDay: Map<string, number[]>;

  beforeAll(async () => {
    const { articles } = await readArticleFile(path.dirname(file), path.basename(file), {
      maxBytes: 100 * 1024 * 1024,
    });
    // articlesOn needs no quotations; leaving them out keeps the test quick.
    archive = Archive.build({
      articles,
      quotations: [],
      people: [],
      problems: [],
      files: 1,
      builtAt: new Date().toISOString(),
    });
    byDay = new Map();
    for (const line of (await readFile(file, 'utf8')).split('\n')) {
      if (line.trim() === '') continue;
      const { id, date } = JSON.parse(line) as ReutersLine;
      byDay.set(date, [...(byDay.get(date) ?? []), id]);
    }
  });

  it('lists exactly the articles of the busiest day, counted from the file itself', () => {
    const [day, ids] = [...byDay].sort((a, b) => b[1].length - a[1].length)[0]!;
    expect(ids.length).toBeGreaterThan(500);
    const listed = archive.articlesOn({ from: day, to: day });
    expect(listed).toHaveLength(ids.length);
    expect(listed.every((summary) => summary.date === day)).toBe(true);
    const listedIds = listed.map((summary) => Number(summary.articleId.split('#').pop()));
    expect(new Set(listedIds)).toEqual(new Set(ids));
  });

  it('lists a range as the sum of its days, oldest first', () => {
    const days = [...byDay.keys()].sort().slice(0, 5);
    const listed = archive.articlesOn({ from: days[0]!, to: days[4]! });
    expect(listed).toHaveLength(days.reduce((sum, day) => sum + byDay.get(day)!.length, 0));
    const dates = listed.map((summary) => summary.date!);
    expect(dates).toEqual([...dates].sort());
  });
});
