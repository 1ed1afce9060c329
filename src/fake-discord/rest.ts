/**
 * The fake REST API (/api/v10): the routes a discord.js bot calls to log in,
 * answer interactions, post in a channel and register commands. Every call is
 * recorded; bodies are checked against Discord's limits; anything unknown is
 * recorded and answered 404 the way Discord answers it.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { FakeGateway } from './gateway.js';
import {
  checkChoices,
  checkCommand,
  checkCommandList,
  checkMessage,
  isEmptyMessage,
  nestErrors,
  type FormError,
  type JsonObject,
} from './limits.js';
import type { RecordedCall, TrackedInteraction, Violation } from './outcomes.js';
import {
  applyMessageBody,
  MessageFlag,
  type FakeGuild,
  type StoredMessage,
  type World,
} from './world.js';

/** Answer the next matching calls with a fault instead of handling them. */
export interface FaultRule {
  /** HTTP method, any case; any method when absent. */
  method?: string;
  /** A substring of, or pattern for, the path after /api/v10; any path when absent. */
  path?: string | RegExp;
  /** How many calls to fault (default 1). */
  count?: number;
}

interface ActiveFault {
  rule: FaultRule;
  remaining: number;
  kind: 'rate-limit' | 'server-error';
  status: number;
  retryAfterSeconds: number;
  global: boolean;
}

export interface RestContext {
  world: World;
  token: string;
  gateway: FakeGateway;
  gatewayUrl: () => string;
  /** The `shards` GET /gateway/bot recommends. */
  recommendedShards: number;
  interactionDeadlineMs: number;
  interactionById: (id: string) => TrackedInteraction | undefined;
  interactionByToken: (token: string) => TrackedInteraction | undefined;
  /** Called whenever the bot creates, edits or deletes a channel message. */
  onChannelMessage: (message: StoredMessage) => void;
}

interface ParsedBody {
  json: unknown;
  files: Array<{ field: string; filename: string; size: number }>;
}

class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly code: number,
    message: string,
    readonly errors: FormError[] = [],
  ) {
    super(message);
  }
}

const invalidForm = (errors: FormError[]) => new HttpError(400, 50035, 'Invalid Form Body', errors);
const emptyMessage = () => new HttpError(400, 50006, 'Cannot send an empty message');
const unknownMessage = () => new HttpError(404, 10008, 'Unknown Message');
const unknownWebhook = () => new HttpError(404, 10015, 'Unknown Webhook');
const unknownInteraction = () => new HttpError(404, 10062, 'Unknown interaction');

type Handler = (call: CallContext) => Promise<Reply> | Reply;

interface CallContext {
  params: string[];
  body: unknown;
  files: ParsedBody['files'];
  query: URLSearchParams;
  record: RecordedCall;
}

interface Reply {
  status: number;
  json?: unknown;
}

interface Route {
  method: string;
  pattern: RegExp;
  /** Interaction callbacks and webhook calls carry their own token instead of the bot's. */
  auth: boolean;
  handler: Handler;
}

const ok = (json: unknown): Reply => ({ status: 200, json });
const noContent: Reply = { status: 204 };

export class RestApi {
  readonly calls: RecordedCall[] = [];
  readonly violations: Violation[] = [];
  /** Calls no route knows; they were answered 404. */
  readonly unknownRoutes: RecordedCall[] = [];
  private readonly faults: ActiveFault[] = [];
  private readonly commands = new Map<string, JsonObject[]>();
  private readonly routes: Route[];

