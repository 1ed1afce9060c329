import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { startBot } from '../../src/discord/bot.js';
import { createLogger } from '../../src/discord/logger.js';
import {
  openStore,
  SAMPLE_DATA,
  scratchFolder,
  startBotHarness,
  type BotHarness,
} from '../helpers/bot-harness.js';

/** Looks like a bot token and is easy to spot anywhere it leaks. */
const RECOGNISABLE_TOKEN = 'MTIzNDU2Nzg5MDEyMzQ1Njc4OTA.LEAKME.TOKEN-CANARY-0123456789abcdefghij';

/** The token, and its secret last part, which is enough to be a leak on its own. */
function secrets(token: string): string[] {
  return [token, token.split('.').at(-1)!];
}

describe('the token never appears in logs, replies or error messages', () => {
  let harness: BotHarness;
  let remove: () => Promise<void>;
  const written: string[] = [];
  const errors: string[] = [];

  beforeAll(async () => {
    const capture = (chunk: unknown) => {
      written.push(String(chunk));
      return true;
    };
    vi.spyOn(process.stdout, 'write').mockImplementation(capture);
    vi.spyOn(process.stderr, 'write').mockImplementation(capture);
    for (const method of ['log', 'info', 'warn', 'error', 'debug'] as const) {
      vi.spyOn(console, method).mockImplementation(
        (...args: unknown[]) => void written.push(args.map(String).join(' ')),
      );
    }

    const scratch = await scratchFolder('token');
    remove = scratch.remove;
    const store = await openStore(SAMPLE_DATA, scratch.dir);
    harness = await startBotHarness({ store, fake: { quietMs: 30, settleTimeoutMs: 4000 } });
    const { fake } = harness;

    await fake.slash('search', { query: 'harbour' });
    // Failures the bot must log: Discord errors on replies, rate limits, a lost session.
    fake.failNext({ path: /\/callback$/, status: 500, count: 10 });
    await fake.slash('stats', {}).catch((error: Error) => errors.push(error.message));
    fake.rateLimitNext({ path: /\/callback$/, count: 2, retryAfterSeconds: 0.1 });
    await fake.slash('help');
    fake.sendInvalidSession(false);
    await fake.waitForReady();
    await fake.slash('whosaid', { phrase: 'dragging its feet' });
    await fake.mention('who said "dragging its feet"?');

    // A wrong token: the login fails, and says so without repeating it.
    const wrongLogs: string[] = [];
    await startBot({
      config: { token: RECOGNISABLE_TOKEN, adminRoleIds: [], cooldownSeconds: 0 },
      store,
      logger: createLogger('trace', { write: (line: string) => void wrongLogs.push(line) }),
      restApi: fake.restApiUrl,
      readyTimeoutMs: 3000,
    }).then(
      async (bot) => {
        await bot.stop({ graceMs: 100 });
        errors.push('a wrong token logged in');
      },
      (error: Error) => errors.push(`${error.message}\n${error.stack ?? ''}`),
    );
    written.push(...wrongLogs);

    // A token pasted wrongly into the configuration.
    try {
      loadConfig({ DISCORD_TOKEN: `${RECOGNISABLE_TOKEN} trailing` });
      errors.push('a malformed token was accepted');
    } catch (error) {
      errors.push((error as Error).message);
    }
    // A logger given the whole configuration, as a careless log line might.
    const configLogs: string[] = [];
    createLogger('info', { write: (line: string) => void configLogs.push(line) }).info(
      { config: { token: RECOGNISABLE_TOKEN }, token: RECOGNISABLE_TOKEN },
      'configuration',
    );
    written.push(...configLogs);
  }, 60_000);

  afterAll(async () => {
    vi.restoreAllMocks();
    await harness?.stop();
    await remove?.();
  });

  it('the scenario ran: logs, replies and errors were produced', () => {
    expect(harness.logs.join('\n')).toMatch(/"level":50/);
    expect(harness.fake.calls.length).toBeGreaterThan(5);
    expect(errors.join('\n')).toMatch(/invalid token|Invalid configuration/i);
    expect(errors).not.toContain('a wrong token logged in');
    expect(errors).not.toContain('a malformed token was accepted');
  });

  it('appears nowhere', () => {
    const everything = [
      ...harness.logs,
      ...written,
      ...errors,
      ...harness.fake.calls.map((call) =>
        JSON.stringify({ path: call.path, query: call.query, body: call.body }),
      ),
    ].join('\n');
    for (const secret of [...secrets(harness.fake.token), ...secrets(RECOGNISABLE_TOKEN)]) {
      expect(everything.includes(secret), `found ${secret.slice(0, 6)}…`).toBe(false);
    }
  });

  it('pino redaction stays in force for the token paths the bot logs', () => {
    const lines: string[] = [];
    const logger = createLogger('info', { write: (line: string) => void lines.push(line) });
    logger.info(
      {
        options: { token: RECOGNISABLE_TOKEN },
        headers: { authorization: `Bot ${RECOGNISABLE_TOKEN}` },
      },
      'x',
    );
    expect(lines.join('\n')).not.toContain(RECOGNISABLE_TOKEN);
  });
});
