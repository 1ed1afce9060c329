import { DiscordAPIError, Routes } from 'discord.js';
import { afterEach, describe, expect, it } from 'vitest';
import { FakeDiscord, GatewayOp } from '../../src/fake-discord/index.js';
import { pingCommands, startPingBot, type PingBot } from './ping-bot.js';

let fake: FakeDiscord | null = null;
let bot: PingBot | null = null;

async function setUp(
  options: Parameters<typeof FakeDiscord.start>[0] = {},
  botOptions: Parameters<typeof startPingBot>[1] = {},
) {
  fake = await FakeDiscord.start(options);
  bot = await startPingBot(fake, botOptions);
  return { fake, bot };
}

afterEach(async () => {
  await bot?.client.destroy();
  await fake?.stop();
  bot = null;
  fake = null;
});

describe('fake Discord with a real discord.js client', () => {
  it('lets the client log in and fills its cache from READY and GUILD_CREATE', async () => {
    const { fake, bot } = await setUp();
    expect(bot.client.user?.id).toBe(fake.botUser.id);
    expect(bot.client.application?.id).toBe(fake.applicationId);
    const guild = bot.client.guilds.cache.get(fake.guildId);
    expect(guild?.members.cache.get(fake.users.admin.id)?.permissions.has('ManageGuild')).toBe(
      true,
    );
    expect(guild?.members.cache.get(fake.users.member.id)?.permissions.has('ManageGuild')).toBe(
      false,
    );
    expect(guild?.ownerId).toBe(fake.users.owner.id);
    expect(bot.client.channels.cache.get(fake.channelId)?.isTextBased()).toBe(true);
    expect(fake.calls.some((c) => c.path === '/gateway/bot' && c.status === 200)).toBe(true);
    expect(fake.intents).toBe((1 << 0) | (1 << 9));
    expect(fake.violations).toEqual([]);
  });

  it('stores registered commands with ids and keeps ids on re-registration', async () => {
    const { fake, bot } = await setUp();
    const first = fake.commands('guild');
    expect(first.map((c) => c.name)).toEqual(pingCommands.map((c) => c.name));
    expect(first.every((c) => typeof c.id === 'string' && c.guild_id === fake.guildId)).toBe(true);
    const again = (await bot.client.rest.put(
      Routes.applicationGuildCommands(fake.applicationId, fake.guildId),
      {
        body: pingCommands.slice(0, 2),
      },
    )) as Array<{ id: string; name: string }>;
    expect(again.map((c) => c.id)).toEqual(first.slice(0, 2).map((c) => c.id));
    expect(fake.commands('guild')).toHaveLength(2);
  });

  it('rejects an invalid command definition with 400/50035 and records it', async () => {
    const { fake, bot } = await setUp();
    const bad = [
      {
        name: 'Bad Name',
        description: '',
        options: [
          { name: 'b', description: 'b', type: 3 },
          { name: 'a', description: 'a', type: 3, required: true },
        ],
      },
    ];
    const error = await bot.client.rest
      .put(Routes.applicationCommands(fake.applicationId), { body: bad })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DiscordAPIError);
    expect((error as DiscordAPIError).code).toBe(50035);
    expect((error as DiscordAPIError).status).toBe(400);
    const paths = fake.violations[0]?.errors.map((e) => e.path);
    expect(paths).toEqual(
      expect.arrayContaining(['0.name', '0.description', '0.options.1.required']),
    );
    expect(fake.commands('global')).toEqual([]);
  });

  it('round-trips a plain reply', async () => {
    const { fake } = await setUp();
    const outcome = await fake.slash('ping');
    expect(outcome.callback?.type).toBe(4);
    expect(outcome.deferred).toBe(false);
    expect(outcome.messages.map((m) => m.content)).toEqual(['pong']);
    expect(outcome.calls.map((c) => c.status)).toEqual([204]);
  });

  it('passes string, integer and boolean options', async () => {
    const { fake } = await setUp();
    const outcome = await fake.slash('echo', { text: 'hey', times: 2, loud: true });
    expect(outcome.reply?.content).toBe('HEY HEY');
  });

  it('refuses options the registered command does not have', async () => {
    const { fake } = await setUp();
    await expect(fake.slash('echo', { text: 'a', colour: 'red' })).rejects.toThrow(
      '/echo has no option "colour"',
    );
    await expect(fake.slash('echo', { times: 2 })).rejects.toThrow('needs option(s) text');
    await expect(fake.slash('nope')).rejects.toThrow('/nope is not a registered command');
  });

  it('settles a deferred reply on its edit and collects the follow-up', async () => {
    const { fake } = await setUp();
    const outcome = await fake.slash('slow');
    expect(outcome.callback?.type).toBe(5);
    expect(outcome.deferred).toBe(true);
    expect(outcome.reply?.content).toBe('done');
    expect(outcome.reply?.edited).toBe(true);
    expect(outcome.reply?.flags).toBe(0);
    expect(outcome.followUps.map((m) => m.content)).toEqual(['and more']);
    expect(outcome.messages.map((m) => m.content)).toEqual(['done', 'and more']);
  });

  it('answers with_response=true with the interaction and the created message', async () => {
    const { fake, bot } = await setUp();
    const outcome = await fake.slash('response');
    expect(outcome.calls[0]?.query.with_response).toBe('true');
    expect(outcome.calls[0]?.status).toBe(200);
    expect(bot.responses).toEqual([{ messageContent: 'with response', interactionId: outcome.id }]);
  });

  it('returns autocomplete choices for the focused option', async () => {
    const { fake } = await setUp();
    const choices = await fake.autocomplete('find', { fruit: 'ap' });
    expect(choices.map((c) => c.name)).toEqual(['apple', 'apricot']);
  });

  it('updates the message a pressed button is on', async () => {
    const { fake } = await setUp();
    const shown = await fake.slash('buttons');
    const message = shown.reply!;
    await expect(fake.press(message, 'missing')).rejects.toThrow('has no component "missing"');
    const pressed = await fake.press(message, 'again', { user: fake.users.admin });
    expect(pressed.callback?.type).toBe(7);
    expect(pressed.reply?.id).toBe(message.id);
    expect(pressed.reply?.content).toBe('pressed again by admin');
    expect(pressed.reply?.components).toEqual([]);
  });

  it('delivers a mention and returns the channel reply', async () => {
    const { fake } = await setUp();
    const { message, replies } = await fake.mention('who said hello?');
    expect(replies.map((r) => r.content)).toEqual(['you asked: who said hello?']);
    expect(replies[0]?.message_reference?.message_id).toBe(message.id);
    const ignored = await fake.say('just chatting');
    expect(ignored.replies).toEqual([]);
  });

  it('records files sent as multipart form data', async () => {
    const { fake } = await setUp();
    const outcome = await fake.slash('file');
    expect(outcome.reply?.content).toBe('see file');
    expect(outcome.reply?.attachments).toEqual([{ filename: 'note.txt', size: 10 }]);
    expect(outcome.calls[0]?.files.map((f) => f.filename)).toEqual(['note.txt']);
  });

  it('answers an over-long reply with 400/50035 and records the violation', async () => {
    const { fake, bot } = await setUp();
    const outcome = await fake.slash('huge');
    expect(outcome.reply?.content).toBe('too long, sorry');
    expect(outcome.calls.map((c) => c.status)).toEqual([400, 204]);
    expect(bot.errors).toHaveLength(1);
    expect((bot.errors[0] as DiscordAPIError).code).toBe(50035);
    expect(fake.violations).toHaveLength(1);
    expect(fake.violations[0]?.errors).toEqual([
      {
        path: 'data.content',
        code: 'BASE_TYPE_MAX_LENGTH',
        message: 'Must be 2000 or fewer in length.',
      },
    ]);
    expect(() => fake.assertNoViolations()).toThrow(
      'data.content: Must be 2000 or fewer in length.',
    );
  });

  it('rejects a second acknowledgement with 40060', async () => {
    const { fake, bot } = await setUp();
    const outcome = await fake.slash('twice');
    expect(outcome.reply?.content).toBe('once');
    expect((bot.errors[0] as DiscordAPIError).code).toBe(40060);
    expect(fake.violations.map((v) => v.code)).toEqual([40060]);
  });

  it('rejects a callback after the deadline as an unknown interaction', async () => {
    const { fake, bot } = await setUp(
      { interactionDeadlineMs: 100, settleTimeoutMs: 1000 },
      { lateMs: 250 },
    );
    await expect(fake.slash('late')).rejects.toThrow(
      /\/late \(interaction \d+\) did not settle within 1000 ms: no callback was received; rejected calls: POST \/interactions\/.* 404 10062/,
    );
    expect((bot.errors[0] as DiscordAPIError).code).toBe(10062);
  });

  it('rejects with a message naming the interaction when the bot never answers', async () => {
    const { fake } = await setUp({ settleTimeoutMs: 300 });
    await expect(fake.slash('ignore')).rejects.toThrow(
      /^\/ignore \(interaction \d+\) did not settle within 300 ms: no callback was received$/,
    );
  });

  it('gets the reply through after a 429 on the callback', async () => {
    const { fake } = await setUp();
    fake.rateLimitNext({ path: '/callback', retryAfterSeconds: 0.3 });
    const started = Date.now();
    const outcome = await fake.slash('ping');
    expect(outcome.reply?.content).toBe('pong');
    expect(outcome.calls.map((c) => [c.status, c.fault])).toEqual([
      [429, 'rate-limit'],
      [204, null],
    ]);
    expect(outcome.calls[1]!.time - outcome.calls[0]!.time).toBeGreaterThanOrEqual(300);
    expect(Date.now() - started).toBeLessThan(3000);
  });

  it('gets the edit through after a 500', async () => {
    const { fake } = await setUp();
    fake.failNext({ method: 'PATCH', path: '/messages/@original' });
    const outcome = await fake.slash('slow');
    expect(outcome.reply?.content).toBe('done');
    expect(outcome.calls.filter((c) => c.method === 'PATCH').map((c) => c.status)).toEqual([
      500, 200,
    ]);
  });

  it('answers unknown routes 404 in Discord error format and records them', async () => {
    const { fake, bot } = await setUp();
    const error = await bot.client.rest.get('/guilds/1/bans').catch((e: unknown) => e);
    expect((error as DiscordAPIError).status).toBe(404);
    expect(fake.unknownRoutes.map((c) => c.path)).toEqual(['/guilds/1/bans']);
  });
});

