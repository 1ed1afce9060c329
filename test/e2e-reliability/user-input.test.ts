import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { commandData } from '../../src/commands/index.js';
import {
  openStore,
  SAMPLE_DATA,
  scratchFolder,
  shownText,
  startBotHarness,
  type BotHarness,
} from '../helpers/bot-harness.js';

const STRING = 3;
const EPHEMERAL = 64;

interface OptionSpec {
  name: string;
  type: number;
  required?: boolean;
  max_length?: number;
}

/** A valid value for an option, so that only the option under test is wrong. */
function validValue(option: OptionSpec): string {
  return ['date', 'from', 'to'].includes(option.name) ? 'May 2024' : 'harbour';
}

describe('user input', () => {
  let harness: BotHarness;
  let remove: () => Promise<void>;

  beforeAll(async () => {
    const scratch = await scratchFolder('input');
    remove = scratch.remove;
    const store = await openStore(SAMPLE_DATA, scratch.dir);
    harness = await startBotHarness({ store, fake: { quietMs: 30 } });
  }, 60_000);

  afterAll(async () => {
    await harness?.stop();
    await remove?.();
  });

  const limited = commandData.flatMap((command) =>
    ((command.options ?? []) as OptionSpec[])
      .filter((option) => option.type === STRING && option.max_length !== undefined)
      .map((option) => ({
        command: command.name,
        option,
        all: (command.options ?? []) as OptionSpec[],
      })),
  );

  it('every free-text option has a length limit', () => {
    const unlimited = commandData.flatMap((command) =>
      ((command.options ?? []) as OptionSpec[])
        .filter((option) => option.type === STRING && option.max_length === undefined)
        .map((option) => `/${command.name} ${option.name}`),
    );
    expect(unlimited).toEqual([]);
    expect(limited.length).toBeGreaterThan(5);
  });

  it('refuses every over-long option with a clear ephemeral message', async () => {
    for (const { command, option, all } of limited) {
      const options: Record<string, string> = {};
      for (const other of all)
        if (other.required && other.type === STRING) options[other.name] = validValue(other);
      options[option.name] = 'a'.repeat(option.max_length! + 1);
      const outcome = await harness.fake.slash(command, options);
      expect(outcome.messages, `/${command} ${option.name}`).toHaveLength(1);
      const message = outcome.messages[0]!;
      expect(message.flags & EPHEMERAL, `/${command} ${option.name}`).toBe(EPHEMERAL);
      expect(shownText(message), `/${command} ${option.name}`).toContain(
        `The ${option.name} is too long: at most ${option.max_length} characters`,
      );
    }
  }, 60_000);

  const empties: Array<[string, Record<string, string>]> = [
    ['search', { query: 'the of and to a' }],
    ['search', { query: '?! ... ,;: — “”' }],
    ['whosaid', { phrase: 'the and of' }],
    ['whosaid', { phrase: '!!! ???' }],
    ['ask', { question: 'the of and' }],
    ['ask', { question: '?!' }],
    ['quotes', { person: '...' }],
    ['article', { article: '"""' }],
  ];
  for (const [command, options] of empties) {
    it(`/${command} ${JSON.stringify(options)} gets a helpful answer, not an error`, async () => {
      const outcome = await harness.fake.slash(command, options);
      expect(outcome.messages).toHaveLength(1);
      const shown = shownText(outcome.messages[0]!);
      expect(shown).not.toContain('Something went wrong');
      expect(shown).toMatch(/Try|try|Please give|pick one|Start typing/);
      expect(outcome.rejected).toEqual([]);
    });
  }

  for (const id of [
    '../../etc/passwd',
    '../../../../../../../../etc/passwd',
    '/etc/passwd',
    '2024/../../../etc/passwd',
    '..\\..\\..\\windows\\win.ini',
    'file:///etc/passwd',
    '%2e%2e%2f%2e%2e%2fetc%2fpasswd',
  ]) {
    it(`/article ${id} reads nothing outside the data folder`, async () => {
      const outcome = await harness.fake.slash('article', { article: id });
      expect(outcome.messages).toHaveLength(1);
      const shown = shownText(outcome.messages[0]!);
      expect(shown).toContain('No article is called');
      expect(shown).not.toMatch(/root:|\[fonts\]|daemon:/);
    });
  }

  it('no call was rejected by the fake Discord', () => {
    expect(harness.fake.violations).toEqual([]);
  });
});

describe('per-user cooldown', () => {
  let harness: BotHarness;
  let remove: () => Promise<void>;

  beforeAll(async () => {
    const scratch = await scratchFolder('cooldown');
    remove = scratch.remove;
    const store = await openStore(SAMPLE_DATA, scratch.dir);
    harness = await startBotHarness({ store, cooldownSeconds: 30, fake: { quietMs: 30 } });
  }, 60_000);

  afterAll(async () => {
    await harness?.stop();
    await remove?.();
  });

  it('stops a flood from one user with a clear ephemeral message, and leaves others alone', async () => {
    const { fake } = harness;
    const flood = await Promise.all(
      Array.from({ length: 10 }, () =>
        fake.slash('search', { query: 'harbour' }, { user: fake.users.member }),
      ),
    );
    const answered = flood.filter((o) => !shownText(o.messages[0]!).includes('Slow down'));
    const refused = flood.filter((o) => shownText(o.messages[0]!).includes('Slow down'));
    expect(answered).toHaveLength(1);
    expect(refused).toHaveLength(9);
    for (const outcome of refused) {
      expect(outcome.messages).toHaveLength(1);
      expect(outcome.messages[0]!.flags & EPHEMERAL).toBe(EPHEMERAL);
      expect(shownText(outcome.messages[0]!)).toMatch(/try again in (2\d|30) s/);
    }
    const other = await fake.slash('search', { query: 'harbour' }, { user: fake.users.admin });
    expect(shownText(other.messages[0]!)).not.toContain('Slow down');
    expect(fake.violations).toEqual([]);
  });
});
