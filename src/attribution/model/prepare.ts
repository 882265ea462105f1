/** @module What the tagger reads besides words: entity mentions by kind, and role spans laid onto tokens as labels. */
import type { Entity, Statement } from "../../core/records.ts";
import {
  B_CONTENT,
  B_CUE,
  B_SOURCE,
  I_CONTENT,
  I_CUE,
  I_SOURCE,
  type MentionKind,
  type TokenMention,
} from "./features.ts";
import type { Tokens } from "./tokens.ts";

export type Role = "source" | "cue" | "content";

export interface RoleSpan {
  readonly role: Role;
  readonly start: number;
  readonly end: number;
}

const KIND: Readonly<Record<Entity["type"], MentionKind>> = {
  person: 1,
  organization: 2,
  place: 3,
  other: 4,
};

export function tokenMentions(entities: readonly Entity[]): TokenMention[] {
  return entities
    .flatMap((e) => e.mentions.map((m) => ({ start: m.start, end: m.end, kind: KIND[e.type] })))
    .sort((a, b) => a.start - b.start);
}

/** White space, quotation marks and `,.;:` at a span's ends do not count (the scoring trims them too). */
const TRIM = /[\s"'“”‘’«»„‚‹›,.;:]/u;

export function trimSpan(text: string, start: number, end: number): [number, number] | null {
  let s = start;
  let e = end;
  while (s < e && TRIM.test(text[s] ?? "")) s += 1;
  while (e > s && TRIM.test(text[e - 1] ?? "")) e -= 1;
  return e > s ? [s, e] : null;
}

const BEGIN: Readonly<Record<Role, number>> = { source: B_SOURCE, cue: B_CUE, content: B_CONTENT };
const INSIDE: Readonly<Record<Role, number>> = { source: I_SOURCE, cue: I_CUE, content: I_CONTENT };

/** Role labels per token: the tokens inside each (trimmed) span, B on the first. Later spans win overlaps. */
export function spansToLabels(text: string, tokens: Tokens, spans: readonly RoleSpan[]): Uint8Array {
  const labels = new Uint8Array(tokens.count);
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  let from = 0;
  for (const span of sorted) {
    const trimmed = trimSpan(text, span.start, span.end);
    if (trimmed === null) continue;
    const [s, e] = trimmed;
    while (from > 0 && (tokens.end[from - 1] as number) > s) from--;
    while (from < tokens.count && (tokens.end[from] as number) <= s) from++;
    let first = true;
    for (let i = from; i < tokens.count; i++) {
      if ((tokens.start[i] as number) >= e) break;
      labels[i] = first ? BEGIN[span.role] : INSIDE[span.role];
      first = false;
    }
  }
  return labels;
}

/** The rule attributor's statements as role spans. */
export function statementSpans(
  statements: readonly Pick<Statement, "speaker" | "cue" | "content">[],
): RoleSpan[] {
  const spans: RoleSpan[] = [];
  for (const s of statements) {
    if (s.speaker !== null && s.speaker.end > s.speaker.start)
      spans.push({ role: "source", start: s.speaker.start, end: s.speaker.end });
    spans.push({ role: "cue", start: s.cue.start, end: s.cue.end });
    spans.push({ role: "content", start: s.content.start, end: s.content.end });
  }
  return spans;
}
