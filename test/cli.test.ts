import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { corpusPath, describeCorpus } from './helpers/corpora.js';

/** The CLI as scripts and the evaluation use it: a real process, JSON Lines out. */

let cacheDir: string;

beforeAll(async () => {
  cacheDir = await mkdtemp(path.join(os.tmpdir(), 'archivist-cli-'));
});

afterAll(async () => {
  await rm(cacheDir, { recursive: true, force: true });
});

function cli(
  args: string[],
  stdin = '',
): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = execFile(
      process.execPath,
      ['--import', 'tsx', 'src/cli.ts', ...args],
      {
        env: { ...process.env, SNAPSHOT_PATH: path.join(cacheDir, `${args[0]}.snapshot`) },
        timeout: 120_000,
      },
      (error, stdout, stderr) =>
        resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr }),
    );
    child.stdin?.end(stdin);
  });
}

const jsonLines = (out: string) =>
  out
    .trim()
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as Record<string, unknown>);

describe('cli', () => {
  it('articles --json lists one object per article, oldest first, with the contract’s fields', async () => {
    const { code, stdout } = await cli(['articles', '--json', 'November 2026']);
    expect(code).toBe(0);
    const rows = jsonLines(stdout);
    expect(rows.length).toBeGreaterThanOrEqual(6);
    for (const row of rows) {
      expect(Object.keys(row).sort()).toEqual(
        ['articleId', 'author', 'date', 'file', 'title', 'url'].sort(),
      );
      expect(String(row.date)).toMatch(/^2026-11-/);
    }
    const dates = rows.map((r) => String(r.date));
    expect([...dates].sort()).toEqual(dates);
  });

  it('search --json prints passages best first', async () => {
    const { code, stdout } = await cli(['search', '--json', 'harbour levy']);
    expect(code).toBe(0);
    const rows = jsonLines(stdout);
    expect(rows.length).toBeGreaterThan(0);
    expect(Object.keys(rows[0]!).sort()).toEqual(
      ['articleId', 'author', 'date', 'file', 'paragraph', 'score', 'text', 'title'].sort(),
    );
    const scores = rows.map((r) => Number(r.score));
    expect([...scores].sort((a, b) => b - a)).toEqual(scores);
    expect(String(rows[0]!.text).toLowerCase()).toContain('levy');
  });

  it('whosaid --json answers each phrase from stdin on its own line', async () => {
    const { code, stdout } = await cli(
      ['whosaid', '--json'],
      'dragging its feet\nstill be here when the tide turns\n',
    );
    expect(code).toBe(0);
    const rows = jsonLines(stdout) as Array<{
      phrase: string;
      answers: Array<Record<string, unknown>>;
    }>;
    expect(rows.map((r) => r.phrase)).toEqual([
      'dragging its feet',
      'still be here when the tide turns',
    ]);
    expect(rows[0]!.answers[0]!.name).toBe('Ngozi Okafor');
    expect(String(rows[0]!.answers[0]!.speaker)).toMatch(/^Ngozi Okafor\b/);
    expect(Object.keys(rows[0]!.answers[0]!).sort()).toEqual(
      [
        'articleId',
        'date',
        'file',
        'name',
        'paragraph',
        'quote',
        'role',
        'score',
        'speaker',
        'title',
      ].sort(),
    );
    expect(rows[1]!.answers.map((a) => a.name)).toEqual(
      expect.arrayContaining(['Desmond Whitlock', 'Ngozi Okafor']),
    );
  });

  it('people counts quotations in the singular and the plural', async () => {
    const one = await cli(['people', 'Kowalczyk']);
    expect(one.stdout.trim()).toBe('Marta Kowalczyk — 1 quotation (also: Kowalczyk)');
    const many = await cli(['people', 'Vasquez']);
    expect(many.stdout).toMatch(/^Elena Vasquez — \d+ quotations \(also: /);
  });

  it('exits non-zero with one line on stderr for bad input', async () => {
    for (const args of [
      ['articles', 'the day after never'],
      ['search'],
      ['nonsense'],
      ['search', 'x', '--limit', 'lots'],
      ['stats', '--data', '/no/such/folder'],
    ]) {
      const { code, stderr } = await cli(args);
      expect(code, args.join(' ')).not.toBe(0);
      expect(stderr.trim().split('\n').at(-1), args.join(' ')).toBeTruthy();
      expect(stderr, args.join(' ')).not.toMatch(/\n\s+at /);
    }
  });
});

describeCorpus('cli quotes --json on the seed', ['seed'], () => {
  it('prints every quotation with the contract’s fields and resolved speakers', async () => {
    const { code, stdout } = await cli(['quotes', '--json', corpusPath('seed')]);
    expect(code).toBe(0);
    const rows = jsonLines(stdout);
    for (const row of rows) {
      expect(Object.keys(row).sort()).toEqual(
        [
          'articleId',
          'cue',
          'direct',
          'end',
          'file',
          'mention',
          'paragraph',
          'quote',
          'speaker',
          'start',
        ].sort(),
      );
    }
    const danger = rows.find((r) => String(r.quote).includes('danger of nuclear war'));
    expect(danger?.speaker).toBe('Joseph Kishore');
    expect(danger?.file).toBe('000_2291332dc24fef5e.txt');
  });
});
