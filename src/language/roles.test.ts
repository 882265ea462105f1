import assert from "node:assert/strict";
import { test } from "node:test";
import { isLeaderRole } from "./roles.ts";

test("a leader's role, not his spokesman's, deputy's or aide's", () => {
  assert.equal(isLeaderRole("Karsovian President"), true);
  assert.equal(isLeaderRole("Prime Minister"), true);
  assert.equal(isLeaderRole("union leader"), true);
  assert.equal(isLeaderRole("President Teodoro Abrantes's spokesman"), false);
  assert.equal(isLeaderRole("spokesman for the President"), false);
  assert.equal(isLeaderRole("deputy prime minister"), false);
  assert.equal(isLeaderRole("foreign minister"), false);
});
