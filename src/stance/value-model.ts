/**
 * @module The learned reading of a stance's value, for words that name an event but hold no cue the rules know
 * ("she will fly to X on Monday", "An early election is now the honest way out"): an averaged perceptron over the
 * words' unigrams and bigrams, trained by `npm run train:stance` on the gold quotes of the development corpora. Its
 * weights are stance-values.json beside this module; without that file nothing is learned and the rules stand alone.
 */
import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { StanceValue } from "../core/records.ts";

export interface ValueModel {
  readonly labels: readonly StanceValue[];
  /** A reading counts only when its score beats the runner-up's by this much. */
  readonly minMargin: number;
  readonly weights: ReadonlyMap<string, readonly number[]>;
}

/** The file's shape: labels, margin and, per feature, one weight per label. */
export interface ValueModelFile {
  readonly labels: readonly StanceValue[];
  readonly minMargin: number;
  readonly weights: Readonly<Record<string, readonly number[]>>;
}

/** Lower-cased words and punctuation, digits as 0, quotation marks dropped; unigrams, bigrams and a bias. */
export function valueFeatures(words: string): string[] {
  const tokens =
    words
      .toLowerCase()
      .replace(/[“”"«»‘]/gu, " ")
      .replace(/’/gu, "'")
      .replace(/\p{N}+/gu, "0")
      .match(/[\p{L}0']+|[.,;:!?]/gu) ?? [];
  const features = new Set<string>(["bias"]);
  tokens.forEach((token, i) => {
    features.add(`u:${token}`);
    const next = tokens[i + 1];
    if (next !== undefined) features.add(`b:${token} ${next}`);
  });
  return [...features];
}

/** Each label's score for the features of some words, in the model's label order. */
export function valueScores(model: ValueModel, features: readonly string[]): number[] {
  const scores = model.labels.map(() => 0);
  for (const feature of features) {
    const row = model.weights.get(feature);
    if (row === undefined) continue;
    for (let i = 0; i < scores.length; i++) scores[i] = (scores[i] as number) + (row[i] ?? 0);
  }
  return scores;
}

/** The best label for the features of some words, and how far it leads the runner-up. */
export function readValue(
  model: ValueModel,
  features: readonly string[],
): { stance: StanceValue; margin: number } {
  const scores = valueScores(model, features);
  let best = 0;
  scores.forEach((s, i) => {
    if (s > (scores[best] as number)) best = i;
  });
  const runnerUp = Math.max(...scores.filter((_, i) => i !== best));
  return { stance: model.labels[best] as StanceValue, margin: (scores[best] as number) - runnerUp };
}

export function parseValueModel(json: string): ValueModel {
  const file = JSON.parse(json) as ValueModelFile;
  return { labels: file.labels, minMargin: file.minMargin, weights: new Map(Object.entries(file.weights)) };
}

const MODEL_FILE = "stance-values.json";
let loaded: ValueModel | null | undefined;

/** The trained model, or null when its file is absent. */
export function loadValueModel(): ValueModel | null {
  if (loaded !== undefined) return loaded;
  // Beside this module under src/, or under src/ when running the built copy in dist/.
  const candidates = [
    new URL(`./${MODEL_FILE}`, import.meta.url),
    new URL(`../../src/stance/${MODEL_FILE}`, import.meta.url),
  ];
  const found = candidates.map((u) => fileURLToPath(u)).find((p) => existsSync(p));
  loaded = found === undefined ? null : parseValueModel(readFileSync(found, "utf8"));
  return loaded;
}

/** The learned value of `words` when the model is present and sure enough of it; null otherwise. */
export function learnedStance(words: string): StanceValue | null {
  const model = loadValueModel();
  if (model === null) return null;
  const { stance, margin } = readValue(model, valueFeatures(words));
  return margin >= model.minMargin ? stance : null;
}

const MIN_WORDS = 4;

/**
 * The sentence of `words` that holds offset `at` (where the event is named), or null when it is a name with hardly
 * a word around it ("the signature", "the agreement scrapped"), which says nothing on its own.
 */
export function eventSentence(words: string, at: number): string | null {
  const before = words.slice(0, Math.max(0, at));
  const from = Math.max(before.lastIndexOf(". "), before.lastIndexOf("? "), before.lastIndexOf("! ")) + 1;
  const after = words.slice(Math.max(0, at)).search(/[.!?](?:\s|$)/u);
  const sentence = words.slice(from, after < 0 ? words.length : at + after + 1).trim();
  return sentence.split(/\s+/u).length < MIN_WORDS ? null : sentence;
}

/** The learned value of the sentence of `words` that names the event at `at`. */
export function learnedStanceAt(words: string, at: number): StanceValue | null {
  const sentence = eventSentence(words, at);
  return sentence === null ? null : learnedStance(sentence);
}
