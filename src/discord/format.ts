import { ButtonStyle, ComponentType, type APIButtonComponent, type APIEmbed } from 'discord.js';
import type { Article } from '../articles/types.js';
import type { ActionRow, Reply } from '../commands/types.js';
import type {
  ArticleSummary,
  ArticleView,
  Citation,
  DateRange,
  PassageHit,
  QuoteHit,
  ReindexReport,
  Stats,
  WhoSaidResult,
} from '../search/types.js';
import type { CustomIdCodec } from './custom-id.js';
import { LIMITS, fitRendered, truncate } from './limits.js';
import {
  blockQuote,
  escapeArticleText,
  escapePlain,
  neutralizeMentions,
  renderHighlighted,
  safeUrl,
} from './markdown.js';

/** Every reply is built here; src/discord/respond.ts then enforces the limits once more. */

const COLOR = 0x5865f2;
const ERROR_COLOR = 0xed4245;
/** Room left for titles, authors and footers when descriptions share the 6,000 per message. */
const EMBED_OVERHEAD = 700;

export interface Paging {
  /** Counting from 0. */
  page: number;
  pageCount: number;
  idFor(page: number): string;
}

const DAY_MONTH_YEAR = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
});

/** "2024-05-17" → "17 May 2024"; anything else is shown as it is. */
export function displayDate(iso: string | null): string {
  if (!iso) return 'undated';
  const day = /^\d{4}-\d{2}-\d{2}$/.test(iso) ? new Date(`${iso}T00:00:00Z`) : null;
  return day && !Number.isNaN(day.getTime()) ? DAY_MONTH_YEAR.format(day) : iso;
}

export function displayRange(range: DateRange): string {
  return range.from === range.to
    ? displayDate(range.from)
    : `${displayDate(range.from)} – ${displayDate(range.to)}`;
}

function citationFooter(c: Citation): string {
  return neutralizeMentions(
    `${c.author ?? 'Unknown author'} · ${displayDate(c.date)} · paragraph ${c.paragraph} · ${c.file}`,
  );
}

function citedEmbed(c: Pick<Citation, 'title' | 'url'>): APIEmbed {
  const embed: APIEmbed = {
    color: COLOR,
    title: truncate(escapePlain(c.title), LIMITS.embedTitle),
  };
  const url = safeUrl(c.url);
  if (url) embed.url = url;
  return embed;
}

/** "Name — role"; a speaker the article names only by a role is that role. */
function speakerLine(name: string | null, role: string | null): string {
  return neutralizeMentions(
    name ? (role ? `${name} — ${role}` : name) : (role ?? 'Speaker not identified'),
  );
}

/** Budget for each of `count` descriptions sharing one message. */
function descriptionBudget(count: number, max: number = LIMITS.embedDescription): number {
  return Math.max(
    200,
    Math.min(max, Math.floor((LIMITS.embedTotal - EMBED_OVERHEAD) / Math.max(1, count))),
  );
}

function quotedArticleText(text: string, budget: number): string {
  return fitRendered(text, budget, (t) => blockQuote(escapeArticleText(t, { keepEmphasis: true })));
}

/** One embed per quotation: the quotation as a block quote, speaker and role, citation. */
export function quoteEmbed(hit: QuoteHit, budget: number): APIEmbed {
  const role = hit.quote.role ?? hit.person?.roles[0] ?? null;
  return {
    ...citedEmbed(hit),
    author: { name: speakerLine(hit.person?.name ?? hit.quote.speaker, role) },
    description: quotedArticleText(hit.quote.text, budget),
    footer: { text: citationFooter(hit) },
  };
}

/** One embed per passage, with the matched words in bold. */
export function passageEmbed(hit: PassageHit, budget: number): APIEmbed {
  return {
    ...citedEmbed(hit),
    description: fitRendered(hit.text, budget, (t) =>
      blockQuote(renderHighlighted(t, hit.highlights)),
    ),
    footer: { text: citationFooter(hit) },
  };
}

