import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * A fingerprint of the code that turns files into articles and quotations
 * (src/articles, src/quotes and src/search/build, as this build runs them). A snapshot keeps the
 * parsed content of unchanged files; when that code changes, the content must be
 * parsed again, or a newer analyser would go on answering with an older one's work.
 * Null when the sources cannot be read beside this module (a bundled build):
 * then no fingerprint is compared.
 */
function fingerprint(): string | null {
  const hash = createHash('sha256');
  try {
    const here = fileURLToPath(import.meta.url);
    const extension = path.extname(here);
    for (const folder of ['articles', 'quotes']) {
      const dir = path.join(path.dirname(here), '..', folder);
      const names = readdirSync(dir)
        .filter((name) => name.endsWith(extension))
        .sort();
      for (const name of names) hash.update(name).update(readFileSync(path.join(dir, name)));
    }
    // build.ts decides which quotations of a file the snapshot keeps (it filters by givesWords).
    const build = `build${extension}`;
    hash.update(build).update(readFileSync(path.join(path.dirname(here), build)));
  } catch {
    return null;
  }
  return hash.digest('hex').slice(0, 16);
}

export const CODE_VERSION = fingerprint();

/** Why a snapshot cannot serve this data folder with this code, or null when it can. */
export function snapshotMismatch(
  snapshot: { dataDir: string; codeVersion?: string | null },
  dataDir: string,
): string | null {
  if (snapshot.dataDir !== dataDir) {
    return `snapshot was built from ${snapshot.dataDir}, not ${dataDir}`;
  }
  const built = snapshot.codeVersion ?? null;
  if (built !== null && CODE_VERSION !== null && built !== CODE_VERSION) {
    return 'snapshot was built by another version of the article reader or quotation analyser';
  }
  return null;
}
