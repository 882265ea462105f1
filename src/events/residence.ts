/**
 * @module A leader's residence or office named by the article stands for a meeting with its holder: after
 * "Østergård spoke at Lyngård, his official residence" or "he invited X to his residence, Vila Zora", "I will be at
 * Lyngård on Tuesday" and "I will not set foot in Vila Zora" speak of meeting him.
 */
import type { Sentence, Span } from "../core/records.ts";
import { escapeRegExp } from "../core/regex.ts";
import { roleHolder } from "./participants.ts";

interface PersonMention extends Span {
  readonly name: string;
}

const PLACE = String.raw`(\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)?)`;
// "his", or "the prime minister's" (the role's words in the next two groups)
const OWNER = String.raw`(?:(his|her)|the\s+([\p{L}-]+)(?:\s+([\p{L}-]+))?['’]s)\s+(?:official\s+|private\s+|country\s+)?`;
const HOUSE = String.raw`(?:residence|house|palace|office|home|dacha|villa)`;
// "at Lyngard, his official residence", "Vila Zora, the prime minister's residence"
const PLACE_THEN_OWNER = new RegExp(String.raw`${PLACE},\s+${OWNER}${HOUSE}\b`, "gu");
// "to his residence, Vila Zora", "the president's palace, Casa Alba,"
const OWNER_THEN_PLACE = new RegExp(String.raw`${OWNER}${HOUSE},\s+${PLACE}`, "gu");

/** A residence the article names: its holder, and the words that say someone is there. */
export interface Residence {
  readonly owner: string;
  readonly at: RegExp;
}

/** The residences the article names, each with the person it belongs to. */
export function residences(
  text: string,
  sentences: readonly Sentence[],
  persons: readonly PersonMention[],
  roles: ReadonlyMap<string, string>,
): Residence[] {
  const out = new Map<string, string>();
  for (const [pattern, first] of [
    [PLACE_THEN_OWNER, 2],
    [OWNER_THEN_PLACE, 1],
  ] as const) {
    for (const m of text.matchAll(pattern)) {
      const place = first === 2 ? m[1] : m[4];
      const owner = m[first]
        ? subjectAt(m.index ?? 0, sentences, persons)
        : roleHolder(roles, [m[0], m[first + 1] ?? "", m[first + 2] ?? ""]);
      if (place && owner) out.set(place, owner);
    }
  }
  return [...out].map(([place, owner]) => ({ owner, at: beingAt(place) }));
}

/** Being at, setting foot in or coming to `place`. */
function beingAt(place: string): RegExp {
  const name = escapeRegExp(place).replace(/\s+/g, String.raw`\s+`);
  return new RegExp(
    String.raw`\b(?:be|am|is|are|was|were|been|set\s+foot|arrive[sd]?|come|came)\s+(?:at|in|to)\s+${name}(?![\p{L}])`,
    "u",
  );
}

/** "his residence": the first person the sentence names, its subject ("X said he had invited Y to his residence"). */
function subjectAt(
  at: number,
  sentences: readonly Sentence[],
  persons: readonly PersonMention[],
): string | null {
  const sentence = sentences.find((s) => s.start <= at && at < s.end);
  if (!sentence) return null;
  return persons.find((p) => p.start >= sentence.start && p.end <= at)?.name ?? null;
}

/** Being at, or setting foot in, one of these residences in a sentence: the span and the holder met. */
export function atResidence(
  slice: string,
  offset: number,
  houses: readonly Residence[],
): { span: Span; owner: string } | null {
  for (const { owner, at } of houses) {
    const m = at.exec(slice);
    if (m) return { span: { start: offset + m.index, end: offset + m.index + m[0].length }, owner };
  }
  return null;
}
