/**
 * A fake Discord on 127.0.0.1 that an unmodified discord.js 14 client logs
 * into: REST under /api/v10 and a JSON gateway. Tests and `npm run local`
 * drive it as a user would: run a slash command, pick an autocomplete
 * choice, press a button, mention the bot; and read back what the bot sent.
 *
 *   const fake = await FakeDiscord.start();
 *   const client = new Client({ intents, rest: { api: fake.restApiUrl } });
 *   await client.login(fake.token);
 *   const outcome = await fake.slash('whosaid', { phrase: 'nuclear war' });
 *
 * Sharding as Discord does it: `FakeDiscord.start({ guilds: 2, shards: 2 })`
 * holds two guilds, one per shard of two; GET /gateway/bot recommends 2 shards,
 * a client identifying with `shard: [id, 2]` is sent only its guild, and an
 * interaction or message in a guild (`{ guild: fake.guildIds[1] }`) goes to the
 * shard that owns it.
 */
import { randomBytes } from 'node:crypto';
import { EventEmitter, once } from 'node:events';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { FakeGateway, type GatewayEvents, type GatewayFrame } from './gateway.js';
import type { JsonObject } from './limits.js';
import {
  TrackedInteraction,
  type InteractionKind,
  type InteractionOutcome,
  type RecordedCall,
  type Violation,
} from './outcomes.js';
import { RestApi, type FaultRule } from './rest.js';
import {
  shardOfGuild,
  World,
  type FakeGuild,
  type FakeRole,
  type FakeUser,
  type SentMessage,
  type StoredMessage,
} from './world.js';

export type { FormError, JsonObject } from './limits.js';
export { LIMITS } from './limits.js';
export type { InteractionOutcome, RecordedCall, Violation } from './outcomes.js';
export type { FaultRule } from './rest.js';
export type { GatewayFrame } from './gateway.js';
export { GatewayOp } from './gateway.js';
export { Permission, shardOfGuild } from './world.js';
export type { FakeRole, FakeUser, SentMessage } from './world.js';

export interface FakeDiscordOptions {
  /** Sent in Hello. Discord uses 41250; tests may shorten it to exercise heartbeats. */
  heartbeatIntervalMs?: number;
  /** Time allowed between an interaction and its callback; Discord allows 3 s. */
  interactionDeadlineMs?: number;
  /** Default time an interaction or mention may take to settle before its promise rejects. */
  settleTimeoutMs?: number;
  /** Default quiet period after the answer during which follow-ups still count. */
  quietMs?: number;
  /** Time to wait for a client to be logged in before a driver call gives up. */
  readyTimeoutMs?: number;
  botName?: string;
  guildName?: string;
  channelName?: string;
  /** How many guilds the bot is in (default 1); each has one text channel. */
  guilds?: number;
  /**
   * The shard count GET /gateway/bot recommends (default 1). Guild i is given an id that
   * shard i % shards owns (i % guilds when shards is not given), so with as many shards as
   * guilds each shard owns one.
   */
  shards?: number;
}

export interface ActOptions {
  /** Who acts; the plain member by default. */
  user?: FakeUser;
  /** Sends the interaction from the user's direct messages with the bot: no guild, no member. */
  dm?: boolean;
  /** The id of the guild it happens in (in its channel); the first guild by default. */
  guild?: string;
  timeoutMs?: number;
  quietMs?: number;
}

export type OptionValue = string | number | boolean;

export interface MentionOutcome {
  /** The user's message as the bot received it. */
  message: SentMessage;
  /** What the bot posted in the channel in reply, in its final state. */
  replies: SentMessage[];
}

/** Discord's intent bits that decide which message events and fields a client gets. */
const INTENT_GUILD_MESSAGES = 1 << 9;
const INTENT_MESSAGE_CONTENT = 1 << 15;

const OPTION_TYPE = { String: 3, Integer: 4, Boolean: 5, Number: 10 } as const;

