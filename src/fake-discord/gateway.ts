/**
 * The fake gateway: API v10, JSON encoding, optional zlib-stream or identify
 * compression. It speaks the opcodes discord.js uses (Hello, Identify, Resume,
 * Heartbeat, Request Guild Members) and numbers every dispatch, keeping them
 * so a resumed session gets what it missed. Sessions may be shards: Identify's
 * `shard: [id, count]` decides which guilds a session is sent (those with
 * `(guild_id >> 22) % count === id`); direct messages go to shard 0.
 */
import { EventEmitter } from 'node:events';
import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import zlib from 'node:zlib';
import { WebSocketServer, type WebSocket, type RawData } from 'ws';
import type { JsonObject } from './limits.js';
import { shardOfGuild } from './world.js';

export const GatewayOp = {
  Dispatch: 0,
  Heartbeat: 1,
  Identify: 2,
  PresenceUpdate: 3,
  Resume: 6,
  Reconnect: 7,
  RequestGuildMembers: 8,
  InvalidSession: 9,
  Hello: 10,
  HeartbeatAck: 11,
} as const;

export const GatewayClose = {
  UnknownError: 4000,
  UnknownOpcode: 4001,
  DecodeError: 4002,
  NotAuthenticated: 4003,
  AuthenticationFailed: 4004,
  AlreadyAuthenticated: 4005,
  InvalidShard: 4010,
  InvalidApiVersion: 4012,
} as const;

/** One frame as the fake saw it, both ways. */
export interface GatewayFrame {
  direction: 'in' | 'out';
  op: number;
  t: string | null;
  s: number | null;
  time: number;
}

interface Dispatch {
  op: 0;
  t: string;
  s: number;
  d: unknown;
}

/** [shard id, shard count], as Identify and READY carry it. */
export type ShardPair = [number, number];

interface Session {
  id: string;
  seq: number;
  intents: number;
  shard: ShardPair;
  sent: Dispatch[];
  connection: Connection | null;
}

/** Kept dispatches per session, enough for any test's replay. */
const REPLAY_BUFFER = 1000;
/** Discord drops sessions whose socket closes with these codes; the client must identify again. */
const SESSION_ENDING_CLOSE_CODES = new Set([1000, 1001]);

export interface GatewayHooks {
  token: string;
  heartbeatIntervalMs: number;
  gatewayUrl: () => string;
  newSessionId: () => string;
  readyPayload: (sessionId: string, shard: ShardPair) => JsonObject;
  /** Every guild's id; a session is sent those its shard owns. */
  guildIds: () => string[];
  guildCreatePayload: (guildId: string) => JsonObject;
  guildMembers: (guildId: string) => JsonObject[];
  guildId: string;
}

export interface GatewayEvents {
  identify: [{ intents: number; sessionId: string; shard: ShardPair }];
  resumed: [{ sessionId: string; replayed: number }];
  disconnect: [{ code: number; sessionId: string | null }];
}

class Connection {
  session: Session | null = null;
  private deflate: zlib.Deflate | null = null;

  constructor(
    readonly socket: WebSocket,
    zlibStream: boolean,
    private readonly log: GatewayFrame[],
  ) {
    if (zlibStream) {
      // One shared zlib context for the whole connection; each payload ends with a sync flush (00 00 ff ff).
      this.deflate = zlib.createDeflate();
      let pending: Buffer[] = [];
      this.deflate.on('data', (chunk: Buffer) => {
        pending.push(chunk);
        if (!endsWithSyncFlush(chunk)) return;
        const frame = Buffer.concat(pending);
        pending = [];
        if (this.socket.readyState === this.socket.OPEN) this.socket.send(frame);
      });
    }
  }

  /** Set when Identify asks for per-payload compression. */
  identifyCompress = false;

  send(payload: { op: number; t?: string | null; s?: number | null; d?: unknown }): void {
    if (this.socket.readyState !== this.socket.OPEN) return;
    this.log.push({
      direction: 'out',
      op: payload.op,
      t: payload.t ?? null,
      s: payload.s ?? null,
      time: Date.now(),
    });
    const text = JSON.stringify({ t: null, s: null, d: null, ...payload });
    if (this.deflate) {
      this.deflate.write(text);
      this.deflate.flush(zlib.constants.Z_SYNC_FLUSH);
    } else if (this.identifyCompress) {
      this.socket.send(zlib.deflateSync(text));
    } else {
      this.socket.send(text);
    }
  }

  dispose(): void {
    this.deflate?.close();
    this.deflate = null;
  }
}

