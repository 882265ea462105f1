/**
 * @module Cross-article entities: per-article entities with the same normalised key ("Zelenskyy", "Zelensky",
 * "Volodymyr Zelenskiy") become one corpus entity whose name is the spelling most articles use. The registry grows
 * as articles arrive (its groups are stored between ingests); `resolve` names every group from the counts so far.
 */
import { shortId } from "../core/hash.ts";
import type { Analysis, EntityType } from "../core/records.ts";
import { NAME_PARTICLES } from "../language/common-words.ts";
import { entityKey } from "../language/entities.ts";
import { firstSurname, looseGivenKey, nameSkeleton } from "../language/entity-key.ts";
import type { CorpusEntity } from "../store/store.ts";

/** One normalised key's spellings, types and aliases, counted over every article that named it. */
export interface EntityGroup {
  readonly key: string;
  readonly id: string;
  readonly names: Map<string, number>;
  readonly types: Map<EntityType, number>;
  readonly aliases: Set<string>;
}

export interface ResolvedEntities {
  readonly entities: CorpusEntity[];
  /** Group id → the corpus entity it is (itself, or the full name a lone surname folded into). */
  readonly entityOf: ReadonlyMap<string, string>;
  /** Canonical name of whatever entity has this key, or null. */
  nameByKey(key: string): string | null;
  /** Canonical name of the person with this key (a full name, or a surname exactly one person has), or null. */
  personByKey(key: string): string | null;
  /** The person written as these capital initials ("SR"), when no entity has them as its key; else null. */
  personByInitials(letters: string): string | null;
}

export class EntityRegistry {
  private readonly groups = new Map<string, EntityGroup>();
  private readonly touched = new Set<string>();

  constructor(groups: Iterable<EntityGroup> = []) {
    for (const g of groups) this.groups.set(g.key, g);
  }

  /** Counts an article's entities in; returns its local entity id → group id. */
  add(analysis: Analysis): Map<string, string> {
    const local = new Map<string, string>();
    for (const entity of analysis.entities) {
      const key = entityKey(entity.name);
      let group = this.groups.get(key);
      if (!group) {
        group = { key, id: shortId("en", key), names: new Map(), types: new Map(), aliases: new Set() };
        this.groups.set(key, group);
      }
      const weight = Math.max(1, entity.mentions.length);
      group.names.set(entity.name, (group.names.get(entity.name) ?? 0) + weight);
      group.types.set(entity.type, (group.types.get(entity.type) ?? 0) + weight);
      for (const alias of [entity.name, ...entity.aliases]) group.aliases.add(alias);
      local.set(entity.id, group.id);
      this.touched.add(key);
    }
    return local;
  }

  /** Groups changed since the registry was made: what must be stored again. */
  changedGroups(): EntityGroup[] {
    return [...this.touched].flatMap((k) => this.groups.get(k) ?? []);
  }

