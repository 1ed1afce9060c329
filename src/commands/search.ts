import { formatNoResults, formatSearch } from '../discord/format.js';
import { paging, PRIVATE_OPTION, readBounds, readText, stringOption } from './options.js';
import { spanTip } from './suggest.js';
import type { Command, CommandContext, Reply } from './types.js';

export interface SearchArgs {
  query: string;
  from?: string;
  to?: string;
  author?: string;
}

export const MAX_QUERY = 300;
const PAGE_SIZE = 5;

export function runSearch(args: SearchArgs, context: CommandContext, page: number): Reply {
  const archive = context.store.archive;
  const result = archive.search(args.query, {
    from: args.from,
    to: args.to,
    author: args.author,
    limit: PAGE_SIZE,
    offset: page * PAGE_SIZE,
  });
  if (result.hits.length === 0) {
    const tips = result.suggestions
      .filter((s) => s.alternatives.length > 0)
      .map(
        (s) =>
          `“${s.word}” is not in the archive; did you mean ${s.alternatives
            .slice(0, 3)
            .map((a) => `“${a}”`)
            .join(', ')}?`,
      );
    if (args.from || args.to) tips.push(spanTip(archive) ?? 'Try a wider date range.');
    if (args.author) tips.push('Try without the author.');
    tips.push('Try fewer or more general words.');
    return formatNoResults(`Nothing in the archive matches “${args.query}”`, tips);
  }
  return formatSearch(
    result.hits,
    { query: args.query, total: result.total },
    context.ids,
    paging(context.ids, 'search', context.userId, searchState(args), page, result.total, PAGE_SIZE),
  );
}

function searchState(args: SearchArgs): string[] {
  return [args.query, args.from ?? '', args.to ?? '', args.author ?? ''];
}

export const search: Command<SearchArgs> = {
  data: {
    name: 'search',
    description: 'The best passages for some words, with the matched words in bold',
    options: [
      stringOption('query', 'What to look for', { required: true, maxLength: MAX_QUERY }),
      stringOption('from', 'From this day, e.g. 2024-05-01 or "May 2024"', { maxLength: 100 }),
      stringOption('to', 'Up to this day, e.g. 2024-05-31 or "last week"', { maxLength: 100 }),
      stringOption('author', 'Only articles by this author', { maxLength: 100 }),
      PRIVATE_OPTION,
    ],
  },
  slow: true,
  readArgs(options, context) {
    const args: SearchArgs = {
      query: readText(options, 'query', { max: MAX_QUERY, required: true }),
    };
    const author = readText(options, 'author', { max: 100 });
    if (author) args.author = author;
    return { ...args, ...readBounds(options, context) };
  },
  run: runSearch,
  paging: {
    toState: searchState,
    fromState: ([query = '', from, to, author]) => ({
      query,
      ...(from ? { from } : {}),
      ...(to ? { to } : {}),
      ...(author ? { author } : {}),
    }),
  },
};