export class FakeGateway extends EventEmitter<GatewayEvents> {
  readonly frames: GatewayFrame[] = [];
  private readonly server = new WebSocketServer({ noServer: true });
  private readonly sessions = new Map<string, Session>();
  private readonly connections = new Set<Connection>();
  /** The session each shard's events go to, the one that identified or resumed last at the end. */
  private recent: Session[] = [];
  private readyWaiters: Array<{
    check: () => boolean;
    resolve: () => void;
    reject: (error: Error) => void;
  }> = [];

  constructor(private readonly hooks: GatewayHooks) {
    super();
  }

  /** Takes over an HTTP upgrade aimed at the gateway path. */
  handleUpgrade(request: IncomingMessage, socket: Duplex, head: Buffer): void {
    const url = new URL(request.url ?? '/', 'http://fake');
    this.server.handleUpgrade(request, socket, head, (ws) => this.accept(ws, url.searchParams));
  }

  /** The session that identified or resumed last. */
  private get current(): Session | null {
    return this.recent.at(-1) ?? null;
  }

  /** True when a session is live on an open socket. */
  get connected(): boolean {
    return this.current?.connection?.socket.readyState === 1;
  }

  /** Intents of the current session (0 before Identify). */
  get intents(): number {
    return this.current?.intents ?? 0;
  }

  get sessionId(): string | null {
    return this.current?.id ?? null;
  }

  /** Each shard's current session and the guilds it is sent. */
  get shards(): Array<{ sessionId: string; shard: ShardPair; guildIds: string[] }> {
    return this.recent.map((session) => ({
      sessionId: session.id,
      shard: [...session.shard],
      guildIds: this.hooks.guildIds().filter((id) => owns(session.shard, id)),
    }));
  }

  /**
   * The session Discord would send a guild's events to (null: a direct message,
   * which goes to shard 0): the latest whose shard owns the guild.
   */
  sessionFor(guildId: string | null): Session | null {
    for (let i = this.recent.length - 1; i >= 0; i -= 1) {
      const session = this.recent[i]!;
      if (guildId === null ? session.shard[0] === 0 : owns(session.shard, guildId)) return session;
    }
    return null;
  }

  /** Intents of the session that gets the guild's events (0 when there is none). */
  intentsFor(guildId: string | null): number {
    return this.sessionFor(guildId)?.intents ?? 0;
  }

  /**
   * Resolves once a session exists (one that gets the guild's events, when a guild
   * is named). A session whose socket is away still counts: what is dispatched to
   * it is replayed when the client resumes, as on Discord.
   */
  waitForSession(timeoutMs: number, guildId?: string | null): Promise<void> {
    if (guildId === undefined)
      return this.current ? Promise.resolve() : this.waitForReady(timeoutMs);
    return this.sessionFor(guildId)
      ? Promise.resolve()
      : this.waitUntil(
          () => this.sessionFor(guildId) !== null,
          timeoutMs,
          () =>
            this.recent.length === 0
              ? 'no client logged in to the gateway'
              : `no shard that owns ${guildId === null ? 'direct messages' : `guild ${guildId}`} logged in`,
        );
  }

  /** Resolves once a session is live; rejects after `timeoutMs`. */
  waitForReady(timeoutMs: number): Promise<void> {
    if (this.connected) return Promise.resolve();
    return this.waitUntil(
      () => this.connected,
      timeoutMs,
      () => 'no client logged in to the gateway',
    );
  }

