/**
 * Temporary article reader for the quotation bench and tests, until src/articles/load.ts lands.
 * Seed layout: `# Title`, author line, date line, blank-line-separated paragraphs.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Article } from '../src/articles/types.js';

export async function readSeedLayout(file: string): Promise<Article> {
  const raw = (await readFile(file, 'utf8')).replace(/\r\n?/g, '\n');
  const blocks = raw.split(/\n\s*\n/).map((b) => b.trim()).filter((b) => b.length > 0);
  const titleIndex = blocks.findIndex((b) => b.startsWith('# '));
  const head = blocks[titleIndex]!.split('\n').map((l) => l.trim());
  const title = head[0]!.replace(/^#\s+/, '');
  let rest = [...head.slice(1), ...blocks.slice(titleIndex + 1)];
  const meta: string[] = [];
  while (meta.length < 2 && rest.length > 0) {
    const lines = rest[0]!.split('\n').map((l) => l.trim());
    meta.push(...lines);
    rest = rest.slice(1);
  }
  const paragraphs: string[] = [];
  for (const block of rest) {
    const text = block.replace(/\s*\n\s*/g, ' ').replace(/\\([$*_#\\])/g, '$1');
    if (/^To contact the WSWS/.test(text) || /^\*\*\[wsws\.org/.test(text)) continue;
    const previous = paragraphs[paragraphs.length - 1];
    if (previous !== undefined && !/[.!?:”"’'…)\]]$/.test(previous) && /^[a-z]/.test(text)) {
      paragraphs[paragraphs.length - 1] = `${previous} ${text}`;
    } else paragraphs.push(text);
  }
  return {
    id: path.basename(file).replace(/\.\w+$/, ''),
    title,
    author: meta[0] ?? null,
    date: null,
    url: null,
    tags: [],
    source: path.basename(file),
    paragraphs,
  };
}
