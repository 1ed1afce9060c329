import type {
  APIActionRowComponent,
  APIButtonComponent,
  APIEmbed,
  RESTPostAPIChatInputApplicationCommandsJSONBody,
} from 'discord.js';
import type { CustomIdCodec } from '../discord/custom-id.js';
import type { Person } from '../quotes/types.js';
import type {
  ArticleSummary,
  ArticleView,
  DateRange,
  ProgressListener,
  QuotesByOptions,
  QuotesByResult,
  ReindexReport,
  SearchOptions,
  SearchResult,
  Stats,
  WhoSaidResult,
} from '../search/types.js';

/** The Archive's query API, as the commands use it (src/search/archive.ts implements it). */
export interface ArchiveReader {
  search(query: string, options?: SearchOptions): SearchResult;
  whoSaid(phrase: string, options?: { limit?: number }): WhoSaidResult;
  quotesBy(person: string, options?: QuotesByOptions): QuotesByResult;
  people(prefix: string, limit?: number): Person[];
  titles(prefix: string, limit?: number): ArticleSummary[];
  articlesOn(range: DateRange, options?: { author?: string }): ArticleSummary[];
  article(id: string): ArticleView | undefined;
  context(
    articleId: string,
    paragraph: number,
    radius?: number,
  ): Array<{ paragraph: number; text: string }>;
  stats(): Stats;
}

/** Holds the current archive and swaps it after a reindex (src/search/store.ts implements it). */
export interface ArchiveSource {
  readonly archive: ArchiveReader;
  readonly reindexing: boolean;
  reindex(options?: { full?: boolean; onProgress?: ProgressListener }): Promise<ReindexReport>;
}

export type ActionRow = APIActionRowComponent<APIButtonComponent>;

/** A reply before the last pass over Discord's limits (src/discord/respond.ts). */
export interface Reply {
  content?: string;
  embeds: APIEmbed[];
  components: ActionRow[];
  /** Only the asker sees it. Errors are always ephemeral. */
  ephemeral?: boolean;
}

/** What a command knows about the request beyond its options. */
export interface CommandContext {
  store: ArchiveSource;
  userId: string;
  /** Manage Server, or one of the configured admin roles; checked when the command runs. */
  isAdmin: boolean;
  ids: CustomIdCodec;
  now: () => Date;
}

/** Reads options by name, as discord.js's interaction.options does. */
export interface OptionReader {
  getString(name: string): string | null;
  getBoolean(name: string): boolean | null;
}

export interface Choice {
  name: string;
  value: string;
}

/**
 * One slash command: plain data for Discord, and handlers. A command reads its options into
 * arguments (refusing bad input with a UserError before anything is deferred), runs them
 * against the archive, and hands the result to the formatter.
 */
export interface Command<Args = unknown> {
  data: RESTPostAPIChatInputApplicationCommandsJSONBody;
  /** Defer before `run`: it may take longer than about a second. */
  slow: boolean;
  /** Refused unless the member is an admin (checked again at run time). */
  adminOnly?: boolean;
  readArgs(options: OptionReader, context: CommandContext): Args;
  run(args: Args, context: CommandContext, page: number): Reply | Promise<Reply>;
  /** For paged answers: arguments to and from the strings carried by the page buttons. */
  paging?: { toState(args: Args): string[]; fromState(state: string[]): Args };
  autocomplete?(option: { name: string; value: string }, context: CommandContext): Choice[];
}

/** Bad input or a refusal, told to the user as a short ephemeral message. */
export class UserError extends Error {
  override name = 'UserError';
}
