/**
 * @module Scoring for `npm run eval:dossier` (pure): pairwise duplicate P/R, story BCubed, stance matching and
 * accuracy, stance-change P/R, name and date comparison, and the gold file's shape and consistency checks. The
 * gold format is described in eval/dossier-corpus/README.md.
 */

import { plainLetters } from "../../src/language/entity-key.ts";
import { type Prf, prf } from "./align.ts";

export { type Prf, prf };

export type StanceValue = "happened" | "planned" | "possible" | "conditional" | "unlikely" | "ruled_out";

export interface GoldStance {
  readonly article: string;
  readonly holder: string;
  readonly event: string;
  readonly participants: readonly string[];
  readonly stance: StanceValue;
  readonly condition: string | null;
  readonly date: string | null;
  readonly quote: string;
}

export interface GoldChange {
  readonly holder: string;
  readonly event: string;
  readonly participants: readonly string[];
  readonly from: { readonly stance: StanceValue; readonly date: string | null };
  readonly to: { readonly stance: StanceValue; readonly date: string | null };
}

export interface Gold {
  readonly articles: Readonly<Record<string, { readonly story: string; readonly published: string | null }>>;
  readonly stories: readonly { readonly id: string; readonly articles: readonly string[] }[];
  readonly duplicates: readonly { readonly kind: string; readonly articles: readonly string[] }[];
  readonly partial: readonly { readonly articles: readonly string[] }[];
  readonly independent: readonly { readonly articles: readonly string[] }[];
  readonly stances: readonly GoldStance[];
  readonly changes: readonly GoldChange[];
}

/** A system stance joined with its statement: what the matcher needs from the export. */
export interface SystemStance {
  readonly id: string;
  /** The gold name of the article the statement comes from (null when the article is not in the gold). */
  readonly article: string | null;
  readonly holder: string;
  readonly event: string;
  readonly participants: readonly string[];
  readonly stance: string;
  readonly condition: string | null;
  readonly date: string | null;
  /** The statement's content (the reported words). */
  readonly content: string;
}

export interface SystemChange {
  readonly holder: string;
  readonly proposition: { readonly event: string; readonly participants: readonly string[] };
  readonly from: { readonly stance: string; readonly date: string | null };
  readonly to: { readonly stance: string; readonly date: string | null };
}

// ---------------------------------------------------------------------------------------------------------------
// Articles, pairs and clusters

/** The gold name of an export `source`: the file name inside the corpus folder, with its `#N` suffix. */
export function articleName(source: string): string {
  return source.replace(/\\/g, "/").split("/").pop() ?? source;
}

