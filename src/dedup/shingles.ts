/** @module Word shingles hashed to 32-bit integers: the unit of comparison for duplicate detection. */

const WORD = /[\p{L}\p{N}]+/gu;

/** Lower-cased word tokens; punctuation, quotes and layout do not matter to "is this the same text". */
export function words(text: string): string[] {
  return (text.toLowerCase().match(WORD) ?? []) as string[];
}

/** FNV-1a over a string: fast, stable across runs and machines (no seeds, no randomness). */
export function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/** The set of hashed `size`-word shingles of a text; a text shorter than `size` words yields one shingle. */
export function shingleSet(text: string, size = 5): Set<number> {
  const tokens = words(text);
  const shingles = new Set<number>();
  if (tokens.length === 0) return shingles;
  if (tokens.length < size) {
    shingles.add(fnv1a(tokens.join(" ")));
    return shingles;
  }
  for (let i = 0; i + size <= tokens.length; i++) shingles.add(fnv1a(tokens.slice(i, i + size).join(" ")));
  return shingles;
}

/** Share of `a`'s shingles that also occur in `b`: 1 when `a` is wholly contained in `b` (a truncated copy). */
export function containment(a: ReadonlySet<number>, b: ReadonlySet<number>): number {
  if (a.size === 0) return 0;
  let shared = 0;
  for (const s of a) if (b.has(s)) shared++;
  return shared / a.size;
}