interface ChannelWaiter {
  since: number;
  ids: string[];
  touch: () => void;
}

export class FakeDiscord {
  readonly token: string;
  private readonly world: World;
  private readonly gateway: FakeGateway;
  private readonly rest: RestApi;
  private readonly interactions = new Map<string, TrackedInteraction>();
  private readonly interactionsByToken = new Map<string, TrackedInteraction>();
  private readonly channelWaiters = new Set<ChannelWaiter>();
  private readonly pendingWaits = new Set<() => void>();
  private readonly settings: Required<
    Pick<FakeDiscordOptions, 'settleTimeoutMs' | 'quietMs' | 'readyTimeoutMs'>
  >;
  private port = 0;

  private constructor(
    private readonly server: Server,
    options: FakeDiscordOptions,
  ) {
    this.world = new World({
      ...options,
      ...(options.shards === undefined ? {} : { shardCount: options.shards }),
    });
    this.token = `${Buffer.from(this.world.applicationId).toString('base64url')}.${randomBytes(4).toString('base64url')}.${randomBytes(27).toString('base64url')}`;
    this.settings = {
      settleTimeoutMs: options.settleTimeoutMs ?? 5000,
      quietMs: options.quietMs ?? 150,
      readyTimeoutMs: options.readyTimeoutMs ?? 10_000,
    };
    this.gateway = new FakeGateway({
      token: this.token,
      heartbeatIntervalMs: options.heartbeatIntervalMs ?? 41_250,
      gatewayUrl: () => this.gatewayUrl,
      newSessionId: () => randomBytes(16).toString('hex'),
      readyPayload: (sessionId, shard) => this.readyPayload(sessionId, shard),
      guildIds: () => this.world.guilds.map((guild) => guild.id),
      guildCreatePayload: (guildId) => this.world.guildJson(this.world.guild(guildId)),
      // Every user is a member of every guild.
      guildMembers: () => [...this.world.users.values()].map((user) => this.world.memberJson(user)),
      guildId: this.world.guildId,
    });
    this.rest = new RestApi({
      world: this.world,
      token: this.token,
      gateway: this.gateway,
      gatewayUrl: () => this.gatewayUrl,
      recommendedShards: options.shards ?? 1,
      interactionDeadlineMs: options.interactionDeadlineMs ?? 3000,
      interactionById: (id) => this.interactions.get(id),
      interactionByToken: (token) => this.interactionsByToken.get(token),
      onChannelMessage: (message) => this.onChannelMessage(message),
    });
  }

  /** Starts the fake on 127.0.0.1 on a free port. */
  static async start(options: FakeDiscordOptions = {}): Promise<FakeDiscord> {
    const server = createServer();
    const fake = new FakeDiscord(server, options);
    server.on('request', (request, response) => void fake.rest.handle(request, response));
    server.on('upgrade', (request, socket, head: Buffer) => {
      if ((request.url ?? '').startsWith('/gateway'))
        fake.gateway.handleUpgrade(request, socket, head);
      else socket.destroy();
    });
    server.listen(0, '127.0.0.1');
    await once(server, 'listening');
    fake.port = (server.address() as AddressInfo).port;
    return fake;
  }

  /** Pass as discord.js `rest: { api }` (or @discordjs/rest `api`). */
  get restApiUrl(): string {
    return `http://127.0.0.1:${this.port}/api`;
  }

  get gatewayUrl(): string {
    return `ws://127.0.0.1:${this.port}/gateway`;
  }

  get applicationId(): string {
    return this.world.applicationId;
  }

  get guildId(): string {
    return this.world.guildId;
  }

  get channelId(): string {
    return this.world.channel.id;
  }

  /** Every guild's id, the first guild's first. */
  get guildIds(): string[] {
    return this.world.guilds.map((guild) => guild.id);
  }

  /** The text channel of a guild. */
  channelIdOf(guildId: string): string {
    return this.requireGuild(guildId).channel.id;
  }

