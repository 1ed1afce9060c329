import { describe, expect, it } from 'vitest';
import { parseArticleText } from '../../src/articles/parse.js';

describe('parseArticleText: seed layout', () => {
  it('reads title, author, date and paragraphs, with the id from the path', () => {
    const text = '\n# A title\n\nJane Roe  \n17 May 2024\n\nFirst paragraph\nwraps.\n\nSecond.\n';
    const { articles, problems } = parseArticleText(text, 'sub/story.md');
    expect(problems).toEqual([]);
    expect(articles).toEqual([
      {
        id: 'sub/story',
        title: 'A title',
        author: 'Jane Roe',
        date: '2024-05-17',
        url: null,
        tags: [],
        source: 'sub/story.md',
        paragraphs: ['First paragraph wraps.', 'Second.'],
      },
    ]);
  });

  it('reads the author and date on lines of their own, and strips "By"', () => {
    const { articles } = parseArticleText('# T\n\nBy Jane Roe\n\nMay 17, 2024\n\nBody.', 'a.txt');
    expect(articles[0]).toMatchObject({
      author: 'Jane Roe',
      date: '2024-05-17',
      paragraphs: ['Body.'],
    });
  });

  it('reads a date line with no author', () => {
    const { articles } = parseArticleText('# T\n\n2024-05-17\n\nBody.', 'a.md');
    expect(articles[0]).toMatchObject({ author: null, date: '2024-05-17', paragraphs: ['Body.'] });
  });

  it('keeps a first body line that is not a byline in the body', () => {
    const { articles, problems } = parseArticleText('# T\n\nShort opening line\n\nBody.', 'a.md');
    expect(articles[0]).toMatchObject({
      author: null,
      date: null,
      paragraphs: ['Short opening line', 'Body.'],
    });
    expect(problems).toEqual([{ file: 'a.md', articleId: 'a', reason: 'no usable date' }]);
  });

  it('reads a setext title', () => {
    const { articles } = parseArticleText('The title\n=====\n\n17 May 2024\n\nBody.', 'a.md');
    expect(articles[0]?.title).toBe('The title');
  });

  it('reports a file without a title', () => {
    expect(parseArticleText('Just a paragraph of text.\n\nAnother.', 'x.md')).toEqual({
      articles: [],
      problems: [{ file: 'x.md', articleId: 'x', reason: 'no title' }],
    });
  });

  it('reports a title with no body', () => {
    expect(parseArticleText('# Only a title\n\n17 May 2024\n', 'x.md').problems).toEqual([
      { file: 'x.md', articleId: 'x', reason: 'no body text' },
    ]);
  });

  it('reads Windows line ends and a byte-order mark', () => {
    const { articles } = parseArticleText(
      '\uFEFF# T\r\n\r\nJane Roe\r\n17 May 2024\r\n\r\nOne\r\ntwo.\r\n',
      'a.md',
    );
    expect(articles[0]).toMatchObject({ title: 'T', author: 'Jane Roe', paragraphs: ['One two.'] });
  });
});

describe('parseArticleText: YAML front matter', () => {
  it('takes title, author, date, url and tags from the front matter', () => {
    const text = [
      '---',
      'Title: From the front matter',
      'byline: Jane Roe',
      'date: 2024-05-17',
      'link: https://example.org/a',
      'tags: [war, nato]',
      '---',
      '',
      'First.',
      '',
      'Second.',
    ].join('\n');
    const { articles, problems } = parseArticleText(text, 'fm.md');
    expect(problems).toEqual([]);
    expect(articles[0]).toMatchObject({
      id: 'fm',
      title: 'From the front matter',
      author: 'Jane Roe',
      date: '2024-05-17',
      url: 'https://example.org/a',
      tags: ['war', 'nato'],
      paragraphs: ['First.', 'Second.'],
    });
  });

  it('falls back to the heading for the title and accepts comma-separated tags', () => {
    const { articles } = parseArticleText(
      '---\ndate: 17 May 2024\ntags: a, b\n---\n# Heading title\n\nBody.',
      'fm.md',
    );
    expect(articles[0]).toMatchObject({
      title: 'Heading title',
      date: '2024-05-17',
      tags: ['a', 'b'],
    });
  });

  it('reports broken front matter', () => {
    const { articles, problems } = parseArticleText('---\ntitle: [unclosed\n---\nBody.', 'bad.md');
    expect(articles).toEqual([]);
    expect(problems).toHaveLength(1);
    expect(problems[0]?.reason).toMatch(/^invalid front matter: /);
  });
});

