import { MessageFlags } from 'discord.js';
import { answerQuestion } from '../commands/ask.js';
import { findCommand } from '../commands/index.js';
import {
  UserError,
  type ArchiveSource,
  type Choice,
  type CommandContext,
  type OptionReader,
  type Reply,
} from '../commands/types.js';
import type { CustomIdCodec } from './custom-id.js';
import type { Cooldown } from './cooldown.js';
import { formatContext, formatError } from './format.js';
import type { Logger } from './logger.js';
import { isAdmin, memberRoleIds } from './permissions.js';
import { toPayload, withoutFlags, type EditPayload, type MessagePayload } from './respond.js';

/**
 * The parts of discord.js's interactions the router uses. discord.js's own classes satisfy
 * them, and so can a small double in tests.
 */
interface BaseInteraction {
  id: string;
  user: { id: string };
  member: unknown;
  memberPermissions: { has(permission: bigint): boolean } | null;
}

export interface CommandInteractionLike extends BaseInteraction {
  commandName: string;
  options: OptionReader;
  deferred: boolean;
  replied: boolean;
  deferReply(options: { flags?: MessageFlags.Ephemeral }): Promise<unknown>;
  reply(payload: MessagePayload): Promise<unknown>;
  editReply(payload: EditPayload): Promise<unknown>;
  deleteReply(): Promise<unknown>;
  followUp(payload: MessagePayload): Promise<unknown>;
}

export interface AutocompleteInteractionLike extends BaseInteraction {
  commandName: string;
  options: { getFocused(full: true): { name: string; value: string } };
  respond(choices: Choice[]): Promise<unknown>;
}

export interface ButtonInteractionLike extends BaseInteraction {
  customId: string;
  reply(payload: MessagePayload): Promise<unknown>;
  deferUpdate(): Promise<unknown>;
  editReply(payload: EditPayload): Promise<unknown>;
}

export interface MentionMessageLike {
  id: string;
  content: string;
  author: { id: string; bot: boolean };
  reply(payload: EditPayload): Promise<unknown>;
}

export interface RouterOptions {
  store: ArchiveSource;
  ids: CustomIdCodec;
  cooldown: Cooldown;
  logger: Logger;
  adminRoleIds: readonly string[];
  now?: () => Date;
}

const EXPIRED = 'These buttons have expired. Run the command again for fresh results.';
const NOT_YOURS =
  'Only the person who asked can turn these pages. Run the command yourself to page through it.';
const FAILED = 'Something went wrong while answering. It has been logged; please try again later.';

/** Routes commands, autocomplete, buttons and mentions; counts replies in flight for shutdown. */
export class InteractionRouter {
  private inFlight = 0;
  private idleWaiters: Array<() => void> = [];
  private readonly now: () => Date;

  constructor(private readonly options: RouterOptions) {
    this.now = options.now ?? (() => new Date());
  }

  /** Resolves when no reply is in flight. */
  idle(): Promise<void> {
    if (this.inFlight === 0) return Promise.resolve();
    return new Promise((resolve) => this.idleWaiters.push(resolve));
  }

  async handleCommand(interaction: CommandInteractionLike): Promise<void> {
    await this.track(interaction.id, async () => {
      const command = findCommand(interaction.commandName);
      if (!command)
        return this.send(interaction, formatError(`Unknown command /${interaction.commandName}.`));
      const context = this.context(interaction);
      if (command.adminOnly && !context.isAdmin) {
        return this.send(
          interaction,
          formatError(`Only server admins (Manage Server) can use /${command.data.name}.`),
        );
      }
      const wait = this.options.cooldown.take(interaction.user.id);
      if (wait > 0)
        return this.send(interaction, formatError(`Slow down a little: try again in ${wait} s.`));
      const ephemeral = interaction.options.getBoolean('private') ?? false;
      try {
        const args = command.readArgs(interaction.options, context);
        if (command.slow)
          await interaction.deferReply(ephemeral ? { flags: MessageFlags.Ephemeral } : {});
        const reply = await command.run(args, context, 0);
        await this.send(interaction, {
          ...reply,
          ephemeral: ephemeral || reply.ephemeral === true,
        });
      } catch (error) {
        await this.fail(interaction, error);
      }
    });
  }

  async handleAutocomplete(interaction: AutocompleteInteractionLike): Promise<void> {
    const command = findCommand(interaction.commandName);
    let choices: Choice[] = [];
    try {
      choices =
        command?.autocomplete?.(interaction.options.getFocused(true), this.context(interaction)) ??
        [];
    } catch (error) {
      this.options.logger.warn(
        { err: error, command: interaction.commandName },
        'autocomplete failed',
      );
    }
    await interaction.respond(choices.slice(0, 25)).catch((error: unknown) => {
      this.options.logger.warn({ err: error }, 'autocomplete answer refused');
    });
  }

