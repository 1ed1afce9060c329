import type { Article } from '../../src/articles/types.js';
import { passagesOf, type Passage } from '../corpus.js';
import { buildArchivist } from './archivist.js';
import type { BenchEngine } from './engine.js';
import { buildFlexSearch, buildLunr, buildMiniSearch, buildOrama } from './peers.js';

export const ENGINE_NAMES = ['archivist', 'minisearch', 'flexsearch', 'lunr', 'orama'] as const;
export type EngineName = (typeof ENGINE_NAMES)[number];

export interface EngineBuild {
  engine: BenchEngine;
  passages: Passage[];
  /** Milliseconds of quotation analysis, reported apart from the index. */
  analysisMs: number;
  indexMs: number;
  snapshotBytes: number | null;
  /** Where a new process can load the engine from, for the cold-start measurement. */
  snapshotPath: string | null;
}

async function buildPeer(
  articles: readonly Article[],
  build: (passages: readonly Passage[]) => BenchEngine | Promise<BenchEngine>,
): Promise<EngineBuild> {
  const passages = passagesOf(articles);
  const start = performance.now();
  const engine = await build(passages);
  return {
    engine,
    passages,
    analysisMs: 0,
    indexMs: performance.now() - start,
    snapshotBytes: null,
    snapshotPath: null,
  };
}

export function buildEngine(
  name: EngineName,
  articles: readonly Article[],
  snapshotDir: string,
): Promise<EngineBuild> {
  switch (name) {
    case 'archivist':
      return buildArchivist(articles, snapshotDir);
    case 'minisearch':
      return buildPeer(articles, buildMiniSearch);
    case 'flexsearch':
      return buildPeer(articles, buildFlexSearch);
    case 'lunr':
      return buildPeer(articles, buildLunr);
    case 'orama':
      return buildPeer(articles, buildOrama);
  }
}

export function isEngineName(name: string): name is EngineName {
  return (ENGINE_NAMES as readonly string[]).includes(name);
}
