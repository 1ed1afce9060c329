import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { commandData } from '../src/commands/index.js';
import { CommandLineError, parseCommandLine } from '../src/local/command-line.js';
import { renderMessage } from '../src/local/render.js';

describe('parseCommandLine', () => {
  it('reads options by the command’s own option names', () => {
    expect(
      parseCommandLine('/search query: nato troops from: 2024 author: Jacob Crosse', commandData),
    ).toEqual({
      name: 'search',
      options: { query: 'nato troops', from: '2024', author: 'Jacob Crosse' },
    });
  });

  it('gives leading text to the first required option and keeps colons inside values', () => {
    expect(parseCommandLine('/whosaid note: the war', commandData)).toEqual({
      name: 'whosaid',
      options: { phrase: 'note: the war' },
    });
  });

  it('converts booleans and strips quotes', () => {
    expect(parseCommandLine('/whosaid phrase: "pack of lies" private: yes', commandData)).toEqual({
      name: 'whosaid',
      options: { phrase: 'pack of lies', private: true },
    });
  });

  it('refuses unknown commands and missing required options with a hint', () => {
    expect(() => parseCommandLine('/nope', commandData)).toThrow(CommandLineError);
    expect(() => parseCommandLine('/whosaid', commandData)).toThrow(/needs phrase:/);
  });
});

describe('renderMessage', () => {
  it('numbers the enabled buttons and marks ephemeral replies', () => {
    const rendered = renderMessage(
      {
        id: 'm1',
        channel_id: 'c',
        content: 'hello',
        embeds: [
          {
            title: 'T',
            description: 'D',
            fields: [{ name: 'F', value: 'V' }],
            footer: { text: 'foot' },
          },
        ],
        components: [
          {
            type: 1,
            components: [
              { type: 2, custom_id: 'a', label: '◀', disabled: true },
              { type: 2, custom_id: 'b', label: '▶' },
            ],
          },
        ],
        allowed_mentions: { parse: [] },
        flags: 64,
        attachments: [],
        message_reference: null,
        edited: false,
        deleted: false,
      },
      2,
    );
    expect(rendered.text).toContain('(only you can see this)');
    expect(rendered.text).toContain('┃ T');
    expect(rendered.text).toContain('[3] ▶');
    expect(rendered.buttons).toEqual([{ messageId: 'm1', customId: 'b', label: '▶' }]);
  });
});

describe('npm run local -- --json', () => {
  it('prints one Discord payload per input line, through the real bot', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'archivist-local-'));
    try {
      const stdout = await new Promise<string>((resolve, reject) => {
        const child = execFile(
          process.execPath,
          ['--import', 'tsx', 'src/local.ts', '--json'],
          { env: { ...process.env, SNAPSHOT_PATH: path.join(dir, 's.snapshot') }, timeout: 90_000 },
          (error, out) => (error ? reject(error) : resolve(out)),
        );
        child.stdin?.end(
          '/whosaid phrase: dragging its feet\n/articles date: 18 November 2026\nwho said "still be here when the tide turns"\n/nope\n',
        );
      });
      const lines = stdout
        .trim()
        .split('\n')
        .map((line) => JSON.parse(line) as Record<string, unknown>);
      expect(lines).toHaveLength(4);
      expect(JSON.stringify(lines[0])).toContain('Ngozi Okafor');
      for (const payload of lines.slice(0, 3)) {
        expect(Object.keys(payload).sort()).toEqual([
          'allowed_mentions',
          'components',
          'content',
          'embeds',
          'flags',
        ]);
        expect(payload.allowed_mentions).toMatchObject({ parse: [] });
      }
      expect(JSON.stringify(lines[1])).toContain('Lantern festival');
      expect(JSON.stringify(lines[2])).toMatch(/Whitlock|Okafor/);
      expect(lines[3]).toHaveProperty('error');
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
