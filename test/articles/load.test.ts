import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  dropRepeatedFooters,
  loadFolder,
  readArticleFile,
  scanFolder,
} from '../../src/articles/load.js';
import type { Article } from '../../src/articles/types.js';
import type { Progress } from '../../src/search/types.js';

const GOOD_MARKDOWN = '# Good one\n\nJane Roe\n17 May 2024\n\nA paragraph.\n';

describe('loading a folder of good and malformed files', () => {
  let root: string;

  beforeAll(async () => {
    root = await mkdtemp(path.join(tmpdir(), 'archivist-articles-'));
    await mkdir(path.join(root, 'nested/deeper'), { recursive: true });
    await mkdir(path.join(root, '.hidden'));
    const files: Record<string, string | Buffer> = {
      'good.md': GOOD_MARKDOWN,
      'nested/deeper/also-good.txt': '# Also good\n\n2024-05-18\n\nText.\n',
      'good.json': JSON.stringify([{ id: 1, title: 'J1', date: '2024-05-19', body: 'B.' }]),
      'empty.md': '',
      'blank.md': '\n  \n',
      'binary.md': Buffer.from([0x23, 0x20, 0x54, 0x00, 0x01, 0x02]),
      'latin1.md': Buffer.from('# Caf\xe9\n\n17 May 2024\n\nNa\xefve.\n', 'latin1'),
      'broken.json': '{"title": "x", "body": ',
      'lines.jsonl': [
        JSON.stringify({ id: 'a', title: 'L1', date: '2024-05-20', body: 'One.' }),
        '{not json}',
        JSON.stringify({ id: 'b', title: 'L3', date: '2024-05-21', body: 'Three.' }),
      ].join('\n'),
      'untitled.md': 'No heading here.\n\nJust text.\n',
      'huge.md': `# Huge\n\n17 May 2024\n\n${'x'.repeat(2048)}\n`,
      'good.txt': '# Same id as good.md\n\n17 May 2024\n\nText.\n',
      'undated.md': '# Undated\n\nJust text.\n',
      'notes.csv': 'a,b\n1,2\n',
      'README.md': '# Not an article\n\nThis folder holds articles.\n',
      '.hidden/secret.md': GOOD_MARKDOWN,
      '.dotfile.md': GOOD_MARKDOWN,
    };
    for (const [relPath, content] of Object.entries(files))
      await writeFile(path.join(root, relPath), content);
  });

  afterAll(async () => {
    await rm(root, { recursive: true, force: true });
  });

  it('scans recursively, sorted, without dot-files or the root README', async () => {
    const files = await scanFolder(root);
    const paths = files.map((file) => file.path);
    expect(paths).toEqual([...paths].sort());
    expect(paths).toContain('nested/deeper/also-good.txt');
    expect(paths).not.toContain('README.md');
    expect(paths.some((p) => p.includes('.hidden') || p.includes('.dotfile'))).toBe(false);
    const good = files.find((file) => file.path === 'good.md');
    expect(good?.size).toBe(Buffer.byteLength(GOOD_MARKDOWN));
    expect(good?.mtimeMs).toBeGreaterThan(0);
  });

  it('reports each bad file with its path and reason, and keeps the good articles', async () => {
    const progress: Progress[] = [];
    const { articles, problems } = await loadFolder(root, {
      maxBytes: 1024,
      onProgress: (p) => progress.push(p),
    });

    expect(articles.map((a) => a.id).sort()).toEqual(
      [
        'good',
        'good.json#1',
        'lines.jsonl#a',
        'lines.jsonl#b',
        'nested/deeper/also-good',
        'undated',
      ].sort(),
    );
    const reasonByFile = new Map(problems.map((problem) => [problem.file, problem.reason]));
    expect(Object.fromEntries(reasonByFile)).toEqual({
      'empty.md': 'empty file',
      'blank.md': 'empty file',
      'binary.md': 'binary file (NUL bytes)',
      'latin1.md': 'invalid UTF-8',
      'broken.json': 'invalid JSON on line 1: Unexpected end of JSON input',
      'lines.jsonl': expect.stringMatching(/^invalid JSON on line 2: /) as unknown,
      'untitled.md': 'no title',
      'huge.md': expect.stringMatching(
        /^over the size limit \(2\d{3} bytes > 1024 bytes\)$/,
      ) as unknown,
      'good.txt': 'duplicate id (first in good.md)',
      'undated.md': 'no usable date',
      'notes.csv': 'unsupported file type (.csv)',
    });
    expect(problems).toHaveLength(reasonByFile.size);
    expect(problems.find((p) => p.file === 'good.txt')?.articleId).toBe('good');
    expect(articles.find((a) => a.id === 'undated')?.date).toBeNull();

    const last = progress.at(-1);
    expect(last).toEqual({ phase: 'parse', done: 14, total: 14 });
    expect(progress[0]).toEqual({ phase: 'scan', done: 14, total: 14 });
  });

  it('reads one file, and reports a missing one instead of throwing', async () => {
    const good = await readArticleFile(root, 'good.md');
    expect(good.articles[0]).toMatchObject({
      title: 'Good one',
      author: 'Jane Roe',
      date: '2024-05-17',
    });
    const missing = await readArticleFile(root, 'nope.md');
    expect(missing).toEqual({
      articles: [],
      problems: [{ file: 'nope.md', reason: 'unreadable (ENOENT)' }],
    });
  });

  it('reports an id repeated inside one file and keeps its first article', async () => {
    const lines = ['First', 'Second'].map((title) =>
      JSON.stringify({ id: 'same', title, date: '2024-05-17', body: 'B.' }),
    );
    await writeFile(path.join(root, 'twice.jsonl'), lines.join('\n'));
    const { articles, problems } = await readArticleFile(root, 'twice.jsonl');
    expect(articles.map((a) => a.title)).toEqual(['First']);
    expect(problems).toEqual([
      {
        file: 'twice.jsonl',
        articleId: 'twice.jsonl#same',
        reason: 'duplicate id (first in twice.jsonl)',
      },
    ]);
    await rm(path.join(root, 'twice.jsonl'));
  });

  it('applies the default 5 MB size limit', async () => {
    await writeFile(
      path.join(root, 'big.md'),
      `# Big\n\n17 May 2024\n\n${'word '.repeat(1_100_000)}\n`,
    );
    const { problems } = await readArticleFile(root, 'big.md');
    expect(problems).toEqual([{ file: 'big.md', reason: 'over the size limit (5.2 MB > 5.0 MB)' }]);
    await rm(path.join(root, 'big.md'));
  });

  it('applies the limit to each line of a JSON Lines file, keeping the lines within it', async () => {
    const line = (id: string, body: string) =>
      JSON.stringify({ id, title: `T ${id}`, date: '2024-05-17', body });
    await writeFile(
      path.join(root, 'wire.jsonl'),
      [line('a', 'short one'), line('b', 'x'.repeat(2000)), line('c', 'short two')].join('\n'),
    );
    const { articles, problems } = await readArticleFile(root, 'wire.jsonl', { maxBytes: 1024 });
    expect(articles.map((a) => a.id)).toEqual(['wire.jsonl#a', 'wire.jsonl#c']);
    expect(problems).toEqual([{ file: 'wire.jsonl', reason: 'line 2 over the size limit' }]);
    await rm(path.join(root, 'wire.jsonl'));
  });
});

