/** @module Groups mentions of one entity: same key, or a lone surname of a full name seen in the article. */
import type { Entity, EntityType, Span } from "../core/records.ts";
import { entityKey, firstSurname, surnameKey } from "./entity-key.ts";
import { ordinaryCase } from "./unshout.ts";

/** An entity being assembled from its mentions. */
export interface EntityDraft {
  readonly key: string;
  type: EntityType;
  readonly surfaces: Map<string, number>;
  readonly mentions: Span[];
  readonly roles: string[];
}

/** Mentions grouped by `entityKey`, so transliteration variants of a full name fall together. */
export class DraftBook {
  readonly drafts = new Map<string, EntityDraft>();
  private surnames: Map<string, EntityDraft[]> | null = null;

  add(surface: string, span: Span, type: EntityType, role: string | null): EntityDraft {
    const key = entityKey(surface);
    this.surnames = null;
    let draft = this.drafts.get(key);
    if (draft === undefined) {
      draft = { key, type, surfaces: new Map(), mentions: [], roles: [] };
      this.drafts.set(key, draft);
    } else if (draft.type === "other" && type !== "other") {
      draft.type = type;
    }
    this.addTo(draft, surface, span);
    if (role !== null) addRole(draft, role);
    return draft;
  }

  addTo(draft: EntityDraft, surface: string, span: Span): void {
    draft.surfaces.set(surface, (draft.surfaces.get(surface) ?? 0) + 1);
    if (!draft.mentions.some((m) => m.start === span.start))
      draft.mentions.push({ start: span.start, end: span.end });
  }

  /**
   * "Echeverría Solís" joins "Maricruz Echeverría Solís", and "Martins da Cunha" "Helena Martins da Cunha": a name of
   * two words or more that is the last words of exactly one longer person name in the article (the surnames, the
   * given name left out).
   */
  mergeDoubleSurnames(): void {
    const longer = [...this.drafts.values()].filter(
      (d) => d.type === "person" && d.key.split(" ").length >= 3,
    );
    for (const [key, draft] of this.drafts) {
      const words = key.split(" ");
      const [first = ""] = words;
      if (words.length < 2 || (draft.type !== "other" && draft.type !== "person")) continue;
      const owners = longer.filter((d) => {
        const tokens = d.key.split(" ");
        if (tokens.length <= words.length) return false;
        const tail = tokens.slice(-words.length);
        return (
          tail.slice(1).join(" ") === words.slice(1).join(" ") &&
          (tail[0] === first || tail[0] === surnameKey(first))
        );
      });
      if (owners.length === 1) this.absorb(owners[0] as EntityDraft, key, draft);
    }
    this.surnames = null;
  }

  /** "Peskov" joins "Dmitry Peskov" when one full name in the article has that surname (last, or first of two). */
  mergeSurnames(): void {
    const bySurname = this.surnameIndex();
    for (const [key, draft] of this.drafts) {
      if (key.includes(" ") || (draft.type !== "other" && draft.type !== "person")) continue;
      const owners = bySurname.get(key) ?? (draft.type === "person" ? this.untypedOwners(key) : undefined);
      if (owners?.length !== 1) continue;
      const owner = owners[0] as EntityDraft;
      // "Mr Dabiré" says that "Séraphin Dabiré", a given name the data does not know, is a person
      if (draft.type === "person") owner.type = "person";
      this.absorb(owner, key, draft);
    }
    this.surnames = null;
  }

  /** Two- or three-word names of no known type ending with `surname`. */
  private untypedOwners(surname: string): EntityDraft[] {
    return [...this.drafts.values()].filter((d) => {
      const tokens = d.key.split(" ");
      return d.type === "other" && tokens.length >= 2 && tokens.length <= 3 && tokens.at(-1) === surname;
    });
  }

  /**
   * "Sheikh Mansour", "Pak Surya", "Azman said": a lone name that opens the one full name in the article (and is
   * nobody's surname there, unless an honorific precedes it) is that person. `honoured` says whether a mention
   * follows an honorific.
   */
  mergeGivenNames(honoured: (span: Span) => boolean): void {
    const opening = new Map<string, EntityDraft[]>();
    const later = new Set<string>();
    for (const d of this.drafts.values()) {
      if (d.type !== "person" || !d.key.includes(" ")) continue;
      const [first = "", ...rest] = d.key.split(" ");
      opening.set(first, [...(opening.get(first) ?? []), d]);
      for (const word of rest) later.add(word);
    }
    for (const [key, draft] of this.drafts) {
      if (key.includes(" ") || (draft.type !== "person" && draft.type !== "other")) continue;
      const owners = opening.get(key) ?? [];
      if (owners.length !== 1) continue;
      // "Azman said" after "Azman Yusof": a given name alone, when no one in the article bears it as a surname
      const honour = draft.type === "person" && draft.mentions.every(honoured);
      if (!honour && later.has(key)) continue;
      this.absorb(owners[0] as EntityDraft, key, draft);
    }
    this.surnames = null;
  }

