import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { commands } from '../../src/commands/index.js';
import { Permission, type FakeUser } from '../../src/fake-discord/index.js';
import type { ArchiveStore } from '../../src/search/store.js';
import {
  openStore,
  SAMPLE_DATA,
  scratchFolder,
  shownText,
  startBotHarness,
  type BotHarness,
} from '../helpers/bot-harness.js';

/**
 * Who may run the admin commands, through the real discord.js client: only members with Manage
 * Server (or Administrator, or ownership, which imply it) or a configured admin role; nobody in
 * a direct message, where there is no server to administer.
 */
describe('permission matrix for admin commands', () => {
  let harness: BotHarness;
  let store: ArchiveStore;
  let removeScratch: () => Promise<void>;
  const people: Record<string, FakeUser> = {};

  beforeAll(async () => {
    const scratch = await scratchFolder('permissions');
    removeScratch = scratch.remove;
    store = await openStore(SAMPLE_DATA, scratch.dir);
    harness = await startBotHarness({
      store,
      fake: { settleTimeoutMs: 30_000, quietMs: 50 },
      beforeLogin(fake) {
        const moderators = fake.addRole('Moderators', 0n);
        const lookalike = fake.addRole('Archive Admins', 0n);
        const administrators = fake.addRole('Administrators', Permission.Administrator);
        people.member = fake.users.member;
        people.manageServer = fake.users.admin;
        people.owner = fake.users.owner;
        people.configuredRole = fake.addUser('moderator', { roles: [moderators] });
        people.lookalikeRole = fake.addUser('pretender', { roles: [lookalike] });
        people.administrator = fake.addUser('administrator', { roles: [administrators] });
        return { adminRoleIds: [moderators.id] };
      },
    });
  }, 60_000);

  afterAll(async () => {
    await harness?.stop();
    await removeScratch?.();
  });

  const adminCommands = commands.filter((command) => command.adminOnly === true);

  it('knows which commands are admin-only, and Discord is told to hide them from others', () => {
    expect(adminCommands.map((c) => c.data.name)).toContain('reindex');
    for (const command of adminCommands) {
      expect(command.data.default_member_permissions).toBe(Permission.ManageGuild.toString());
      expect(command.data.dm_permission).toBe(false);
    }
  });

  const matrix: Array<{ who: string; dm: boolean; allowed: boolean }> = [
    { who: 'member', dm: false, allowed: false },
    { who: 'lookalikeRole', dm: false, allowed: false },
    { who: 'configuredRole', dm: false, allowed: true },
    { who: 'manageServer', dm: false, allowed: true },
    { who: 'administrator', dm: false, allowed: true },
    { who: 'owner', dm: false, allowed: true },
    { who: 'owner', dm: true, allowed: false },
    { who: 'manageServer', dm: true, allowed: false },
    { who: 'member', dm: true, allowed: false },
  ];

  for (const { who, dm, allowed } of matrix) {
    it(`/reindex by ${who}${dm ? ' in a DM' : ''}: ${allowed ? 'runs' : 'is refused'}`, async () => {
      const reindexes = vi.spyOn(store, 'reindex');
      const outcome = await harness.fake.slash('reindex', {}, { user: people[who], dm });
      expect(outcome.messages).toHaveLength(1);
      const message = outcome.messages[0]!;
      const shown = shownText(message);
      if (allowed) {
        expect(shown).toContain('Reindex finished');
        expect(reindexes).toHaveBeenCalledTimes(1);
      } else {
        expect(message.flags & 64).toBe(64);
        expect(shown).toContain('Only server admins (Manage Server)');
        expect(reindexes).not.toHaveBeenCalled();
      }
      reindexes.mockRestore();
      expect(outcome.rejected).toEqual([]);
    }, 30_000);
  }

  it('two admins pressing /reindex at once: one runs, the other is told', async () => {
    const { fake } = harness;
    const outcomes = await Promise.all([
      fake.slash('reindex', { full: true }, { user: people.manageServer }),
      fake.slash('reindex', { full: true }, { user: people.owner }),
    ]);
    const shown = outcomes.map((o) => {
      expect(o.messages).toHaveLength(1);
      return shownText(o.messages[0]!);
    });
    expect(shown.filter((text) => text.includes('Reindex finished'))).toHaveLength(1);
    const told = outcomes.find((o) => shownText(o.messages[0]!).includes('already running'));
    expect(told?.messages[0]!.flags).toBe(64);
  }, 30_000);

  it('a DM user is the asker for ordinary commands, which still work there', async () => {
    const outcome = await harness.fake.slash('stats', {}, { user: people.member, dm: true });
    expect(outcome.messages).toHaveLength(1);
    expect(shownText(outcome.messages[0]!)).not.toContain('Something went wrong');
  });

  it('no call was rejected by the fake Discord', () => {
    expect(harness.fake.violations).toEqual([]);
  });
});