export const pairKey = (a: string, b: string): string => (a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`);
export const pairMembers = (key: string): [string, string] => key.split("\u0000") as [string, string];

/** Every unordered pair inside each group. */
export function pairsOfGroups(groups: readonly (readonly string[])[]): Set<string> {
  const pairs = new Set<string>();
  for (const group of groups) {
    const members = [...new Set(group)];
    for (let i = 0; i < members.length; i++) {
      for (let j = i + 1; j < members.length; j++) pairs.add(pairKey(members[i] ?? "", members[j] ?? ""));
    }
  }
  return pairs;
}

export interface PairScore extends Prf {
  readonly hits: number;
  readonly predicted: number;
  readonly gold: number;
  readonly missed: string[];
  readonly spurious: string[];
}

export function scorePairs(predicted: ReadonlySet<string>, gold: ReadonlySet<string>): PairScore {
  const hits = [...predicted].filter((p) => gold.has(p)).length;
  return {
    ...prf(hits, predicted.size, gold.size),
    hits,
    predicted: predicted.size,
    gold: gold.size,
    missed: [...gold].filter((p) => !predicted.has(p)).sort(),
    spurious: [...predicted].filter((p) => !gold.has(p)).sort(),
  };
}

/** Groups from `duplicateOf` links (chains and stars alike), as lists of member ids; singletons left out. */
export function groupsFromLinks(links: readonly { id: string; duplicateOf: string | null }[]): string[][] {
  const parent = new Map<string, string>();
  const find = (x: string): string => {
    let root = x;
    while (parent.has(root) && parent.get(root) !== root) root = parent.get(root) ?? root;
    parent.set(x, root);
    return root;
  };
  for (const { id, duplicateOf } of links) {
    if (!parent.has(id)) parent.set(id, id);
    if (duplicateOf === null) continue;
    if (!parent.has(duplicateOf)) parent.set(duplicateOf, duplicateOf);
    parent.set(find(id), find(duplicateOf));
  }
  const groups = new Map<string, string[]>();
  for (const id of parent.keys()) {
    const root = find(id);
    groups.set(root, [...(groups.get(root) ?? []), id]);
  }
  return [...groups.values()].filter((g) => g.length > 1).map((g) => g.sort());
}

/**
 * BCubed precision, recall and F1 over the gold items (Bagga & Baldwin 1998; Amigó et al. 2009): per item, the
 * share of its system cluster that shares its gold class, and the share of its gold class inside its system
 * cluster, averaged over items. An item the system did not cluster counts as a singleton.
 */
export function bcubed(system: ReadonlyMap<string, string>, gold: ReadonlyMap<string, string>): Prf {
  const items = [...gold.keys()];
  if (items.length === 0) return { precision: 0, recall: 0, f1: 0 };
  const clusterOf = (item: string): string => system.get(item) ?? `\u0000singleton:${item}`;
  // Sizes of each system cluster, gold class and their intersection, counted once (linear in the items).
  const count = (map: Map<string, number>, key: string) => map.set(key, (map.get(key) ?? 0) + 1);
  const clusters = new Map<string, number>();
  const classes = new Map<string, number>();
  const cells = new Map<string, number>();
  for (const item of items) {
    count(clusters, clusterOf(item));
    count(classes, gold.get(item) as string);
    count(cells, `${clusterOf(item)}\u0000${gold.get(item)}`);
  }
  let precision = 0;
  let recall = 0;
  for (const item of items) {
    const both = cells.get(`${clusterOf(item)}\u0000${gold.get(item)}`) as number;
    precision += both / (clusters.get(clusterOf(item)) as number);
    recall += both / (classes.get(gold.get(item) as string) as number);
  }
  precision /= items.length;
  recall /= items.length;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1 };
}

// ---------------------------------------------------------------------------------------------------------------
// Names, participants, dates, quotes

/** Lower case, no diacritics (ø, æ, ð … as o, ae, d …), letters and digits only, single spaces. */
export function normaliseText(text: string): string {
  return plainLetters(
    text
      .normalize("NFD")
      .replace(/\p{M}+/gu, "")
      .toLowerCase(),
  )
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

/**
 * A surname folded over common transliteration endings and an h after b, d, g, k, p or t, so Zelensky / Zelenskyy /
 * Zelenskiy and Kusumawardhani / Kusumawardani compare equal.
 */
export function nameKey(name: string): string {
  const last = normaliseText(name).split(" ").pop() ?? "";
  // "Kusumawardhani" / "Kusumawardani", "Khalid" / "Kalid": an h after a consonant is a spelling choice
  return last.replace(/(?:iy|yy|ij|ii|y|i)$/u, "i").replace(/(?<=[bdgkpt])h/gu, "");
}

/**
 * Same person: equal normalised names, equal surnames (first names may be transliteration variants), or a short form
 * of the other's full name ("Gonzalo Arrieta" / "Gonzalo Arrieta Beltrán": two words or more, in order, sharing the
 * first word; "Renata Sotomayor Q." / "Renata Sotomayor Quiñones": a word cut to its initial).
 */
export function sameName(a: string, b: string): boolean {
  const na = normaliseText(a);
  const nb = normaliseText(b);
  return (
    na !== "" &&
    (na === nb ||
      nameKey(na) === nameKey(nb) ||
      shortForm(na, nb) ||
      shortForm(nb, na) ||
      sameWordsEitherOrder(a, b))
  );
}

/**
 * One name written family name first and given name first ("Hirakawa Tetsuya" / "Tetsuya Hirakawa"), or with its
 * parts joined, hyphened or apart ("Han Do-seok" / "Han Doseok" / "Han Do Seok").
 */
function sameWordsEitherOrder(a: string, b: string): boolean {
  const words = (name: string) => normaliseText(name.replace(/[-‐‑]/g, "")).split(" ");
  const [wa, wb] = [words(a), words(b)];
  const joined = wb.join("");
  return wa.join("") === joined || (wa.length > 1 && [...wa].reverse().join("") === joined);
}

/** `short` holds `long`'s first word and others in order; a word may be cut to its initial ("Renata Sotomayor Q."). */
function shortForm(short: string, long: string): boolean {
  const part = short.split(" ");
  const whole = long.split(" ");
  const initialled = part.some((w) => w.length === 1);
  if (part.length < 2 || part.length > whole.length || part[0] !== whole[0]) return false;
  if (part.length === whole.length && !initialled) return false;
  const same = (w: string, p: string | undefined) =>
    w === p || (p?.length === 1 && w.length > 1 && w.startsWith(p));
  let at = 0;
  for (const word of whole) if (same(word, part[at])) at += 1;
  return at === part.length;
}

/** Participant sets compared person by person (sameName, one to one), with the holder added to both sides ("ready to meet Rudnev"). */
export function sameParticipants(
  gold: readonly string[],
  system: readonly string[],
  holder: string | null = null,
): boolean {
  const people = (names: readonly string[]) => {
    const kept: string[] = [];
    for (const name of [...names, ...(holder ? [holder] : [])])
      if (normaliseText(name) !== "" && !kept.some((k) => sameName(k, name))) kept.push(name);
    return kept;
  };
  const [left, right] = [people(gold), [...people(system)]];
  if (left.length !== right.length) return false;
  for (const name of left) {
    const at = right.findIndex((other) => sameName(name, other));
    if (at < 0) return false;
    right.splice(at, 1);
  }
  return true;
}

/**
 * A system date against a gold one: equal, or one of them gives only the month (YYYY-MM) and the other falls in
 * it — the contract writes what is known and no more, and a retrospective "In March" is dated by month.
 */
export function sameDate(gold: string | null, system: string | null): boolean {
  if (gold === null || system === null) return false;
  if (gold === system) return true;
  if (gold.length === 7 && system.startsWith(gold)) return true;
  return system.length === 7 && gold.startsWith(system);
}

const MIN_TOKEN_SHARE = 0.5;

/**
 * How well a statement's content carries a gold quote: 1 when either contains the other (after normalising case,
 * quotation marks and diacritics; the content must hold at least three words to count as containing), else the
 * share of the quote's words found in the content; 0 below one half.
 */
export function quoteOverlap(content: string, quote: string): number {
  const c = normaliseText(content);
  const q = normaliseText(quote);
  if (c === "" || q === "") return 0;
  if (c.includes(q) || (q.includes(c) && c.split(" ").length >= 3)) return 1;
  const words = new Set(c.split(" "));
  const quoteWords = q.split(" ");
  const share = quoteWords.filter((w) => words.has(w)).length / quoteWords.length;
  return share >= MIN_TOKEN_SHARE ? share : 0;
}

// ---------------------------------------------------------------------------------------------------------------
// Stances

export interface StanceMatch {
  readonly gold: GoldStance;
  readonly system: SystemStance | null;
}

/**
 * One-to-one matching of gold stances to system stances: same article (or a copy in the same gold duplicate
 * group), same holder, same event frame, content carrying the quote. Preference: the article itself over a copy,
 * then the right participants, then the closer quote overlap — never the stance value, so accuracy is not
 * flattered by a second guess.
 */
export function matchStances(
  gold: readonly GoldStance[],
  system: readonly SystemStance[],
  groupOf: (article: string) => readonly string[] = (a) => [a],
): StanceMatch[] {
  const candidates: { g: number; s: number; score: number }[] = [];
  gold.forEach((g, gi) => {
    const articles = new Set(groupOf(g.article));
    system.forEach((s, si) => {
      if (s.article === null || !articles.has(s.article)) return;
      if (s.event !== g.event || !sameName(s.holder, g.holder)) return;
      const overlap = quoteOverlap(s.content, g.quote);
      if (overlap === 0) return;
      const score =
        (s.article === g.article ? 4 : 0) +
        (sameParticipants(g.participants, s.participants, g.holder) ? 2 : 0) +
        overlap;
      candidates.push({ g: gi, s: si, score });
    });
  });
  candidates.sort((a, b) => b.score - a.score || a.g - b.g || a.s - b.s);
  const chosen = new Map<number, number>();
  const usedS = new Set<number>();
  for (const c of candidates) {
    if (chosen.has(c.g) || usedS.has(c.s)) continue;
    chosen.set(c.g, c.s);
    usedS.add(c.s);
  }
  return gold.map((g, gi) => {
    const si = chosen.get(gi);
    return { gold: g, system: si === undefined ? null : (system[si] ?? null) };
  });
}

export interface StanceScore {
  readonly gold: number;
  readonly matched: number;
  readonly correct: number;
  /** Correct over all gold stances (unmatched count wrong). */
  readonly accuracy: number;
  readonly coverage: number;
  readonly accuracyOnMatched: number;
  readonly participantsRight: number;
  /** Gold stances with a condition whose matched system stance has one too. */
  readonly conditionsGold: number;
  readonly conditionsFound: number;
}

const ratio = (a: number, b: number): number => (b === 0 ? 0 : a / b);

export function scoreStances(matches: readonly StanceMatch[]): StanceScore {
  const matched = matches.filter((m) => m.system !== null);
  const correct = matched.filter((m) => m.system?.stance === m.gold.stance).length;
  const withCondition = matches.filter((m) => m.gold.condition !== null);
  const conditionsFound = withCondition.filter((m) => (m.system?.condition ?? null) !== null).length;
  return {
    gold: matches.length,
    matched: matched.length,
    correct,
    accuracy: ratio(correct, matches.length),
    coverage: ratio(matched.length, matches.length),
    accuracyOnMatched: ratio(correct, matched.length),
    participantsRight: matched.filter((m) =>
      sameParticipants(m.gold.participants, m.system?.participants ?? [], m.gold.holder),
    ).length,
    conditionsGold: withCondition.length,
    conditionsFound,
  };
}

// ---------------------------------------------------------------------------------------------------------------
// Changes

export interface ChangeScore extends Prf {
  readonly hits: number;
  readonly predicted: number;
  readonly gold: number;
  readonly missed: GoldChange[];
  readonly spurious: SystemChange[];
}

const changeMatches = (g: GoldChange, s: SystemChange): boolean =>
  sameName(g.holder, s.holder) &&
  g.event === s.proposition.event &&
  sameParticipants(g.participants, s.proposition.participants, g.holder) &&
  sameDate(g.to.date, s.to.date);

/** One-to-one: each gold change takes the first unused system change with the same holder, proposition and date. */
export function scoreChanges(gold: readonly GoldChange[], system: readonly SystemChange[]): ChangeScore {
  const used = new Set<number>();
  const missed: GoldChange[] = [];
  for (const g of gold) {
    const at = system.findIndex((s, i) => !used.has(i) && changeMatches(g, s));
    if (at >= 0) used.add(at);
    else missed.push(g);
  }
  return {
    ...prf(used.size, system.length, gold.length),
    hits: used.size,
    predicted: system.length,
    gold: gold.length,
    missed,
    spurious: system.filter((_, i) => !used.has(i)),
  };
}

const CLOSED: ReadonlySet<string> = new Set(["unlikely", "ruled_out"]);
export const leaning = (stance: string): "open" | "closed" => (CLOSED.has(stance) ? "closed" : "open");

/**
 * The changes a list of stances implies, in the contract's sense: per holder and proposition, dated stances in
 * date order, a change wherever the leaning flips (stances of one date decided by majority, a tie keeping the
 * previous leaning). Used to check that the gold's `changes` agree with its `stances`.
 */
export function deriveChanges(stances: readonly GoldStance[]): GoldChange[] {
  const groups = new Map<string, GoldStance[]>();
  for (const s of stances) {
    if (s.date === null) continue;
    const participants = [...new Set([...s.participants, s.holder].map(nameKey))].sort().join("|");
    // the holder as the gold writes it: "Margriet van der Linden" and "Ruud van der Linden" are two people
    const key = `${normaliseText(s.holder)}\u0000${s.event}\u0000${participants}`;
    groups.set(key, [...(groups.get(key) ?? []), s]);
  }
  return [...groups.values()].flatMap(changesInGroup);
}

type Leaning = "open" | "closed";

/** The leaning of one date's stances: the majority's, a tie keeping the previous leaning. */
function stepLeaning(step: readonly GoldStance[], previous: Leaning | null): Leaning {
  const closed = step.filter((s) => leaning(s.stance) === "closed").length;
  const open = step.length - closed;
  if (closed === open) return previous ?? leaning(step[0]?.stance ?? "");
  return closed > open ? "closed" : "open";
}

function changesInGroup(group: readonly GoldStance[]): GoldChange[] {
  const byDate = new Map<string, GoldStance[]>();
  for (const s of [...group].sort((a, b) => (a.date ?? "").localeCompare(b.date ?? ""))) {
    byDate.set(s.date ?? "", [...(byDate.get(s.date ?? "") ?? []), s]);
  }
  const changes: GoldChange[] = [];
  let side: Leaning | null = null;
  let last: GoldStance | null = null;
  for (const step of byDate.values()) {
    const now = stepLeaning(step, side);
    const shown = step.filter((s) => leaning(s.stance) === now);
    const first = shown[0];
    if (first === undefined) continue;
    if (side !== null && last !== null && side !== now) {
      changes.push({
        holder: first.holder,
        event: first.event,
        participants: first.participants,
        from: { stance: last.stance, date: last.date },
        to: { stance: first.stance, date: first.date },
      });
    }
    side = now;
    last = shown.at(-1) ?? first;
  }
  return changes;
}

// ---------------------------------------------------------------------------------------------------------------
// The gold file's own consistency

const STANCES: ReadonlySet<string> = new Set([
  "happened",
  "planned",
  "possible",
  "conditional",
  "unlikely",
  "ruled_out",
]);
const ISO = /^\d{4}(?:-\d{2}(?:-\d{2})?)?$/;
const squash = (text: string): string => text.replace(/\s+/g, " ");

/**
 * Problems with a gold file, as sentences (none when it is sound): stories partition the articles, groups name
 * known articles, partial and independent pairs are not duplicates, every quote is in its article's text
 * (`textOf` reads it), values and dates are well formed, and `changes` is what `stances` implies.
 */
export function checkGold(gold: Gold, textOf: (article: string) => string | null): string[] {
  const problems: string[] = [];
  const known = new Set(Object.keys(gold.articles));
  const seen = new Map<string, string>();
  for (const story of gold.stories) {
    for (const a of story.articles) {
      if (!known.has(a)) problems.push(`story ${story.id}: unknown article ${a}`);
      if (seen.has(a)) problems.push(`${a} is in stories ${seen.get(a)} and ${story.id}`);
      seen.set(a, story.id);
      if (gold.articles[a]?.story !== story.id)
        problems.push(`${a}: articles[].story disagrees with ${story.id}`);
    }
  }
  for (const a of known) if (!seen.has(a)) problems.push(`${a} is in no story`);
  const dupPairs = pairsOfGroups(gold.duplicates.map((d) => d.articles));
  const groups = [...gold.duplicates, ...gold.partial, ...gold.independent];
  for (const g of groups)
    for (const a of g.articles) if (!known.has(a)) problems.push(`group: unknown article ${a}`);
  for (const g of gold.duplicates) {
    if (new Set(g.articles.map((a) => seen.get(a))).size > 1)
      problems.push(`duplicates across stories: ${g.articles}`);
  }
  for (const p of pairsOfGroups([...gold.partial, ...gold.independent].map((g) => g.articles))) {
    if (dupPairs.has(p)) problems.push(`pair is both a duplicate and not: ${pairMembers(p).join(" / ")}`);
  }
  for (const s of gold.stances) {
    const where = `stance ${s.article} ${s.holder} ${s.event}`;
    if (!known.has(s.article)) problems.push(`${where}: unknown article`);
    if (!STANCES.has(s.stance)) problems.push(`${where}: bad stance ${s.stance}`);
    if (s.date !== null && !ISO.test(s.date)) problems.push(`${where}: bad date ${s.date}`);
    const text = textOf(s.article);
    if (text === null) problems.push(`${where}: article text not found`);
    else if (!squash(text).includes(squash(s.quote)))
      problems.push(`${where}: quote not in the article: ${s.quote}`);
  }
  const derived = deriveChanges(gold.stances);
  const unexplained = scoreChanges(
    gold.changes,
    derived.map((d) => ({ ...d, proposition: { event: d.event, participants: d.participants } })),
  );
  for (const m of unexplained.missed)
    problems.push(`change not implied by the stances: ${describeChange(m)}`);
  for (const s of unexplained.spurious) {
    problems.push(`stances imply a change the gold lacks: ${s.holder} ${s.proposition.event} → ${s.to.date}`);
  }
  return problems;
}

/**
 * The text of one corpus article from its file's raw content: the whole file, line N's `text` for `file.jsonl#N`,
 * or the markup of item N for `feed#N` (quotes in the gold avoid character references).
 */
export function articleText(raw: string, article: string): string | null {
  const [file = "", n] = article.split("#");
  if (n === undefined) return raw;
  const index = Number(n) - 1;
  if (/\.(?:jsonl|ndjson)$/.test(file)) {
    const line = raw.split("\n").filter((l) => l.trim() !== "")[index];
    if (line === undefined) return null;
    const value = JSON.parse(line) as { text?: unknown };
    return typeof value.text === "string" ? value.text : null;
  }
  return raw.split(/<item[\s>]|<entry[\s>]/).slice(1)[index] ?? null;
}

export function describeChange(c: GoldChange): string {
  const who = c.participants.length > 0 ? ` (${c.participants.join(", ")})` : "";
  return `${c.holder}: ${c.event}${who} ${c.from.stance} ${c.from.date ?? "?"} → ${c.to.stance} ${c.to.date ?? "?"}`;
}
