/** @module Applies the boilerplate line rules to the units still kept. */
import { BOILERPLATE_RULES, type LineRule } from "./boilerplate-rules.ts";
import { removeUnit, type Unit } from "./clean-unit.ts";

/** The first rule whose pattern covers the whole line, or null when the line looks like article text. */
export function matchLineRule(line: string, rules: readonly LineRule[] = BOILERPLATE_RULES): LineRule | null {
  const trimmed = line.trim();
  if (trimmed === "") return null;
  return rules.find((rule) => rule.pattern.test(trimmed)) ?? null;
}

export function applyLineRules(
  units: readonly Unit[],
  rules: readonly LineRule[] = BOILERPLATE_RULES,
): Unit[] {
  return units.map((unit) => {
    if (unit.removal !== null) return unit;
    const rule = matchLineRule(unit.text, rules);
    return rule === null ? unit : removeUnit(unit, rule.id, rule.reason);
  });
}
