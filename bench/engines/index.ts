import type { Article } from '../../src/articles/types.js';
import { passagesOf, textBytes, type Passage } from '../corpus.js';
import type { BenchEngine } from './engine.js';
import { buildFlexSearch, buildLunr, buildMiniSearch, buildOrama } from './peers.js';

export const ENGINE_NAMES = ['archivist', 'minisearch', 'flexsearch', 'lunr', 'orama'] as const;
export type EngineName = (typeof ENGINE_NAMES)[number];
export type PeerName = Exclude<EngineName, 'archivist'>;

export interface PeerBuild {
  engine: BenchEngine;
  passages: Passage[];
  textBytes: number;
  indexMs: number;
}

const PEERS: Record<
  PeerName,
  (passages: readonly Passage[]) => BenchEngine | Promise<BenchEngine>
> = {
  minisearch: buildMiniSearch,
  flexsearch: buildFlexSearch,
  lunr: buildLunr,
  orama: buildOrama,
};

/** Builds a peer's index over every paragraph; only the index build is timed. */
export async function buildPeer(name: PeerName, articles: readonly Article[]): Promise<PeerBuild> {
  const passages = passagesOf(articles);
  const start = performance.now();
  const engine = await PEERS[name](passages);
  return { engine, passages, textBytes: textBytes(passages), indexMs: performance.now() - start };
}

export function isEngineName(name: string): name is EngineName {
  return (ENGINE_NAMES as readonly string[]).includes(name);
}
