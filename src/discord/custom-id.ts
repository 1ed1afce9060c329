import { randomBytes } from 'node:crypto';
import { LIMITS } from './limits.js';

/** The state of a paged answer: enough to run the same query again for another page. */
export interface PageState {
  /** Command name, e.g. "search". */
  command: string;
  /** Only this user may turn the pages. */
  owner: string;
  /** Page number, counting from 0. */
  page: number;
  /** The command's own arguments, in its own order; '' for an absent one. */
  args: string[];
}

export interface ContextState {
  articleId: string;
  paragraph: number;
}

export type ButtonState =
  ({ kind: 'page' } & PageState) | ({ kind: 'context' } & ContextState) | { kind: 'expired' };

const PAGE = 'pg';
const CONTEXT = 'cx';
/** Pages older than this are refused: the archive may have been reindexed under them. */
export const PAGE_LIFETIME_MS = 15 * 60_000;
const MAX_PARKED = 5_000;

/**
 * Encodes button state into custom_ids of at most 100 characters. The state rides in the id
 * itself; only arguments too long for it (a 300-character query) are parked in memory under a
 * short random key, which a restart or the lifetime expires.
 */
export class CustomIdCodec {
  private readonly parked = new Map<string, { value: string; issued: number }>();

  constructor(private readonly now: () => number = Date.now) {}

  page(state: PageState): string {
    const issued = Math.floor(this.now() / 1000).toString(36);
    const head = `${PAGE}:${state.command}:${state.owner}:${state.page}:${issued}:`;
    return head + this.fit(head, state.args.map(encodeURIComponent).join(','));
  }

  context(state: ContextState): string {
    const head = `${CONTEXT}:${state.paragraph}:`;
    return head + this.fit(head, encodeURIComponent(state.articleId));
  }

  decode(customId: string): ButtonState | null {
    const parts = customId.split(':');
    if (parts[0] === PAGE && parts.length === 6) {
      const [, command = '', owner = '', page = '', issued = '', body = ''] = parts;
      const issuedMs = parseInt(issued, 36) * 1000;
      if (!(this.now() - issuedMs <= PAGE_LIFETIME_MS)) return { kind: 'expired' };
      const encoded = this.unpark(body);
      if (encoded === null) return { kind: 'expired' };
      const args = encoded === '' ? [] : encoded.split(',').map(decodeURIComponent);
      const pageNumber = Number(page);
      if (!Number.isInteger(pageNumber) || pageNumber < 0) return null;
      return { kind: 'page', command, owner, page: pageNumber, args };
    }
    if (parts[0] === CONTEXT && parts.length === 3) {
      const paragraph = Number(parts[1]);
      const encoded = this.unpark(parts[2] ?? '');
      if (encoded === null) return { kind: 'expired' };
      if (!Number.isInteger(paragraph) || paragraph < 1) return null;
      return { kind: 'context', articleId: decodeURIComponent(encoded), paragraph };
    }
    return null;
  }

  private fit(head: string, body: string): string {
    if (head.length + body.length <= LIMITS.customId && !body.startsWith('~')) return body;
    const key = randomBytes(6).toString('base64url');
    this.parked.set(key, { value: body, issued: this.now() });
    this.prune();
    return `~${key}`;
  }

  private unpark(body: string): string | null {
    if (!body.startsWith('~')) return body;
    const entry = this.parked.get(body.slice(1));
    if (!entry || this.now() - entry.issued > PAGE_LIFETIME_MS) return null;
    return entry.value;
  }

  private prune(): void {
    const cutoff = this.now() - PAGE_LIFETIME_MS;
    for (const [key, entry] of this.parked) {
      if (entry.issued >= cutoff && this.parked.size <= MAX_PARKED) break;
      this.parked.delete(key);
    }
  }
}
