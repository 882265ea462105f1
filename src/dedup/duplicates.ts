/**
 * @module Same-page copies and syndicated copies: shingle containment, so a truncated copy still matches its full
 * version, with a sampled inverted index so an article is compared only with articles sharing text.
 */
import type { DuplicateLink } from "../core/records.ts";
import { isRewrite } from "./rewrite.ts";
import { containment, shingleSet } from "./shingles.ts";

export interface DedupInput {
  readonly id: string;
  readonly text: string;
  readonly published: string | null;
  /** Arrival order; breaks ties between otherwise equal copies. */
  readonly seq: number;
}

export interface DedupOptions {
  /** Share of the smaller copy's shingles found in the larger one for the two to be copies. */
  readonly minContainment: number;
  /** Above this both ways, the two are the same page rather than an agency copy with local changes. */
  readonly sameThreshold: number;
}

export const DEFAULT_DEDUP_OPTIONS: DedupOptions = { minContainment: 0.7, sameThreshold: 0.95 };

// Only shingles whose hash falls in 1/SAMPLE of the space go into the candidate index (fingerprints): copies share
// hundreds of shingles, so they still meet there, while the index stays small. A fingerprint that very many
// articles share is boilerplate or a stock phrase ("said in a statement on"): past MAX_POSTINGS it stops
// proposing candidates, and two articles must share MIN_SHARED fingerprints to be compared at all.
const SAMPLE = 4;
const MAX_POSTINGS = 64;
const MIN_SHARED = 2;

/** Links every copy to the kept version of its group; nothing is deleted. */
export function findDuplicates(
  docs: readonly DedupInput[],
  options: DedupOptions = DEFAULT_DEDUP_OPTIONS,
): DuplicateLink[] {
  const sets = docs.map((d) => shingleSet(d.text));
  const index = new Map<number, number[]>();
  const parent = docs.map((_, i) => i);
  const find = (i: number): number => {
    let root = i;
    while (parent[root] !== root) root = parent[root] ?? root;
    return root;
  };
  const best = new Map<number, { other: number; score: number }>();
  const rewrites = new Set<string>();

  docs.forEach((_, i) => {
    const set = sets[i] ?? new Set<number>();
    const shared = new Map<number, number>();
    for (const s of set) {
      if (s % SAMPLE !== 0) continue;
      const bucket = index.get(s);
      if (!bucket) {
        index.set(s, [i]);
        continue;
      }
      if (bucket.length >= MAX_POSTINGS) continue;
      for (const j of bucket) shared.set(j, (shared.get(j) ?? 0) + 1);
      bucket.push(i);
    }
    const few = Math.min(MIN_SHARED, Math.ceil(set.size / SAMPLE / 4));
    for (const [j, n] of shared) {
      if (n < few) continue;
      const other = sets[j] ?? new Set<number>();
      const small = set.size <= other.size ? set : other;
      const large = small === set ? other : set;
      const score = containment(small, large);
      if (score < options.minContainment) {
        if (!isRewrite(docs[i]?.text ?? "", docs[j]?.text ?? "")) continue;
        rewrites.add(pairKey(i, j));
      }
      const ri = find(i);
      const rj = find(j);
      if (ri !== rj) parent[ri] = rj;
      for (const k of [i, j]) {
        const prev = best.get(k);
        if (!prev || score > prev.score) best.set(k, { other: k === i ? j : i, score });
      }
    }
  });

  const groups = new Map<number, number[]>();
  docs.forEach((_, i) => {
    const root = find(i);
    groups.set(root, [...(groups.get(root) ?? []), i]);
  });
  const links: DuplicateLink[] = [];
  for (const members of groups.values()) {
    if (members.length < 2) continue;
    const kept = members.reduce((a, b) => (preferKept(docs, sets, a, b) ? a : b));
    const keptDoc = docs[kept];
    const keptSet = sets[kept];
    if (!keptDoc || !keptSet) continue;
    for (const m of members) {
      const doc = docs[m];
      const set = sets[m];
      if (m === kept || !doc || !set) continue;
      const inKept = containment(set, keptSet);
      const both = Math.min(inKept, containment(keptSet, set));
      links.push({
        articleId: doc.id,
        duplicateOf: keptDoc.id,
        kind: rewrites.has(pairKey(m, kept))
          ? "rewrite"
          : both >= options.sameThreshold
            ? "same"
            : "syndicated",
        containment: round(Math.max(inKept, best.get(m)?.score ?? 0)),
      });
    }
  }
  return links.sort((a, b) => a.articleId.localeCompare(b.articleId));
}

/** The kept copy is the fullest one (a truncated copy points at its full version), then the earliest. */
function preferKept(
  docs: readonly DedupInput[],
  sets: readonly Set<number>[],
  a: number,
  b: number,
): boolean {
  const sa = sets[a]?.size ?? 0;
  const sb = sets[b]?.size ?? 0;
  if (Math.abs(sa - sb) > 0.05 * Math.max(sa, sb)) return sa > sb;
  const pa = docs[a]?.published;
  const pb = docs[b]?.published;
  if (pa && pb && pa !== pb) return pa < pb;
  if (pa && !pb) return true;
  if (pb && !pa) return false;
  return (docs[a]?.seq ?? 0) <= (docs[b]?.seq ?? 0);
}

function pairKey(i: number, j: number): string {
  return i < j ? `${i}:${j}` : `${j}:${i}`;
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}
