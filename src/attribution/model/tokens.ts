/**
 * @module Word tokens for the attribution tagger, with what its features read of each word computed in the same
 * pass over the characters (no per-token strings): words (with inner hyphens, periods, apostrophes and "&", and
 * commas between digits),
 * clitics split off as their own token ("He" + "’s", "do" + "n't"), and every other visible character alone.
 */

export interface Tokens {
  readonly count: number;
  readonly start: Int32Array;
  readonly end: Int32Array;
  /** FNV-1a hash of the token in lower case. */
  readonly hash: Int32Array;
  /** Hash of its shape ("Xx", "dd", "X.X.") and of its last three lower-case characters. */
  readonly shape: Int32Array;
  readonly suffix3: Int32Array;
  /** 1 for a quotation mark; 2 for a token the scoring trims from a span's ends (marks and `,.;:`). */
  readonly flags: Uint8Array;
}

export const QUOTE_MARK = 1;
export const TRIMMED = 2;

const FNV = 0x811c9dc5;
const PRIME = 0x01000193;

/** FNV-1a of a string (the same hash the tokenizer computes for a lower-case token). */
export function hashString(s: string): number {
  let h = FNV;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), PRIME);
  return h | 0;
}

/**
 * Per UTF-16 code unit, filled on first sight: bits 0-1 class (1 letter or digit, 2 inner joiner .'’&-, 3 space,
 * 0 other), bits 2-3 shape (1 lower, 2 upper, 3 digit, 0 other), bit 4 trimmed by the scoring, bit 5 quotation
 * mark, bit 6 known.
 */
const CHARS = new Uint8Array(65536);
const LOWER_OF = new Uint16Array(65536);
const TRIM = "\"'“”‘’«»„‚‹›,.;:";
const QUOTES = "\"'“”‘’«»„";

function learn(c: number): number {
  const ch = String.fromCharCode(c);
  let v = 64;
  if (/[\p{L}\p{N}]/u.test(ch)) v |= 1;
  else if (".'’&-".includes(ch)) v |= 2;
  else if (/\s/.test(ch)) v |= 3;
  if (/\p{Ll}/u.test(ch)) v |= 1 << 2;
  else if (/\p{Lu}/u.test(ch)) v |= 2 << 2;
  else if (/\p{N}/u.test(ch)) v |= 3 << 2;
  if (TRIM.includes(ch)) v |= 16;
  if (QUOTES.includes(ch)) v |= 32;
  CHARS[c] = v;
  const lower = ch.toLowerCase();
  LOWER_OF[c] = lower.length === 1 ? lower.charCodeAt(0) : c;
  return v;
}

function info(c: number): number {
  const v = CHARS[c] as number;
  return v === 0 ? learn(c) : v;
}

function charClass(c: number): number {
  return info(c) & 3;
}

function lowerCode(c: number): number {
  if (CHARS[c] === 0) learn(c);
  return LOWER_OF[c] as number;
}

/** Shape class of a character: X upper, x lower, d digit, else the character itself. */
function shapeCode(c: number): number {
  const s = (info(c) >> 2) & 3;
  return s === 1 ? 120 : s === 2 ? 88 : s === 3 ? 100 : c;
}

const isDigit = (c: number): boolean => c >= 48 && c <= 57;

const APOSTROPHE = (c: number) => c === 39 || c === 0x2019;

/** Length of a clitic ending the word text[from, to) ("'s", "n't", "'ll"…), or 0. */
function cliticLength(text: string, from: number, to: number): number {
  const len = to - from;
  if (len <= 2) return 0;
  const last = lowerCode(text.charCodeAt(to - 1));
  const prev = text.charCodeAt(to - 2);
  if (APOSTROPHE(prev) && (last === 115 || last === 100 || last === 109)) return 2; // 's 'd 'm
  if (len > 3 && APOSTROPHE(text.charCodeAt(to - 3))) {
    const a = lowerCode(prev);
    if ((a === 114 && last === 101) || (a === 118 && last === 101) || (a === 108 && last === 108)) return 3; // 're 've 'll
  }
  if (len > 3 && last === 116 && APOSTROPHE(prev) && lowerCode(text.charCodeAt(to - 3)) === 110) return 3; // n't
  return 0;
}

export function tokenize(text: string): Tokens {
  const starts: number[] = [];
  const ends: number[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    const cls = charClass(text.charCodeAt(i));
    if (cls === 3) {
      i++;
      continue;
    }
    if (cls !== 1) {
      // A lone visible character; "''" (two apostrophes typed as a double quote) stays one mark.
      const double = text.charCodeAt(i) === 39 && text.charCodeAt(i + 1) === 39;
      starts.push(i);
      ends.push(double ? i + 2 : i + 1);
      i += double ? 2 : 1;
      continue;
    }
    let j = i + 1;
    for (;;) {
      while (j < n && charClass(text.charCodeAt(j)) === 1) j++;
      if (j + 1 < n && charClass(text.charCodeAt(j)) === 2 && charClass(text.charCodeAt(j + 1)) === 1) {
        j += 2;
        continue;
      }
      // "100,000": a comma between digits.
      if (text.charCodeAt(j) === 44 && isDigit(text.charCodeAt(j - 1)) && isDigit(text.charCodeAt(j + 1))) {
        j += 2;
        continue;
      }
      break;
    }
    const clitic = cliticLength(text, i, j);
    if (clitic > 0) {
      starts.push(i, j - clitic);
      ends.push(j - clitic, j);
    } else {
      starts.push(i);
      ends.push(j);
    }
    i = j;
  }
  const count = starts.length;
  const start = Int32Array.from(starts);
  const end = Int32Array.from(ends);
  const hash = new Int32Array(count);
  const shape = new Int32Array(count);
  const suffix3 = new Int32Array(count);
  const flags = new Uint8Array(count);
  for (let t = 0; t < count; t++) {
    const s = start[t] as number;
    const e = end[t] as number;
    let h = FNV;
    let sh = FNV;
    let shapeLength = 0;
    let lastShape = -1;
    let repeat = 0;
    let trimmed = true;
    for (let k = s; k < e; k++) {
      const c = text.charCodeAt(k);
      h = Math.imul(h ^ lowerCode(c), PRIME);
      if ((info(c) & 16) === 0) trimmed = false;
      if (shapeLength < 5) {
        const code = shapeCode(c);
        repeat = code === lastShape ? repeat + 1 : 0;
        if (repeat < 2) {
          sh = Math.imul(sh ^ code, PRIME);
          shapeLength++;
        }
        lastShape = code;
      }
    }
    let s3 = FNV;
    for (let k = Math.max(s, e - 3); k < e; k++) s3 = Math.imul(s3 ^ lowerCode(text.charCodeAt(k)), PRIME);
    hash[t] = h | 0;
    shape[t] = sh | 0;
    suffix3[t] = s3 | 0;
    flags[t] =
      (trimmed ? TRIMMED : 0) | ((info(text.charCodeAt(s)) & 32) !== 0 && e - s <= 2 ? QUOTE_MARK : 0);
  }
  return { count, start, end, hash, shape, suffix3, flags };
}