  resolve(): ResolvedEntities {
    const variants = foldSpellings(this.groups);
    for (const [from, to] of foldWritingOrders(this.groups, variants)) variants.set(from, to);
    // a spelling that folded into a writing that has now folded itself follows it
    for (const [from, to] of variants) variants.set(from, variants.get(to) ?? to);
    const folds = new Map(variants);
    for (const [short, long] of foldShortForms(this.groups, variants)) folds.set(short, long);
    for (const [lone, full] of foldLoneSurnames(this.groups, variants)) folds.set(lone, full);
    for (const [alias, full] of foldDefinedAliases(this.groups, variants))
      if (!folds.has(alias)) folds.set(alias, full);
    const merged = new Map<
      string,
      { names: Map<string, number>; types: Map<EntityType, number>; aliases: Set<string> }
    >();
    for (const group of this.groups.values()) {
      if (folds.has(group.id)) continue;
      merged.set(group.key, {
        names: new Map(group.names),
        types: new Map(group.types),
        aliases: new Set(group.aliases),
      });
    }
    const keyOfId = new Map([...this.groups.values()].map((g) => [g.id, g.key]));
    const survivorKey = new Map<string, string>();
    for (const group of this.groups.values()) {
      const key = keyOfId.get(folds.get(group.id) ?? "") ?? "";
      const target = merged.get(key);
      if (!target) continue;
      survivorKey.set(group.key, key);
      for (const [name, n] of group.names) {
        // another spelling of the full name counts towards the name shown; a lone surname only adds an alias
        if (variants.has(group.id)) target.names.set(name, (target.names.get(name) ?? 0) + n);
        target.aliases.add(name);
        target.types.set("person", (target.types.get("person") ?? 0) + n);
      }
      for (const alias of group.aliases) target.aliases.add(alias);
    }
    const byKey = new Map<string, CorpusEntity>();
    for (const [key, m] of merged) {
      const name = mostCommon(m.names, (a, b) => b.length - a.length);
      byKey.set(key, {
        id: shortId("en", key),
        name,
        type: mostCommon(m.types, () => 0),
        aliases: [...m.aliases].filter((a) => a !== name).sort(),
      });
    }
    const entityOf = new Map([...this.groups.values()].map((g) => [g.id, folds.get(g.id) ?? g.id]));
    const bySurname = surnameIndex(byKey);
    const byInitials = initialsIndex(byKey);
    const byFullName = fullNameIndex(byKey);
    const spelledLike = (key: string): string | null =>
      fullNameKeys(key)
        .map((k) => byFullName.get(k))
        .find((name) => name !== undefined && name !== null) ?? null;
    return {
      entities: [...byKey.values()].sort((a, b) => a.name.localeCompare(b.name)),
      entityOf,
      nameByKey: (key) =>
        byKey.get(survivorKey.get(key) ?? key)?.name ??
        (key.includes(" ") ? null : (bySurname.get(nameSkeleton(key)) ?? null)),
      personByKey: (key) => {
        const entity = byKey.get(survivorKey.get(key) ?? key);
        if (entity?.type === "person") return entity.name;
        // "Baktiyar Nurjanov" that an article did not know for a person is the corpus's "Bakhtiyor Nurzhanov"
        if (key.includes(" ")) return spelledLike(key);
        return entity ? null : (bySurname.get(nameSkeleton(key)) ?? null);
      },
      personByInitials: (letters) =>
        /^\p{Lu}{2,4}$/u.test(letters) && !byKey.has(entityKey(letters))
          ? (byInitials.get(entityKey(letters)) ?? null)
          : null,
    };
  }
}

/** The keys a full name matches a corpus person by: its given name loosely or by skeleton, its surname by skeleton. */
function fullNameKeys(key: string): string[] {
  const [first = "", ...rest] = key.split(" ");
  const tail = rest.map(nameSkeleton).join(" ");
  return [`${looseGivenKey(first)} ${tail}`, `${nameSkeleton(first)}| ${tail}`];
}

/** Full-name keys of the corpus's persons; a key two persons share names nobody. */
function fullNameIndex(byKey: ReadonlyMap<string, CorpusEntity>): Map<string, string | null> {
  const found = new Map<string, string | null>();
  for (const [key, entity] of byKey) {
    if (entity.type !== "person" || !key.includes(" ")) continue;
    for (const k of fullNameKeys(key))
      found.set(k, found.has(k) && found.get(k) !== entity.name ? null : entity.name);
  }
  return found;
}

/** A one-word key ("kastrin") names the person whose full name ends with it, when exactly one does. */
function surnameIndex(byKey: ReadonlyMap<string, CorpusEntity>): Map<string, string> {
  const found = new Map<string, string | null>();
  for (const [key, entity] of byKey) {
    const parts = key.split(" ");
    if (parts.length < 2 || entity.type !== "person") continue;
    const surname = nameSkeleton(parts.at(-1) ?? "");
    found.set(surname, found.has(surname) && found.get(surname) !== entity.name ? null : entity.name);
  }
  return new Map([...found].filter((e): e is [string, string] => e[1] !== null));
}

/**
 * An article that names a person only by surname ("Kastrin") makes a one-word group; when exactly one full-name
 * person in the corpus has that surname, it is that person. Two full names sharing it leave the surname alone.
 * Returns lone group id → full-name group id.
 */
function foldLoneSurnames(
  groups: ReadonlyMap<string, EntityGroup>,
  spellings: ReadonlyMap<string, string>,
): Map<string, string> {
  const bySurname = new Map<string, Set<string>>();
  const byFirstSurname = new Map<string, Set<string>>();
  const byFirst = new Map<string, Set<string>>();
  for (const [key, group] of groups) {
    const parts = key.split(" ");
    if (parts.length < 2 || !isPerson(group)) continue;
    const id = spellings.get(group.id) ?? group.id;
    for (const [index, word] of [
      [bySurname, parts.at(-1)],
      [byFirstSurname, firstSurname(parts)],
      [byFirst, parts[0]],
    ] as const) {
      if (word === undefined) continue;
      const skeleton = nameSkeleton(word ?? "");
      index.set(skeleton, (index.get(skeleton) ?? new Set()).add(id));
    }
  }
  const folds = new Map<string, string>();
  for (const [key, group] of groups) {
    if (key.includes(" ") || !isPerson(group)) continue;
    // The first of two surnames ("Brandão" of "Otávio Brandão de Meneses"), a family name written first ("President
    // Han" of "Han Do-seok") or a given name used alone ("Azman"), when no full name ends with the word.
    const skeleton = nameSkeleton(key);
    const full = [
      ...(bySurname.get(skeleton) ?? byFirstSurname.get(skeleton) ?? byFirst.get(skeleton) ?? []),
    ];
    if (full.length === 1 && full[0]) folds.set(group.id, full[0]);
  }
  return folds;
}

