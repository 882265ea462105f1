import assert from "node:assert/strict";
import { test } from "node:test";
import { dateFromStory } from "./story-dating.ts";

// 2024-03-08 is a Friday.
const dated = {
  id: "a1",
  title: "Talks in Norvik",
  published: "2024-03-20",
  text: "On March 8, Veskaria and Dalmor held their first direct talks in Norvik since the war began.",
};

test("an undated report of the same event on the named weekday is dated by the reporting weekday", () => {
  const undated = {
    id: "a2",
    title: null,
    published: null,
    text:
      "Spokesman Oren Valdak said on Saturday that a summit was possible.\n\n" +
      "On Friday, Veskarian and Dalmorian envoys sat down for a three-hour meeting in Norvik.",
  };
  const [found, ...rest] = dateFromStory([dated, undated]);
  assert.equal(rest.length, 0);
  assert.equal(found?.articleId, "a2");
  assert.equal(found?.date, "2024-03-09");
  assert.equal(found?.evidence.kind, "story-event");
});

test("the weekday must fall on the anchor's day, and the sentences must share names and the kind of event", () => {
  const wrongDay = {
    id: "a3",
    title: null,
    published: null,
    text: "On Thursday, Veskarian and Dalmorian envoys met in Norvik. Valdak said on Saturday the talks went well.",
  };
  const otherEvent = {
    id: "a4",
    title: null,
    published: null,
    text: "On Friday, a storm hit the coast of Arvel. The mayor said on Saturday that schools would reopen.",
  };
  assert.deepEqual(dateFromStory([dated, wrongDay, otherEvent]), []);
});

test("nothing is dated when the story has no dated member", () => {
  const undated = { ...dated, id: "a5", published: null };
  assert.deepEqual(dateFromStory([undated]), []);
});
