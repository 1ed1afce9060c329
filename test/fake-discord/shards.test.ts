import { once } from 'node:events';
import { REST, Routes } from 'discord.js';
import { afterEach, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { FakeDiscord, GatewayOp, shardOfGuild } from '../../src/fake-discord/index.js';
import { startPingBot, type PingBot } from './ping-bot.js';

let fake: FakeDiscord | null = null;
const bots: PingBot[] = [];
const sockets: WebSocket[] = [];

afterEach(async () => {
  for (const socket of sockets.splice(0)) socket.terminate();
  for (const bot of bots.splice(0)) await bot.client.destroy();
  await fake?.stop();
  fake = null;
});

/** Two real discord.js clients, shard 0 and shard 1 of 2, each registering the commands in its guild. */
async function twoShards(): Promise<{ fake: FakeDiscord; shard0: PingBot; shard1: PingBot }> {
  fake = await FakeDiscord.start({ guilds: 2, shards: 2 });
  const [guild0, guild1] = fake.guildIds;
  const shard0 = await startPingBot(fake, {
    client: { shards: [0], shardCount: 2 },
    registerIn: [guild0!],
  });
  bots.push(shard0);
  const shard1 = await startPingBot(fake, {
    client: { shards: [1], shardCount: 2 },
    registerIn: [guild1!],
  });
  bots.push(shard1);
  return { fake, shard0, shard1 };
}

describe('fake Discord sharding', () => {
  it('gives each guild to the shard (guild_id >> 22) % count, one guild per shard of two', async () => {
    fake = await FakeDiscord.start({ guilds: 2, shards: 2 });
    expect(fake.guildIds).toHaveLength(2);
    expect(new Set(fake.guildIds).size).toBe(2);
    expect(fake.guildIds.map((id) => shardOfGuild(id, 2))).toEqual([0, 1]);
    expect(fake.guildIds[0]).toBe(fake.guildId);
    expect(fake.channelIdOf(fake.guildIds[1]!)).not.toBe(fake.channelId);
    const gateway = (await new REST({ api: fake.restApiUrl })
      .setToken(fake.token)
      .get(Routes.gatewayBot())) as { shards: number; url: string };
    expect(gateway.shards).toBe(2);
  });

  it('recommends one shard by default', async () => {
    fake = await FakeDiscord.start();
    const gateway = (await new REST({ api: fake.restApiUrl })
      .setToken(fake.token)
      .get(Routes.gatewayBot())) as { shards: number };
    expect(gateway.shards).toBe(1);
    expect(fake.guildIds).toEqual([fake.guildId]);
  });

  it('sends each of two discord.js clients (shards 0 and 1 of 2) only the guild its shard owns', async () => {
    const { fake, shard0, shard1 } = await twoShards();
    const [guild0, guild1] = fake.guildIds;
    expect([...shard0.client.guilds.cache.keys()]).toEqual([guild0]);
    expect([...shard1.client.guilds.cache.keys()]).toEqual([guild1]);
    expect(shard0.client.guilds.cache.get(guild0!)?.shardId).toBe(0);
    expect(shard1.client.guilds.cache.get(guild1!)?.shardId).toBe(1);
    expect(shard1.client.channels.cache.has(fake.channelIdOf(guild1!))).toBe(true);
    expect(shard1.client.channels.cache.has(fake.channelIdOf(guild0!))).toBe(false);
    const identified = fake.shards.map((s) => [s.shard, s.guildIds]);
    expect(identified).toEqual([
      [[0, 2], [guild0]],
      [[1, 2], [guild1]],
    ]);
    const ready = fake.gatewayFrames.filter((f) => f.direction === 'out' && f.t === 'GUILD_CREATE');
    expect(ready).toHaveLength(2);
    expect(fake.violations).toEqual([]);
  });

  it('sends an interaction in a guild only to the shard that owns it, which answers', async () => {
    const { fake, shard0, shard1 } = await twoShards();
    const [guild0, guild1] = fake.guildIds;
    const inGuild1 = await fake.slash('shard', {}, { guild: guild1! });
    expect(inGuild1.reply?.content).toBe('shard 1');
    expect(inGuild1.reply?.channel_id).toBe(fake.channelIdOf(guild1!));
    const inGuild0 = await fake.slash('shard', {}, { guild: guild0! });
    expect(inGuild0.reply?.content).toBe('shard 0');
    expect(inGuild0.reply?.channel_id).toBe(fake.channelIdOf(guild0!));
    const interactions = (bot: PingBot) =>
      bot.received.filter((r) => r.kind === 'interaction').map((r) => [r.guildId, r.id]);
    expect(interactions(shard1)).toEqual([[guild1, inGuild1.id]]);
    expect(interactions(shard0)).toEqual([[guild0, inGuild0.id]]);
    fake.assertNoViolations();
  });

  it('keeps each guild its own commands and refuses an unknown guild', async () => {
    const { fake } = await twoShards();
    const [guild0, guild1] = fake.guildIds;
    const ids = (guildId: string) => fake.commands('guild', guildId).map((c) => c.id);
    expect(fake.commands('guild', guild1).map((c) => c.guild_id)).toContain(guild1);
    expect(ids(guild1!).filter((id) => ids(guild0!).includes(id))).toEqual([]);
    await expect(fake.slash('ping', {}, { guild: 'nope' })).rejects.toThrow(
      'the fake Discord has no guild nope',
    );
  });

  it('sends a message in a guild, and the echo of the reply, only to the shard that owns it', async () => {
    const { fake, shard0, shard1 } = await twoShards();
    // Guild 0: its shard is not the one that identified last.
    const [guild0] = fake.guildIds;
    const { message, replies } = await fake.mention('which shard?', { guild: guild0! });
    expect(replies.map((r) => r.content)).toEqual(['you asked: which shard?']);
    expect(replies[0]?.channel_id).toBe(fake.channelIdOf(guild0!));
    const messages = (bot: PingBot) => bot.received.filter((r) => r.kind === 'message');
    // The user's message, then Discord's echo of the bot's own reply.
    expect(messages(shard0).map((r) => [r.guildId, r.id])).toEqual([
      [guild0, message.id],
      [guild0, replies[0]!.id],
    ]);
    expect(messages(shard1)).toEqual([]);
  });

  it('sends direct-message interactions to shard 0', async () => {
    const { fake, shard0, shard1 } = await twoShards();
    const outcome = await fake.slash('ping', {}, { dm: true });
    expect(outcome.reply?.content).toBe('pong');
    expect(shard0.received.map((r) => [r.kind, r.guildId])).toEqual([['interaction', null]]);
    expect(shard1.received).toEqual([]);
  });

  it("lets one discord.js client run every shard GET /gateway/bot recommends ('auto')", async () => {
    fake = await FakeDiscord.start({ guilds: 2, shards: 2 });
    const bot = await startPingBot(fake, { client: { shards: 'auto' }, registerIn: fake.guildIds });
    bots.push(bot);
    expect(bot.client.ws.shards.size).toBe(2);
    expect([...bot.client.guilds.cache.values()].map((g) => [g.id, g.shardId])).toEqual(
      expect.arrayContaining([
        [fake.guildIds[0], 0],
        [fake.guildIds[1], 1],
      ]),
    );
    expect((await fake.slash('shard', {}, { guild: fake.guildIds[1]! })).reply?.content).toBe(
      'shard 1',
    );
  });

  it('gives an unsharded client every guild', async () => {
    fake = await FakeDiscord.start({ guilds: 2, shards: 2 });
    const bot = await startPingBot(fake, { registerIn: fake.guildIds });
    bots.push(bot);
    expect([...bot.client.guilds.cache.keys()].sort()).toEqual([...fake.guildIds].sort());
    expect((await fake.slash('shard', {}, { guild: fake.guildIds[1]! })).reply?.content).toBe(
      'shard 0',
    );
    expect(fake.shards.map((s) => s.shard)).toEqual([[0, 1]]);
  });

  it('closes with 4010 on a shard id outside the count', async () => {
    fake = await FakeDiscord.start({ guilds: 2, shards: 2 });
    for (const shard of [
      [2, 2],
      [-1, 2],
      [0, 0],
      [0.5, 2],
      ['0', 2],
    ]) {
      const socket = new WebSocket(`${fake.gatewayUrl}?v=10&encoding=json`);
      sockets.push(socket);
      await once(socket, 'message');
      socket.send(
        JSON.stringify({
          op: GatewayOp.Identify,
          d: { token: fake.token, intents: 1, properties: {}, shard },
        }),
      );
      const [code] = (await once(socket, 'close')) as [number];
      expect([shard, code]).toEqual([shard, 4010]);
    }
    expect(fake.shards).toEqual([]);
  });

  it('waits for the owning shard before dispatching, and says which is missing', async () => {
    fake = await FakeDiscord.start({ guilds: 2, shards: 2, readyTimeoutMs: 300 });
    const bot = await startPingBot(fake, {
      client: { shards: [0], shardCount: 2 },
      registerIn: fake.guildIds,
    });
    bots.push(bot);
    await expect(fake.slash('ping', {}, { guild: fake.guildIds[1]! })).rejects.toThrow(
      `no shard that owns guild ${fake.guildIds[1]} logged in within 300 ms`,
    );
    expect(bot.received).toEqual([]);
  });
});