/**
 * "Abu Yasin" in one outlet is "Khaled bin Nasser al-Hadrami" when an article defined the name as his ("…, who goes
 * by the kunya Abu Yassin"; language/known-as.ts): a group whose words match, by skeleton, an alias of exactly one
 * full-name person that shares no word with that person's name folds into that person. Returns id → survivor id.
 */
function foldDefinedAliases(
  groups: ReadonlyMap<string, EntityGroup>,
  spellings: ReadonlyMap<string, string>,
): Map<string, string> {
  const skeleton = (key: string) => key.split(" ").map(nameSkeleton).join(" ");
  const owners = new Map<string, Set<string>>();
  for (const group of groups.values()) {
    if (!group.key.includes(" ") || !isPerson(group)) continue;
    const own = new Set(group.key.split(" ").map(nameSkeleton));
    for (const alias of group.aliases) {
      const key = entityKey(alias);
      if (key.split(" ").some((w) => own.has(nameSkeleton(w)))) continue;
      const set = owners.get(skeleton(key)) ?? new Set<string>();
      owners.set(skeleton(key), set.add(spellings.get(group.id) ?? group.id));
    }
  }
  const folds = new Map<string, string>();
  for (const group of groups.values()) {
    const found = owners.get(skeleton(group.key));
    const [owner] = found ?? [];
    if (found?.size === 1 && owner !== undefined && owner !== group.id) folds.set(group.id, owner);
  }
  return folds;
}

/**
 * "Yevgen Dorash", "Evgeni Dorash" and "Yevhen Dorash", or "Bakhtiyor Nurzhanov" and "Baktiyar Nurjanov", in
 * different outlets are one person: full-name person groups whose surnames share a skeleton (entity-key.ts
 * `nameSkeleton`) and whose given names match loosely or by skeleton fold into the most-mentioned spelling.
 * Returns group id → surviving group id.
 */
function foldSpellings(groups: ReadonlyMap<string, EntityGroup>): Map<string, string> {
  const buckets = new Map<string, EntityGroup[]>();
  for (const [key, group] of groups) {
    const words = key.split(" ");
    if (words.length < 2 || !isPerson(group)) continue;
    const bucket = `${words.length}|${words.slice(1).map(nameSkeleton).join(" ")}`;
    buckets.set(bucket, [...(buckets.get(bucket) ?? []), group]);
  }
  const folds = new Map<string, string>();
  for (const members of buckets.values()) {
    const byWeight = [...members].sort(
      (a, b) => mentionCount(b) - mentionCount(a) || a.key.localeCompare(b.key),
    );
    const survivors: EntityGroup[] = [];
    for (const g of byWeight) {
      const target = survivors.find((s) => sameGivenName(s.key, g.key));
      if (target) folds.set(g.id, target.id);
      else survivors.push(g);
    }
  }
  return folds;
}

/**
 * One person written family name first in one outlet and last in another ("Hirakawa Tetsuya" / "Tetsuya Hirakawa"),
 * or with the parts of a given name joined, hyphened or apart ("Han Do-seok" / "Han Doseok" / "Han Do Seok"): full
 * names whose letters agree in either order fold into the most-mentioned writing. `folded` groups are left out.
 * Returns group id → surviving group id.
 */
function foldWritingOrders(
  groups: ReadonlyMap<string, EntityGroup>,
  folded: ReadonlyMap<string, string>,
): Map<string, string> {
  const bySignature = new Map<string, EntityGroup[]>();
  for (const group of groups.values()) {
    if (!group.key.includes(" ") || !isPerson(group) || folded.has(group.id)) continue;
    // by skeleton, so a family name in another romanisation ("Seoyeon Chung" / "Jeong Seo-yeon") still meets
    const words = group.key.split(" ").map((w) => nameSkeleton(w.replace(/-/g, "")));
    for (const signature of new Set([words.join(""), [...words].reverse().join("")]))
      bySignature.set(signature, [...(bySignature.get(signature) ?? []), group]);
  }
  const folds = new Map<string, string>();
  for (const members of bySignature.values()) {
    if (members.length < 2) continue;
    const [heaviest, ...rest] = [...members].sort(
      (a, b) => mentionCount(b) - mentionCount(a) || a.key.localeCompare(b.key),
    );
    if (!heaviest || folds.has(heaviest.id)) continue;
    for (const g of rest) if (!folds.has(g.id) && g.id !== heaviest.id) folds.set(g.id, heaviest.id);
  }
  return folds;
}

