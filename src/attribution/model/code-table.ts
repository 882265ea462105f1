/**
 * @module A compact table from int keys (word hashes) to small non-zero codes, open addressing over typed arrays: the
 * word clusters the tagger reads for every token (a Map of that size costs several times more per lookup).
 */

export interface CodeTable {
  readonly keys: Int32Array;
  /** 0 marks an empty cell (codes are never 0). */
  readonly codes: Uint16Array;
  readonly mask: number;
}

const slotOf = (key: number, mask: number): number => (Math.imul(key, 0x9e3779b1) >>> 0) & mask;

export function codeTable(entries: ReadonlyMap<number, number>): CodeTable {
  let size = 16;
  while (size < entries.size * 2) size *= 2;
  const keys = new Int32Array(size);
  const codes = new Uint16Array(size);
  const mask = size - 1;
  for (const [key, code] of entries) {
    if (code === 0) continue;
    let slot = slotOf(key, mask);
    while (codes[slot] !== 0 && keys[slot] !== key) slot = (slot + 1) & mask;
    keys[slot] = key;
    codes[slot] = code;
  }
  return { keys, codes, mask };
}

/** The code of `key`, or 0. */
export function codeOf(table: CodeTable, key: number): number {
  const { keys, codes, mask } = table;
  let slot = slotOf(key, mask);
  for (;;) {
    const code = codes[slot] as number;
    if (code === 0 || keys[slot] === key) return code;
    slot = (slot + 1) & mask;
  }
}