describe('fake Discord gateway faults', () => {
  const inOps = (f: FakeDiscord, op: number) =>
    f.gatewayFrames.filter((x) => x.direction === 'in' && x.op === op).length;

  it('acknowledges heartbeats', async () => {
    const { fake } = await setUp({ heartbeatIntervalMs: 50 });
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(inOps(fake, GatewayOp.Heartbeat)).toBeGreaterThanOrEqual(2);
    expect(
      fake.gatewayFrames.filter((x) => x.direction === 'out' && x.op === GatewayOp.HeartbeatAck)
        .length,
    ).toBe(inOps(fake, GatewayOp.Heartbeat));
  });

  it('resumes after a resumable socket close and answers the next interaction', async () => {
    const { fake } = await setUp();
    const resumed = fake.nextGatewayEvent('resumed');
    fake.closeSocket(4000);
    await resumed;
    expect(inOps(fake, GatewayOp.Resume)).toBe(1);
    expect(inOps(fake, GatewayOp.Identify)).toBe(1);
    expect((await fake.slash('ping')).reply?.content).toBe('pong');
  });

  it('replays an interaction dispatched while the socket was away', async () => {
    const { fake } = await setUp();
    const resumed = fake.nextGatewayEvent('resumed');
    fake.closeSocket(4000);
    expect(fake.connected).toBe(false);
    const outcome = fake.slash('ping');
    expect((await resumed).replayed).toBeGreaterThanOrEqual(1);
    expect((await outcome).reply?.content).toBe('pong');
  });

  it('survives RECONNECT by resuming', async () => {
    const { fake } = await setUp();
    const resumed = fake.nextGatewayEvent('resumed');
    fake.sendReconnect();
    await resumed;
    expect(inOps(fake, GatewayOp.Identify)).toBe(1);
    expect((await fake.slash('ping')).reply?.content).toBe('pong');
  });

  it('survives a resumable INVALID_SESSION', async () => {
    const { fake } = await setUp();
    const resumed = fake.nextGatewayEvent('resumed');
    fake.sendInvalidSession(true);
    await resumed;
    expect(inOps(fake, GatewayOp.Identify)).toBe(1);
    expect((await fake.slash('ping')).reply?.content).toBe('pong');
  });

  it('survives a non-resumable INVALID_SESSION by identifying again', async () => {
    const { fake } = await setUp();
    const firstSession = fake.gatewayFrames.length;
    const identified = fake.nextGatewayEvent('identify');
    fake.sendInvalidSession(false);
    await identified;
    expect(inOps(fake, GatewayOp.Identify)).toBe(2);
    expect(fake.gatewayFrames.length).toBeGreaterThan(firstSession);
    expect((await fake.slash('ping')).reply?.content).toBe('pong');
  });
});
