/**
 * @module A wire lede names its speaker by description and the next paragraph by name: "The leader of the pilots'
 * union said on Tuesday that …" / "“…,” Ana Ruiz, secretary-general of the union, told Nordpress." The description
 * is that person when it is one definite role ("the leader of …", "the country's foreign minister"), it opens the
 * report's statements, and the next statement, a paragraph below, is by a person the article first names there.
 */
import type { Entity, Speaker } from "../core/records.ts";
import { ROLES } from "../language/roles.ts";
import type { Attributed } from "./combine.ts";

/** The last word of every role phrase: "leader", "minister", "spokesman" (not "government", "union"). */
const ROLE_HEADS: ReadonlySet<string> = new Set(ROLES.map((r) => r.phrase.split(" ").at(-1) ?? ""));

/** "The leader of X", "The country's foreign minister": "The", lower-case words, perhaps "of" and what it rules. */
const DEFINITE_ROLE =
  /^[Tt]he\s+((?:[\p{Ll}'’-]+\s+|\p{Lu}[\p{L}'’-]*['’]s?\s+){0,5}?)(\p{Ll}[\p{Ll}-]*)(?:\s+of\s+[^,;]{2,80})?$/u;
/** How far after the description the named statement may start. */
const REACH = 600;

const firstAt = (e: Entity) => Math.min(...e.mentions.map((m) => m.start));

/** The lede's description, or null: a singular definite role nobody resolved. */
function description(speaker: Speaker | null): Speaker | null {
  if (speaker === null || speaker.entityId !== null) return null;
  const m = DEFINITE_ROLE.exec(speaker.mention);
  const head = m?.[2] ?? "";
  // a person's role ("the government" is none), one person ("and" joins two)
  if (m === null || !ROLE_HEADS.has(head) || /\b(?:and|or)\b/.test(speaker.mention)) return null;
  return speaker;
}

export function namedLeads(
  text: string,
  found: readonly Attributed[],
  entities: readonly Entity[],
): Attributed[] {
  const persons = entities.filter((e) => e.type === "person");
  const sorted = [...found].filter((f) => f.speaker !== null).sort((a, b) => a.cue.start - b.cue.start);
  const lede = description(sorted[0]?.speaker ?? null);
  if (lede === null) return [...found];
  const next = sorted.find(
    (n) => n.speaker !== null && n.speaker.entityId !== null && n.speaker.start > lede.end,
  );
  if (next?.speaker == null || next.speaker.start - lede.end > REACH) return [...found];
  if (!/\n/.test(text.slice(lede.end, next.speaker.start))) return [...found];
  const person = persons.find((p) => p.id === next.speaker?.entityId);
  if (person === undefined || firstAt(person) < next.speaker.start - 1) return [...found];
  const named = { name: person.name, entityId: person.id };
  const namedAt = next.speaker.start;
  const head = DEFINITE_ROLE.exec(lede.mention)?.[2] ?? "";
  // every statement of the lede's description ("said … and that …") is the named person's, and so is a later
  // "the spokesman" nobody else answers to
  return found.map((f) =>
    f.speaker !== null &&
    f.speaker.entityId === null &&
    ((f.speaker.mention === lede.mention && f.speaker.end < namedAt) ||
      (f.speaker.start > namedAt && sameRoleHead(f.speaker.mention, head)))
      ? { ...f, speaker: { ...f.speaker, ...named } }
      : f,
  );
}

/** "the spokesman" or "the Emir's spokesman" for the head "spokesman". */
function sameRoleHead(mention: string, head: string): boolean {
  const m = DEFINITE_ROLE.exec(mention);
  return m !== null && m[2] === head && !/\b(?:and|or)\b/.test(mention);
}
