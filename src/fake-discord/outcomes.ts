/**
 * Waiting for the bot to finish answering. An interaction is *answered* by a
 * callback that shows something (reply, update, choices, modal) or, after a
 * deferral, by the first edit, delete or follow-up. It is *settled* once it is
 * answered and then no REST call has touched it for a quiet period, so
 * follow-ups sent right after are part of the outcome.
 */
import type { FormError, JsonObject } from './limits.js';
import type { SentMessage, World } from './world.js';

export interface RecordedCall {
  method: string;
  /** Path after /api/v10, e.g. "/interactions/123/abc/callback". */
  path: string;
  query: Record<string, string>;
  /** The JSON body (payload_json for multipart), or null. */
  body: unknown;
  files: Array<{ field: string; filename: string; size: number }>;
  time: number;
  status: number;
  /** Set when the fake answered with an injected fault instead of handling the call. */
  fault: 'rate-limit' | 'server-error' | null;
}

export interface Violation {
  method: string;
  path: string;
  time: number;
  status: number;
  /** Discord's JSON error code: 50035 invalid form body, 50006 empty message, 40060 already acknowledged, 10062 unknown interaction... */
  code: number;
  message: string;
  errors: FormError[];
}

export type InteractionKind = 'command' | 'autocomplete' | 'button';

export interface InteractionOutcome {
  id: string;
  kind: InteractionKind;
  /** "/whosaid", "autocomplete /quotes", "button next-page". */
  label: string;
  callback: { type: number; data: JsonObject | null } | null;
  deferred: boolean;
  /** The message `@original` names, in its final state (for a button update, the updated message). */
  reply: SentMessage | null;
  followUps: SentMessage[];
  /** Everything the user ends up seeing: the reply (unless deleted), then follow-ups not deleted. */
  messages: SentMessage[];
  /** Autocomplete choices, when the callback was type 8. */
  choices: Array<{ name: string; value: string | number }> | null;
  /** The modal, when the callback was type 9. */
  modal: JsonObject | null;
  /** Every REST call made with this interaction's id or token, in order. */
  calls: RecordedCall[];
  /** The calls about this interaction the fake rejected. */
  rejected: Violation[];
}

export interface SettleOptions {
  timeoutMs: number;
  quietMs: number;
}

const ANSWERING_CALLBACKS = new Set([4, 7, 8, 9]);

export class TrackedInteraction {
  callback: { type: number; data: JsonObject | null } | null = null;
  originalId: string | null;
  readonly followUpIds: string[] = [];
  readonly calls: RecordedCall[] = [];
  readonly rejected: Violation[] = [];
  readonly createdAt = Date.now();
  private answered = false;
  private waiter: {
    resolve: (outcome: InteractionOutcome) => void;
    reject: (error: Error) => void;
    quietMs: number;
    quietTimer: NodeJS.Timeout | null;
    timeoutTimer: NodeJS.Timeout;
  } | null = null;

  constructor(
    readonly id: string,
    readonly token: string,
    readonly kind: InteractionKind,
    readonly label: string,
    /** For a component interaction, the message the component is on. */
    readonly sourceMessageId: string | null,
    private readonly world: World,
    /** Where the reply and follow-ups are posted: the guild's channel (the first guild's for a direct message). */
    readonly channelId: string = world.channel.id,
  ) {
    this.originalId = null;
  }

  get deferred(): boolean {
    return this.callback?.type === 5 || this.callback?.type === 6;
  }

  /** Records a call about this interaction and moves the settle clock. */
  note(call: RecordedCall, violation: Violation | null): void {
    this.calls.push(call);
    if (violation) this.rejected.push(violation);
    this.activity();
  }

  /** A successful callback, edit, delete or follow-up happened. */
  markAnswered(by: 'callback' | 'message'): void {
    if (by === 'message' || (this.callback && ANSWERING_CALLBACKS.has(this.callback.type)))
      this.answered = true;
  }

  settle(options: SettleOptions): Promise<InteractionOutcome> {
    return new Promise((resolve, reject) => {
      const timeoutTimer = setTimeout(() => {
        if (this.waiter) this.clearWaiter(this.waiter);
        reject(new Error(this.timeoutMessage(options.timeoutMs)));
      }, options.timeoutMs);
      this.waiter = { resolve, reject, quietMs: options.quietMs, quietTimer: null, timeoutTimer };
      this.activity();
    });
  }

  /** Ends a pending wait, e.g. when the fake stops. */
  abort(reason: string): void {
    const waiter = this.waiter;
    if (!waiter) return;
    this.clearWaiter(waiter);
    waiter.reject(new Error(`${this.label} (interaction ${this.id}): ${reason}`));
  }

  outcome(): InteractionOutcome {
    const view = (id: string | null) => {
      const message = id === null ? undefined : this.world.messages.get(id);
      return message ? this.world.view(message) : null;
    };
    const reply = view(this.originalId);
    const followUps = this.followUpIds.flatMap((id) => view(id) ?? []);
    const data = this.callback?.data ?? null;
    return {
      id: this.id,
      kind: this.kind,
      label: this.label,
      callback: this.callback,
      deferred: this.deferred,
      reply,
      followUps,
      messages: [reply, ...followUps].filter((m): m is SentMessage => m !== null && !m.deleted),
      choices:
        this.callback?.type === 8 && data && Array.isArray(data.choices)
          ? (data.choices as InteractionOutcome['choices'])
          : null,
      modal: this.callback?.type === 9 ? data : null,
      calls: [...this.calls],
      rejected: [...this.rejected],
    };
  }

  private activity(): void {
    const waiter = this.waiter;
    if (!waiter || !this.answered) return;
    if (waiter.quietTimer) clearTimeout(waiter.quietTimer);
    // Autocomplete has nothing to follow: answer at once.
    const quiet = this.kind === 'autocomplete' ? 0 : waiter.quietMs;
    waiter.quietTimer = setTimeout(() => {
      this.clearWaiter(waiter);
      waiter.resolve(this.outcome());
    }, quiet);
  }

  private clearWaiter(waiter: NonNullable<TrackedInteraction['waiter']>): void {
    clearTimeout(waiter.timeoutTimer);
    if (waiter.quietTimer) clearTimeout(waiter.quietTimer);
    if (this.waiter === waiter) this.waiter = null;
  }

  private timeoutMessage(timeoutMs: number): string {
    const state = !this.callback
      ? 'no callback was received'
      : this.deferred
        ? `it was deferred (callback type ${this.callback.type}) but never edited or followed up`
        : `callback type ${this.callback.type} was received`;
    const rejected = this.rejected.map(
      (v) =>
        `${v.method} ${v.path} -> ${v.status} ${v.code} ${v.message}${v.errors.length ? ': ' + v.errors.map((e) => `${e.path} ${e.message}`).join('; ') : ''}`,
    );
    return (
      `${this.label} (interaction ${this.id}) did not settle within ${timeoutMs} ms: ${state}` +
      (rejected.length ? `; rejected calls: ${rejected.join(' | ')}` : '')
    );
  }
}
