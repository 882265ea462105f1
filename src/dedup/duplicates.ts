/**
 * @module Same-page copies and syndicated copies: shingle containment, so a truncated copy still matches its full
 * version, with a sampled inverted index (fingerprints) so an article is compared only with articles sharing text.
 * Incremental: each arriving article is posted to the index and compared with its candidates; the groups it
 * joins are settled at the end of a run. The index and the groups of earlier runs live behind `DedupIndex`
 * (memory for `findDuplicates`, the database for an ingest).
 */

import type { DuplicateLink } from "../core/records.ts";
import { escapeRegExp } from "../core/regex.ts";
import { DEFAULT_REWRITE, isRewrite } from "./rewrite.ts";
import { containment, shingleSet } from "./shingles.ts";

export interface DedupInput {
  readonly id: string;
  readonly text: string;
  readonly published: string | null;
  /** Arrival order; breaks ties between otherwise equal copies. */
  readonly seq: number;
  /** The outlet that published it: a copy names the agency it took the text from ("(Meridian) —"). */
  readonly outlet?: string | null;
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
export const MAX_POSTINGS = 64;
const MIN_SHARED = 2;
const CACHE = 4096;

/** Where earlier articles, their fingerprints and their duplicate groups are kept. */
export interface DedupIndex {
  /**
   * Posts `id` under each fingerprint that has fewer than MAX_POSTINGS articles; returns how many of its
   * fingerprints (full ones excluded) each earlier article shares.
   */
  post(id: string, fingerprints: readonly number[]): Map<string, number>;
  doc(id: string): DedupInput | null;
  /** The stored link of a copy, or null for a kept or lone article. */
  link(id: string): DuplicateLink | null;
  /** Stored copies of a kept article. */
  copiesOf(kept: string): string[];
}

export interface DedupOutcome {
  /** The links of every member of each group that gained a member, kept copies excepted. */
  readonly links: DuplicateLink[];
  /** Articles whose kept version is not what it was before the run (new copies, or a new kept version). */
  readonly changed: string[];
}

export class Deduplicator {
  private readonly parent = new Map<string, string>();
  private readonly sets = new Map<string, Set<number>>();
  private readonly best = new Map<string, number>();
  private readonly rewrites = new Set<string>();

  constructor(
    private readonly index: DedupIndex,
    private readonly options: DedupOptions = DEFAULT_DEDUP_OPTIONS,
  ) {}

  /** Compares an arriving article with the earlier ones sharing fingerprints; records the copies it finds. */
  add(doc: DedupInput): void {
    const set = this.remember(doc.id, shingleSet(doc.text));
    const shared = this.index.post(
      doc.id,
      [...set].filter((s) => s % SAMPLE === 0),
    );
    const few = Math.min(MIN_SHARED, Math.ceil(set.size / SAMPLE / 4));
    for (const [other, n] of shared) {
      if (n < few || other === doc.id) continue;
      const otherSet = this.shingles(other);
      const small = set.size <= otherSet.size ? set : otherSet;
      const score = containment(small, small === set ? otherSet : set);
      if (score < this.options.minContainment) {
        const otherText = this.index.doc(other)?.text ?? "";
        if (!isRewrite(doc.text, otherText, DEFAULT_REWRITE, [set, otherSet])) continue;
        this.rewrites.add(pairKey(doc.id, other));
      }
      this.union(doc.id, other);
      for (const k of [doc.id, other]) this.best.set(k, Math.max(score, this.best.get(k) ?? 0));
    }
  }

  /** Settles every group that gained a member: its kept version and the links of the others to it. */
  finish(): DedupOutcome {
    const groups = new Map<string, Set<string>>();
    for (const id of this.parent.keys()) {
      const root = this.find(id);
      const members = groups.get(root) ?? new Set<string>();
      members.add(id);
      if (!this.index.link(id)) for (const m of this.index.copiesOf(id)) members.add(m);
      groups.set(root, members);
    }
    const links: DuplicateLink[] = [];
    const changed: string[] = [];
    for (const members of groups.values()) {
      const ids = [...members];
      const credited = this.creditCounts(ids);
      const kept = ids.reduce((a, b) => (this.preferKept(a, b, credited) ? a : b));
      if (this.index.link(kept)) changed.push(kept);
      for (const m of ids) {
        if (m === kept) continue;
        const stored = this.index.link(m);
        if (stored?.duplicateOf === kept) {
          links.push(stored);
          continue;
        }
        changed.push(m);
        links.push(this.linkTo(m, kept));
      }
    }
    return { links: links.sort((a, b) => a.articleId.localeCompare(b.articleId)), changed };
  }

  private linkTo(m: string, kept: string): DuplicateLink {
    const set = this.shingles(m);
    const keptSet = this.shingles(kept);
    const inKept = containment(set, keptSet);
    const both = Math.min(inKept, containment(keptSet, set));
    return {
      articleId: m,
      duplicateOf: kept,
      kind: this.rewrites.has(pairKey(m, kept))
        ? "rewrite"
        : both >= this.options.sameThreshold
          ? "same"
          : "syndicated",
      containment: round(Math.max(inKept, this.best.get(m) ?? 0)),
    };
  }

