/**
 * The fake's little world: one bot, one guild (or a few) with one text
 * channel each, a few users with roles, and the messages posted so far. It
 * renders them as the JSON objects Discord sends, with the fields discord.js
 * 14 reads. Every user is a member of every guild, with the same roles; only
 * the @everyone role differs, as its id is the guild's.
 */
import type { JsonObject } from './limits.js';

const DISCORD_EPOCH = 1_420_070_400_000n;

/** Makes Discord-style snowflakes: time-ordered, unique within this process. */
export class SnowflakeGenerator {
  private increment = 0n;

  next(): string {
    this.increment = (this.increment + 1n) & 0xfffn;
    return (
      ((BigInt(Date.now()) - DISCORD_EPOCH) << 22n) |
      (1n << 17n) |
      this.increment
    ).toString();
  }

  /**
   * A snowflake that shard `shard` of `count` owns: Discord gives a guild to the
   * shard `(guild_id >> 22) % count`, and bits 22 and up are the timestamp.
   */
  nextForShard(shard: number, count: number): string {
    this.increment = (this.increment + 1n) & 0xfffn;
    const n = BigInt(count);
    let timestamp = BigInt(Date.now()) - DISCORD_EPOCH;
    // Step back (never forward, so ids stay in the past) to the nearest millisecond the shard owns.
    timestamp -= (((timestamp - BigInt(shard)) % n) + n) % n;
    return ((timestamp << 22n) | (1n << 17n) | this.increment).toString();
  }
}

/** The shard of `count` that Discord sends a guild's events to. */
export function shardOfGuild(guildId: string, count: number): number {
  return Number((BigInt(guildId) >> 22n) % BigInt(count));
}

export const Permission = {
  CreateInstantInvite: 1n << 0n,
  Administrator: 1n << 3n,
  ManageGuild: 1n << 5n,
  AddReactions: 1n << 6n,
  ViewChannel: 1n << 10n,
  SendMessages: 1n << 11n,
  EmbedLinks: 1n << 14n,
  AttachFiles: 1n << 15n,
  ReadMessageHistory: 1n << 16n,
  UseExternalEmojis: 1n << 18n,
  ChangeNickname: 1n << 26n,
  UseApplicationCommands: 1n << 31n,
} as const;

const ALL_PERMISSIONS = (1n << 53n) - 1n;

const EVERYONE_PERMISSIONS =
  Permission.CreateInstantInvite |
  Permission.AddReactions |
  Permission.ViewChannel |
  Permission.SendMessages |
  Permission.EmbedLinks |
  Permission.AttachFiles |
  Permission.ReadMessageHistory |
  Permission.UseExternalEmojis |
  Permission.ChangeNickname |
  Permission.UseApplicationCommands;

export interface FakeRole {
  id: string;
  name: string;
  permissions: bigint;
  position: number;
  /** The bot's own integration role. */
  managed: boolean;
}

export interface FakeUser {
  id: string;
  username: string;
  bot: boolean;
  roleIds: string[];
}

export interface FakeChannel {
  id: string;
  name: string;
  guildId: string;
}

export interface FakeGuild {
  id: string;
  name: string;
  /** Its one text channel. */
  channel: FakeChannel;
}

/** A message as the fake stores it: the fields a bot sends, plus bookkeeping. */
export interface StoredMessage {
  id: string;
  channelId: string;
  authorId: string;
  content: string;
  embeds: JsonObject[];
  components: JsonObject[];
  flags: number;
  allowedMentions: JsonObject | null;
  attachments: Array<{ id: string; filename: string; size: number }>;
  messageReference: JsonObject | null;
  mentions: string[];
  /** Set on messages made through an interaction's webhook. */
  interactionId: string | null;
  createdAt: number;
  editedAt: number | null;
  deleted: boolean;
}

/** What a test sees of a message: the payload Discord received, in Discord's own field names. */
export interface SentMessage {
  id: string;
  channel_id: string;
  content: string;
  embeds: JsonObject[];
  components: JsonObject[];
  allowed_mentions: JsonObject | null;
  flags: number;
  attachments: Array<{ filename: string; size: number }>;
  message_reference: JsonObject | null;
  edited: boolean;
  deleted: boolean;
}