  async handleButton(interaction: ButtonInteractionLike): Promise<void> {
    await this.track(interaction.id, async () => {
      const state = this.options.ids.decode(interaction.customId);
      if (!state) return;
      try {
        if (state.kind === 'expired') {
          await interaction.reply(toPayload(formatError(EXPIRED)));
        } else if (state.kind === 'context') {
          const archive = this.options.store.archive;
          const view = archive.article(state.articleId);
          const paragraphs = archive.context(state.articleId, state.paragraph, 2);
          await interaction.reply(
            toPayload(formatContext(view?.article, paragraphs, state.paragraph)),
          );
        } else if (state.owner !== interaction.user.id) {
          await interaction.reply(toPayload(formatError(NOT_YOURS)));
        } else {
          const command = findCommand(state.command);
          if (!command?.paging)
            return void (await interaction.reply(toPayload(formatError(EXPIRED))));
          await interaction.deferUpdate();
          const reply = await command.run(
            command.paging.fromState(state.args),
            this.context(interaction),
            state.page,
          );
          await interaction.editReply(withoutFlags(toPayload(reply)));
        }
      } catch (error) {
        this.options.logger.error({ err: error, customId: interaction.customId }, 'button failed');
      }
    });
  }

  /** A message that mentions the bot: the rest of its text is a question. */
  async handleMention(message: MentionMessageLike, botUserId: string): Promise<void> {
    if (message.author.bot) return;
    await this.track(message.id, async () => {
      const question = message.content
        .replace(/<@!?\d+>/g, ' ')
        .replace(/\s+/g, ' ')
        .trim();
      try {
        const wait = this.options.cooldown.take(message.author.id);
        if (wait > 0) return;
        const context = this.context({
          user: message.author,
          member: null,
          memberPermissions: null,
        });
        const reply = question
          ? answerQuestion(question.slice(0, 300), context)
          : findCommand('help')?.run({} as never, context, 0);
        if (reply) await message.reply(withoutFlags(toPayload(await reply)));
      } catch (error) {
        this.options.logger.error(
          { err: error, messageId: message.id, botUserId },
          'mention failed',
        );
        await message.reply(withoutFlags(toPayload(formatError(FAILED)))).catch(() => undefined);
      }
    });
  }

  private context(
    interaction: Pick<BaseInteraction, 'user' | 'member' | 'memberPermissions'>,
  ): CommandContext {
    return {
      store: this.options.store,
      userId: interaction.user.id,
      isAdmin: isAdmin(
        { permissions: interaction.memberPermissions, roleIds: memberRoleIds(interaction.member) },
        this.options.adminRoleIds,
      ),
      ids: this.options.ids,
      now: this.now,
    };
  }

  /** Sends the reply; after a defer it edits the deferred message, whose visibility is already set. */
  private async send(interaction: CommandInteractionLike, reply: Reply): Promise<void> {
    const payload = toPayload(reply);
    if (interaction.deferred || interaction.replied) {
      await interaction.editReply(withoutFlags(payload));
    } else {
      await interaction.reply(payload);
    }
  }

  /** Errors are short and ephemeral; a public "thinking…" is removed rather than left hanging. */
  private async fail(interaction: CommandInteractionLike, error: unknown): Promise<void> {
    const known = error instanceof UserError;
    if (!known)
      this.options.logger.error({ err: error, command: interaction.commandName }, 'command failed');
    const reply = formatError(known ? error.message : FAILED);
    try {
      if (!interaction.deferred)
        return await interaction.reply(toPayload(reply)).then(() => undefined);
      const ephemeral = interaction.options.getBoolean('private') ?? false;
      if (ephemeral)
        return await interaction.editReply(withoutFlags(toPayload(reply))).then(() => undefined);
      await interaction.deleteReply();
      await interaction.followUp(toPayload(reply));
    } catch (sendError) {
      this.options.logger.warn({ err: sendError }, 'could not send the error reply');
    }
  }

  private async track(id: string, work: () => Promise<void>): Promise<void> {
    this.inFlight += 1;
    try {
      await work();
    } catch (error) {
      this.options.logger.error({ err: error, id }, 'reply failed');
    } finally {
      this.inFlight -= 1;
      if (this.inFlight === 0) for (const resolve of this.idleWaiters.splice(0)) resolve();
    }
  }
}
