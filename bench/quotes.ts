/**
 * Quotation extraction on a folder of articles, as JSON Lines for /work/shared/eval/score_quotes.py.
 *
 *   npx tsx bench/quotes.ts [--baseline] [--out FILE] [FOLDER]
 *
 * FOLDER defaults to the PolNeAR articles. --baseline runs the plain rule (quote marks plus the
 * nearest capitalised word next to a reporting verb) to compare against. The throughput line goes to
 * stderr.
 *
 * --group writes attribution units (attributionUnits, src/quotes/units.ts) instead of one line per
 * quotation: the pieces of one attribution joined, the way PolNeAR annotates them.
 */
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { loadFolder } from '../src/articles/load.js';
import { analyseArticle, attributionUnits } from '../src/quotes/index.js';
import type { Quotation } from '../src/quotes/types.js';
import type { Article } from '../src/articles/types.js';
import { quotationRecord } from '../src/cli/records.js';
import { baselineQuotations } from './quotes-baseline.js';

const args = process.argv.slice(2);
const baseline = args.includes('--baseline');
const group = args.includes('--group');
const outIndex = args.indexOf('--out');
const outFile = outIndex >= 0 ? args[outIndex + 1] : undefined;
const folder =
  args.find((a, i) => !a.startsWith('--') && (outIndex < 0 || i !== outIndex + 1)) ??
  '/work/shared/corpora/polnear/articles';

const { articles, problems } = await loadFolder(folder);
for (const problem of problems) process.stderr.write(`${problem.file}: ${problem.reason}\n`);
const files = articles.map((a: Article) => path.basename(a.source));

const started = performance.now();
const results: Array<{ file: string; quotations: Quotation[] }> = [];
for (let i = 0; i < articles.length; i++) {
  const article = articles[i]!;
  const quotations = baseline ? baselineQuotations(article) : analyseArticle(article);
  results.push({
    file: files[i]!,
    quotations: group ? attributionUnits(quotations, article.paragraphs) : quotations,
  });
}
const seconds = (performance.now() - started) / 1000;

const lines: string[] = [];
let count = 0;
for (const { file, quotations } of results) {
  for (const q of quotations) {
    count++;
    lines.push(JSON.stringify(quotationRecord(file, q)));
  }
}
const output = lines.join('\n') + '\n';
if (outFile) await writeFile(outFile, output);
else process.stdout.write(output);
process.stderr.write(
  `${baseline ? 'baseline' : 'analyseArticle'}: ${articles.length} articles, ${count} quotations, ` +
    `${seconds.toFixed(2)} s, ${(articles.length / seconds).toFixed(0)} articles/s\n`,
);