export const MessageFlag = { Ephemeral: 1 << 6, Loading: 1 << 7 } as const;

export interface WorldOptions {
  botName?: string;
  guildName?: string;
  channelName?: string;
  /** How many guilds the bot is in (default 1). */
  guilds?: number;
  /**
   * The shard count guild ids are spread over: guild i is owned by shard i % shardCount
   * (default: the number of guilds, so with as many shards each owns one).
   */
  shardCount?: number;
}

export class World {
  readonly ids = new SnowflakeGenerator();
  readonly applicationId: string;
  readonly bot: FakeUser;
  /** The first guild's id and channel: where everything happens unless a guild is named. */
  readonly guildId: string;
  readonly guildName: string;
  readonly channel: FakeChannel;
  readonly guilds: FakeGuild[] = [];
  readonly roles = new Map<string, FakeRole>();
  readonly users = new Map<string, FakeUser>();
  readonly messages = new Map<string, StoredMessage>();
  readonly everyoneRole: FakeRole;
  readonly adminRole: FakeRole;
  readonly botRole: FakeRole;
  readonly owner: FakeUser;
  readonly admin: FakeUser;
  readonly member: FakeUser;
  private readonly startedAt = new Date().toISOString();

  constructor(options: WorldOptions = {}) {
    const guildCount = Math.max(1, options.guilds ?? 1);
    const shardCount = Math.max(1, options.shardCount ?? guildCount);
    this.applicationId = this.ids.next();
    this.guildId = shardCount > 1 ? this.ids.nextForShard(0, shardCount) : this.ids.next();
    this.guildName = options.guildName ?? 'Archivist Test Server';
    this.channel = {
      id: this.ids.next(),
      name: options.channelName ?? 'general',
      guildId: this.guildId,
    };
    this.guilds.push({ id: this.guildId, name: this.guildName, channel: this.channel });
    // The @everyone role shares the guild's id, as on Discord.
    this.everyoneRole = this.putRole({
      id: this.guildId,
      name: '@everyone',
      permissions: EVERYONE_PERMISSIONS,
      position: 0,
      managed: false,
    });
    this.adminRole = this.addRole('Archive Admin', Permission.ManageGuild);
    this.botRole = this.putRole({
      id: this.ids.next(),
      name: options.botName ?? 'Archivist',
      permissions: EVERYONE_PERMISSIONS,
      position: 2,
      managed: true,
    });
    this.bot = this.putUser({
      id: this.applicationId,
      username: options.botName ?? 'Archivist',
      bot: true,
      roleIds: [this.botRole.id],
    });
    this.owner = this.addUser('owner');
    this.admin = this.addUser('admin', [this.adminRole.id]);
    this.member = this.addUser('member');
    for (let i = 1; i < guildCount; i += 1) {
      const id = this.ids.nextForShard(i % shardCount, shardCount);
      const channel = { id: this.ids.next(), name: this.channel.name, guildId: id };
      this.guilds.push({ id, name: `${this.guildName} ${i + 1}`, channel });
    }
  }

  guild(id: string): FakeGuild | undefined {
    return this.guilds.find((guild) => guild.id === id);
  }

  channelById(id: string): FakeChannel | undefined {
    return this.guilds.find((guild) => guild.channel.id === id)?.channel;
  }

  /** The guild's roles; its @everyone role carries the guild's id. */
  guildRolesJson(guild: FakeGuild = this.guilds[0]!): JsonObject[] {
    return [...this.roles.values()].map((role) =>
      role === this.everyoneRole ? { ...this.roleJson(role), id: guild.id } : this.roleJson(role),
    );
  }

  addRole(name: string, permissions: bigint): FakeRole {
    return this.putRole({
      id: this.ids.next(),
      name,
      permissions,
      position: this.roles.size,
      managed: false,
    });
  }

