import type { Person } from '../quotes/types.js';
import type {
  ArticleSummary,
  ArticleView,
  Citation,
  DateRange,
  PassageHit,
  QuoteHit,
  QuotesByResult,
  ReindexReport,
  SearchResult,
  Stats,
  WhoSaidResult,
} from '../search/types.js';

/** Terminal renderings of Archive answers, for people at a shell. Scripts use --json. */

const bold = process.stdout.isTTY ? (s: string) => `\x1b[1m${s}\x1b[22m` : (s: string) => s;

function citation(c: Citation): string {
  const parts = [c.title, c.author, c.date ?? 'undated', `¶${c.paragraph}`];
  return `— ${parts.filter(Boolean).join(', ')}${c.url ? `\n  ${c.url}` : ''}`;
}

function highlighted(hit: PassageHit): string {
  let out = '';
  let at = 0;
  for (const [start, end] of hit.highlights) {
    out += hit.text.slice(at, start) + bold(hit.text.slice(start, end));
    at = end;
  }
  return out + hit.text.slice(at);
}

function speakerLine(hit: QuoteHit): string {
  const { speaker, role } = hit.quote;
  if (!speaker) return role ?? 'unknown speaker';
  return role ? `${speaker} (${role})` : speaker;
}

/** "1 quotation", "12 quotations". */
function quotationCount(n: number): string {
  return `${n} quotation${n === 1 ? '' : 's'}`;
}

export function reindexReport(report: ReindexReport, snapshotPath: string): string {
  const unchanged = report.added + report.changed + report.removed === 0;
  const lines = [
    `${unchanged ? 'Up to date' : 'Indexed'}: ${report.articles} articles, ${report.passages} passages, ${report.quotations} quotations (${(report.milliseconds / 1000).toFixed(1)} s)`,
    `Files: ${report.added} added, ${report.changed} changed, ${report.removed} removed, ${report.unchanged} unchanged`,
    `Snapshot: ${snapshotPath}`,
  ];
  if (report.problems.length > 0) {
    lines.push(`Problems (${report.problems.length}):`);
    for (const p of report.problems) lines.push(`  ${p.file}: ${p.reason}`);
  } else {
    lines.push('Problems: none');
  }
  return lines.join('\n');
}

export function searchResult(
  query: string,
  result: SearchResult,
  page: number,
  limit: number,
): string {
  if (result.hits.length === 0) {
    const lines = [`No passages match "${query}".`];
    for (const s of result.suggestions) {
      if (s.alternatives.length > 0) lines.push(`Did you mean: ${s.alternatives.join(', ')}?`);
    }
    return lines.join('\n');
  }
  const pages = Math.max(1, Math.ceil(result.total / limit));
  const blocks = result.hits.map(
    (hit, i) => `${(page - 1) * limit + i + 1}. ${highlighted(hit)}\n   ${citation(hit)}`,
  );
  return `${result.total} passages match "${query}" (page ${page} of ${pages})\n\n${blocks.join('\n\n')}`;
}

export function whoSaidResult(result: WhoSaidResult): string {
  if (result.answers.length === 0 && result.unattributed.length === 0) {
    return `No quotation contains "${result.phrase}".`;
  }
  const blocks = result.answers.map(
    (hit) => `${speakerLine(hit)}:\n  “${hit.quote.text}”\n  ${citation(hit)}`,
  );
  for (const hit of result.unattributed) {
    blocks.push(`No known speaker; the words appear in:\n  ${hit.text}\n  ${citation(hit)}`);
  }
  return blocks.join('\n\n');
}

export function quotesResult(name: string, result: QuotesByResult): string {
  if (!result.person) return `No speaker called "${name}" in the archive.`;
  if (result.quotes.length === 0) return `No quotations by ${result.person.name} match.`;
  const blocks = result.quotes.map((hit) => `“${hit.quote.text}”\n  ${citation(hit)}`);
  return `${result.person.name}: ${quotationCount(result.total)}\n\n${blocks.join('\n\n')}`;
}

export function articleList(range: DateRange, list: ArticleSummary[]): string {
  const span = range.from === range.to ? range.from : `${range.from} to ${range.to}`;
  if (list.length === 0) return `No articles dated ${span}.`;
  const lines = list.map(
    (a) =>
      `${a.date ?? 'undated'}  ${a.title}${a.author ? ` — ${a.author}` : ''}  [${a.articleId}]`,
  );
  return `${list.length} articles dated ${span}\n${lines.join('\n')}`;
}

export function articleView(view: ArticleView): string {
  const { article } = view;
  const lines = [
    bold(article.title),
    [article.author, article.date ?? 'undated'].filter(Boolean).join(', '),
  ];
  if (article.url) lines.push(article.url);
  lines.push('', article.paragraphs[0] ?? '', '');
  if (view.speakers.length > 0) {
    lines.push(`Speakers: ${view.speakers.map((s) => `${s.person.name} (${s.count})`).join(', ')}`);
  }
  for (const q of view.quotations) {
    lines.push(`  ¶${q.paragraph} ${q.speaker ?? q.role ?? 'unknown'}: “${q.text}”`);
  }
  return lines.join('\n');
}

export function peopleList(list: Person[]): string {
  if (list.length === 0) return 'No speakers match.';
  return list
    .map(
      (p) =>
        `${p.name} — ${quotationCount(p.quoteCount)}${p.aliases.length ? ` (also: ${p.aliases.join(', ')})` : ''}`,
    )
    .join('\n');
}

export function statsText(stats: Stats): string {
  return [
    `Articles:   ${stats.articles} in ${stats.files} files`,
    `Passages:   ${stats.passages}`,
    `Quotations: ${stats.quotations} by ${stats.people} speakers`,
    `Authors:    ${stats.authors}`,
    `Dates:      ${stats.firstDate ?? '—'} to ${stats.lastDate ?? '—'}`,
    `Built:      ${stats.builtAt}`,
    `Problems:   ${stats.problems}`,
  ].join('\n');
}
