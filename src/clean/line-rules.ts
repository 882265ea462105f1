/** @module Applies the boilerplate line rules to the units still kept. */
import { BOILERPLATE_RULES, type LineRule } from "./boilerplate-rules.ts";
import { removeUnit, type Unit } from "./clean-unit.ts";

const SEGMENT_SEPARATOR = /\s+\|\s+/;

/**
 * The first rule whose pattern covers the whole line, or null when the line looks like article text. A line of
 * widgets joined by " | " ("More world news | Subscribe to the newsletter") matches when every piece does.
 */
export function matchLineRule(line: string, rules: readonly LineRule[] = BOILERPLATE_RULES): LineRule | null {
  const trimmed = line.trim();
  if (trimmed === "") return null;
  const whole = rules.find((rule) => rule.pattern.test(trimmed));
  if (whole) return whole;
  const segments = trimmed.split(SEGMENT_SEPARATOR);
  if (segments.length < 2) return null;
  const matched = segments.map((segment) => rules.find((rule) => rule.pattern.test(segment)) ?? null);
  return matched.every((rule) => rule !== null) ? (matched[0] ?? null) : null;
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
