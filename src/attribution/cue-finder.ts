/** @module Finds reporting cues in a span of text, keeping only the uses the lexicon licenses. */
import type { TextSpan } from "../core/records.ts";
import { ACCORDING_CUES, AUXILIARIES, PHRASE_CUES, QUOTING_CUES, REPORTING_VERBS } from "./cue-lexicon.ts";

/** verb: finite "said"; participle: ", adding"; according: "according to X"; quoting: ", quoting X". */
export type CueKind = "verb" | "participle" | "according" | "quoting";

export interface Cue extends TextSpan {
  readonly kind: CueKind;
}

const kindOf = new Map<string, CueKind | "base">();
for (const v of REPORTING_VERBS) {
  kindOf.set(v.base, "base");
  for (const f of v.finite) kindOf.set(f, "verb");
  kindOf.set(v.participle, "participle");
}
for (const p of PHRASE_CUES) kindOf.set(p, "verb");
for (const p of ACCORDING_CUES) kindOf.set(p, "according");
for (const p of QUOTING_CUES) kindOf.set(p, "quoting");

/** Words per lexicon entry, at most; entries are lower case, words of letters joined by single spaces. */
const MAX_WORDS = Math.max(...[...kindOf.keys()].map((k) => k.split(" ").length));
const FIRST_WORDS = new Set([...kindOf.keys()].map((k) => k.split(" ")[0] ?? ""));
/** FNV-1a hashes of the first words: a word is looked at only when its hash (first letter lowered) is one. */
const fnv = (s: string): number => {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h | 0;
};
const FIRST_HASHES = new Set([...FIRST_WORDS].map(fnv));
const NEXT_WORD = /\s+(\p{L}+)/uy;
/** What may not touch a cue: before it, letters, digits, apostrophes and hyphens; after it, letters, digits, hyphens. */
const NOT_BEFORE = /[\p{L}\p{N}'’-]/u;
const NOT_AFTER = /[\p{L}\p{N}-]/u;

/** Letters by UTF-16 code unit, learned on first sight (1 letter, 2 not). */
const LETTER = new Uint8Array(65536);
const isLetter = (c: number): boolean => {
  let v = LETTER[c] as number;
  if (v === 0) {
    v = /\p{L}/u.test(String.fromCharCode(c)) ? 1 : 2;
    LETTER[c] = v;
  }
  return v === 1;
};

const AUX_BEFORE = new RegExp(String.raw`(?:\b(?:${AUXILIARIES.join("|")})|n['’]t)\s+$`, "i");
const ADJUNCT_BEFORE = /(?:,["”’]?|[,\s](?:while|and|before|after|also))\s+(?:\p{Ll}+ly\s+)?$/u;
const PASSIVE_BEFORE = /\b(?:was|were|been|being|is|are)\s+$/i;
const CAPITAL_START = /^\p{Lu}/u;

/**
 * Cues between `from` and `to`, in text order: the longest lexicon entry at each word that no letter, digit,
 * apostrophe or hyphen precedes and no letter, digit or hyphen follows; only an entry's first letter may be
 * capitalised. A cue may run past `to`.
 */
export function findCues(text: string, from: number, to: number): Cue[] {
  const cues: Cue[] = [];
  let i = from;
  while (i < to) {
    if (!isLetter(text.charCodeAt(i))) {
      i++;
      continue;
    }
    const start = i;
    const first = text.charCodeAt(i);
    // Only the first letter may be a capital: hash it in lower case (ASCII; others rarely start a cue).
    let h = Math.imul(0x811c9dc5 ^ (first >= 65 && first <= 90 ? first + 32 : first), 0x01000193);
    i++;
    while (i < text.length) {
      const c = text.charCodeAt(i);
      if (!isLetter(c)) break;
      h = Math.imul(h ^ c, 0x01000193);
      i++;
    }
    if (!FIRST_HASHES.has(h | 0) || (start > 0 && NOT_BEFORE.test(text[start - 1] ?? ""))) continue;
    let phrase = (text[start] ?? "").toLowerCase() + text.slice(start + 1, i);
    if (!FIRST_WORDS.has(phrase)) continue;
    let end = i;
    let best: { end: number; kind: CueKind | "base" } | null = null;
    for (let words = 1; ; words++) {
      const kind = kindOf.get(phrase);
      if (kind !== undefined && !NOT_AFTER.test(text[end] ?? "")) best = { end, kind };
      if (words >= MAX_WORDS) break;
      NEXT_WORD.lastIndex = end;
      const next = NEXT_WORD.exec(text);
      if (next === null) break;
      phrase += ` ${next[1]}`;
      end += next[0].length;
    }
    if (best === null) continue;
    const written = text.slice(start, best.end);
    const accepted = licensed(
      best.kind,
      written,
      text.slice(Math.max(from, start - 40), start),
      text.slice(best.end, best.end + 4),
    );
    if (accepted !== null) cues.push({ text: written, start, end: best.end, kind: accepted });
    i = best.end;
  }
  return cues;
}

function licensed(kind: CueKind | "base", written: string, before: string, after: string): CueKind | null {
  // Only "According to" may open a sentence with a capital; "Says" in a headline is not prose.
  if (CAPITAL_START.test(written) && kind !== "according") return null;
  switch (kind) {
    case "base":
      return AUX_BEFORE.test(before) ? "verb" : null;
    case "participle":
      return ADJUNCT_BEFORE.test(before) ? "participle" : null;
    case "quoting":
      return /,\s*$/.test(before) ? "quoting" : null;
    case "verb":
      // "was reported by X", "was told by X": passive, the source follows "by".
      return PASSIVE_BEFORE.test(before) && /^\s+by\b/.test(after) ? null : "verb";
    default:
      return kind;
  }
}