  addUser(username: string, roleIds: string[] = [], bot = false): FakeUser {
    for (const roleId of roleIds) {
      if (!this.roles.has(roleId))
        throw new Error(`unknown role id ${roleId} for user ${username}`);
    }
    return this.putUser({ id: this.ids.next(), username, bot, roleIds: [...roleIds] });
  }

  private putRole(role: FakeRole): FakeRole {
    this.roles.set(role.id, role);
    return role;
  }

  private putUser(user: FakeUser): FakeUser {
    this.users.set(user.id, user);
    return user;
  }

  /** Guild-level permissions; the owner and Administrator holders have them all. */
  permissionsOf(user: FakeUser): bigint {
    if (user.id === this.owner.id) return ALL_PERMISSIONS;
    let permissions = this.everyoneRole.permissions;
    for (const roleId of user.roleIds) permissions |= this.roles.get(roleId)?.permissions ?? 0n;
    return (permissions & Permission.Administrator) !== 0n ? ALL_PERMISSIONS : permissions;
  }

  userJson(user: FakeUser): JsonObject {
    return {
      id: user.id,
      username: user.username,
      global_name: user.bot ? null : user.username,
      discriminator: '0',
      avatar: null,
      bot: user.bot,
      system: false,
      public_flags: 0,
    };
  }

  memberJson(user: FakeUser): JsonObject {
    return {
      user: this.userJson(user),
      nick: null,
      avatar: null,
      roles: [...user.roleIds],
      joined_at: this.startedAt,
      premium_since: null,
      deaf: false,
      mute: false,
      flags: 0,
      pending: false,
      communication_disabled_until: null,
    };
  }

  roleJson(role: FakeRole): JsonObject {
    return {
      id: role.id,
      name: role.name,
      color: 0,
      colors: { primary_color: 0, secondary_color: null, tertiary_color: null },
      hoist: false,
      icon: null,
      unicode_emoji: null,
      position: role.position,
      permissions: role.permissions.toString(),
      managed: role.managed,
      mentionable: false,
      flags: 0,
      ...(role.managed ? { tags: { bot_id: this.bot.id } } : {}),
    };
  }

  channelJson(channel: FakeChannel = this.channel): JsonObject {
    return {
      id: channel.id,
      type: 0,
      guild_id: channel.guildId,
      name: channel.name,
      position: 0,
      permission_overwrites: [],
      topic: null,
      nsfw: false,
      last_message_id: null,
      rate_limit_per_user: 0,
      parent_id: null,
      flags: 0,
    };
  }

  guildJson(guild: FakeGuild = this.guilds[0]!): JsonObject {
    const members = [...this.users.values()];
    return {
      id: guild.id,
      name: guild.name,
      icon: null,
      splash: null,
      discovery_splash: null,
      owner_id: this.owner.id,
      afk_channel_id: null,
      afk_timeout: 300,
      verification_level: 0,
      default_message_notifications: 0,
      explicit_content_filter: 0,
      roles: this.guildRolesJson(guild),
      emojis: [],
      stickers: [],
      features: [],
      mfa_level: 0,
      application_id: null,
      system_channel_id: guild.channel.id,
      system_channel_flags: 0,
      rules_channel_id: null,
      max_members: 500_000,
      vanity_url_code: null,
      description: null,
      banner: null,
      premium_tier: 0,
      premium_subscription_count: 0,
      preferred_locale: 'en-US',
      public_updates_channel_id: null,
      nsfw_level: 0,
      premium_progress_bar_enabled: false,
      safety_alerts_channel_id: null,
      // Gateway-only fields of GUILD_CREATE.
      joined_at: this.startedAt,
      large: false,
      unavailable: false,
      member_count: members.length,
      voice_states: [],
      members: members.map((user) => this.memberJson(user)),
      channels: [this.channelJson(guild.channel)],
      threads: [],
      presences: [],
      stage_instances: [],
      guild_scheduled_events: [],
      soundboard_sounds: [],
    };
  }

