import { PermissionFlagsBits } from 'discord.js';
import { pino } from 'pino';
import type { ArchiveReader, ArchiveSource } from '../../src/commands/types.js';
import { Cooldown } from '../../src/discord/cooldown.js';
import { CustomIdCodec } from '../../src/discord/custom-id.js';
import type { EditPayload, MessagePayload } from '../../src/discord/respond.js';
import {
  InteractionRouter,
  type AutocompleteInteractionLike,
  type ButtonInteractionLike,
  type CommandInteractionLike,
} from '../../src/discord/router.js';
import type { ReindexReport } from '../../src/search/types.js';

export type Sent =
  | { kind: 'reply'; payload: MessagePayload }
  | { kind: 'defer'; ephemeral: boolean }
  | { kind: 'edit'; payload: EditPayload }
  | { kind: 'delete' }
  | { kind: 'followUp'; payload: MessagePayload }
  | { kind: 'deferUpdate' };

let nextId = 1;

interface Who {
  userId?: string;
  manageGuild?: boolean;
  roles?: string[];
}

function base(who: Who) {
  return {
    id: String(nextId++),
    user: { id: who.userId ?? '111111111111111111' },
    member: { roles: who.roles ?? [] },
    memberPermissions: {
      has: (permission: bigint) =>
        permission === PermissionFlagsBits.ManageGuild && who.manageGuild === true,
    },
  };
}

/** A chat-input interaction double that records what the bot sends, as discord.js would receive it. */
export function commandInteraction(
  commandName: string,
  options: Record<string, string | boolean>,
  who: Who = {},
): CommandInteractionLike & { sent: Sent[] } {
  const sent: Sent[] = [];
  const interaction = {
    ...base(who),
    commandName,
    sent,
    deferred: false,
    replied: false,
    options: {
      getString: (name: string) =>
        typeof options[name] === 'string' ? (options[name] as string) : null,
      getBoolean: (name: string) =>
        typeof options[name] === 'boolean' ? (options[name] as boolean) : null,
    },
    async deferReply(o: { flags?: number }) {
      interaction.deferred = true;
      sent.push({ kind: 'defer', ephemeral: o.flags === 64 });
    },
    async reply(payload: MessagePayload) {
      interaction.replied = true;
      sent.push({ kind: 'reply', payload });
    },
    async editReply(payload: EditPayload) {
      sent.push({ kind: 'edit', payload });
    },
    async deleteReply() {
      sent.push({ kind: 'delete' });
    },
    async followUp(payload: MessagePayload) {
      sent.push({ kind: 'followUp', payload });
    },
  };
  return interaction;
}

export function autocompleteInteraction(
  commandName: string,
  focused: { name: string; value: string },
): AutocompleteInteractionLike & { choices: Array<{ name: string; value: string }> | null } {
  const interaction = {
    ...base({}),
    commandName,
    choices: null as Array<{ name: string; value: string }> | null,
    options: { getFocused: () => focused },
    async respond(choices: Array<{ name: string; value: string }>) {
      interaction.choices = choices;
    },
  };
  return interaction;
}

export function buttonInteraction(
  customId: string,
  who: Who = {},
): ButtonInteractionLike & { sent: Sent[] } {
  const sent: Sent[] = [];
  return {
    ...base(who),
    customId,
    sent,
    async reply(payload: MessagePayload) {
      sent.push({ kind: 'reply', payload });
    },
    async deferUpdate() {
      sent.push({ kind: 'deferUpdate' });
    },
    async editReply(payload: EditPayload) {
      sent.push({ kind: 'edit', payload });
    },
  };
}

/** A store whose reindex waits until the test lets it finish. */
export class StoreDouble implements ArchiveSource {
  reindexing = false;
  reindexCalls = 0;
  private finish: ((report: ReindexReport) => void) | null = null;

  constructor(public archive: ArchiveReader) {}

  reindex(): Promise<ReindexReport> {
    if (this.reindexing)
      return Promise.reject(Object.assign(new Error('busy'), { name: 'ReindexBusyError' }));
    this.reindexCalls += 1;
    this.reindexing = true;
    return new Promise((resolve) => {
      this.finish = (report) => {
        this.reindexing = false;
        resolve(report);
      };
    });
  }

  completeReindex(report: ReindexReport): void {
    this.finish?.(report);
  }
}

export function makeRouter(
  store: ArchiveSource,
  options: { cooldownSeconds?: number; adminRoleIds?: string[] } = {},
) {
  const logs: string[] = [];
  const logger = pino({ level: 'debug' }, { write: (line: string) => void logs.push(line) });
  const router = new InteractionRouter({
    store,
    ids: new CustomIdCodec(),
    cooldown: new Cooldown(options.cooldownSeconds ?? 0),
    logger,
    adminRoleIds: options.adminRoleIds ?? [],
    now: () => new Date('2024-05-20T12:00:00Z'),
  });
  return { router, logs };
}

/** The last message the user would see. */
export function lastShown(sent: Sent[]): MessagePayload | EditPayload | undefined {
  const shown = sent.filter(
    (s) => s.kind === 'reply' || s.kind === 'edit' || s.kind === 'followUp',
  );
  const last = shown.at(-1);
  return last && 'payload' in last ? last.payload : undefined;
}
