/**
 * @module Cross-article entities: per-article entities with the same normalised key ("Zelenskyy", "Zelensky",
 * "Volodymyr Zelenskiy") become one corpus entity whose name is the spelling most articles use.
 */
import { shortId } from "../core/hash.ts";
import type { Analysis, EntityType } from "../core/records.ts";
import { entityKey } from "../language/entities.ts";
import type { CorpusEntity } from "../store/store.ts";

interface Group {
  readonly id: string;
  readonly names: Map<string, number>;
  readonly types: Map<EntityType, number>;
  readonly aliases: Set<string>;
}

export interface MergedEntities {
  readonly entities: CorpusEntity[];
  readonly entityIds: Map<string, Map<string, string>>;
  /** Canonical name of an article's local entity ("e3" in article a_…), or null. */
  nameOf(articleId: string, localId: string): string | null;
  /** Canonical name of whatever entity has this key, or null. */
  nameByKey(key: string): string | null;
}

export function mergeEntities(
  corpus: readonly { article: { id: string }; analysis: Analysis }[],
): MergedEntities {
  const groups = new Map<string, Group>();
  const entityIds = new Map<string, Map<string, string>>();
  for (const { article, analysis } of corpus) {
    const local = new Map<string, string>();
    for (const entity of analysis.entities) {
      const key = entityKey(entity.name);
      let group = groups.get(key);
      if (!group) {
        group = { id: shortId("en", key), names: new Map(), types: new Map(), aliases: new Set() };
        groups.set(key, group);
      }
      const weight = Math.max(1, entity.mentions.length);
      group.names.set(entity.name, (group.names.get(entity.name) ?? 0) + weight);
      group.types.set(entity.type, (group.types.get(entity.type) ?? 0) + weight);
      for (const alias of [entity.name, ...entity.aliases]) group.aliases.add(alias);
      local.set(entity.id, group.id);
    }
    entityIds.set(article.id, local);
  }

  foldLoneSurnames(groups, entityIds);

  const byId = new Map<string, CorpusEntity>();
  const byKey = new Map<string, CorpusEntity>();
  for (const [key, group] of groups) {
    const name = mostCommon(group.names, (a, b) => b.length - a.length);
    const entity: CorpusEntity = {
      id: group.id,
      name,
      type: mostCommon(group.types, () => 0),
      aliases: [...group.aliases].filter((a) => a !== name).sort(),
    };
    byId.set(group.id, entity);
    byKey.set(key, entity);
  }
  const bySurname = surnameIndex(byKey);
  return {
    entities: [...byId.values()].sort((a, b) => a.name.localeCompare(b.name)),
    entityIds,
    nameOf: (articleId, localId) => {
      const id = entityIds.get(articleId)?.get(localId);
      return id ? (byId.get(id)?.name ?? null) : null;
    },
    nameByKey: (key) => byKey.get(key)?.name ?? (key.includes(" ") ? null : (bySurname.get(key) ?? null)),
  };
}

/** A one-word key ("kastrin") names the person whose full name ends with it, when exactly one does. */
function surnameIndex(byKey: ReadonlyMap<string, CorpusEntity>): Map<string, string> {
  const found = new Map<string, string | null>();
  for (const [key, entity] of byKey) {
    const parts = key.split(" ");
    if (parts.length < 2 || entity.type !== "person") continue;
    const surname = parts.at(-1) ?? "";
    found.set(surname, found.has(surname) && found.get(surname) !== entity.name ? null : entity.name);
  }
  return new Map([...found].filter((e): e is [string, string] => e[1] !== null));
}

/**
 * An article that names a person only by surname ("Kastrin") makes a one-word group; when exactly one full-name
 * person in the corpus has that surname, it is that person. Two full names sharing it leave the surname alone.
 */
function foldLoneSurnames(groups: Map<string, Group>, entityIds: Map<string, Map<string, string>>): void {
  const bySurname = new Map<string, string[]>();
  for (const [key, group] of groups) {
    const parts = key.split(" ");
    if (parts.length < 2 || mostCommon(group.types, () => 0) !== "person") continue;
    const surname = parts.at(-1) ?? "";
    bySurname.set(surname, [...(bySurname.get(surname) ?? []), key]);
  }
  const moved = new Map<string, string>();
  for (const [key, group] of groups) {
    if (key.includes(" ") || mostCommon(group.types, () => 0) !== "person") continue;
    const full = bySurname.get(key);
    const target = full?.length === 1 && full[0] ? groups.get(full[0]) : undefined;
    if (!target) continue;
    for (const [name, n] of group.names) {
      target.aliases.add(name);
      target.types.set("person", (target.types.get("person") ?? 0) + n);
    }
    for (const alias of group.aliases) target.aliases.add(alias);
    moved.set(group.id, target.id);
    groups.delete(key);
  }
  for (const local of entityIds.values()) {
    for (const [localId, id] of local) {
      const target = moved.get(id);
      if (target) local.set(localId, target);
    }
  }
}

/** The most frequent value; `tie` orders equally frequent ones (first wins). */
function mostCommon<T>(counts: ReadonlyMap<T, number>, tie: (a: T, b: T) => number): T {
  const sorted = [...counts].sort((a, b) => b[1] - a[1] || tie(a[0], b[0]));
  const first = sorted[0];
  if (!first) throw new Error("mostCommon of an empty map");
  return first[0];
}
