import { formatNoResults, formatWhoSaid } from '../discord/format.js';
import { PRIVATE_OPTION, readText, stringOption } from './options.js';
import { spellingTips } from './suggest.js';
import type { Command, CommandContext, Reply } from './types.js';

export interface WhoSaidArgs {
  phrase: string;
}

export const MAX_PHRASE = 300;

export function runWhoSaid(args: WhoSaidArgs, context: CommandContext): Reply {
  const archive = context.store.archive;
  const result = archive.whoSaid(args.phrase, { limit: 10 });
  if (result.answers.length > 0 || result.unattributed.length > 0) {
    return formatWhoSaid(result, context.ids);
  }
  return formatNoResults(`Nobody in the archive said “${args.phrase}”`, [
    ...spellingTips(archive, args.phrase),
    'Try a shorter, distinctive part of the quotation: a few exact words are enough.',
    `Or search every passage: /search query:${args.phrase.slice(0, 60)}`,
  ]);
}

export const whosaid: Command<WhoSaidArgs> = {
  data: {
    name: 'whosaid',
    description: 'Who said these words? The speaker, the full quotation and where it was said',
    options: [
      stringOption('phrase', 'Words from the quotation', { required: true, maxLength: MAX_PHRASE }),
      PRIVATE_OPTION,
    ],
  },
  slow: true,
  readArgs: (options) => ({
    phrase: readText(options, 'phrase', { max: MAX_PHRASE, required: true }),
  }),
  run: (args, context) => runWhoSaid(args, context),
};
