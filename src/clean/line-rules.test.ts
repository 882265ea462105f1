import assert from "node:assert/strict";
import { test } from "node:test";
import { keptUnit } from "./clean-unit.ts";
import { applyLineRules, matchLineRule } from "./line-rules.ts";

test("applyLineRules removes widget lines with rule and reason, keeps prose", () => {
  const units = [
    keptUnit("The ferry resumed service on Monday."),
    keptUnit("Advertisement"),
    keptUnit("Harbor reopens"),
  ];
  const result = applyLineRules(units);
  assert.equal(result[0]?.removal, null);
  assert.deepEqual(result[1]?.removal, {
    text: "Advertisement",
    rule: "advertisement",
    reason: "advertisement slot",
  });
  assert.equal(result[2]?.removal, null, "a short sub-heading is not boilerplate");
});

test("applyLineRules leaves already removed units as they were", () => {
  const removed = { text: "Search", removal: { text: "Search", rule: "earlier", reason: "an earlier pass" } };
  assert.equal(applyLineRules([removed])[0]?.removal?.rule, "earlier");
});

test("matchLineRule ignores blank lines and accepts custom rules", () => {
  assert.equal(matchLineRule("   "), null);
  const rules = [{ id: "x-rule", reason: "r", pattern: /^zzz$/, why: "test" }];
  assert.equal(matchLineRule(" zzz ", rules)?.id, "x-rule");
  assert.equal(matchLineRule("Comments", rules), null);
});
