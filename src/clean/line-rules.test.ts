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

test("widget lines seen on invented pages: share lists, newsletters, follow lists, log-in prompts, joined widgets", () => {
  const ids = (line: string) => matchLineRule(line)?.id ?? null;
  assert.equal(ids("Share this story: Facebook | X | WhatsApp | Copy link"), "share-widget");
  assert.equal(ids("Subscribe to Ellery Weekly — the Sunday briefing in your inbox"), "subscribe");
  assert.equal(ids("Follow us on Facebook, X and Telegram"), "follow-widget");
  assert.equal(ids("Log in to comment"), "comments-widget");
  assert.equal(ids("FeatureImage"), "image-placeholder");
  assert.equal(ids("More harbour news | Subscribe to the Ellery Daily newsletter"), "teaser");
  // prose with the same words survives
  assert.equal(
    ids("Residents who subscribe to the ferry pass will pay less from May, the council said."),
    null,
  );
  assert.equal(ids("More than 40 families were evacuated | officials said the river peaked at noon."), null);
  assert.equal(ids("She asked readers to follow us on the road to the coast."), null);
});
