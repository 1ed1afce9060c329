import { describe, expect, it } from 'vitest';
import type { ArchiveReader } from '../../src/commands/types.js';
import type { SearchOptions } from '../../src/search/types.js';
import { passageHit } from './fixtures.js';
import { expectWithinLimits, allText } from './limits-check.js';
import {
  StoreDouble,
  buttonInteraction,
  commandInteraction,
  lastShown,
  makeRouter,
} from './doubles.js';

const ADMIN = { userId: '222222222222222222', manageGuild: true };
const MEMBER = { userId: '333333333333333333', manageGuild: false };

/** An archive whose search returns `total` numbered passages, paged by offset and limit. */
function pagedArchive(total: number, calls: SearchOptions[] = []): ArchiveReader {
  const empty = () => {
    throw new Error('not used by this test');
  };
  return {
    search(query, options = {}) {
      calls.push(options);
      const offset = options.offset ?? 0;
      const limit = options.limit ?? 10;
      const hits = Array.from({ length: Math.max(0, Math.min(limit, total - offset)) }, (_, i) =>
        passageHit(`passage number ${offset + i} about ${query}`, { paragraph: offset + i + 1 }),
      );
      return { hits, total, suggestions: [] };
    },
    whoSaid: empty,
    quotesBy: empty,
    people: () => [],
    titles: () => [],
    articlesOn: () => [],
    article: () => undefined,
    context: () => [],
    stats: () => ({
      articles: 3,
      passages: 30,
      quotations: 5,
      people: 2,
      authors: 2,
      files: 3,
      firstDate: '2024-05-01',
      lastDate: '2024-05-17',
      builtAt: '2024-05-20T11:00:00Z',
      problems: 0,
    }),
  };
}

const REPORT = {
  added: 2,
  changed: 1,
  removed: 0,
  unchanged: 10,
  articles: 13,
  passages: 99,
  quotations: 20,
  problems: [{ file: 'bad.md', reason: 'no title' }],
  milliseconds: 1234,
};

describe('/reindex', () => {
  it('is refused for a member without Manage Server, and nothing is rebuilt', async () => {
    const store = new StoreDouble(pagedArchive(0));
    const { router } = makeRouter(store);
    const interaction = commandInteraction('reindex', {}, MEMBER);
    await router.handleCommand(interaction);
    expect(store.reindexCalls).toBe(0);
    expect(interaction.sent).toHaveLength(1);
    const [sent] = interaction.sent;
    expect(sent?.kind).toBe('reply');
    expect(sent?.kind === 'reply' && sent.payload.flags).toBe(64);
    expect(allText(lastShown(interaction.sent)!)).toContain('Manage Server');
  });

  it('is allowed for a configured admin role', async () => {
    const store = new StoreDouble(pagedArchive(0));
    const { router } = makeRouter(store, { adminRoleIds: ['444444444444444444'] });
    const running = router.handleCommand(
      commandInteraction('reindex', {}, { ...MEMBER, roles: ['444444444444444444'] }),
    );
    await Promise.resolve();
    expect(store.reindexCalls).toBe(1);
    store.completeReindex(REPORT);
    await running;
  });

  it('defers, does not block other commands, refuses a second run, then reports the summary', async () => {
    const store = new StoreDouble(pagedArchive(12));
    const { router } = makeRouter(store);
    const first = commandInteraction('reindex', {}, ADMIN);
    const running = router.handleCommand(first);
    await new Promise((r) => setImmediate(r));
    expect(first.sent[0]).toEqual({ kind: 'defer', ephemeral: false });
    expect(store.reindexing).toBe(true);

    const search = commandInteraction('search', { query: 'war' }, MEMBER);
    await router.handleCommand(search);
    expect(lastShown(search.sent)?.embeds.length).toBeGreaterThan(0);

    const second = commandInteraction('reindex', {}, ADMIN);
    await router.handleCommand(second);
    expect(allText(lastShown(second.sent)!)).toContain('already running');
    expect(store.reindexCalls).toBe(1);

    store.completeReindex(REPORT);
    await running;
    const text = allText(lastShown(first.sent)!);
    expect(text).toMatch(/Added \*\*2\*\*, changed \*\*1\*\*, removed \*\*0\*\*/);
    expect(text).toContain('bad.md');
  });
});

