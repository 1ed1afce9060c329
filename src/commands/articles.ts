import { displayRange, formatArticles, formatNoResults } from '../discord/format.js';
import type { DateRange } from '../search/types.js';
import { paging, PRIVATE_OPTION, readRange, readText, stringOption } from './options.js';
import { spanTip } from './suggest.js';
import type { Command, CommandContext, Reply } from './types.js';

export interface ArticlesArgs {
  range: DateRange;
  author?: string;
}

const PAGE_SIZE = 10;

export function runArticles(args: ArticlesArgs, context: CommandContext, page: number): Reply {
  const archive = context.store.archive;
  const all = archive.articlesOn(args.range, args.author ? { author: args.author } : {});
  if (all.length === 0) {
    const tips = [spanTip(archive) ?? 'The archive is empty.'];
    if (args.author) tips.push('Try without the author.');
    const by = args.author ? ` by ${args.author}` : '';
    return formatNoResults(`No articles${by} on ${displayRange(args.range)}`, tips);
  }
  const last = Math.max(0, Math.ceil(all.length / PAGE_SIZE) - 1);
  const shown = Math.min(page, last);
  return formatArticles(
    all.slice(shown * PAGE_SIZE, (shown + 1) * PAGE_SIZE),
    { range: args.range, total: all.length, ...(args.author ? { author: args.author } : {}) },
    paging(
      context.ids,
      'articles',
      context.userId,
      articlesState(args),
      shown,
      all.length,
      PAGE_SIZE,
    ),
  );
}

function articlesState(args: ArticlesArgs): string[] {
  return [args.range.from, args.range.to, args.author ?? ''];
}

export const articles: Command<ArticlesArgs> = {
  data: {
    name: 'articles',
    description: 'Articles published on a day or in a range, oldest first',
    options: [
      stringOption(
        'date',
        'A day or a range: "17 May 2024", "May 2024", "2024-05-10..2024-05-17", "last week"',
        {
          required: true,
          maxLength: 100,
        },
      ),
      stringOption('author', 'Only articles by this author', { maxLength: 100 }),
      PRIVATE_OPTION,
    ],
  },
  slow: false,
  readArgs(options, context) {
    const date = readText(options, 'date', { max: 100, required: true });
    const author = readText(options, 'author', { max: 100 });
    return { range: readRange(date, context.now()), ...(author ? { author } : {}) };
  },
  run: runArticles,
  paging: {
    toState: articlesState,
    fromState: ([from = '', to = '', author]) => ({
      range: { from, to },
      ...(author ? { author } : {}),
    }),
  },
};