  /** Each shard's current session and the guilds it is sent. */
  get shards(): Array<{ sessionId: string; shard: [number, number]; guildIds: string[] }> {
    return this.gateway.shards;
  }

  get botUser(): FakeUser {
    return this.world.bot;
  }

  /** Ready-made users: `member` (no roles), `admin` (Manage Server through the admin role), `owner` (owns the guild). */
  get users(): { member: FakeUser; admin: FakeUser; owner: FakeUser } {
    return { member: this.world.member, admin: this.world.admin, owner: this.world.owner };
  }

  get roles(): { everyone: FakeRole; admin: FakeRole; bot: FakeRole } {
    return {
      everyone: this.world.everyoneRole,
      admin: this.world.adminRole,
      bot: this.world.botRole,
    };
  }

  /** Adds a guild member. Call before the client logs in, or it will not be in the client's cache. */
  addUser(username: string, options: { roles?: FakeRole[] } = {}): FakeUser {
    return this.world.addUser(
      username,
      (options.roles ?? []).map((role) => role.id),
    );
  }

  addRole(name: string, permissions: bigint): FakeRole {
    return this.world.addRole(name, permissions);
  }

  /** A user's guild permissions, as sent in interactions' `member.permissions`. */
  permissionsOf(user: FakeUser): bigint {
    return this.world.permissionsOf(user);
  }

  /** Every REST call so far, in order. */
  get calls(): readonly RecordedCall[] {
    return this.rest.calls;
  }

  /** Every call the fake rejected as Discord would (bad payload, double acknowledgement, late callback...). */
  get violations(): readonly Violation[] {
    return this.rest.violations;
  }

  /** Calls to routes the fake does not know (answered 404). */
  get unknownRoutes(): readonly RecordedCall[] {
    return this.rest.unknownRoutes;
  }

  /** Gateway frames both ways (op, event name, sequence). */
  get gatewayFrames(): readonly GatewayFrame[] {
    return this.gateway.frames;
  }

  /** True while a client session is live on an open socket. */
  get connected(): boolean {
    return this.gateway.connected;
  }

  /** Intents the client identified with. */
  get intents(): number {
    return this.gateway.intents;
  }

  /** Registered commands: a guild's (the first guild's by default), or the global ones. */
  commands(scope: 'guild' | 'global' = 'guild', guildId = this.world.guildId): JsonObject[] {
    return this.rest.registeredCommands(scope === 'guild' ? guildId : null);
  }

  /** Throws one readable error listing every violation so far. */
  assertNoViolations(): void {
    const violations = this.rest.violations;
    if (violations.length === 0) return;
    const lines = violations.map(
      (v) =>
        `${v.method} ${v.path} -> ${v.status} ${v.code} ${v.message}${v.errors.map((e) => `\n    ${e.path}: ${e.message}`).join('')}`,
    );
    throw new Error(`fake Discord rejected ${violations.length} call(s):\n  ${lines.join('\n  ')}`);
  }

  /** Resolves once a client has identified (or resumed) and is connected. */
  waitForReady(timeoutMs = this.settings.readyTimeoutMs): Promise<void> {
    return this.gateway.waitForReady(timeoutMs);
  }

