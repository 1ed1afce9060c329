import { foldWord, tokenize } from './text.js';

/**
 * Which pairs of adjacent words each passage holds, as a small Bloom filter per passage: the
 * index drops stop words, so a phrase such as "and it is time for us to" finds its candidates by
 * one common word ("time": 9,000 passages in Socialist Worker), and only a few of those hold the
 * phrase's words in order. Pairs of folded words (foldWord, as phrases are compared) set
 * PAIR_HASHES bits each in their passage's BITS_PER_PAIR bits per pair; a Bloom filter answers
 * "maybe" for every pair it holds, so no passage holding a pair is ever ruled out.
 */
export interface WordPairs {
  /** Passage p's bits are the 32-bit words offsets[p] up to offsets[p + 1] of bits. */
  offsets: Uint32Array;
  bits: Uint32Array;
}

/**
 * 6 bits and 2 hashes per pair: a pair the passage lacks is taken for held about 8% of the time,
 * and a piece of three words (two pairs) under 1%, for 0.75 bytes per word of text.
 */
const BITS_PER_PAIR = 6;
const PAIR_HASHES = 2;

/** FNV-1a over "first second", and a second hash from it for double hashing. */
function pairHashes(first: string, second: string): [number, number] {
  let hash = 0x811c9dc5;
  for (let i = 0; i < first.length; i += 1)
    hash = Math.imul(hash ^ first.charCodeAt(i), 0x01000193);
  hash = Math.imul(hash ^ 32, 0x01000193);
  for (let i = 0; i < second.length; i += 1)
    hash = Math.imul(hash ^ second.charCodeAt(i), 0x01000193);
  // Murmur3's finaliser, so that the second hash is not a shift of the first.
  let mixed = hash ^ (hash >>> 16);
  mixed = Math.imul(mixed, 0x85ebca6b);
  mixed ^= mixed >>> 13;
  mixed = Math.imul(mixed, 0xc2b2ae35);
  mixed ^= mixed >>> 16;
  return [hash >>> 0, (mixed | 1) >>> 0];
}

export function buildWordPairs(passageCount: number, text: (passage: number) => string): WordPairs {
  const offsets = new Uint32Array(passageCount + 1);
  let bits = new Uint32Array(1024);
  let size = 0;
  for (let passage = 0; passage < passageCount; passage += 1) {
    const words = tokenize(text(passage));
    const width32 = Math.ceil((Math.max(0, words.length - 1) * BITS_PER_PAIR) / 32);
    offsets[passage] = size;
    if (size + width32 > bits.length) {
      const grown = new Uint32Array(Math.max(bits.length * 2, size + width32));
      grown.set(bits);
      bits = grown;
    }
    const width = width32 * 32;
    let previous = words.length > 0 ? foldWord(words[0]!) : '';
    for (let i = 1; i < words.length; i += 1) {
      const folded = foldWord(words[i]!);
      const [first, step] = pairHashes(previous, folded);
      for (let k = 0; k < PAIR_HASHES; k += 1) {
        const bit = (first + k * step) % width;
        bits[size + (bit >>> 5)]! |= 1 << (bit & 31);
      }
      previous = folded;
    }
    size += width32;
  }
  offsets[passageCount] = size;
  return { offsets, bits: bits.slice(0, size) };
}

/**
 * A test of whether a passage may hold the phrase (folded words) in one of `pieces` runs of
 * consecutive words, word for word: a match with at most maxCost edits (a typo, a word left out,
 * a word too many) leaves one of maxCost + 1 pieces whole, since each edit falls in at most one,
 * and a match without edits holds the whole phrase (one piece). Null when a piece would be a
 * single word, which holds no pair.
 */
export function wordPairTest(
  pairs: WordPairs,
  words: string[],
  pieces: number,
): ((passage: number) => boolean) | null {
  if (words.length < 2 * pieces) return null;
  // Per piece, its pairs' two hashes, flat: [first, step, first, step, …].
  const hashesOfPieces: Float64Array[] = [];
  for (let piece = 0; piece < pieces; piece += 1) {
    const from = Math.floor((piece * words.length) / pieces);
    const to = Math.floor(((piece + 1) * words.length) / pieces);
    const hashes = new Float64Array(2 * (to - from - 1));
    for (let i = from; i + 1 < to; i += 1)
      hashes.set(pairHashes(words[i]!, words[i + 1]!), 2 * (i - from));
    hashesOfPieces.push(hashes);
  }
  const { offsets, bits } = pairs;
  const holdsPiece = (from: number, width: number, hashes: Float64Array): boolean => {
    for (let h = 0; h < hashes.length; h += 2) {
      const first = hashes[h]!;
      const step = hashes[h + 1]!;
      for (let k = 0; k < PAIR_HASHES; k += 1) {
        const bit = (first + k * step) % width;
        if ((bits[from + (bit >>> 5)]! & (1 << (bit & 31))) === 0) return false;
      }
    }
    return true;
  };
  return (passage) => {
    const from = offsets[passage]!;
    const width = (offsets[passage + 1]! - from) * 32;
    if (width === 0) return false;
    for (const hashes of hashesOfPieces) if (holdsPiece(from, width, hashes)) return true;
    return false;
  };
}
