import { once } from 'node:events';
import zlib from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { FakeDiscord, GatewayOp } from '../../src/fake-discord/index.js';

let fake: FakeDiscord | null = null;
const sockets: WebSocket[] = [];

afterEach(async () => {
  for (const socket of sockets.splice(0)) socket.terminate();
  await fake?.stop();
  fake = null;
});

function connect(query: string): WebSocket {
  const socket = new WebSocket(`${fake!.gatewayUrl}?${query}`);
  sockets.push(socket);
  return socket;
}

async function closeCode(socket: WebSocket): Promise<number> {
  const [code] = (await once(socket, 'close')) as [number];
  return code;
}

describe('fake gateway protocol', () => {
  it('refuses other API versions and encodings with Discord close codes', async () => {
    fake = await FakeDiscord.start();
    expect(await closeCode(connect('v=9&encoding=json'))).toBe(4012);
    expect(await closeCode(connect('v=10&encoding=etf'))).toBe(4002);
  });

  it('closes with 4004 on a wrong token and 4003 on a request before Identify', async () => {
    fake = await FakeDiscord.start();
    const wrong = connect('v=10&encoding=json');
    await once(wrong, 'message');
    wrong.send(
      JSON.stringify({ op: GatewayOp.Identify, d: { token: 'nope', intents: 1, properties: {} } }),
    );
    expect(await closeCode(wrong)).toBe(4004);
    const early = connect('v=10&encoding=json');
    await once(early, 'message');
    early.send(
      JSON.stringify({ op: GatewayOp.RequestGuildMembers, d: { guild_id: fake.guildId } }),
    );
    expect(await closeCode(early)).toBe(4003);
  });

  it('speaks zlib-stream: Hello, READY and GUILD_CREATE arrive compressed with sync flushes', async () => {
    fake = await FakeDiscord.start();
    const socket = connect('v=10&encoding=json&compress=zlib-stream');
    const inflate = zlib.createInflate();
    const payloads: Array<{ op: number; t: string | null; s: number | null }> = [];
    let pending = '';
    inflate.on('data', (chunk: Buffer) => {
      pending += chunk.toString('utf8');
      try {
        payloads.push(JSON.parse(pending) as (typeof payloads)[number]);
        pending = '';
      } catch {
        // A frame can inflate in pieces; wait for the rest.
      }
    });
    socket.on('message', (data: Buffer) => inflate.write(data));
    const until = async (count: number) => {
      while (payloads.length < count) await new Promise((resolve) => setTimeout(resolve, 10));
    };
    await until(1);
    expect(payloads[0]?.op).toBe(GatewayOp.Hello);
    socket.send(
      JSON.stringify({
        op: GatewayOp.Identify,
        d: { token: fake.token, intents: 1, properties: {} },
      }),
    );
    await until(3);
    expect(payloads.slice(1).map((p) => [p.t, p.s])).toEqual([
      ['READY', 1],
      ['GUILD_CREATE', 2],
    ]);
    inflate.close();
  });
});
