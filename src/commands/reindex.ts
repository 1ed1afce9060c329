import { ApplicationCommandOptionType, PermissionFlagsBits } from 'discord.js';
import { formatReindex } from '../discord/format.js';
import { PRIVATE_OPTION } from './options.js';
import { UserError, type Command } from './types.js';

export interface ReindexArgs {
  full: boolean;
}

export const REINDEX_BUSY =
  'A reindex is already running. The archive keeps answering from the current index until it finishes.';

export const reindex: Command<ReindexArgs> = {
  data: {
    name: 'reindex',
    description: 'Admins: rebuild the index from the data folder and report what changed',
    default_member_permissions: PermissionFlagsBits.ManageGuild.toString(),
    dm_permission: false,
    options: [
      {
        type: ApplicationCommandOptionType.Boolean,
        name: 'full',
        description: 'Read every file again, not only the changed ones',
        required: false,
      },
      PRIVATE_OPTION,
    ],
  },
  slow: true,
  adminOnly: true,
  readArgs: (options) => ({ full: options.getBoolean('full') ?? false }),
  async run(args, context) {
    // Discord hides the command from non-admins, but server owners can override that: check again.
    if (!context.isAdmin) throw new UserError('Only server admins (Manage Server) can reindex.');
    if (context.store.reindexing) throw new UserError(REINDEX_BUSY);
    try {
      return formatReindex(await context.store.reindex({ full: args.full }));
    } catch (error) {
      if (error instanceof Error && error.name === 'ReindexBusyError')
        throw new UserError(REINDEX_BUSY);
      throw error;
    }
  },
};