  constructor(private readonly ctx: RestContext) {
    const S = '([^/]+)';
    const route = (method: string, path: string, handler: Handler, auth = true): Route => ({
      method,
      pattern: new RegExp(`^${path.replaceAll(':p', S)}$`),
      auth,
      handler,
    });
    this.routes = [
      route('GET', '/gateway', () => ok({ url: ctx.gatewayUrl() }), false),
      route('GET', '/gateway/bot', () => ok(this.gatewayBot())),
      route('GET', '/users/@me', () =>
        ok({ ...ctx.world.userJson(ctx.world.bot), verified: true, mfa_enabled: false, flags: 0 }),
      ),
      route('GET', '/users/:p', ({ params }) => ok(ctx.world.userJson(this.user(params[0]!)))),
      route('GET', '/applications/@me', () => ok(ctx.world.applicationJson())),
      route('GET', '/oauth2/applications/@me', () => ok(ctx.world.applicationJson())),
      route('GET', '/applications/:p/commands', ({ params }) =>
        this.listCommands(params[0]!, null),
      ),
      route('PUT', '/applications/:p/commands', (c) =>
        this.putCommands(c.params[0]!, null, c.body),
      ),
      route('POST', '/applications/:p/commands', (c) =>
        this.postCommand(c.params[0]!, null, c.body),
      ),
      route('DELETE', '/applications/:p/commands/:p', (c) =>
        this.deleteCommand(c.params[0]!, null, c.params[1]!),
      ),
      route('GET', '/applications/:p/guilds/:p/commands', ({ params }) =>
        this.listCommands(params[0]!, params[1]!),
      ),
      route('PUT', '/applications/:p/guilds/:p/commands', (c) =>
        this.putCommands(c.params[0]!, c.params[1]!, c.body),
      ),
      route('POST', '/applications/:p/guilds/:p/commands', (c) =>
        this.postCommand(c.params[0]!, c.params[1]!, c.body),
      ),
      route('DELETE', '/applications/:p/guilds/:p/commands/:p', (c) =>
        this.deleteCommand(c.params[0]!, c.params[1]!, c.params[2]!),
      ),
      route('POST', '/interactions/:p/:p/callback', (c) => this.callback(c), false),
      route('POST', '/webhooks/:p/:p', (c) => this.followUp(c), false),
      route('GET', '/webhooks/:p/:p/messages/:p', (c) => ok(this.webhookMessageJson(c)), false),
      route('PATCH', '/webhooks/:p/:p/messages/:p', (c) => this.editWebhookMessage(c), false),
      route('DELETE', '/webhooks/:p/:p/messages/:p', (c) => this.deleteWebhookMessage(c), false),
      route('GET', '/channels/:p', ({ params }) => ok(this.channel(params[0]!))),
      route('POST', '/channels/:p/typing', ({ params }) => (this.channel(params[0]!), noContent)),
      route('POST', '/channels/:p/messages', (c) => this.createChannelMessage(c)),
      route('GET', '/channels/:p/messages/:p', ({ params }) =>
        ok(ctx.world.messageJson(this.channelMessage(params[0]!, params[1]!))),
      ),
      route('PATCH', '/channels/:p/messages/:p', (c) => this.editChannelMessage(c)),
      route('DELETE', '/channels/:p/messages/:p', (c) => this.deleteChannelMessage(c)),
      route('GET', '/guilds/:p', ({ params }) => ok(this.guild(params[0]!))),
      route('GET', '/guilds/:p/roles', ({ params }) =>
        ok(ctx.world.guildRolesJson(this.fakeGuild(params[0]!))),
      ),
      route('GET', '/guilds/:p/channels', ({ params }) =>
        ok([ctx.world.channelJson(this.fakeGuild(params[0]!).channel)]),
      ),
      route(
        'GET',
        '/guilds/:p/members/:p',
        ({ params }) => (this.guild(params[0]!), ok(ctx.world.memberJson(this.user(params[1]!)))),
      ),
    ];
  }

  /** Registered commands: guild ones under the guild id, global ones under "global". */
  registeredCommands(guildId: string | null): JsonObject[] {
    return this.commands.get(guildId ?? 'global') ?? [];
  }

  addFault(
    kind: ActiveFault['kind'],
    rule: FaultRule,
    status: number,
    retryAfterSeconds: number,
    global: boolean,
  ): void {
    this.faults.push({ rule, remaining: rule.count ?? 1, kind, status, retryAfterSeconds, global });
  }

