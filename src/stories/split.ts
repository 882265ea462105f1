/**
 * @module A second look at a grown story: is it two stories? Online clustering lets the first report of a new story
 * join an older one it shares names with ("the prime minister on the sea dispute", then on the election he
 * calls), and every later report of the new story follows it there. Average linkage over the members' term vectors
 * finds the two groups; they are two stories when each member is clearly closer to its own group than to the other.
 * A member's own group counts only the other outlets' members: an outlet's reports share its house style (full
 * names, its beat's words, its own name), which makes one outlet's angle on a story look like a story of its own.
 */
import { foldToken } from "../language/entity-key.ts";
import { accumulate, cosine, normalised, type TermVector } from "./features.ts";

/**
 * The mean margin (own group's other outlets minus other group) at which a story is two. Measured: one story's
 * phases split at up to 0.134; a dispute story holding an election story sharing its leader at 0.171 and 0.176.
 */
export const SPLIT_MARGIN = 0.16;
/** The fewest members a side needs: one odd report is not a story of its own. */
export const MIN_SIDE = 2;

export interface Bisection {
  /** Indexes of the members in each group. */
  readonly a: readonly number[];
  readonly b: readonly number[];
  /** Mean over members of cos(own group without it and its outlet's members) − cos(other group). */
  readonly margin: number;
}

/**
 * The two groups average-linkage clustering leaves (the two closest groups by mean cosine merged until two are
 * left, Lance-Williams updates), or null when there are too few members for two stories. When one group is a
 * report or two that fit with nothing (a feature from the story's edge), the rest is bisected without them and they
 * join the group whose centroid is closer: one odd report does not hide the two stories of the rest.
 * `outlets` (by index; null when unknown) names who published each member.
 */
export function bisect(
  vectors: readonly TermVector[],
  outlets: readonly (string | null)[] = [],
): Bisection | null {
  if (vectors.length < 2 * MIN_SIDE) return null;
  // Undone from the last merge: while one of the two groups is too small, it is odd and the other one's own last
  // merge gives the two groups of the rest (average linkage never merged the odd report, so the rest's merges are
  // what they would be without it).
  const merges = averageLinkage(vectors);
  const odd: number[] = [];
  let halves: [number[], number[]] | undefined = merges.pop();
  while (halves && Math.min(halves[0].length, halves[1].length) < MIN_SIDE) {
    const [small, large] = halves[0].length < halves[1].length ? halves : [halves[1], halves[0]];
    odd.push(...small);
    halves = large.length >= 2 * MIN_SIDE ? merges.pop() : undefined;
  }
  if (!halves) return null;
  const [a, b] = [[...halves[0]], [...halves[1]]];
  const centroids = [normalised(sumOf(vectors, a)), normalised(sumOf(vectors, b))] as const;
  for (const i of odd) {
    const v = vectors[i] as TermVector;
    (cosine(v, centroids[0]) >= cosine(v, centroids[1]) ? a : b).push(i);
  }
  return { a, b, margin: meanMargin(vectors, outlets.map(outletKey), a, b) };
}

/**
 * Average-linkage agglomeration down to one group: the merges in order, each the member indexes of the two groups
 * it joined (so the last one is the two groups the agglomeration leaves).
 */
function averageLinkage(vectors: readonly TermVector[]): [number[], number[]][] {
  const n = vectors.length;
  const link = vectors.map((v) => vectors.map((w) => cosine(v, w)));
  const members: (number[] | null)[] = vectors.map((_, i) => [i]);
  const merges: [number[], number[]][] = [];
  for (let left = n; left > 1; left--) {
    let bi = -1;
    let bj = -1;
    let best = Number.NEGATIVE_INFINITY;
    for (let i = 0; i < n; i++) {
      if (!members[i]) continue;
      for (let j = i + 1; j < n; j++) {
        const score = link[i]?.[j] ?? 0;
        if (members[j] && score > best) [bi, bj, best] = [i, j, score];
      }
    }
    const gi = members[bi] as number[];
    const gj = members[bj] as number[];
    for (let k = 0; k < n; k++) {
      if (!members[k] || k === bi || k === bj) continue;
      const merged =
        (gi.length * (link[bi]?.[k] ?? 0) + gj.length * (link[bj]?.[k] ?? 0)) / (gi.length + gj.length);
      (link[bi] as number[])[k] = merged;
      (link[k] as number[])[bi] = merged;
    }
    merges.push([gi, gj]);
    members[bi] = [...gi, ...gj];
    members[bj] = null;
  }
  return merges;
}

/** Outlet names compared without case, accents or spacing ("Gaceta Sur", "GACETA SUR"); unknown is null. */
function outletKey(outlet: string | null | undefined): string | null {
  const key = outlet ? foldToken(outlet).replace(/\s+/g, " ").trim() : "";
  return key === "" ? null : key;
}

/**
 * Mean over members of cos(own group's other outlets) − cos(other group). A member with no other outlet's report
 * in its group has nothing outside its outlet to be close to (0).
 */
function meanMargin(
  vectors: readonly TermVector[],
  outlets: readonly (string | null)[],
  a: readonly number[],
  b: readonly number[],
): number {
  let total = 0;
  for (const [own, other] of [
    [a, b],
    [b, a],
  ] as const) {
    const otherCentroid = normalised(sumOf(vectors, other));
    for (const i of own) {
      const outlet = outlets[i] ?? null;
      const peers = own.filter((j) => j !== i && (outlet === null || outlets[j] !== outlet));
      const v = vectors[i] as TermVector;
      const ownScore = peers.length > 0 ? cosine(v, normalised(sumOf(vectors, peers))) : 0;
      total += ownScore - cosine(v, otherCentroid);
    }
  }
  return total / vectors.length;
}

function sumOf(vectors: readonly TermVector[], members: Iterable<number>): TermVector {
  const sum: TermVector = new Map();
  for (const i of members) accumulate(sum, vectors[i] as TermVector);
  return sum;
}