  /** The alias an article defines ("X, known as Y") is X: Y's draft, if any, folds into X's. */
  mergeAlias(owner: EntityDraft, alias: string): void {
    const key = entityKey(alias);
    const draft = this.drafts.get(key);
    if (draft === undefined || draft === owner || draft.type === "organization") return;
    this.absorb(owner, key, draft);
    // the alias is known, but the name stays the one it was defined for
    for (const surface of draft.surfaces.keys()) owner.surfaces.set(surface, 0);
    this.surnames = null;
  }

  /** `draft` (under `key`) is `owner`: its surfaces, mentions and roles move there. */
  private absorb(owner: EntityDraft, key: string, draft: EntityDraft): void {
    for (const [surface, n] of draft.surfaces)
      owner.surfaces.set(surface, (owner.surfaces.get(surface) ?? 0) + n);
    owner.mentions.push(...draft.mentions);
    for (const role of draft.roles) addRole(owner, role);
    this.drafts.delete(key);
  }

  /** The entity a single word or a run of words refers to, if the article already names it. */
  lookup(words: string): EntityDraft | undefined {
    const key = entityKey(words);
    const direct = this.drafts.get(key);
    if (direct !== undefined || key.includes(" ")) return direct;
    const owners = this.surnameIndex().get(key);
    return owners?.length === 1 ? owners[0] : undefined;
  }

  private surnameIndex(): Map<string, EntityDraft[]> {
    if (this.surnames !== null) return this.surnames;
    const index = new Map<string, EntityDraft[]>();
    for (const [key, draft] of this.drafts) {
      if (draft.type !== "person" || !key.includes(" ")) continue;
      const tokens = key.split(" ");
      // "Héctor Villalba Ruiz" is "Villalba" too, and "Otávio Brandão de Meneses" "Brandão": a first surname
      const surnames = [tokens.at(-1), firstSurname(tokens)];
      for (const word of new Set(surnames.filter((w): w is string => w !== undefined).map(surnameKey)))
        index.set(word, [...(index.get(word) ?? []), draft]);
    }
    this.surnames = index;
    return index;
  }

  toEntities(): Entity[] {
    const drafts = [...this.drafts.values()].filter((d) => d.mentions.length > 0);
    for (const d of drafts) d.mentions.sort((a, b) => a.start - b.start);
    drafts.sort((a, b) => (a.mentions[0]?.start ?? 0) - (b.mentions[0]?.start ?? 0));
    return drafts.map((d, i) => {
      const name = canonicalName(d);
      return {
        id: `e${i + 1}`,
        name,
        type: d.type,
        aliases: [...d.surfaces.keys()].filter((s) => s !== name),
        mentions: d.mentions.map((m) => ({ start: m.start, end: m.end })),
        roles: [...d.roles],
      };
    });
  }
}

function addRole(draft: EntityDraft, role: string): void {
  if (!draft.roles.includes(role)) draft.roles.push(role);
}

/**
 * The most frequent full (multi-word) form, a person's written in ordinary case before one a dateline shouts
 * ("Abdoulaye Sérémé" before "Abdoulaye SÉRÉMÉ", which alone becomes "Abdoulaye Sérémé"); the first seen wins a tie.
 */
function canonicalName(draft: EntityDraft): string {
  const person = draft.type === "person";
  const surfaces = [...draft.surfaces.entries()];
  // "Martins da Cunha" said twice is still "Helena Martins da Cunha": a name's tail does not name it
  const spaced = surfaces.filter(([s]) => s.includes(" "));
  const full = spaced.filter(([s]) => !spaced.some(([o]) => o.length > s.length && o.endsWith(` ${s}`)));
  const pool = full.length > 0 ? full : surfaces;
  let best = pool[0]?.[0] ?? draft.key;
  let bestRank = -1;
  for (const [surface, n] of pool) {
    const rank = person && SHOUTED.test(surface) ? n : n + 1_000_000;
    if (rank > bestRank) {
      best = surface;
      bestRank = rank;
    }
  }
  return person ? best.replace(SHOUTED_WORDS, ordinaryCase) : best;
}

/** A word of three or more capitals ("SÉRÉMÉ", "DIALLO-TOURÉ"), not an initialism inside a name ("J.R."). */
const SHOUTED = /(?<![\p{L}.])\p{Lu}[\p{Lu}'’-]{2,}(?![\p{L}.])/u;
const SHOUTED_WORDS = new RegExp(SHOUTED.source, "gu");
