/** @module The unit cleaning passes work on: one candidate paragraph, kept or removed with a reason. */
import type { Removal } from "../core/records.ts";

export interface Unit {
  /** Normalised text of the candidate paragraph. */
  readonly text: string;
  /** Null while the unit is kept; the reason once a pass took it out. */
  readonly removal: Removal | null;
}

export function keptUnit(text: string): Unit {
  return { text, removal: null };
}

export function removeUnit(unit: Unit, rule: string, reason: string): Unit {
  return { text: unit.text, removal: { text: unit.text, rule, reason } };
}

/** Indexes of the units still kept, in order: passes look only at what earlier passes left. */
export function keptIndexes(units: readonly Unit[]): number[] {
  const indexes: number[] = [];
  units.forEach((unit, index) => {
    if (unit.removal === null) indexes.push(index);
  });
  return indexes;
}