describe('parseArticleText: JSON and JSON Lines', () => {
  it('reads one JSON article with aliased, differently cased field names', () => {
    const record = {
      Headline: 'A headline',
      BYLINE: 'By Jane Roe',
      Published: '2024-05-17T09:00:00Z',
      Content: 'Para one.\n\nPara two.',
      URL: 'https://example.org/x',
      keywords: ['a'],
    };
    const { articles, problems } = parseArticleText(JSON.stringify(record), 'one.json');
    expect(problems).toEqual([]);
    expect(articles[0]).toMatchObject({
      id: 'one',
      title: 'A headline',
      author: 'Jane Roe',
      date: '2024-05-17',
      url: 'https://example.org/x',
      tags: ['a'],
      paragraphs: ['Para one.', 'Para two.'],
    });
  });

  it('names array items by their own id, or by their 1-based position', () => {
    const items = [
      { id: 'abc', title: 'One', date: '2024-05-17', text: 'Body one.' },
      { title: 'Two', date: '2024-05-18', body: ['Para A.', 'Para B.'] },
    ];
    const { articles } = parseArticleText(JSON.stringify(items), 'many.json');
    expect(articles.map((a) => a.id)).toEqual(['many.json#abc', 'many.json#item-2']);
    expect(articles[1]?.paragraphs).toEqual(['Para A.', 'Para B.']);
  });

  it('reads JSON Lines in the Reuters shape and keeps the good lines around a bad one', () => {
    const lines = [
      JSON.stringify({
        id: 7,
        date: '1987-02-26',
        datetime: '1987-02-26T15:01:01',
        title: 'T1',
        author: null,
        dateline: 'X',
        body: 'One\nwraps.\n    Two.\n Reuter\n',
      }),
      '{"id": 8, "title": "broken',
      '',
      JSON.stringify({ title: 'T3', date: 'someday', body: 'Three.' }),
    ].join('\n');
    const { articles, problems } = parseArticleText(lines, 'wire.jsonl');
    expect(articles.map((a) => a.id)).toEqual(['wire.jsonl#7', 'wire.jsonl#line-4']);
    expect(articles[0]).toMatchObject({
      author: null,
      date: '1987-02-26',
      paragraphs: ['One wraps.', 'Two.'],
    });
    expect(problems).toEqual([
      {
        file: 'wire.jsonl',
        reason: expect.stringMatching(/^invalid JSON on line 2: \S/) as unknown,
      },
      { file: 'wire.jsonl', articleId: 'wire.jsonl#line-4', reason: 'no usable date ("someday")' },
    ]);
  });

  it('reports broken JSON with a line number', () => {
    const { articles, problems } = parseArticleText(
      '{\n  "title": "x",\n  "body": }\n',
      'bad.json',
    );
    expect(articles).toEqual([]);
    expect(problems).toHaveLength(1);
    expect(problems[0]?.reason).toBe("invalid JSON on line 3: Unexpected token '}'");
  });

  it('reports a JSON file with no articles in it once, not once per item', () => {
    const lines = [1, 2, 3].map((n) => JSON.stringify({ file: `f${n}`, quotes: [] })).join('\n');
    expect(parseArticleText(lines, 'gold.jsonl').problems).toEqual([
      { file: 'gold.jsonl', reason: 'no articles: none of its 3 items has a title and body text' },
    ]);
  });

  it('chooses the format from the content when the extension says nothing', () => {
    expect(
      parseArticleText('{"title":"T","date":"2024-05-17","body":"B."}', 'noext').articles,
    ).toHaveLength(1);
    expect(parseArticleText('.I 1\n.T\nsomething', 'cran.all.1400').problems).toEqual([
      { file: 'cran.all.1400', reason: 'unsupported file type (.1400)' },
    ]);
  });
});
