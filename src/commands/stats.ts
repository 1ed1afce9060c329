import { formatStats } from '../discord/format.js';
import { PRIVATE_OPTION } from './options.js';
import type { Command } from './types.js';

export const stats: Command<Record<string, never>> = {
  data: {
    name: 'stats',
    description: "The archive's size, date span, speakers and index age",
    options: [PRIVATE_OPTION],
  },
  slow: false,
  readArgs: () => ({}),
  run: (_args, context) =>
    formatStats(context.store.archive.stats(), context.store.reindexing, context.now()),
};
