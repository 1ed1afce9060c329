import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { expect, it } from 'vitest';
import { loadFolder, readArticleFile, scanFolder } from '../../src/articles/load.js';
import { CORPORA, corpusPath, describeCorpus } from '../helpers/corpora.js';

/** Reuters-21578 is one 19 MB JSON Lines file: above the 5 MB default, so the test raises it. */
const LARGE_FILE_LIMIT = 64 * 1024 * 1024;
const CORPUS_TIMEOUT_MS = 120_000;

describeCorpus('seed article', ['seed'], () => {
  it('parses to its title, author, date and cleaned paragraphs', async () => {
    const [file] = await readdir(corpusPath('seed'));
    const { articles, problems } = await readArticleFile(corpusPath('seed'), file!);
    expect(problems).toEqual([]);
    expect(articles).toHaveLength(1);
    const article = articles[0]!;
    expect(article.id).toBe(file!.replace(/\.txt$/, ''));
    expect(article.title).toMatch(
      /^As NATO prepares to provide Ukraine capability to strike deep within Russia/,
    );
    expect(article.author).toBe('Jacob Crosse');
    expect(article.date).toBe('2024-05-17');
    expect(article.paragraphs).toHaveLength(16);

    const text = article.paragraphs.join('\n');
    expect(text).toContain('everything the Biden administration claimed they would not do');
    expect(text).toContain('get us all killed before we can vote him out.');
    expect(text).toContain('unrelenting Russian artillery and glide bomb strikes');
    expect(text).toContain('$95 billion');
    expect(text).not.toContain('\\$');
    expect(text).toContain('*New York Times*');
    expect(text).not.toMatch(/To contact the WSWS|wsws\.org\/contact/);
    expect(
      article.paragraphs.every(
        (paragraph) => !paragraph.includes('\n') && paragraph === paragraph.trim(),
      ),
    ).toBe(true);
  });
});

describeCorpus('WSWS articles', ['wsws'], () => {
  it('parses both, with bylines, dates, and no supporter footer', async () => {
    const { articles, problems } = await loadFolder(corpusPath('wsws'));
    expect(problems).toEqual([]);
    expect(articles.map((a) => [a.author, a.date])).toEqual([
      ['Patrick Martin', '2026-07-02'],
      ['Our reporters', '2026-07-12'],
    ]);
    for (const article of articles) {
      expect(article.paragraphs.length).toBeGreaterThan(10);
      expect(article.paragraphs.at(-1)).not.toMatch(/^To sign up as an SEP Supporter/);
    }
  });
});

/** Both archives name their files after the day of publication: an independent check of dates. */
function dateInFileName(source: string): string | undefined {
  return /(\d{4}-\d{2}-\d{2})/.exec(path.basename(source))?.[1];
}

describeCorpus('PolNeAR articles', ['polnear', 'articles'], () => {
  it(
    'parses all 928, each dated as its file name says',
    async () => {
      const { articles, problems } = await loadFolder(corpusPath('polnear', 'articles'));
      expect(problems).toEqual([]);
      expect(articles).toHaveLength(928);
      expect(articles.filter((a) => a.date !== dateInFileName(a.source))).toEqual([]);
      expect(articles.every((a) => a.title !== '' && a.paragraphs.length > 0)).toBe(true);
    },
    CORPUS_TIMEOUT_MS,
  );
});

describeCorpus('Socialist Worker archive', ['socialistworker', 'articles'], () => {
  it(
    'loads 6,647 articles with the date of their file name and no page-script remnants',
    async () => {
      const root = corpusPath('socialistworker', 'articles');
      const { articles, problems } = await loadFolder(root);
      expect(problems).toEqual([]);
      expect(articles).toHaveLength(6647);
      expect(articles.filter((a) => a.date !== dateInFileName(a.source))).toEqual([]);
      expect(
        articles.filter((a) => a.paragraphs.some((p) => /<\?php|<!--#include/.test(p))),
      ).toEqual([]);

      // The byline is the third line of every file; a missing one is written "Socialist Worker".
      const sample = articles.filter((_, index) => index % 97 === 0);
      for (const article of sample) {
        const byline = (await readFile(path.join(root, article.source), 'utf8'))
          .split('\n')[2]!
          .trim();
        expect(article.author).toBe(byline);
      }
    },
    CORPUS_TIMEOUT_MS,
  );
});

describeCorpus('Reuters-21578', ['reuters21578'], () => {
  it(
    'loads 19,042 articles from JSON Lines, dated 1987, ids from the source, sign-offs dropped',
    async () => {
      const { articles, problems } = await loadFolder(corpusPath('reuters21578'), {
        maxBytes: LARGE_FILE_LIMIT,
      });
      expect(problems).toEqual([]);
      expect(articles).toHaveLength(19042);
      expect(new Set(articles.map((a) => a.id)).size).toBe(19042);
      expect(articles.filter((a) => !a.date?.startsWith('1987-'))).toEqual([]);
      expect(articles.find((a) => a.id === 'reuters21578.jsonl#1')?.title).toBe(
        'BAHIA COCOA REVIEW',
      );
      const signedOff = articles.filter((a) =>
        /(?:^reuters?\W*|\breuter)$/i.test(a.paragraphs.at(-1)!),
      );
      expect(signedOff).toEqual([]);
    },
    CORPUS_TIMEOUT_MS,
  );

  it('loads at the default size limit, which applies to each line of a JSON Lines file', async () => {
    const { articles, problems } = await loadFolder(corpusPath('reuters21578'));
    expect(problems).toEqual([]);
    expect(articles).toHaveLength(19042);
  });
});

describeCorpus('every shared corpus file', [], () => {
  it(
    'is parsed into articles or reported with a reason, without a crash',
    async () => {
      const files = await scanFolder(CORPORA);
      const { articles, problems } = await loadFolder(CORPORA, { maxBytes: LARGE_FILE_LIMIT });
      const accounted = new Set([...articles.map((a) => a.source), ...problems.map((p) => p.file)]);
      expect(files.filter((file) => !accounted.has(file.path))).toEqual([]);
      expect(problems.every((problem) => problem.reason.trim() !== '')).toBe(true);

      const count = (folder: string): number =>
        articles.filter((a) => a.source.startsWith(`${folder}/`)).length;
      expect(count('socialistworker')).toBe(6647);
      expect(count('reuters21578')).toBe(19042);
      expect(count('polnear/articles')).toBe(928);
      expect(count('wsws')).toBe(2);
      expect(count('seed')).toBe(1);
      // Gold files, qrels and IR collections are not articles; each must say why it was not read.
      const irProblems = problems.filter((p) => p.file.startsWith('ir/'));
      expect(irProblems.length).toBe(files.filter((f) => f.path.startsWith('ir/')).length);
      expect(problems.filter((p) => p.file.endsWith('gold.jsonl')).map((p) => p.reason)).toEqual(
        Array<unknown>(3).fill(
          expect.stringMatching(/^no articles: none of its \d+ items has a title and body text$/),
        ),
      );
    },
    CORPUS_TIMEOUT_MS,
  );
});
