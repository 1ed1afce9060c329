import { article } from './article.js';
import { articles } from './articles.js';
import { ask } from './ask.js';
import { helpCommand } from './help.js';
import { quotes } from './quotes.js';
import { reindex } from './reindex.js';
import { search } from './search.js';
import { stats } from './stats.js';
import type { Command } from './types.js';
import { whosaid } from './whosaid.js';

// Each command keeps its own argument type; the router only passes arguments from a command back to it.
type AnyCommand = Command<never>;

export const commands: ReadonlyArray<AnyCommand> = [
  whosaid,
  quotes,
  articles,
  search,
  article,
  ask,
  stats,
  helpCommand(() => commands),
  reindex,
] as unknown as AnyCommand[];

/** The definitions Discord registers (deploy script) and the fake Discord validates against. */
export const commandData = commands.map((c) => c.data);

export function findCommand(name: string): AnyCommand | undefined {
  return commands.find((c) => c.data.name === name);
}