/**
 * "Gonzalo Arrieta" and "Gonzalo Arrieta Beltrán", "João Lameira" and "João Baptista Lameira", "Conceição Amaral"
 * and "Maria da Conceição Amaral", "Renata Sotomayor Q." and "Renata Sotomayor Quiñones": a person's short form (a
 * second surname, a middle or first given name left out or cut to an initial)
 * folds into the one longer name that holds its words in order, sharing its first or last word; the lighter of the
 * two folds into the heavier. A short form two longer names hold stays apart. Returns group id → surviving id.
 */
function foldShortForms(
  groups: ReadonlyMap<string, EntityGroup>,
  folded: ReadonlyMap<string, string>,
): Map<string, string> {
  const persons = [...groups.values()].filter((g) => g.key.includes(" ") && isPerson(g) && !folded.has(g.id));
  const words = new Map(persons.map((g) => [g.id, g.key.split(" ")]));
  const folds = new Map<string, string>();
  for (const short of persons) {
    const mine = words.get(short.id) ?? [];
    // "Renata Sotomayor Q." is as short as "Renata Sotomayor Quiñones"
    const initialled = mine.some((w) => w.length === 1);
    const longer = persons.filter((g) => {
      const theirs = words.get(g.id) ?? [];
      const fits =
        theirs.length > mine.length || (initialled && g !== short && theirs.length === mine.length);
      return fits && holdsInOrder(theirs, mine);
    });
    const long = longer.length === 1 ? longer[0] : undefined;
    if (long === undefined || folds.has(long.id)) continue;
    if (mentionCount(long) >= mentionCount(short)) folds.set(short.id, long.id);
    else folds.set(long.id, short.id);
  }
  return folds;
}

/**
 * The one full-name person of the corpus whose words begin with these letters in order (the first letters of every
 * word, or of every word but a particle: "SR" for "Stevan Radulović", "OBM" for "Otávio Brandão de Meneses"), by the
 * initials in lower case; initials two people share are left out.
 */
function initialsIndex(byKey: ReadonlyMap<string, CorpusEntity>): Map<string, string> {
  const owners = new Map<string, Set<string>>();
  for (const [key, entity] of byKey) {
    if (entity.type !== "person" || !key.includes(" ")) continue;
    const spaced = key.split(" ");
    for (const form of [spaced, key.split(/[\s-]+/), spaced.filter((w) => !NAME_PARTICLES.has(w))]) {
      const initials = form.map((w) => w[0]).join("");
      owners.set(initials, (owners.get(initials) ?? new Set()).add(entity.name));
    }
  }
  return new Map([...owners].flatMap(([k, names]) => (names.size === 1 ? [[k, [...names][0] ?? ""]] : [])));
}

/** `part`'s words appear in `whole` in order, and the first or the last words agree; an initial stands for a word. */
function holdsInOrder(whole: readonly string[], part: readonly string[]): boolean {
  const same = (w: string | undefined, p: string | undefined) =>
    w !== undefined &&
    p !== undefined &&
    (nameSkeleton(w) === nameSkeleton(p) || (p.length === 1 && w.length > 1 && w.startsWith(p)));
  if (!same(whole[0], part[0]) && !same(whole.at(-1), part.at(-1))) return false;
  let at = 0;
  for (const word of whole) if (same(word, part[at])) at += 1;
  return at === part.length;
}

function sameGivenName(a: string, b: string): boolean {
  const x = a.split(" ")[0] ?? "";
  const y = b.split(" ")[0] ?? "";
  return looseGivenKey(x) === looseGivenKey(y) || nameSkeleton(x) === nameSkeleton(y);
}

/** How often a group's names were written, over all articles: the heavier spelling names the person. */
const mentionCount = (group: EntityGroup): number => [...group.names.values()].reduce((a, b) => a + b, 0);

const isPerson = (group: EntityGroup): boolean => mostCommon(group.types, () => 0) === "person";

/** The most frequent value; `tie` orders equally frequent ones (first wins). */
function mostCommon<T>(counts: ReadonlyMap<T, number>, tie: (a: T, b: T) => number): T {
  const sorted = [...counts].sort((a, b) => b[1] - a[1] || tie(a[0], b[0]));
  const first = sorted[0];
  if (!first) throw new Error("mostCommon of an empty map");
  return first[0];
}