describe('dropRepeatedFooters', () => {
  function article(id: string, paragraphs: string[], source = `src/${id}.md`): Article {
    return { id, title: id, author: null, date: null, url: null, tags: [], source, paragraphs };
  }

  it('drops a closing paragraph that ends many articles of one source', () => {
    const articles = ['a', 'b', 'c'].map((id) =>
      article(id, [`Lead of ${id}.`, `Body of ${id}.`, 'Subscribe now!']),
    );
    const cleaned = dropRepeatedFooters(articles);
    expect(cleaned.map((a) => a.paragraphs)).toEqual([
      ['Lead of a.', 'Body of a.'],
      ['Lead of b.', 'Body of b.'],
      ['Lead of c.', 'Body of c.'],
    ]);
    expect(articles[0]?.paragraphs).toHaveLength(3);
  });

  it('peels stacked footers', () => {
    const articles = ['a', 'b', 'c'].map((id) =>
      article(id, [`Body of ${id}.`, 'Contact us.', 'Reuter']),
    );
    expect(dropRepeatedFooters(articles).map((a) => a.paragraphs)).toEqual([
      ['Body of a.'],
      ['Body of b.'],
      ['Body of c.'],
    ]);
  });

  it('keeps an ending shared by too few articles, by other sources, or by copies of one article', () => {
    const twice = ['a', 'b'].map((id) => article(id, [`Body of ${id}.`, 'The end.']));
    const acrossSources = ['a', 'b', 'c'].map((id) =>
      article(id, [`Body of ${id}.`, 'The end.'], `${id}/x.md`),
    );
    const copies = ['a', 'b', 'c'].map((id) => article(id, ['Same body.', 'Same end.']));
    for (const articles of [twice, acrossSources, copies]) {
      expect(dropRepeatedFooters(articles)).toEqual(articles);
    }
  });

  it('keeps an article whose only paragraph is the repeated one', () => {
    const articles = [
      ...['a', 'b', 'c'].map((id) => article(id, [`Body of ${id}.`, 'Reuter'])),
      article('d', ['Reuter']),
    ];
    expect(dropRepeatedFooters(articles).at(-1)?.paragraphs).toEqual(['Reuter']);
  });
});