  async handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const url = new URL(request.url ?? '/', 'http://fake');
    const prefix = /^\/api\/v10(?=\/)/;
    const path = safeDecode(url.pathname.replace(prefix, ''));
    const method = (request.method ?? 'GET').toUpperCase();
    const record: RecordedCall = {
      method,
      path,
      query: Object.fromEntries(url.searchParams),
      body: null,
      files: [],
      time: Date.now(),
      status: 0,
      fault: null,
    };
    this.calls.push(record);
    let reply: Reply;
    let violation: Violation | null = null;
    const headers: Record<string, string> = {
      'x-ratelimit-limit': '50',
      'x-ratelimit-remaining': '49',
      'x-ratelimit-reset-after': '1',
      'x-ratelimit-bucket': 'fake',
    };
    try {
      const parsed = await readBody(request);
      record.body = parsed.json;
      record.files = parsed.files;
      if (!prefix.test(url.pathname)) throw new HttpError(404, 0, '404: Not Found');
      const fault = this.takeFault(method, path);
      if (fault) {
        record.fault = fault.kind;
        reply = this.faultReply(fault, headers);
      } else {
        reply = await this.route(method, path, request, {
          params: [],
          body: parsed.json,
          files: parsed.files,
          query: url.searchParams,
          record,
        });
      }
    } catch (error) {
      ({ reply, violation } = this.errorReply(error, record));
    }
    record.status = reply.status;
    this.noteInteraction(record, violation);
    if (reply.json === undefined) {
      response.writeHead(reply.status, headers).end();
    } else {
      response
        .writeHead(reply.status, { ...headers, 'content-type': 'application/json' })
        .end(JSON.stringify(reply.json));
    }
  }

  private async route(
    method: string,
    path: string,
    request: IncomingMessage,
    call: CallContext,
  ): Promise<Reply> {
    for (const route of this.routes) {
      if (route.method !== method) continue;
      const match = route.pattern.exec(path);
      if (!match) continue;
      if (route.auth && request.headers.authorization !== `Bot ${this.ctx.token}`) {
        throw new HttpError(401, 0, '401: Unauthorized');
      }
      return route.handler({ ...call, params: match.slice(1) });
    }
    this.unknownRoutes.push(call.record);
    throw new HttpError(404, 0, '404: Not Found');
  }

  private takeFault(method: string, path: string): ActiveFault | null {
    const fault = this.faults.find((f) => {
      const methodMatches = !f.rule.method || f.rule.method.toUpperCase() === method;
      const pattern = f.rule.path;
      const pathMatches =
        pattern === undefined ||
        (typeof pattern === 'string' ? path.includes(pattern) : pattern.test(path));
      return methodMatches && pathMatches;
    });
    if (!fault) return null;
    fault.remaining -= 1;
    if (fault.remaining <= 0) this.faults.splice(this.faults.indexOf(fault), 1);
    return fault;
  }

  private faultReply(fault: ActiveFault, headers: Record<string, string>): Reply {
    if (fault.kind === 'server-error')
      return { status: fault.status, json: { message: '500: Internal Server Error', code: 0 } };
    // Real Discord rounds Retry-After up to whole seconds; fractions keep tests fast and discord.js accepts them.
    const retryAfter = String(fault.retryAfterSeconds);
    Object.assign(headers, {
      'retry-after': retryAfter,
      'x-ratelimit-remaining': '0',
      'x-ratelimit-reset-after': retryAfter,
      'x-ratelimit-scope': fault.global ? 'global' : 'user',
    });
    if (fault.global) headers['x-ratelimit-global'] = 'true';
    return {
      status: 429,
      json: {
        message: 'You are being rate limited.',
        retry_after: fault.retryAfterSeconds,
        global: fault.global,
        code: 0,
      },
    };
  }

  private errorReply(
    error: unknown,
    record: RecordedCall,
  ): { reply: Reply; violation: Violation | null } {
    const failure =
      error instanceof HttpError
        ? error
        : new HttpError(500, 0, `fake Discord failed: ${String(error)}`);
    // Auth failures and unknown routes are the client's business; bad payloads and misused interactions are the bot's.
    const isViolation = failure.status === 400 || [10008, 10015, 10062].includes(failure.code);
    const violation: Violation | null = isViolation
      ? {
          method: record.method,
          path: record.path,
          time: record.time,
          status: failure.status,
          code: failure.code,
          message: failure.message,
          errors: failure.errors,
        }
      : null;
    if (violation) this.violations.push(violation);
    const json: JsonObject = { message: failure.message, code: failure.code };
    if (failure.errors.length > 0) json.errors = nestErrors(failure.errors);
    return { reply: { status: failure.status, json }, violation };
  }

  private noteInteraction(record: RecordedCall, violation: Violation | null): void {
    const parts = record.path.split('/');
    const tracked =
      parts[1] === 'interactions'
        ? this.ctx.interactionById(parts[2] ?? '')
        : parts[1] === 'webhooks'
          ? this.ctx.interactionByToken(parts[3] ?? '')
          : undefined;
    tracked?.note(record, violation);
  }

  private gatewayBot(): JsonObject {
    return {
      url: this.ctx.gatewayUrl(),
      shards: this.ctx.recommendedShards,
      session_start_limit: {
        total: 1000,
        remaining: 999,
        reset_after: 86_400_000,
        max_concurrency: 1,
      },
    };
  }

  private user(id: string) {
    const user = this.ctx.world.users.get(id);
    if (!user) throw new HttpError(404, 10013, 'Unknown User');
    return user;
  }

  private fakeGuild(id: string): FakeGuild {
    const guild = this.ctx.world.guild(id);
    if (!guild) throw new HttpError(404, 10004, 'Unknown Guild');
    return guild;
  }

  private guild(id: string): JsonObject {
    // REST guild objects lack the gateway-only lists.
    const guild = this.ctx.world.guildJson(this.fakeGuild(id));
    delete guild.members;
    delete guild.channels;
    return guild;
  }

  private channel(id: string): JsonObject {
    const channel = this.ctx.world.channelById(id);
    if (!channel) throw new HttpError(404, 10003, 'Unknown Channel');
    return this.ctx.world.channelJson(channel);
  }

  private checkApplication(applicationId: string, guildId: string | null): void {
    if (applicationId !== this.ctx.world.applicationId)
      throw new HttpError(403, 50001, 'Missing Access');
    if (guildId !== null && !this.ctx.world.guild(guildId))
      throw new HttpError(404, 10004, 'Unknown Guild');
  }

  private listCommands(applicationId: string, guildId: string | null): Reply {
    this.checkApplication(applicationId, guildId);
    return ok(this.registeredCommands(guildId));
  }

  private storedCommand(body: JsonObject, guildId: string | null, id: string): JsonObject {
    return {
      type: 1,
      default_member_permissions: null,
      nsfw: false,
      ...body,
      id,
      application_id: this.ctx.world.applicationId,
      version: this.ctx.world.ids.next(),
      ...(guildId === null ? {} : { guild_id: guildId }),
    };
  }

  private putCommands(applicationId: string, guildId: string | null, body: unknown): Reply {
    this.checkApplication(applicationId, guildId);
    const errors = checkCommandList(body);
    if (errors.length > 0) throw invalidForm(errors);
    const previous = this.registeredCommands(guildId);
    // Like Discord, a command keeps its id when a bulk overwrite still names it.
    const stored = (body as JsonObject[]).map((command) => {
      const same = previous.find(
        (old) => old.name === command.name && old.type === (command.type ?? 1),
      );
      return this.storedCommand(
        command,
        guildId,
        typeof same?.id === 'string' ? same.id : this.ctx.world.ids.next(),
      );
    });
    this.commands.set(guildId ?? 'global', stored);
    return ok(stored);
  }

  private postCommand(applicationId: string, guildId: string | null, body: unknown): Reply {
    this.checkApplication(applicationId, guildId);
    const errors = checkCommand(body);
    if (errors.length > 0) throw invalidForm(errors);
    const command = body as JsonObject;
    const list = this.registeredCommands(guildId);
    const same = list.find((old) => old.name === command.name && old.type === (command.type ?? 1));
    const stored = this.storedCommand(
      command,
      guildId,
      typeof same?.id === 'string' ? same.id : this.ctx.world.ids.next(),
    );
    this.commands.set(guildId ?? 'global', [...list.filter((old) => old !== same), stored]);
    return { status: same ? 200 : 201, json: stored };
  }

  private deleteCommand(applicationId: string, guildId: string | null, commandId: string): Reply {
    this.checkApplication(applicationId, guildId);
    const list = this.registeredCommands(guildId);
    if (!list.some((command) => command.id === commandId))
      throw new HttpError(404, 10063, 'Unknown application command');
    this.commands.set(
      guildId ?? 'global',
      list.filter((command) => command.id !== commandId),
    );
    return noContent;
  }

  private callback({ params, body, files, query }: CallContext): Reply {
    const tracked = this.ctx.interactionById(params[0]!);
    if (!tracked || tracked.token !== params[1]) throw unknownInteraction();
    if (Date.now() - tracked.createdAt > this.ctx.interactionDeadlineMs) {
      throw new HttpError(
        404,
        10062,
        `Unknown interaction (the callback came after ${this.ctx.interactionDeadlineMs} ms)`,
      );
    }
    if (tracked.callback)
      throw new HttpError(400, 40060, 'Interaction has already been acknowledged.');
    const payload = isObject(body) ? body : {};
    const type = Number(payload.type);
    const data = isObject(payload.data) ? payload.data : null;
    const allowed =
      tracked.kind === 'autocomplete'
        ? [8]
        : tracked.kind === 'command'
          ? [4, 5, 9]
          : [4, 5, 6, 7, 9];
    if (!allowed.includes(type)) {
      throw invalidForm([
        {
          path: 'type',
          code: 'BASE_TYPE_CHOICES',
          message: `Value must be one of {${allowed.join(', ')}} for this interaction.`,
        },
      ]);
    }
    const world = this.ctx.world;
    if (type === 4 || type === 7) {
      const errors = checkMessage(data ?? {}, 'data');
      if (errors.length > 0) throw invalidForm(errors);
      if (type === 4 && isEmptyMessage(data ?? {}, files.length)) throw emptyMessage();
    }
    if (type === 8) {
      const errors = checkChoices(data?.choices);
      if (errors.length > 0) throw invalidForm(errors);
    }
    if (type === 9) this.checkModal(data);

    let message: StoredMessage | null = null;
    if (type === 4 || type === 5) {
      const ephemeral = Number(data?.flags ?? 0) & MessageFlag.Ephemeral;
      message = world.createMessage({
        channelId: tracked.channelId,
        authorId: world.bot.id,
        interactionId: tracked.id,
        flags: type === 5 ? ephemeral | MessageFlag.Loading : ephemeral,
      });
      if (type === 4) applyMessageBody(message, data ?? {}, files, world.ids);
      tracked.originalId = message.id;
    } else if (type === 6 || type === 7) {
      message =
        tracked.sourceMessageId === null
          ? null
          : (world.messages.get(tracked.sourceMessageId) ?? null);
      if (!message) throw unknownMessage();
      if (type === 7) {
        applyMessageBody(message, data ?? {}, files, world.ids);
        message.editedAt = Date.now();
      }
      tracked.originalId = message.id;
    }
    tracked.callback = { type, data };
    tracked.markAnswered('callback');
    if (query.get('with_response') !== 'true') return noContent;
    return ok({
      interaction: {
        id: tracked.id,
        type: tracked.kind === 'autocomplete' ? 4 : tracked.kind === 'command' ? 2 : 3,
        ...(message
          ? {
              response_message_id: message.id,
              response_message_loading: type === 5,
              response_message_ephemeral: (message.flags & MessageFlag.Ephemeral) !== 0,
            }
          : {}),
      },
      resource: { type, ...(message && type !== 6 ? { message: world.messageJson(message) } : {}) },
    });
  }

  private checkModal(data: JsonObject | null): void {
    const errors: FormError[] = [];
    const customId = data?.custom_id;
    if (typeof customId !== 'string' || customId.length < 1 || customId.length > 100) {
      errors.push({
        path: 'data.custom_id',
        code: 'BASE_TYPE_BAD_LENGTH',
        message: 'Must be between 1 and 100 in length.',
      });
    }
    const title = data?.title;
    if (typeof title !== 'string' || title.length < 1 || title.length > 45) {
      errors.push({
        path: 'data.title',
        code: 'BASE_TYPE_BAD_LENGTH',
        message: 'Must be between 1 and 45 in length.',
      });
    }
    const components = data?.components;
    if (!Array.isArray(components) || components.length < 1 || components.length > 5) {
      errors.push({
        path: 'data.components',
        code: 'BASE_TYPE_BAD_LENGTH',
        message: 'Must be between 1 and 5 in length.',
      });
    }
    if (errors.length > 0) throw invalidForm(errors);
  }

  private webhookInteraction(applicationId: string, token: string): TrackedInteraction {
    const tracked = this.ctx.interactionByToken(token);
    if (applicationId !== this.ctx.world.applicationId || !tracked || !tracked.callback)
      throw unknownWebhook();
    return tracked;
  }

  private webhookMessage(tracked: TrackedInteraction, id: string): StoredMessage {
    const messageId = id === '@original' ? tracked.originalId : id;
    const owned =
      messageId !== null &&
      (messageId === tracked.originalId || tracked.followUpIds.includes(messageId));
    const message = owned ? this.ctx.world.messages.get(messageId) : undefined;
    if (!message || message.deleted) throw unknownMessage();
    return message;
  }

  private webhookMessageJson({ params }: CallContext): JsonObject {
    const tracked = this.webhookInteraction(params[0]!, params[1]!);
    return this.ctx.world.messageJson(this.webhookMessage(tracked, params[2]!));
  }

  private followUp({ params, body, files, query }: CallContext): Reply {
    const tracked = this.webhookInteraction(params[0]!, params[1]!);
    const payload = isObject(body) ? body : {};
    const errors = checkMessage(payload);
    if (errors.length > 0) throw invalidForm(errors);
    if (isEmptyMessage(payload, files.length)) throw emptyMessage();
    const world = this.ctx.world;
    const message = world.createMessage({
      channelId: tracked.channelId,
      authorId: world.bot.id,
      interactionId: tracked.id,
      flags: Number(payload.flags ?? 0) & MessageFlag.Ephemeral,
    });
    applyMessageBody(message, payload, files, world.ids);
    tracked.followUpIds.push(message.id);
    tracked.markAnswered('message');
    return query.get('wait') === 'true' ? ok(world.messageJson(message)) : noContent;
  }

  private editWebhookMessage({ params, body, files }: CallContext): Reply {
    const tracked = this.webhookInteraction(params[0]!, params[1]!);
    const message = this.webhookMessage(tracked, params[2]!);
    this.edit(message, body, files);
    tracked.markAnswered('message');
    return ok(this.ctx.world.messageJson(message));
  }

  private deleteWebhookMessage({ params }: CallContext): Reply {
    const tracked = this.webhookInteraction(params[0]!, params[1]!);
    this.webhookMessage(tracked, params[2]!).deleted = true;
    tracked.markAnswered('message');
    return noContent;
  }

  private edit(message: StoredMessage, body: unknown, files: ParsedBody['files']): void {
    const payload = isObject(body) ? body : {};
    const errors = checkMessage(payload);
    if (errors.length > 0) throw invalidForm(errors);
    const world = this.ctx.world;
    const trial: StoredMessage = { ...message, flags: message.flags & ~MessageFlag.Loading };
    applyMessageBody(trial, payload, files, world.ids);
    if (
      isEmptyMessage(
        {
          content: trial.content,
          embeds: trial.embeds,
          components: trial.components,
          attachments: trial.attachments,
        },
        0,
      )
    ) {
      throw emptyMessage();
    }
    Object.assign(message, trial, { editedAt: Date.now() });
  }

  private channelMessage(channelId: string, messageId: string): StoredMessage {
    this.channel(channelId);
    const message = this.ctx.world.messages.get(messageId);
    if (!message || message.deleted || message.channelId !== channelId) throw unknownMessage();
    return message;
  }

  private createChannelMessage({ params, body, files }: CallContext): Reply {
    this.channel(params[0]!);
    const payload = isObject(body) ? body : {};
    const errors = checkMessage(payload);
    const reference = isObject(payload.message_reference) ? payload.message_reference : null;
    const referenced =
      reference && typeof reference.message_id === 'string'
        ? this.ctx.world.messages.get(reference.message_id)
        : undefined;
    if (reference && !referenced && reference.fail_if_not_exists !== false) {
      errors.push({
        path: 'message_reference',
        code: 'MESSAGE_REFERENCE_UNKNOWN_MESSAGE',
        message: 'Unknown message',
      });
    }
    if (errors.length > 0) throw invalidForm(errors);
    if (isEmptyMessage(payload, files.length)) throw emptyMessage();
    const world = this.ctx.world;
    const message = world.createMessage({
      channelId: params[0]!,
      authorId: world.bot.id,
      messageReference: referenced
        ? {
            type: 0,
            message_id: referenced.id,
            channel_id: referenced.channelId,
            guild_id: world.channelById(referenced.channelId)?.guildId ?? world.guildId,
          }
        : null,
    });
    applyMessageBody(message, payload, files, world.ids);
    this.ctx.onChannelMessage(message);
    return ok(world.messageJson(message));
  }

  private editChannelMessage({ params, body, files }: CallContext): Reply {
    const message = this.channelMessage(params[0]!, params[1]!);
    if (message.authorId !== this.ctx.world.bot.id)
      throw new HttpError(403, 50005, 'Cannot edit a message authored by another user');
    this.edit(message, body, files);
    this.ctx.onChannelMessage(message);
    return ok(this.ctx.world.messageJson(message));
  }

  private deleteChannelMessage({ params }: CallContext): Reply {
    const message = this.channelMessage(params[0]!, params[1]!);
    message.deleted = true;
    this.ctx.onChannelMessage(message);
    return noContent;
  }
}

function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

async function readBody(request: IncomingMessage): Promise<ParsedBody> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  const raw = Buffer.concat(chunks);
  if (raw.length === 0) return { json: null, files: [] };
  const type = request.headers['content-type'] ?? '';
  if (type.startsWith('multipart/form-data')) {
    const form = await new Response(raw, { headers: { 'content-type': type } }).formData();
    const files: ParsedBody['files'] = [];
    let json: unknown = null;
    for (const [field, value] of form.entries()) {
      if (typeof value === 'string') {
        if (field === 'payload_json') json = parseJson(value);
      } else {
        files.push({ field, filename: value.name, size: value.size });
      }
    }
    return { json, files };
  }
  return { json: parseJson(raw.toString('utf8')), files: [] };
}

function safeDecode(path: string): string {
  try {
    return decodeURIComponent(path);
  } catch {
    return path;
  }
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new HttpError(400, 50109, 'The request body contains invalid JSON.');
  }
}