  /** Resolves with the next gateway event of that kind. */
  nextGatewayEvent<K extends keyof GatewayEvents>(
    event: K,
    timeoutMs = this.settings.readyTimeoutMs,
  ): Promise<GatewayEvents[K][0]> {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.gateway.off(event, listener as never);
        reject(new Error(`fake Discord: no gateway ${event} within ${timeoutMs} ms`));
      }, timeoutMs);
      const listener = (payload: GatewayEvents[K][0]) => {
        clearTimeout(timer);
        resolve(payload);
      };
      (this.gateway as EventEmitter).once(event, listener);
    });
  }

  /** Answer the next matching REST call(s) with 429 and rate-limit headers. */
  rateLimitNext(rule: FaultRule & { retryAfterSeconds?: number; global?: boolean } = {}): void {
    this.rest.addFault(
      'rate-limit',
      rule,
      429,
      rule.retryAfterSeconds ?? 0.2,
      rule.global ?? false,
    );
  }

  /** Answer the next matching REST call(s) with a 5xx. */
  failNext(rule: FaultRule & { status?: number } = {}): void {
    this.rest.addFault('server-error', rule, rule.status ?? 500, 0, false);
  }

  /** Closes the client's socket; the default code 4000 is resumable. */
  closeSocket(code?: number): void {
    this.gateway.closeSocket(code);
  }

  /** Sends RECONNECT (op 7). */
  sendReconnect(): void {
    this.gateway.sendReconnect();
  }

  /** Sends INVALID_SESSION (op 9). */
  sendInvalidSession(resumable: boolean): void {
    this.gateway.sendInvalidSession(resumable);
  }

  /** Runs a slash command and resolves with its settled outcome. */
  async slash(
    name: string,
    options: Record<string, OptionValue> = {},
    act: ActOptions = {},
  ): Promise<InteractionOutcome> {
    const command = this.commandData(name, options, null, this.placeOf(act));
    return this.interact('command', `/${name}`, { type: 2, data: command }, null, act);
  }

  /** Types into an autocomplete option and resolves with the choices the bot offered. */
  async autocomplete(
    name: string,
    options: Record<string, OptionValue>,
    act: ActOptions & { focused?: string } = {},
  ): Promise<Array<{ name: string; value: string | number }>> {
    const focused = act.focused ?? Object.keys(options).at(-1);
    if (focused === undefined || !(focused in options)) {
      throw new Error(
        `autocomplete /${name}: say which option is focused (one of the options given)`,
      );
    }
    const command = this.commandData(name, options, focused, this.placeOf(act));
    const outcome = await this.interact(
      'autocomplete',
      `autocomplete /${name} ${focused}`,
      { type: 4, data: command },
      null,
      act,
    );
    if (!outcome.choices)
      throw new Error(
        `autocomplete /${name}: the bot answered with callback type ${outcome.callback?.type}, not choices`,
      );
    return outcome.choices;
  }

  /** Presses a button on a message the bot sent. */
  async press(
    message: SentMessage | string,
    customId: string,
    act: ActOptions = {},
  ): Promise<InteractionOutcome> {
    const stored = this.componentMessage(message, customId, 2);
    return this.interact(
      'button',
      `button ${customId}`,
      { type: 3, data: { custom_id: customId, component_type: 2 } },
      stored,
      act,
    );
  }

  /** Picks values in a string select menu on a message the bot sent. */
  async select(
    message: SentMessage | string,
    customId: string,
    values: string[],
    act: ActOptions = {},
  ): Promise<InteractionOutcome> {
    const stored = this.componentMessage(message, customId, 3);
    return this.interact(
      'button',
      `select ${customId}`,
      { type: 3, data: { custom_id: customId, component_type: 3, values } },
      stored,
      act,
    );
  }

  /** Posts a message mentioning the bot; resolves with the bot's replies, rejects if none comes. */
  async mention(text: string, act: ActOptions = {}): Promise<MentionOutcome> {
    return this.postMessage(`<@${this.world.bot.id}> ${text}`, [this.world.bot.id], act, true);
  }

  /** Posts a plain message; resolves after a quiet period with whatever the bot posted (often nothing). */
  async say(text: string, act: ActOptions = {}): Promise<MentionOutcome> {
    return this.postMessage(text, [], act, false);
  }

  /** Closes the gateway and HTTP server; pending waits reject. */
  async stop(): Promise<void> {
    for (const tracked of this.interactions.values()) tracked.abort('the fake Discord stopped');
    for (const abort of this.pendingWaits) abort();
    this.pendingWaits.clear();
    await this.gateway.close();
    const closed = new Promise<void>((resolve) => this.server.close(() => resolve()));
    this.server.closeAllConnections();
    await closed;
  }

  private readyPayload(sessionId: string, shard: [number, number]): JsonObject {
    return {
      v: 10,
      user: {
        ...this.world.userJson(this.world.bot),
        verified: true,
        mfa_enabled: false,
        flags: 0,
        email: null,
      },
      user_settings: {},
      guilds: this.world.guilds
        .filter((guild) => shardOfGuild(guild.id, shard[1]) === shard[0])
        .map((guild) => ({ id: guild.id, unavailable: true })),
      session_id: sessionId,
      session_type: 'normal',
      resume_gateway_url: `${this.gatewayUrl}/resume`,
      shard,
      application: { id: this.world.applicationId, flags: 0 },
      private_channels: [],
      presences: [],
      relationships: [],
      guild_join_requests: [],
      geo_ordered_rtc_regions: [],
      auth: {},
    };
  }

  private requireGuild(guildId: string): FakeGuild {
    const guild = this.world.guild(guildId);
    if (!guild) throw new Error(`the fake Discord has no guild ${guildId}`);
    return guild;
  }

  /** The guild an action happens in; null for a direct message. */
  private placeOf(act: ActOptions): FakeGuild | null {
    if (act.dm) return null;
    return this.requireGuild(act.guild ?? this.world.guildId);
  }

  private registeredCommand(name: string, guildId: string): JsonObject | undefined | null {
    const guild = this.rest.registeredCommands(guildId);
    const global = this.rest.registeredCommands(null);
    if (guild.length === 0 && global.length === 0) return null;
    return [...guild, ...global].find(
      (command) => command.name === name && (command.type ?? 1) === 1,
    );
  }

  /** Builds `data` for a command or autocomplete interaction, checking options against the registered definition. */
  private commandData(
    name: string,
    options: Record<string, OptionValue>,
    focused: string | null,
    place: FakeGuild | null,
  ): JsonObject {
    // In direct messages, as before, the first guild's commands count too.
    const guildId = place?.id ?? this.world.guildId;
    const definition = this.registeredCommand(name, guildId);
    if (definition === undefined) {
      const known = [
        ...this.rest.registeredCommands(guildId),
        ...this.rest.registeredCommands(null),
      ].map((c) => `/${String(c.name)}`);
      throw new Error(
        `/${name} is not a registered command (registered: ${known.join(', ') || 'none'})`,
      );
    }
    const defined =
      definition && Array.isArray(definition.options) ? (definition.options as JsonObject[]) : null;
    if (defined?.some((option) => option.type === 1 || option.type === 2)) {
      throw new Error(`/${name} has subcommands, which the fake does not drive yet`);
    }
    const sent = Object.entries(options).map(([optionName, value]) => {
      const spec = defined?.find((option) => option.name === optionName);
      if (defined && !spec) throw new Error(`/${name} has no option "${optionName}"`);
      const type = spec ? Number(spec.type) : inferOptionType(value);
      if (optionName === focused)
        return { name: optionName, type, value: String(value), focused: true };
      checkOptionValue(name, optionName, type, value);
      return { name: optionName, type, value };
    });
    if (defined && focused === null) {
      const missing = defined.filter(
        (option) => option.required === true && !(String(option.name) in options),
      );
      if (missing.length > 0)
        throw new Error(
          `/${name} needs option(s) ${missing.map((o) => String(o.name)).join(', ')}`,
        );
    }
    return {
      id: typeof definition?.id === 'string' ? definition.id : this.world.ids.next(),
      name,
      type: 1,
      ...(definition?.guild_id ? { guild_id: definition.guild_id } : {}),
      options: sent,
    };
  }

  private componentMessage(
    message: SentMessage | string,
    customId: string,
    componentType: number,
  ): StoredMessage {
    const id = typeof message === 'string' ? message : message.id;
    const stored = this.world.messages.get(id);
    if (!stored || stored.deleted) throw new Error(`no message ${id} to interact with`);
    const components = stored.components.flatMap((row) =>
      Array.isArray(row.components) ? (row.components as JsonObject[]) : [],
    );
    const component = components.find((c) => c.custom_id === customId);
    if (!component) {
      const ids = components.map((c) => String(c.custom_id));
      throw new Error(
        `message ${id} has no component "${customId}" (it has: ${ids.join(', ') || 'none'})`,
      );
    }
    if (component.type !== componentType)
      throw new Error(
        `component "${customId}" is of type ${String(component.type)}, not ${componentType}`,
      );
    if (component.disabled === true) throw new Error(`component "${customId}" is disabled`);
    return stored;
  }

  private async interact(
    kind: InteractionKind,
    label: string,
    body: { type: number; data: JsonObject },
    source: StoredMessage | null,
    act: ActOptions,
  ): Promise<InteractionOutcome> {
    const place = this.placeOf(act);
    const dispatchGuild = place?.id ?? null;
    await this.waitForShard(dispatchGuild);
    const user = act.user ?? this.world.member;
    const id = this.world.ids.next();
    const token = Buffer.from(`interaction:${id}:${randomBytes(48).toString('hex')}`).toString(
      'base64url',
    );
    const tracked = new TrackedInteraction(
      id,
      token,
      kind,
      label,
      source?.id ?? null,
      this.world,
      place?.channel.id ?? this.world.channel.id,
    );
    this.interactions.set(id, tracked);
    this.interactionsByToken.set(token, tracked);
    const settled = tracked.settle({
      timeoutMs: act.timeoutMs ?? this.settings.settleTimeoutMs,
      quietMs: act.quietMs ?? this.settings.quietMs,
    });
    this.dispatch(dispatchGuild, 'INTERACTION_CREATE', {
      id,
      application_id: this.world.applicationId,
      type: body.type,
      data: body.data,
      ...(place ? this.guildPlace(user, place) : this.dmPlace(user)),
      token,
      version: 1,
      app_permissions: this.world.permissionsOf(this.world.bot).toString(),
      locale: 'en-US',
      guild_locale: 'en-US',
      entitlements: [],
      attachment_size_limit: 10 * 1024 * 1024,
      ...(source ? { message: this.world.messageJson(source) } : {}),
    });
    return settled;
  }

  /** Where a guild interaction happens: Discord sends the member with their permissions. */
  private guildPlace(user: FakeUser, guild: FakeGuild): JsonObject {
    return {
      guild_id: guild.id,
      guild: { id: guild.id, locale: 'en-US', features: [] },
      channel_id: guild.channel.id,
      channel: this.world.channelJson(guild.channel),
      member: {
        ...this.world.memberJson(user),
        permissions: this.world.permissionsOf(user).toString(),
      },
      authorizing_integration_owners: { '0': guild.id },
      context: 0,
    };
  }

  /** Where a direct-message interaction happens: Discord sends a bare user and no permissions. */
  private dmPlace(user: FakeUser): JsonObject {
    const channelId = this.world.ids.next();
    return {
      channel_id: channelId,
      channel: {
        id: channelId,
        type: 1,
        last_message_id: null,
        flags: 0,
        recipients: [this.world.userJson(user)],
      },
      user: this.world.userJson(user),
      authorizing_integration_owners: { '0': this.world.guildId },
      context: 1,
    };
  }

  private async postMessage(
    content: string,
    mentions: string[],
    act: ActOptions,
    replyRequired: boolean,
  ): Promise<MentionOutcome> {
    const guild = this.requireGuild(act.guild ?? this.world.guildId);
    await this.waitForShard(guild.id);
    const intents = this.intentsFor(guild.id);
    if ((intents & INTENT_GUILD_MESSAGES) === 0) {
      throw new Error(
        'the client did not identify with the GuildMessages intent, so Discord would not send it messages',
      );
    }
    const user = act.user ?? this.world.member;
    const message = this.world.createMessage({
      channelId: guild.channel.id,
      authorId: user.id,
      content,
      mentions,
    });
    const json = this.world.messageJson(message);
    // Without the privileged intent Discord blanks the content, except in messages that mention the bot.
    if ((intents & INTENT_MESSAGE_CONTENT) === 0 && !mentions.includes(this.world.bot.id))
      json.content = '';
    const timeoutMs = act.timeoutMs ?? this.settings.settleTimeoutMs;
    const quietMs = act.quietMs ?? this.settings.quietMs;
    const replies = await new Promise<string[]>((resolve, reject) => {
      let quietTimer: NodeJS.Timeout | null = null;
      const finish = () => {
        clearTimeout(timeoutTimer);
        if (quietTimer) clearTimeout(quietTimer);
        this.channelWaiters.delete(waiter);
        this.pendingWaits.delete(abort);
      };
      const abort = () => {
        finish();
        reject(new Error(`message "${content}": the fake Discord stopped`));
      };
      const armQuiet = () => {
        if (quietTimer) clearTimeout(quietTimer);
        quietTimer = setTimeout(() => {
          finish();
          resolve(waiter.ids);
        }, quietMs);
      };
      const waiter: ChannelWaiter = { since: Date.now(), ids: [], touch: armQuiet };
      const timeoutTimer = setTimeout(() => {
        finish();
        if (replyRequired)
          reject(
            new Error(`mention "${content}" got no reply in the channel within ${timeoutMs} ms`),
          );
        else resolve(waiter.ids);
      }, timeoutMs);
      this.channelWaiters.add(waiter);
      this.pendingWaits.add(abort);
      if (!replyRequired) armQuiet();
      this.dispatch(guild.id, 'MESSAGE_CREATE', json);
    });
    return {
      message: this.world.view(message),
      replies: replies.flatMap((id) => {
        const reply = this.world.messages.get(id);
        return reply ? [this.world.view(reply)] : [];
      }),
    };
  }

  private waitForShard(guildId: string | null): Promise<void> {
    return this.gateway.waitForSession(this.settings.readyTimeoutMs, guildId);
  }

  private dispatch(guildId: string | null, t: string, d: JsonObject): void {
    this.gateway.dispatchForGuild(guildId, t, d);
  }

  private intentsFor(guildId: string): number {
    return this.gateway.intentsFor(guildId);
  }

  private onChannelMessage(message: StoredMessage): void {
    for (const waiter of this.channelWaiters) {
      if (message.createdAt < waiter.since) continue;
      if (!waiter.ids.includes(message.id)) waiter.ids.push(message.id);
      waiter.touch();
    }
    const guildId = this.world.channelById(message.channelId)?.guildId ?? this.world.guildId;
    if (
      !message.deleted &&
      message.editedAt === null &&
      (this.intentsFor(guildId) & INTENT_GUILD_MESSAGES) !== 0
    ) {
      // Discord echoes the bot's own messages to it; a bot must ignore them.
      this.dispatch(guildId, 'MESSAGE_CREATE', this.world.messageJson(message));
    }
  }
}

function inferOptionType(value: OptionValue): number {
  if (typeof value === 'string') return OPTION_TYPE.String;
  if (typeof value === 'boolean') return OPTION_TYPE.Boolean;
  return Number.isInteger(value) ? OPTION_TYPE.Integer : OPTION_TYPE.Number;
}

function checkOptionValue(command: string, option: string, type: number, value: OptionValue): void {
  const fits =
    (type === OPTION_TYPE.String && typeof value === 'string') ||
    (type === OPTION_TYPE.Boolean && typeof value === 'boolean') ||
    (type === OPTION_TYPE.Integer && Number.isInteger(value)) ||
    (type === OPTION_TYPE.Number && typeof value === 'number');
  if (!fits)
    throw new Error(
      `/${command} option "${option}" is of type ${type}; ${JSON.stringify(value)} does not fit`,
    );
}