  private waitUntil(check: () => boolean, timeoutMs: number, what: () => string): Promise<void> {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.readyWaiters = this.readyWaiters.filter((item) => item !== waiter);
        reject(new Error(`fake Discord: ${what()} within ${timeoutMs} ms`));
      }, timeoutMs);
      const waiter = {
        check,
        resolve: () => {
          clearTimeout(timer);
          resolve();
        },
        reject: (error: Error) => {
          clearTimeout(timer);
          reject(error);
        },
      };
      this.readyWaiters.push(waiter);
    });
  }

  /** Sends an event to the current session, or keeps it for replay while the client is away. */
  dispatch(t: string, d: unknown): void {
    const session = this.current;
    if (!session) throw new Error(`fake Discord: cannot dispatch ${t}: no client has identified`);
    this.dispatchTo(session, t, d);
  }

  /** Sends a guild's event (null: a direct message's) to the session of the shard that owns it. */
  dispatchForGuild(guildId: string | null, t: string, d: unknown): void {
    const session = this.sessionFor(guildId);
    if (!session) {
      const place = guildId === null ? 'direct messages' : `guild ${guildId}`;
      throw new Error(
        `fake Discord: cannot dispatch ${t}: no shard that owns ${place} has identified`,
      );
    }
    this.dispatchTo(session, t, d);
  }

  /** Closes the client's socket with a code; 4000 lets the client resume. */
  closeSocket(code: number = GatewayClose.UnknownError): void {
    this.requireConnection('close the socket').socket.close(code, 'closed by the fake on request');
  }

  /** Sends op 7: the client should reconnect and resume. */
  sendReconnect(): void {
    this.requireConnection('send RECONNECT').send({ op: GatewayOp.Reconnect });
  }

  /** Sends op 9. When not resumable the session is forgotten, so the client must identify again. */
  sendInvalidSession(resumable: boolean): void {
    const connection = this.requireConnection('send INVALID_SESSION');
    if (!resumable && connection.session) this.forget(connection.session);
    connection.send({ op: GatewayOp.InvalidSession, d: resumable });
  }

  async close(): Promise<void> {
    for (const waiter of this.readyWaiters) waiter.reject(new Error('fake Discord stopped'));
    this.readyWaiters = [];
    for (const connection of this.connections) {
      connection.socket.terminate();
      connection.dispose();
    }
    this.connections.clear();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private requireConnection(action: string): Connection {
    const connection = this.current?.connection;
    if (!connection || connection.socket.readyState !== 1) {
      throw new Error(`fake Discord: cannot ${action}: no client is connected`);
    }
    return connection;
  }

  private accept(socket: WebSocket, params: URLSearchParams): void {
    const connection = new Connection(
      socket,
      params.get('compress') === 'zlib-stream',
      this.frames,
    );
    this.connections.add(connection);
    socket.on('close', (code) => this.onClose(connection, code));
    socket.on('message', (data, isBinary) => this.onMessage(connection, data, isBinary));
    if (params.get('v') !== '10') {
      socket.close(GatewayClose.InvalidApiVersion, 'Invalid API version');
      return;
    }
    if ((params.get('encoding') ?? 'json') !== 'json') {
      // ETF is not spoken here; Discord would; say so plainly rather than send garbage.
      socket.close(GatewayClose.DecodeError, 'The fake gateway only speaks JSON encoding');
      return;
    }
    connection.send({
      op: GatewayOp.Hello,
      d: { heartbeat_interval: this.hooks.heartbeatIntervalMs },
    });
  }

  private onClose(connection: Connection, code: number): void {
    this.connections.delete(connection);
    connection.dispose();
    const session = connection.session;
    if (session && session.connection === connection) {
      session.connection = null;
      if (SESSION_ENDING_CLOSE_CODES.has(code)) this.forget(session);
    }
    this.emit('disconnect', { code, sessionId: session?.id ?? null });
  }

  private onMessage(connection: Connection, data: RawData, isBinary: boolean): void {
    let payload: { op?: unknown; d?: unknown };
    try {
      if (isBinary) throw new Error('binary frames are not accepted');
      payload = JSON.parse(rawToString(data)) as { op?: unknown; d?: unknown };
    } catch {
      connection.socket.close(GatewayClose.DecodeError, 'Error while decoding payload.');
      return;
    }
    const op = typeof payload.op === 'number' ? payload.op : -1;
    this.frames.push({ direction: 'in', op, t: null, s: null, time: Date.now() });
    const d = (payload.d ?? {}) as JsonObject;
    switch (op) {
      case GatewayOp.Heartbeat:
        connection.send({ op: GatewayOp.HeartbeatAck });
        return;
      case GatewayOp.Identify:
        this.identify(connection, d);
        return;
      case GatewayOp.Resume:
        this.resume(connection, d);
        return;
      case GatewayOp.PresenceUpdate:
        if (!connection.session)
          connection.socket.close(GatewayClose.NotAuthenticated, 'Not authenticated.');
        return;
      case GatewayOp.RequestGuildMembers:
        this.sendMembers(connection, d);
        return;
      default:
        connection.socket.close(GatewayClose.UnknownOpcode, 'Unknown opcode.');
    }
  }

  private tokenMatches(token: unknown): boolean {
    return typeof token === 'string' && token.replace(/^Bot\s+/i, '') === this.hooks.token;
  }

  private identify(connection: Connection, d: JsonObject): void {
    if (!this.tokenMatches(d.token)) {
      connection.socket.close(GatewayClose.AuthenticationFailed, 'Authentication failed.');
      return;
    }
    if (connection.session) {
      connection.socket.close(GatewayClose.AlreadyAuthenticated, 'Already authenticated.');
      return;
    }
    const shard = parseShard(d.shard);
    if (!shard) {
      connection.socket.close(GatewayClose.InvalidShard, 'Invalid shard.');
      return;
    }
    connection.identifyCompress = d.compress === true;
    const session: Session = {
      id: this.hooks.newSessionId(),
      seq: 0,
      intents: typeof d.intents === 'number' ? d.intents : 0,
      shard,
      sent: [],
      connection,
    };
    this.sessions.set(session.id, session);
    connection.session = session;
    this.makeCurrent(session);
    this.emit('identify', { intents: session.intents, sessionId: session.id, shard });
    this.dispatchTo(session, 'READY', this.hooks.readyPayload(session.id, shard));
    for (const guildId of this.hooks.guildIds()) {
      if (owns(shard, guildId))
        this.dispatchTo(session, 'GUILD_CREATE', this.hooks.guildCreatePayload(guildId));
    }
    this.notifyReady();
  }

  private resume(connection: Connection, d: JsonObject): void {
    const session = typeof d.session_id === 'string' ? this.sessions.get(d.session_id) : undefined;
    if (!session || !this.tokenMatches(d.token)) {
      connection.send({ op: GatewayOp.InvalidSession, d: false });
      return;
    }
    const previous = session.connection;
    if (previous && previous !== connection) {
      previous.session = null;
      previous.socket.close(GatewayClose.UnknownError, 'Session resumed elsewhere');
    }
    session.connection = connection;
    connection.session = session;
    this.makeCurrent(session);
    const from = typeof d.seq === 'number' ? d.seq : 0;
    const missed = session.sent.filter((dispatch) => dispatch.s > from);
    for (const dispatch of missed) connection.send(dispatch);
    this.dispatchTo(session, 'RESUMED', null);
    this.emit('resumed', { sessionId: session.id, replayed: missed.length });
    this.notifyReady();
  }

  private sendMembers(connection: Connection, d: JsonObject): void {
    if (!connection.session) {
      connection.socket.close(GatewayClose.NotAuthenticated, 'Not authenticated.');
      return;
    }
    const wanted = Array.isArray(d.user_ids) ? new Set(d.user_ids.map(String)) : null;
    const query = typeof d.query === 'string' ? d.query.toLowerCase() : '';
    const guildId = typeof d.guild_id === 'string' ? d.guild_id : this.hooks.guildId;
    const members = this.hooks.guildMembers(guildId).filter((member) => {
      const user = member.user as JsonObject;
      return wanted
        ? wanted.has(String(user.id))
        : String(user.username).toLowerCase().startsWith(query);
    });
    this.dispatchTo(connection.session, 'GUILD_MEMBERS_CHUNK', {
      guild_id: guildId,
      members,
      chunk_index: 0,
      chunk_count: 1,
      not_found: [],
      ...(d.nonce === undefined ? {} : { nonce: d.nonce }),
    });
  }

  private forget(session: Session): void {
    this.sessions.delete(session.id);
    if (session.connection) session.connection.session = null;
    this.recent = this.recent.filter((item) => item !== session);
  }

  /**
   * The session takes over its shard: a shard's events go to the session that
   * identified or resumed last (one session only, without sharding).
   */
  private makeCurrent(session: Session): void {
    const [id, count] = session.shard;
    const others = this.recent.filter((item) => item.shard[0] !== id || item.shard[1] !== count);
    this.recent = [...others, session];
  }

  private dispatchTo(session: Session, t: string, d: unknown): void {
    session.seq += 1;
    const dispatch: Dispatch = { op: 0, t, s: session.seq, d };
    session.sent.push(dispatch);
    if (session.sent.length > REPLAY_BUFFER) session.sent.shift();
    session.connection?.send(dispatch);
  }

  private notifyReady(): void {
    const due = this.readyWaiters.filter((waiter) => waiter.check());
    this.readyWaiters = this.readyWaiters.filter((waiter) => !due.includes(waiter));
    for (const waiter of due) waiter.resolve();
  }
}

/** Whether a shard is sent a guild's events. */
function owns(shard: ShardPair, guildId: string): boolean {
  return shardOfGuild(guildId, shard[1]) === shard[0];
}

/** Identify's `shard`; absent means [0, 1]. Null when it is not a valid pair. */
function parseShard(value: unknown): ShardPair | null {
  if (value === undefined || value === null) return [0, 1];
  if (!Array.isArray(value) || value.length !== 2) return null;
  const [id, count] = value as unknown[];
  if (!Number.isInteger(id) || !Number.isInteger(count)) return null;
  if ((count as number) < 1 || (id as number) < 0 || (id as number) >= (count as number))
    return null;
  return [id as number, count as number];
}

function endsWithSyncFlush(chunk: Buffer): boolean {
  const n = chunk.length;
  return (
    n >= 4 &&
    chunk[n - 4] === 0 &&
    chunk[n - 3] === 0 &&
    chunk[n - 2] === 0xff &&
    chunk[n - 1] === 0xff
  );
}

function rawToString(data: RawData): string {
  if (Array.isArray(data)) return Buffer.concat(data).toString('utf8');
  return Buffer.from(data as ArrayBuffer).toString('utf8');
}
