import type { IrDocument } from './ir-collections.js';
import type { Ranker } from './ir.js';

export function buildArchivistRanker(_documents: IrDocument[]): Ranker {
  throw new Error('archivist IR ranker: src/search/archive.ts is not there yet');
}