function button(
  customId: string,
  label: string,
  disabled = false,
  style: ButtonStyle.Primary | ButtonStyle.Secondary = ButtonStyle.Secondary,
): APIButtonComponent {
  return { type: ComponentType.Button, style, custom_id: customId, label, disabled };
}

function row(buttons: APIButtonComponent[]): ActionRow {
  return { type: ComponentType.ActionRow, components: buttons };
}

function pagerRow(paging: Paging | undefined): ActionRow[] {
  if (!paging || paging.pageCount <= 1) return [];
  const { page, pageCount } = paging;
  return [
    row([
      button(paging.idFor(Math.max(0, page - 1)), '◀', page === 0),
      button(paging.idFor(Math.min(pageCount - 1, page + 1)), '▶', page >= pageCount - 1),
    ]),
  ];
}

/**
 * One "More context" button per distinct paragraph: Discord rejects a message whose
 * buttons share a custom_id, and results from one paragraph share their context.
 * A label names the results it serves, by their number on the page.
 */
function contextRow(
  ids: CustomIdCodec,
  places: Array<{ articleId: string; paragraph: number }>,
): ActionRow[] {
  if (places.length === 0) return [];
  const numbersById = new Map<string, number[]>();
  places.forEach((place, i) => {
    const id = ids.context(place);
    numbersById.set(id, [...(numbersById.get(id) ?? []), i + 1]);
  });
  const buttons = [...numbersById]
    .slice(0, LIMITS.buttonsPerRow)
    .map(([id, numbers]) =>
      button(
        id,
        places.length === 1 ? 'More context' : `More context (${numbers.join(', ')})`,
        false,
        ButtonStyle.Primary,
      ),
    );
  return [row(buttons)];
}

/** "1 quotation", "12 quotations". */
export function counted(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}

function pageNote(paging: Paging | undefined, total: number, noun: string): string {
  const count = counted(total, noun);
  return paging && paging.pageCount > 1
    ? `${count} · page ${paging.page + 1} of ${paging.pageCount}`
    : count;
}

export function formatWhoSaid(result: WhoSaidResult, ids: CustomIdCodec): Reply {
  const [best, ...others] = result.answers;
  if (!best) {
    const passages = result.unattributed.slice(0, 3);
    return {
      content: truncate(
        `No speaker is named for “${escapePlain(result.phrase)}”; it appears in these passages:`,
        LIMITS.content,
      ),
      embeds: passages.map((p) => passageEmbed(p, descriptionBudget(passages.length))),
      components: contextRow(ids, passages),
    };
  }
  const embed = quoteEmbed(best, descriptionBudget(2, 3000));
  const otherSpeakers = others.filter((hit) => hit.person?.id !== best.person?.id || !best.person);
  if (otherSpeakers.length > 0) {
    const lines = otherSpeakers.slice(0, 10).map((hit) => {
      const name = escapePlain(
        hit.person?.name ?? hit.quote.speaker ?? hit.quote.role ?? 'Speaker not identified',
      );
      return `• **${name}**, ${escapePlain(hit.title)} (${displayDate(hit.date)}, paragraph ${hit.paragraph})`;
    });
    embed.fields = [{ name: 'Also said by', value: truncateLines(lines, LIMITS.fieldValue) }];
  }
  return { embeds: [embed], components: contextRow(ids, [best]) };
}

export function formatQuotes(
  quotes: QuoteHit[],
  heading: {
    person: string;
    role: string | null;
    total: number;
    topic?: string;
    range?: DateRange;
  },
  ids: CustomIdCodec,
  paging?: Paging,
): Reply {
  const about = [
    heading.topic ? `on “${escapePlain(heading.topic)}”` : '',
    heading.range ? `(${displayRange(heading.range)})` : '',
  ].filter(Boolean);
  const who = `**${escapePlain(heading.person)}**${heading.role ? `, ${escapePlain(heading.role)}` : ''}`;
  return {
    content: truncate(
      `Quotations by ${who} ${about.join(' ')} — newest first · ${pageNote(paging, heading.total, 'quotation')}`.replace(
        / +/g,
        ' ',
      ),
      LIMITS.content,
    ),
    embeds: quotes.map((q) => quoteEmbed(q, descriptionBudget(quotes.length))),
    components: [...pagerRow(paging), ...contextRow(ids, quotes)],
  };
}

