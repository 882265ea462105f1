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

const CUE_PATTERN = new RegExp(
  String.raw`(?<![\p{L}\p{N}'’-])(?:${[...kindOf.keys()]
    .sort((a, b) => b.length - a.length)
    .map((f) => f.replace(/^(\p{L})/u, (c) => `[${c.toUpperCase()}${c}]`).replace(/ /g, String.raw`\s+`))
    .join("|")})(?![\p{L}\p{N}-])`,
  "gu",
);
const AUX_BEFORE = new RegExp(String.raw`(?:\b(?:${AUXILIARIES.join("|")})|n['’]t)\s+$`, "i");
const ADJUNCT_BEFORE = /(?:,["”’]?|[,\s](?:while|and|before|after|also))\s+(?:\p{Ll}+ly\s+)?$/u;
const PASSIVE_BEFORE = /\b(?:was|were|been|being|is|are)\s+$/i;
const CAPITAL_START = /^\p{Lu}/u;

/** Cues between `from` and `to`, in text order. */
export function findCues(text: string, from: number, to: number): Cue[] {
  const cues: Cue[] = [];
  CUE_PATTERN.lastIndex = from;
  for (let m = CUE_PATTERN.exec(text); m !== null && m.index < to; m = CUE_PATTERN.exec(text)) {
    const written = m[0];
    const kind = kindOf.get(written.toLowerCase().replace(/\s+/g, " "));
    if (kind === undefined) continue;
    const before = text.slice(Math.max(from, m.index - 40), m.index);
    const accepted = licensed(
      kind,
      written,
      before,
      text.slice(m.index + written.length, m.index + written.length + 4),
    );
    if (accepted !== null)
      cues.push({ text: written, start: m.index, end: m.index + written.length, kind: accepted });
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
