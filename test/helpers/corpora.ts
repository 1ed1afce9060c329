import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { describe } from 'vitest';

/** The shared corpora live beside the repository; they are never copied into it. */
export const CORPORA = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '../../../shared/corpora',
);

export function corpusPath(...parts: string[]): string {
  return path.join(CORPORA, ...parts);
}

/**
 * A describe block over a shared corpus. In CI a missing corpus is a failure;
 * elsewhere the block is skipped, and the reason is printed.
 */
export function describeCorpus(name: string, parts: string[], body: () => void): void {
  const where = corpusPath(...parts);
  if (existsSync(where)) {
    describe(name, body);
    return;
  }
  if (process.env.CI === 'true') {
    describe(name, () => {
      throw new Error(`corpus missing in CI: ${where}`);
    });
    return;
  }
  console.warn(`skipping "${name}": corpus not found at ${where}`);
  describe.skip(name, body);
}