export function formatSearch(
  hits: PassageHit[],
  heading: { query: string; total: number },
  ids: CustomIdCodec,
  paging?: Paging,
): Reply {
  return {
    content: truncate(
      `Best passages for “${escapePlain(heading.query)}” · ${pageNote(paging, heading.total, 'passage')}`,
      LIMITS.content,
    ),
    embeds: hits.map((hit) => passageEmbed(hit, descriptionBudget(hits.length))),
    components: [...pagerRow(paging), ...contextRow(ids, hits)],
  };
}

export function articleLine(a: ArticleSummary): string {
  const url = safeUrl(a.url);
  const title = escapePlain(a.title);
  // The title is the article's metadata and links to the article's own URL: nothing disguised.
  const linked = url ? `[${title}](<${url.replace(/>/g, '%3E')}>)` : title;
  return `**${linked}** — ${escapePlain(a.author ?? 'Unknown author')} · ${displayDate(a.date)}`;
}

export function formatArticles(
  articles: ArticleSummary[],
  heading: { range: DateRange; author?: string; total: number },
  paging?: Paging,
): Reply {
  const by = heading.author ? ` by ${escapePlain(heading.author)}` : '';
  return {
    embeds: [
      {
        color: COLOR,
        title: truncate(`Articles${by}, ${displayRange(heading.range)}`, LIMITS.embedTitle),
        description: truncateLines(articles.map(articleLine), LIMITS.embedDescription),
        footer: { text: pageNote(paging, heading.total, 'article') },
      },
    ],
    components: pagerRow(paging),
  };
}

export function formatArticleView(view: ArticleView, ids: CustomIdCodec): Reply {
  const { article, speakers, quotations } = view;
  const lead = article.paragraphs[0] ?? '';
  const embed: APIEmbed = {
    ...citedEmbed(article),
    description: fitRendered(lead, 1500, (t) => escapeArticleText(t, { keepEmphasis: true })),
    fields: [
      { name: 'Author', value: escapePlain(article.author ?? 'Unknown'), inline: true },
      { name: 'Date', value: displayDate(article.date), inline: true },
      { name: 'Paragraphs', value: String(article.paragraphs.length), inline: true },
    ],
    footer: { text: neutralizeMentions(article.source) },
  };
  if (speakers.length > 0) {
    const lines = speakers.map(({ person, count }) => `**${escapePlain(person.name)}** (${count})`);
    embed.fields?.push({ name: 'Speakers', value: truncateLines(lines, LIMITS.fieldValue) });
  }
  // Reported speech too: a quoted phrase inside it is listed only within it (Archive.article).
  for (const q of quotations.slice(0, 8)) {
    embed.fields?.push({
      name: truncate(
        neutralizeMentions(
          `${q.speaker ?? q.role ?? 'Speaker not identified'} · paragraph ${q.paragraph}`,
        ),
        LIMITS.fieldName,
      ),
      value: quotedArticleText(q.text, 400),
    });
  }
  return {
    embeds: [embed],
    components: contextRow(
      ids,
      article.paragraphs.length > 1 ? [{ articleId: article.id, paragraph: 1 }] : [],
    ),
  };
}

export function formatContext(
  article: Pick<Article, 'title' | 'url'> | undefined,
  paragraphs: Array<{ paragraph: number; text: string }>,
  center: number,
): Reply {
  if (!article || paragraphs.length === 0) {
    return formatError('That passage is no longer in the archive.');
  }
  const budget = descriptionBudget(1) / Math.max(1, paragraphs.length);
  const blocks = paragraphs.map(({ paragraph, text }) => {
    const body = fitRendered(text, Math.floor(budget) - 20, (t) =>
      escapeArticleText(t, { keepEmphasis: true }),
    );
    return paragraph === center
      ? `**¶ ${paragraph}**\n${blockQuote(body)}`
      : `¶ ${paragraph}\n${body}`;
  });
  return {
    embeds: [{ ...citedEmbed(article), description: blocks.join('\n\n') }],
    components: [],
    ephemeral: true,
  };
}

