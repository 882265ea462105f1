/**
 * @module What the corpus knows about people, brought back to one article before its stances are derived: a name
 * the article alone could not type ("Abel Quintas" with no title) is a person when the corpus has him as one, and a
 * bare surname the article never introduces ("Dorash did not rule out meeting Abrantes") is the one person in the
 * corpus with that surname. The article's events are found again with those people, so they can be participants.
 */
import type { Analysis, Entity, Span } from "../core/records.ts";
import { extractEvents } from "../events/event-finder.ts";
import { entityKey } from "../language/entities.ts";
import { dateForSpan } from "../time/index.ts";

/** Canonical name of the person with this entity key, or null. */
export type PersonLookup = (key: string) => string | null;

const CAPITALISED = /(?<![\p{L}\p{N}'’-])\p{Lu}[\p{L}'’-]*\p{L}(?![\p{L}\p{N}])/gu;

export function withCorpusPersons(text: string, analysis: Analysis, personByKey: PersonLookup): Analysis {
  let changed = false;
  const entities: Entity[] = analysis.entities.map((e) => {
    if (e.type !== "other" || personByKey(entityKey(e.name)) === null) return e;
    changed = true;
    return { ...e, type: "person" };
  });
  const covered = entities.flatMap((e) => e.mentions);
  const inside = (s: Span) => covered.some((m) => s.start >= m.start && s.end <= m.end);
  const added = new Map<string, Span[]>();
  for (const m of text.matchAll(CAPITALISED)) {
    const span = { start: m.index ?? 0, end: (m.index ?? 0) + m[0].length };
    if (inside(span) || atSentenceStartOnly(text, span.start)) continue;
    const name = personByKey(entityKey(m[0]));
    if (name === null) continue;
    added.set(name, [...(added.get(name) ?? []), span]);
  }
  for (const [name, mentions] of added) {
    const known = entities.findIndex((e) => e.type === "person" && e.name === name);
    const entity = entities[known];
    if (entity) {
      entities[known] = {
        ...entity,
        mentions: [...entity.mentions, ...mentions].sort((a, b) => a.start - b.start),
      };
    } else {
      entities.push({
        id: `c${entities.length + 1}`,
        name,
        type: "person",
        aliases: [],
        mentions,
        roles: [],
      });
    }
    changed = true;
  }
  if (!changed) return analysis;
  const events = extractEvents(
    text,
    analysis.sentences,
    entities,
    analysis.timexes,
    dateForSpan,
    analysis.statements.map((s) => s.content),
  );
  return { ...analysis, entities, events };
}

/** A capitalised word opening a sentence may be any word ("Will", "May"); only a surname elsewhere counts. */
function atSentenceStartOnly(text: string, at: number): boolean {
  const before = text.slice(Math.max(0, at - 3), at);
  return at === 0 || /(?:^|[.!?]\s*|\n\s*)["“'‘]?$/u.test(before);
}
