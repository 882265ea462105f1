/**
 * @module Stance changes: where a holder's position on one proposition moved between "can happen" (happened,
 * planned, possible, conditional) and "will not" (unlikely, ruled_out), in date order, with the statements on both
 * sides as evidence. Pure; the input is the corpus-wide stances.
 */
import type { Proposition, Stance, StanceValue } from "../core/records.ts";

export type Leaning = "open" | "closed";

export interface StanceChange {
  readonly holder: string;
  readonly proposition: Proposition;
  /** The position before the change, and the stance that showed it last. */
  readonly from: Stance;
  /** The position after the change, and the stance that showed it first. */
  readonly to: Stance;
  readonly fromLeaning: Leaning;
  readonly toLeaning: Leaning;
}

const CLOSED: ReadonlySet<StanceValue> = new Set(["unlikely", "ruled_out"]);

export function leaningOf(stance: StanceValue): Leaning {
  return CLOSED.has(stance) ? "closed" : "open";
}

/** The key under which stances on the same proposition by the same holder are compared. */
export function propositionKey(holder: string, proposition: Proposition): string {
  return `${holder}\u0000${proposition.event}\u0000${[...proposition.participants].sort().join("\u0000")}`;
}

/**
 * A stance is placed by its date, or, undated, by the earliest its article can be (`notBefore`); stances with
 * neither cannot be placed and are left out. Stances sharing a date are one step whose
 * leaning is the majority's; a tie is closed ("possible after a settlement, ruled out before it" is a refusal now).
 * A learned reading (no cue the rules know) reports no change: across the evaluation corpora such readings added
 * five true changes and fourteen false ones, and a change is what `watch` alerts on.
 */
export function detectChanges(stances: readonly Stance[]): StanceChange[] {
  const groups = new Map<string, Stance[]>();
  for (const stance of stances) {
    if (!placeOf(stance) || stance.learned) continue;
    const key = propositionKey(stance.holder, stance.proposition);
    const group = groups.get(key);
    if (group) group.push(stance);
    else groups.set(key, [stance]);
  }
  const changes: StanceChange[] = [];
  for (const group of groups.values()) changes.push(...changesIn(group));
  return changes.sort(
    (a, b) => compareDates(placeOf(a.to), placeOf(b.to)) || a.holder.localeCompare(b.holder),
  );
}

/** Where a stance sits in time: its date, or the earliest its undated article can be. */
export function placeOf(stance: Stance): string | null {
  return stance.date ?? stance.notBefore ?? null;
}

function changesIn(group: readonly Stance[]): StanceChange[] {
  const steps = dateSteps(group);
  const changes: StanceChange[] = [];
  let previous: { leaning: Leaning; last: Stance } | null = null;
  for (const step of steps) {
    const leaning = majorityLeaning(step);
    const shown = step.filter((s) => leaningOf(s.stance) === leaning);
    const first = shown[0] ?? step[0];
    const last = shown.at(-1) ?? step[step.length - 1];
    if (!first || !last) continue;
    if (previous && previous.leaning !== leaning) {
      changes.push({
        holder: first.holder,
        proposition: first.proposition,
        from: previous.last,
        to: first,
        fromLeaning: previous.leaning,
        toLeaning: leaning,
      });
    }
    previous = { leaning, last };
  }
  return changes;
}

function dateSteps(group: readonly Stance[]): Stance[][] {
  const sorted = [...group].sort((a, b) => compareDates(placeOf(a), placeOf(b)));
  const steps: Stance[][] = [];
  for (const stance of sorted) {
    const current = steps.at(-1);
    const first = current?.[0];
    if (first && placeOf(first) === placeOf(stance) && first.date === stance.date) current.push(stance);
    else steps.push([stance]);
  }
  return steps;
}

function majorityLeaning(step: readonly Stance[]): Leaning {
  const closed = step.filter((s) => leaningOf(s.stance) === "closed").length;
  return closed * 2 >= step.length ? "closed" : "open";
}

/** ISO dates, possibly partial, in calendar order; a month ("2025-05") sorts before its days. */
function compareDates(a: string | null, b: string | null): number {
  return (a ?? "").localeCompare(b ?? "");
}
