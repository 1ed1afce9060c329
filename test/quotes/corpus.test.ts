import { expect, it } from 'vitest';
import { loadFolder } from '../../src/articles/load.js';
import { analyseArticle } from '../../src/quotes/index.js';
import { corpusPath, describeCorpus } from '../helpers/corpora.js';

describeCorpus('quotation analysis over a whole real archive', ['socialistworker'], () => {
  it('analyses every Socialist Worker article without an error, each quotation verbatim', async () => {
    const { articles } = await loadFolder(corpusPath('socialistworker', 'articles'));
    expect(articles).toHaveLength(6647);
    const failures: string[] = [];
    let quotations = 0;
    for (const article of articles) {
      try {
        for (const q of analyseArticle(article)) {
          quotations += 1;
          if (article.paragraphs[q.paragraph - 1]?.slice(q.start, q.end) !== q.text)
            failures.push(`${article.id} ¶${q.paragraph}: not verbatim`);
        }
      } catch (error) {
        failures.push(`${article.id}: ${(error as Error).message}`);
      }
    }
    expect(failures).toEqual([]);
    expect(quotations).toBeGreaterThan(40_000);
  }, 300_000);
});
