/** @module Types a name-like run from data: gazetteer, organisation cues, media, given names, titles. */
import type { EntityType } from "../core/records.ts";
import { entityKey, foldToken } from "./entity-key.ts";
import { FAMILY_FIRST_GIVEN, GIVEN_NAMES } from "./given-names.ts";
import { KNOWN_ORGANISATIONS, MEDIA_NOUNS, MEDIA_OUTLETS, ORG_CUE_WORDS } from "./organisations.ts";
import { PLACES } from "./places.ts";

const SURNAME_ENDING =
  /^\p{Lu}\p{Ll}+(?:ov|ova|ev|eva|yov|yova|yev|yeva|skiy|skii|sky|skaya|enko|chuk|vich|vych|bekov|bekova|bayev|bayeva|baev|uly|kyzy|dze|shvili|oglu|sson|sen|d[oó]ttir|dotter|datter)$/u;

export interface TypingContext {
  /** A role phrase introduces the name ("Kremlin spokesman X"). */
  readonly roleAttached: boolean;
  /** A personal title precedes it ("Dr. X"). */
  readonly afterTitle: boolean;
  /** The text right before the name. */
  readonly before: string;
}

const LED_BY = /\b(?:led|headed|chaired|founded)\s+by\s+$/i;
const MEDIA_NOUN_BEFORE = new RegExp(String.raw`\b(?:${MEDIA_NOUNS.join("|")})\s+$`, "i");

/** The type of a name, `null` when it is not an entity at all (a demonym such as "Ukrainian"). */
export function typeName(words: readonly string[], ctx: TypingContext): EntityType | null {
  const folded = words.map(foldToken).join(" ");
  const place = PLACES.get(folded) ?? PLACES.get(entityKey(words.join(" ")));
  if (place !== undefined) return place.kind === "demonym" ? null : "place";
  // "Europeans", "Ukrainians": a people, not a named entity.
  if (words.length === 1 && PLACES.get(folded.replace(/s$/, ""))?.kind === "demonym") return null;
  if (isOrganisation(words, folded) || MEDIA_NOUN_BEFORE.test(ctx.before)) return "organization";
  if (ctx.roleAttached || ctx.afterTitle) return "person";
  // "the Coastal Party, led by Torbjorn Fjeldsa"
  if (words.length >= 2 && LED_BY.test(ctx.before)) return "person";
  if (words.length >= 2 && GIVEN_NAMES.has(foldToken(words[0] ?? ""))) return "person";
  // "Tanaka Hiroshi": a given name written after the family name, as Japanese names often are
  if (words.length === 2 && FAMILY_FIRST_GIVEN.has(foldToken(words[1] ?? ""))) return "person";
  // "Bolat Ermekov", "Tamaz Beridze", "Sigrun Einarsdottir": a surname ending of Slavic, Turkic, Caucasian or
  // Nordic (patronymic) families closes a two- or three-word name
  if (words.length >= 2 && words.length <= 3 && SURNAME_ENDING.test(words.at(-1) ?? "")) return "person";
  return "other";
}

/** A well-known institution or outlet, or a run opening/closing with an organisation word. */
export function isOrganisation(words: readonly string[], folded = words.map(foldToken).join(" ")): boolean {
  if (KNOWN_ORGANISATIONS.has(folded) || MEDIA_OUTLETS.has(folded)) return true;
  const first = foldToken(words[0] ?? "");
  const last = foldToken(words.at(-1) ?? "");
  return words.length >= 2 && (ORG_CUE_WORDS.has(last) || ORG_CUE_WORDS.has(first));
}

/** A news outlet or agency by name ("RIA Novosti"); outlets not listed are found from context instead. */
export function isMediaName(name: string): boolean {
  return MEDIA_OUTLETS.has(name.split(/\s+/).map(foldToken).join(" "));
}