describe('commands through the router', () => {
  it('defers slow commands, ephemerally when private, and keeps the limits', async () => {
    const { router } = makeRouter(new StoreDouble(pagedArchive(3)));
    const interaction = commandInteraction('search', { query: 'war', private: true });
    await router.handleCommand(interaction);
    expect(interaction.sent[0]).toEqual({ kind: 'defer', ephemeral: true });
    const shown = lastShown(interaction.sent)!;
    expectWithinLimits(shown);
    expect(shown.embeds).toHaveLength(3);
  });

  it('refuses bad input before deferring, ephemerally', async () => {
    const { router } = makeRouter(new StoreDouble(pagedArchive(3)));
    const badInputs: Array<Record<string, string>> = [
      { query: 'x'.repeat(301) },
      { query: 'war', from: 'the day after never' },
    ];
    for (const options of badInputs) {
      const interaction = commandInteraction('search', options);
      await router.handleCommand(interaction);
      expect(interaction.sent).toHaveLength(1);
      const [sent] = interaction.sent;
      expect(sent?.kind).toBe('reply');
      expect(sent?.kind === 'reply' && sent.payload.flags).toBe(64);
    }
  });

  it('answers an unexpected failure with a short ephemeral message and logs it', async () => {
    const archive = pagedArchive(3);
    archive.search = () => {
      throw new Error('index exploded at line 42');
    };
    const { router, logs } = makeRouter(new StoreDouble(archive));
    const interaction = commandInteraction('search', { query: 'war' });
    await router.handleCommand(interaction);
    // The public "thinking…" is replaced by an ephemeral message, without the error's text.
    expect(interaction.sent.map((s) => s.kind)).toEqual(['defer', 'delete', 'followUp']);
    const shown = lastShown(interaction.sent)!;
    expect(allText(shown)).not.toContain('exploded');
    expect(logs.join('')).toContain('index exploded');
  });

  it('stops floods with a per-user cooldown', async () => {
    const { router } = makeRouter(new StoreDouble(pagedArchive(1)), { cooldownSeconds: 3 });
    await router.handleCommand(commandInteraction('stats', {}, MEMBER));
    const again = commandInteraction('stats', {}, MEMBER);
    await router.handleCommand(again);
    expect(allText(lastShown(again.sent)!)).toMatch(/try again in \d s/);
    const other = commandInteraction('stats', {}, ADMIN);
    await router.handleCommand(other);
    expect(allText(lastShown(other.sent)!)).toContain('Articles');
  });
});

describe('pagination', () => {
  async function firstPage(total: number) {
    const calls: SearchOptions[] = [];
    const { router } = makeRouter(new StoreDouble(pagedArchive(total, calls)));
    const interaction = commandInteraction('search', { query: 'war' }, MEMBER);
    await router.handleCommand(interaction);
    const shown = lastShown(interaction.sent)!;
    const [previous, next] = shown.components[0]?.components ?? [];
    if (!next || !('custom_id' in next) || !previous || !('custom_id' in previous))
      throw new Error('no pager');
    return { router, calls, shown, previous, next };
  }

  it('turns pages for the asker', async () => {
    const { router, calls, previous, next } = await firstPage(12);
    expect(previous.disabled).toBe(true);
    expect(next.disabled).toBe(false);
    const click = buttonInteraction(next.custom_id, MEMBER);
    await router.handleButton(click);
    expect(click.sent[0]).toEqual({ kind: 'deferUpdate' });
    expect(calls.at(-1)).toMatchObject({ offset: 5, limit: 5 });
    const page = lastShown(click.sent)!;
    expect(page.content).toContain('page 2 of 3');
    expect(allText(page)).toContain('passage number 5');
  });

  it('refuses anyone else', async () => {
    const { router, calls, next } = await firstPage(12);
    const click = buttonInteraction(next.custom_id, ADMIN);
    await router.handleButton(click);
    expect(calls).toHaveLength(1);
    const [sent] = click.sent;
    expect(sent?.kind === 'reply' && sent.payload.flags).toBe(64);
    expect(allText(lastShown(click.sent)!)).toContain('Only the person who asked');
  });

  it('says so when a page has expired', async () => {
    const { router } = makeRouter(new StoreDouble(pagedArchive(12)));
    const click = buttonInteraction(
      `pg:search:${MEMBER.userId}:1:${(1000).toString(36)}:war`,
      MEMBER,
    );
    await router.handleButton(click);
    expect(allText(lastShown(click.sent)!)).toContain('expired');
  });
});

describe('shutdown', () => {
  it('idle() waits for replies in flight', async () => {
    const store = new StoreDouble(pagedArchive(0));
    const { router } = makeRouter(store);
    const running = router.handleCommand(commandInteraction('reindex', {}, ADMIN));
    let idle = false;
    const waiting = router.idle().then(() => (idle = true));
    await new Promise((r) => setImmediate(r));
    expect(idle).toBe(false);
    store.completeReindex(REPORT);
    await running;
    await waiting;
    expect(idle).toBe(true);
  });
});
