/** @module What an article is about, as weighted terms: its entities (by corpus key) and its content words. */
import type { Analysis, Entity } from "../core/records.ts";
import { entityKey, foldToken, nameSkeleton } from "../language/entity-key.ts";
import { STOPWORDS } from "./stopwords.ts";

export type TermVector = Map<string, number>;

const WORD = /[\p{L}][\p{L}'’-]{3,}/gu;

export interface FeatureInput {
  readonly title: string | null;
  readonly text: string;
  readonly analysis: Analysis;
  /** Who published it: the words of its name in its own text (datelines, credits) say nothing of the story. */
  readonly outlet?: string | null;
}

/** A content word as a term: lower case, without diacritics or a possessive "'s" ("Pelícano's" is "pelicano"). */
export function wordTerm(word: string): string {
  return foldToken(word);
}

/**
 * The term an entity counts as: a person by the skeleton of the surname ("Nurzhanov", "Bakhtiyor Nourzhanov" and
 * "Baktiyar Nurjanov" are one term however each outlet spells him), anything else by its corpus key (so "Kyiv"
 * and "Kiev" count as one).
 */
export function entityTerm(name: string, type: Entity["type"]): string {
  if (type !== "person") return `@${entityKey(name)}`;
  return `@${nameSkeleton(entityKey(name).split(" ").at(-1) ?? "")}`;
}

const PATRONYMIC = /(?:ovich|evich|ovitch|ievich|ich|ovna|evna|ichna|yevna|ogly|oglu|kyzy|qizi)$/u;

const PARTICLES = new Set([
  "de",
  "da",
  "das",
  "do",
  "dos",
  "del",
  "la",
  "las",
  "los",
  "y",
  "e",
  "van",
  "von",
  "der",
  "di",
  "du",
  "le",
  "bin",
  "ibn",
  "al",
  "el",
]);

/**
 * The terms a person counts as: the skeleton of every name after the given name, so a double surname ("Ramón
 * Echeverría Soler", "Patricia Quintanilla de León") meets the same person written with one ("Ramón Echeverría",
 * "Patricia Quintanilla"). Anything else: its one entity term.
 */
export function entityTerms(name: string, type: Entity["type"]): string[] {
  if (type !== "person") return [entityTerm(name, type)];
  const words = entityKey(name)
    .split(" ")
    .filter((w) => w !== "" && !PARTICLES.has(w));
  // "Arkady Semyonovich Lavrentyev": a patronymic between the given name and the surname is no surname
  const named =
    words.length > 2
      ? words.filter((w, i) => i === 0 || i === words.length - 1 || !PATRONYMIC.test(w))
      : words;
  const surnames = named.length > 1 ? named.slice(1) : named;
  return [...new Set(surnames.map((w) => `@${nameSkeleton(w)}`))];
}

/** Raw term counts: entities weigh more than words, and the title and lede more than the rest. */
export function termCounts(input: FeatureInput): TermVector {
  const counts: TermVector = new Map();
  const add = (term: string, weight: number) => counts.set(term, (counts.get(term) ?? 0) + weight);
  for (const entity of input.analysis.entities) {
    if (entity.type === "other") continue;
    const terms = entityTerms(entity.name, entity.type);
    for (const term of terms) add(term, (2 * Math.min(3, entity.mentions.length || 1)) / terms.length);
  }
  const own = new Set((input.outlet ?? "").toLowerCase().match(WORD)?.map(wordTerm) ?? []);
  const lede = input.text.slice(0, 600);
  for (const [part, weight] of [
    [input.title ?? "", 3],
    [lede, 1],
    [input.text, 1],
  ] as const) {
    for (const raw of part.toLowerCase().match(WORD) ?? []) {
      const word = wordTerm(raw);
      if (!STOPWORDS.has(word) && !own.has(word)) add(word, weight);
    }
  }
  return counts;
}

/** TF-IDF with sublinear term frequency, L2-normalised. */
export function weigh(counts: TermVector, idf: (term: string) => number): TermVector {
  const out: TermVector = new Map();
  let norm = 0;
  for (const [term, count] of counts) {
    const w = (1 + Math.log(count)) * idf(term);
    out.set(term, w);
    norm += w * w;
  }
  norm = Math.sqrt(norm) || 1;
  for (const [term, w] of out) out.set(term, w / norm);
  return out;
}

export function cosine(a: TermVector, b: TermVector): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let dot = 0;
  for (const [term, w] of small) dot += w * (large.get(term) ?? 0);
  return dot;
}

/** Adds `v` into `sum` (a centroid's running total). */
export function accumulate(sum: TermVector, v: TermVector): void {
  for (const [term, w] of v) sum.set(term, (sum.get(term) ?? 0) + w);
}

/** Takes `v` out of `sum` again (an article leaving a story); terms left at zero go. */
export function withdraw(sum: TermVector, v: TermVector): void {
  for (const [term, w] of v) {
    const left = (sum.get(term) ?? 0) - w;
    if (Math.abs(left) < 1e-9) sum.delete(term);
    else sum.set(term, left);
  }
}

export function normalised(v: TermVector): TermVector {
  let norm = 0;
  for (const w of v.values()) norm += w * w;
  norm = Math.sqrt(norm) || 1;
  return new Map([...v].map(([t, w]) => [t, w / norm]));
}