  /**
   * The kept copy is the source a republished copy credits (its text names the other's outlet, not the other way
   * round), else the fullest one (a truncated copy points at its full version), then the earliest.
   */
  private preferKept(a: string, b: string, credited: ReadonlyMap<string, number>): boolean {
    const ca = credited.get(a) ?? 0;
    const cb = credited.get(b) ?? 0;
    if (ca !== cb) return ca > cb;
    const da = this.index.doc(a);
    const db = this.index.doc(b);
    const sa = this.shingles(a).size;
    const sb = this.shingles(b).size;
    if (Math.abs(sa - sb) > 0.05 * Math.max(sa, sb)) return sa > sb;
    const pa = da?.published;
    const pb = db?.published;
    if (pa && pb && pa !== pb) return pa < pb;
    if (pa && !pb) return true;
    if (pb && !pa) return false;
    return (da?.seq ?? 0) <= (db?.seq ?? 0);
  }

  /** How many other members of a group credit each member's outlet. */
  private creditCounts(ids: readonly string[]): Map<string, number> {
    const docs = ids.map((id) => this.index.doc(id));
    return new Map(
      ids.map((id, i) => [
        id,
        docs.filter(
          (d, j) => j !== i && d && d.outlet !== docs[i]?.outlet && credits(d.text, docs[i]?.outlet),
        ).length,
      ]),
    );
  }

  private shingles(id: string): Set<number> {
    const known = this.sets.get(id);
    if (known) return known;
    return this.remember(id, shingleSet(this.index.doc(id)?.text ?? ""));
  }

  /** Shingle sets of recent articles; the oldest are dropped past CACHE so memory stays flat on long runs. */
  private remember(id: string, set: Set<number>): Set<number> {
    if (this.sets.size >= CACHE) {
      const oldest = this.sets.keys().next().value;
      if (oldest !== undefined) this.sets.delete(oldest);
    }
    this.sets.set(id, set);
    return set;
  }

  private find(id: string): string {
    let root = id;
    while (this.parent.get(root) !== root) root = this.parent.get(root) ?? root;
    return root;
  }

  /** An article enters the run's groups together with the stored group it belongs to. */
  private enter(id: string): void {
    if (this.parent.has(id)) return;
    this.parent.set(id, id);
    const kept = this.index.link(id)?.duplicateOf;
    if (!kept) return;
    this.enter(kept);
    this.parent.set(this.find(id), this.find(kept));
  }

  private union(a: string, b: string): void {
    this.enter(a);
    this.enter(b);
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra !== rb) this.parent.set(ra, rb);
  }
}

const GENERIC_OUTLET_WORDS = /\s+(?:wire|news|agency|service|press)$/i;

/**
 * `text` credits `outlet` ("Meridian Wire" → "Meridian"): in a dateline "(Meridian) —", "according to Meridian",
 * "Meridian reported / said", "Source: Meridian", "By Meridian". Case-sensitive, so "an independent commission" does
 * not credit The Independent.
 */
function credits(text: string, outlet: string | null | undefined): boolean {
  const core = outlet
    ?.trim()
    .replace(/^the\s+/i, "")
    .replace(GENERIC_OUTLET_WORDS, "");
  if (!core || core.length < 3) return false;
  const name = escapeRegExp(core);
  return new RegExp(
    `\\(${name}(?:\\s+\\p{L}+)?\\)|according to (?:the )?${name}\\b|(?:Source|By|Via):?\\s+(?:the )?${name}\\b|\\b${name}(?:\\s+\\p{Lu}\\p{L}*)?\\s+(?:reported|said|wrote)\\b`,
    "u",
  ).test(text);
}

/** Links every copy to the kept version of its group; nothing is deleted. (All in memory, in the given order.) */
export function findDuplicates(
  docs: readonly DedupInput[],
  options: DedupOptions = DEFAULT_DEDUP_OPTIONS,
): DuplicateLink[] {
  const index = new MemoryDedupIndex(docs);
  const dedup = new Deduplicator(index, options);
  for (const doc of docs) dedup.add(doc);
  return dedup.finish().links;
}

class MemoryDedupIndex implements DedupIndex {
  private readonly postings = new Map<number, string[]>();
  private readonly docs: Map<string, DedupInput>;

  constructor(docs: readonly DedupInput[]) {
    this.docs = new Map(docs.map((d) => [d.id, d]));
  }

  post(id: string, fingerprints: readonly number[]): Map<string, number> {
    const shared = new Map<string, number>();
    for (const f of fingerprints) {
      const bucket = this.postings.get(f);
      if (!bucket) {
        this.postings.set(f, [id]);
        continue;
      }
      if (bucket.length >= MAX_POSTINGS) continue;
      for (const other of bucket) shared.set(other, (shared.get(other) ?? 0) + 1);
      bucket.push(id);
    }
    return shared;
  }

  doc(id: string): DedupInput | null {
    return this.docs.get(id) ?? null;
  }

  link(): DuplicateLink | null {
    return null;
  }

  copiesOf(): string[] {
    return [];
  }
}

function pairKey(a: string, b: string): string {
  return a < b ? `${a}:${b}` : `${b}:${a}`;
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}
