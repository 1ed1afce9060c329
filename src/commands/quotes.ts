import { counted, formatNoResults, formatQuotes } from '../discord/format.js';
import { choice, paging, PRIVATE_OPTION, readBounds, readText, stringOption } from './options.js';
import { closestSpeakers, spanTip } from './suggest.js';
import type { Command, CommandContext, Reply } from './types.js';

export interface QuotesArgs {
  person: string;
  topic?: string;
  from?: string;
  to?: string;
}

const PAGE_SIZE = 5;

export function runQuotes(args: QuotesArgs, context: CommandContext, page: number): Reply {
  const archive = context.store.archive;
  const result = archive.quotesBy(args.person, {
    topic: args.topic,
    from: args.from,
    to: args.to,
    limit: PAGE_SIZE,
    offset: page * PAGE_SIZE,
  });
  if (!result.person) {
    const close = closestSpeakers(archive, args.person);
    return formatNoResults(`No speaker in the archive is called “${args.person}”`, [
      close.length > 0
        ? `Closest speakers: ${close.join(', ')}.`
        : 'Start typing a name and pick one of the suggestions.',
    ]);
  }
  if (result.total === 0) {
    const tips: string[] = [];
    if (args.topic)
      tips.push(
        `Try without the topic: ${result.person.name} has ${counted(result.person.quoteCount, 'quotation')}.`,
      );
    if (args.from || args.to) tips.push(spanTip(archive) ?? 'Try a wider date range.');
    return formatNoResults(`No quotations by ${result.person.name} match`, tips);
  }
  const range = args.from || args.to ? { from: args.from ?? '…', to: args.to ?? '…' } : undefined;
  return formatQuotes(
    result.quotes,
    {
      person: result.person.name,
      role: result.person.roles[0] ?? null,
      total: result.total,
      ...(args.topic ? { topic: args.topic } : {}),
      ...(range ? { range } : {}),
    },
    context.ids,
    paging(context.ids, 'quotes', context.userId, quotesState(args), page, result.total, PAGE_SIZE),
  );
}

function quotesState(args: QuotesArgs): string[] {
  return [args.person, args.topic ?? '', args.from ?? '', args.to ?? ''];
}

export const quotes: Command<QuotesArgs> = {
  data: {
    name: 'quotes',
    description: 'What a person said, newest first',
    options: [
      stringOption('person', 'The speaker (start typing to pick one)', {
        required: true,
        autocomplete: true,
        maxLength: 100,
      }),
      stringOption('topic', 'Only quotations about this', { maxLength: 200 }),
      stringOption('from', 'From this day, e.g. 2024-05-01 or "May 2024"', { maxLength: 100 }),
      stringOption('to', 'Up to this day, e.g. 2024-05-31 or "last week"', { maxLength: 100 }),
      PRIVATE_OPTION,
    ],
  },
  slow: true,
  readArgs(options, context) {
    const args: QuotesArgs = { person: readText(options, 'person', { max: 100, required: true }) };
    const topic = readText(options, 'topic', { max: 200 });
    if (topic) args.topic = topic;
    return { ...args, ...readBounds(options, context) };
  },
  run: runQuotes,
  paging: {
    toState: quotesState,
    fromState: ([person = '', topic, from, to]) => ({
      person,
      ...(topic ? { topic } : {}),
      ...(from ? { from } : {}),
      ...(to ? { to } : {}),
    }),
  },
  autocomplete(option, context) {
    return context.store.archive
      .people(option.value.trim(), 25)
      .map((p) => choice(p.roles[0] ? `${p.name} — ${p.roles[0]}` : p.name, p.name));
  },
};
