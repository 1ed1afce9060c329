import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { InteractionOutcome } from '../../src/fake-discord/index.js';
import {
  openStore,
  SAMPLE_DATA,
  scratchFolder,
  startBotHarness,
  type BotHarness,
} from '../helpers/bot-harness.js';

const INTERACTIONS = 1000;
/** Interactions in flight at once: a busy server, not a denial of service. */
const CONCURRENCY = 25;

/** How one interaction went: acknowledgements, what the user saw, and when it was acknowledged. */
interface Answer {
  callbacks: number;
  visible: number;
  rejected: number;
  acknowledgedAt: number;
}

type Act = { label: string; run: (harness: BotHarness) => Promise<Answer> };

function answerOf(outcome: InteractionOutcome): Answer {
  const callbacks = outcome.calls.filter((c) => c.path.endsWith('/callback') && c.status < 300);
  return {
    callbacks: callbacks.length,
    visible: outcome.messages.length,
    rejected: outcome.rejected.length,
    acknowledgedAt: callbacks[0]?.time ?? Number.NaN,
  };
}

const slash =
  (name: string, options: Record<string, string | boolean> = {}) =>
  async (h: BotHarness) =>
    answerOf(await h.fake.slash(name, options));

/** The mix of a busy server: every command, autocomplete, with and without results. */
const ACTS: Act[] = [
  { label: '/search', run: slash('search', { query: 'harbour levy' }) },
  { label: '/search none', run: slash('search', { query: 'zzqx nothing' }) },
  { label: '/whosaid', run: slash('whosaid', { phrase: 'dragging its feet' }) },
  { label: '/articles', run: slash('articles', { date: 'May 2024' }) },
  { label: '/quotes', run: slash('quotes', { person: 'Vasquez' }) },
  { label: '/article', run: slash('article', { article: 'harbour' }) },
  { label: '/stats', run: slash('stats', { private: true }) },
  { label: '/ask', run: slash('ask', { question: 'who said dragging its feet?' }) },
  { label: '/help', run: slash('help') },
  {
    // The fake hands back only the choices; a second answer would show as a violation.
    label: 'autocomplete',
    run: async (h) => {
      const choices = await h.fake.autocomplete('quotes', { person: 'Va' });
      return {
        callbacks: 1,
        visible: Array.isArray(choices) ? 1 : 0,
        rejected: 0,
        acknowledgedAt: Date.now(),
      };
    },
  },
];

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

describe(`a burst of ${INTERACTIONS} interactions with a dropped socket, a RECONNECT and 429s`, () => {
  let harness: BotHarness;
  let removeScratch: () => Promise<void>;

  beforeAll(async () => {
    const scratch = await scratchFolder('burst');
    removeScratch = scratch.remove;
    const store = await openStore(SAMPLE_DATA, scratch.dir);
    harness = await startBotHarness({
      store,
      fake: { settleTimeoutMs: 20_000, quietMs: 30 },
    });
  }, 60_000);

  afterAll(async () => {
    await harness?.stop();
    await removeScratch?.();
  });

  it('answers every interaction exactly once', async () => {
    const { fake } = harness;
    const ackMs: number[] = [];
    const failures: string[] = [];
    const faults: string[] = [];
    let sent = 0;
    let answered = 0;

    /** Disruptions at fixed points of the burst, each once the client is connected again. */
    const disrupt = async (index: number) => {
      if (index === 250) {
        await fake.waitForReady();
        fake.closeSocket();
        faults.push('socket closed');
      } else if (index === 500) {
        await fake.waitForReady();
        fake.sendReconnect();
        faults.push('RECONNECT');
      } else if (index === 750) {
        fake.rateLimitNext({ path: /\/callback$/, count: 30, retryAfterSeconds: 0.2 });
        fake.rateLimitNext({ path: /\/messages\/@original$/, count: 10, retryAfterSeconds: 0.2 });
        faults.push('40 replies answered 429');
      }
    };

    const one = async (index: number) => {
      const act = ACTS[index % ACTS.length]!;
      const started = Date.now();
      sent += 1;
      try {
        const answer = await act.run(harness);
        if (answer.callbacks !== 1 || answer.visible !== 1 || answer.rejected > 0) {
          failures.push(
            `#${index} ${act.label}: ${answer.callbacks} callbacks, ${answer.visible} replies, ${answer.rejected} rejected`,
          );
          return;
        }
        answered += 1;
        ackMs.push(answer.acknowledgedAt - started);
      } catch (error) {
        failures.push(`#${index} ${act.label}: ${(error as Error).message}`);
      }
    };

    let next = 0;
    const worker = async () => {
      while (next < INTERACTIONS) {
        const index = next;
        next += 1;
        await disrupt(index);
        await one(index);
      }
    };
    await Promise.all(Array.from({ length: CONCURRENCY }, worker));

    const p50 = percentile(ackMs, 50);
    const p99 = percentile(ackMs, 99);
    const rateLimited = fake.calls.filter((c) => c.fault === 'rate-limit').length;
    console.info(
      `reliability: ${sent} interactions sent, ${answered} answered exactly once, ${failures.length} failures; ` +
        `acknowledged in p50 ${p50} ms, p99 ${p99} ms, max ${Math.max(...ackMs)} ms; faults: ${faults.join(', ')}; ` +
        `${rateLimited} calls answered 429`,
    );
    expect(failures.slice(0, 10)).toEqual([]);
    expect(answered).toBe(INTERACTIONS);
    expect(faults).toHaveLength(3);
    expect(rateLimited).toBe(40);
    // Discord drops an interaction not acknowledged within 3 s.
    expect(p99).toBeLessThan(3000);
    expect(fake.violations).toEqual([]);
  }, 180_000);
});
