import { formatHelp } from '../discord/format.js';
import { PRIVATE_OPTION } from './options.js';
import type { Command } from './types.js';

/** /help lists the commands it is given, so the list is never written twice. */
export function helpCommand(
  list: () => ReadonlyArray<Command<never>>,
): Command<Record<string, never>> {
  return {
    data: {
      name: 'help',
      description: 'What Archivist can do, and how to ask',
      options: [PRIVATE_OPTION],
    },
    slow: false,
    readArgs: () => ({}),
    run: () =>
      formatHelp(list().map((c) => ({ name: c.data.name, description: c.data.description }))),
  };
}