export function formatStats(stats: Stats, reindexing: boolean, now: Date): Reply {
  const ageMinutes = Math.max(0, Math.round((now.getTime() - Date.parse(stats.builtAt)) / 60_000));
  const age = ageMinutes < 120 ? `${ageMinutes} min` : `${Math.round(ageMinutes / 60)} h`;
  const span = stats.firstDate
    ? `${displayDate(stats.firstDate)} – ${displayDate(stats.lastDate)}`
    : 'none';
  const field = (name: string, value: string | number) => ({
    name,
    value: String(value),
    inline: true,
  });
  return {
    embeds: [
      {
        color: COLOR,
        title: 'Archive',
        fields: [
          field('Articles', stats.articles),
          field('Passages', stats.passages),
          field('Quotations', stats.quotations),
          field('Speakers', stats.people),
          field('Authors', stats.authors),
          field('Files', stats.files),
          field('Dates', span),
          field('Index age', reindexing ? `${age} (reindexing now)` : age),
          field('Unreadable files', stats.problems),
        ],
      },
    ],
    components: [],
  };
}

export function formatHelp(commands: Array<{ name: string; description: string }>): Reply {
  const lines = commands.map((c) => `**/${c.name}** — ${c.description}`);
  lines.push('', 'You can also mention me with a question, e.g. “who said danger of nuclear war”.');
  lines.push('Every command has a `private` option: only you see the answer.');
  return {
    embeds: [
      {
        color: COLOR,
        title: 'Archivist',
        description: truncateLines(lines, LIMITS.embedDescription),
      },
    ],
    components: [],
  };
}

export function formatReindex(report: ReindexReport): Reply {
  const problems = report.problems
    .slice(0, 10)
    .map((p) => `• ${escapePlain(p.file)}: ${escapePlain(p.reason)}`);
  const more = report.problems.length - problems.length;
  if (more > 0) problems.push(`… and ${more} more`);
  const embed: APIEmbed = {
    color: COLOR,
    title: 'Reindex finished',
    description:
      `Added **${report.added}**, changed **${report.changed}**, removed **${report.removed}**, ` +
      `unchanged ${report.unchanged} · ${report.articles} articles, ${report.quotations} quotations ` +
      `· ${(report.milliseconds / 1000).toFixed(1)} s`,
  };
  if (problems.length > 0) {
    embed.fields = [
      {
        name: `Problems (${report.problems.length})`,
        value: truncateLines(problems, LIMITS.fieldValue),
      },
    ];
  }
  return { embeds: [embed], components: [] };
}

/**
 * A helpful "nothing found", with what to try instead. Both echo what the user typed and what
 * the archive holds, so both are escaped: a typed `[text](url)` must not become a masked link.
 */
export function formatNoResults(what: string, tips: string[]): Reply {
  return {
    embeds: [
      {
        color: COLOR,
        title: fitRendered(what, LIMITS.embedTitle, escapePlain),
        description: truncateLines(
          tips.length > 0
            ? tips.map((t) => `• ${escapePlain(t)}`)
            : ['• Try fewer or different words.'],
          LIMITS.embedDescription,
        ),
      },
    ],
    components: [],
  };
}

/** Errors: short, ephemeral, no stack traces. */
export function formatError(message: string): Reply {
  return {
    embeds: [{ color: ERROR_COLOR, description: truncate(message, 500) }],
    components: [],
    ephemeral: true,
  };
}

/** Joins whole lines that fit, then says how many were left out. */
function truncateLines(lines: string[], max: number): string {
  const kept: string[] = [];
  let length = 0;
  for (const [i, line] of lines.entries()) {
    const reserve = i < lines.length - 1 ? 20 : 0;
    if (length + line.length + 1 + reserve > max) {
      if (kept.length === 0) kept.push(truncate(line, max - 20));
      const left = lines.length - kept.length;
      if (left > 0) kept.push(`… and ${left} more`);
      break;
    }
    kept.push(line);
    length += line.length + 1;
  }
  return kept.join('\n');
}