  applicationJson(): JsonObject {
    return {
      id: this.applicationId,
      name: this.bot.username,
      icon: null,
      description: 'Fake application for local testing',
      bot_public: false,
      bot_require_code_grant: false,
      verify_key: '0'.repeat(64),
      flags: 0,
      team: null,
      owner: this.userJson(this.owner),
      bot: this.userJson(this.bot),
    };
  }

  messageJson(message: StoredMessage): JsonObject {
    const author = this.users.get(message.authorId) ?? this.bot;
    const json: JsonObject = {
      id: message.id,
      channel_id: message.channelId,
      guild_id: this.channelById(message.channelId)?.guildId ?? this.guildId,
      author: this.userJson(author),
      content: message.content,
      timestamp: new Date(message.createdAt).toISOString(),
      edited_timestamp: message.editedAt === null ? null : new Date(message.editedAt).toISOString(),
      tts: false,
      mention_everyone: false,
      mentions: message.mentions.flatMap((id) => {
        const user = this.users.get(id);
        return user ? [{ ...this.userJson(user), member: this.memberJson(user) }] : [];
      }),
      mention_roles: [],
      attachments: message.attachments.map((file) => ({
        ...file,
        url: `https://cdn.invalid/${file.id}/${file.filename}`,
        proxy_url: `https://cdn.invalid/${file.id}/${file.filename}`,
      })),
      embeds: message.embeds,
      components: message.components,
      pinned: false,
      type: message.messageReference ? 19 : 0,
      flags: message.flags,
    };
    if (message.messageReference) json.message_reference = message.messageReference;
    if (!author.bot) json.member = this.memberJson(author);
    if (message.interactionId !== null) {
      json.webhook_id = this.applicationId;
      json.application_id = this.applicationId;
    }
    return json;
  }

  view(message: StoredMessage): SentMessage {
    return {
      id: message.id,
      channel_id: message.channelId,
      content: message.content,
      embeds: message.embeds,
      components: message.components,
      allowed_mentions: message.allowedMentions,
      flags: message.flags,
      attachments: message.attachments.map(({ filename, size }) => ({ filename, size })),
      message_reference: message.messageReference,
      edited: message.editedAt !== null,
      deleted: message.deleted,
    };
  }

  createMessage(
    fields: Partial<StoredMessage> & { channelId: string; authorId: string },
  ): StoredMessage {
    const message: StoredMessage = {
      id: this.ids.next(),
      content: '',
      embeds: [],
      components: [],
      flags: 0,
      allowedMentions: null,
      attachments: [],
      messageReference: null,
      mentions: [],
      interactionId: null,
      createdAt: Date.now(),
      editedAt: null,
      deleted: false,
      ...fields,
    };
    this.messages.set(message.id, message);
    return message;
  }
}

/** Applies the fields a create or edit body carries; fields it omits keep their value, as on Discord. */
export function applyMessageBody(
  message: StoredMessage,
  body: JsonObject,
  files: Array<{ filename: string; size: number }>,
  ids: SnowflakeGenerator,
): void {
  if (typeof body.content === 'string' || body.content === null)
    message.content = body.content ?? '';
  if (Array.isArray(body.embeds) || body.embeds === null)
    message.embeds = (body.embeds ?? []) as JsonObject[];
  if (Array.isArray(body.components) || body.components === null) {
    message.components = (body.components ?? []) as JsonObject[];
  }
  if (body.allowed_mentions !== undefined)
    message.allowedMentions = body.allowed_mentions as JsonObject | null;
  if (typeof body.flags === 'number') {
    // Ephemerality is fixed when the message is created; loading is cleared by any edit.
    const fixed = MessageFlag.Ephemeral | MessageFlag.Loading;
    message.flags = (message.flags & MessageFlag.Ephemeral) | (body.flags & ~fixed);
  } else {
    message.flags &= ~MessageFlag.Loading;
  }
  if (Array.isArray(body.attachments) || files.length > 0) {
    const kept = Array.isArray(body.attachments)
      ? message.attachments.filter((old) =>
          (body.attachments as JsonObject[]).some((a) => a.id === old.id),
        )
      : message.attachments;
    message.attachments = [...kept, ...files.map((file) => ({ id: ids.next(), ...file }))];
  }
}
