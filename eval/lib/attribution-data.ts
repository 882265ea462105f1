/**
 * @module PolNeAR as the attribution evaluation and training read it: per article of a split, its text and its
 * lexicographically first annotator file, parsed (../shared/README.md: one annotator file per article).
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { type BratDoc, parseBrat } from "./brat.ts";

export const POLNEAR = join(
  fileURLToPath(new URL("../..", import.meta.url)),
  "..",
  "shared",
  "data",
  "polnear",
);

export interface PolnearArticle {
  readonly id: string;
  readonly text: string;
  readonly gold: BratDoc;
}

export function loadPolnear(split: string, root: string = POLNEAR): PolnearArticle[] {
  const dir = join(root, split);
  const anns = readdirSync(join(dir, "attributions"))
    .filter((f) => f.endsWith(".ann"))
    .sort();
  const first = new Map<string, string>();
  for (const f of anns) {
    const id = f.replace(/_[^_]+\.ann$/, "");
    if (!first.has(id)) first.set(id, f);
  }
  return readdirSync(join(dir, "text"))
    .filter((f) => f.endsWith(".txt"))
    .sort()
    .flatMap((f) => {
      const id = f.replace(/\.txt$/, "");
      const ann = first.get(id);
      if (ann === undefined) return [];
      const text = readFileSync(join(dir, "text", f), "utf8");
      return [{ id, text, gold: parseBrat(readFileSync(join(dir, "attributions", ann), "utf8")) }];
    });
}
