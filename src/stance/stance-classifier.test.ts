import assert from "node:assert/strict";
import { test } from "node:test";
import { classifyStance } from "./stance-classifier.ts";

test("a negated ruling-out is an opening, not a refusal", () => {
  assert.deepEqual(classifyStance("The president does not rule out holding such a meeting"), {
    stance: "possible",
    condition: null,
  });
});

test("a possibility with 'only as a result of' is conditional and keeps the condition", () => {
  assert.deepEqual(classifyStance("a summit is possible but only as a result of the envoys' work."), {
    stance: "conditional",
    condition: "as a result of the envoys' work",
  });
});

test("'impossible before' is ruled out until the condition", () => {
  assert.deepEqual(classifyStance("A summit is impossible before the treaty text is agreed"), {
    stance: "ruled_out",
    condition: "before the treaty text is agreed",
  });
});

test("unlikely, planned, happened, and nothing when the words carry no modality", () => {
  assert.equal(classifyStance("Obviously, a deal in ten days is unlikely")?.stance, "unlikely");
  assert.equal(classifyStance("the next round is scheduled to take place on Monday")?.stance, "planned");
  assert.equal(classifyStance("the delegations met for two hours")?.stance, "happened");
  assert.equal(classifyStance("the weather in the capital was grey"), null);
});

test("a condition ends at its clause: no trailing footnote, participle or comma tail", () => {
  assert.equal(
    classifyStance("ruled out any summit before the treaty is signed, effectively ending hopes [2]")
      ?.condition,
    "before the treaty is signed",
  );
  assert.equal(classifyStance("a summit is impossible before June 2")?.condition, "before June 2");
});

test("'while' and 'as long as' say until when a refusal holds", () => {
  assert.deepEqual(classifyStance("A summit is out of the question while our sailors are held"), {
    stance: "ruled_out",
    condition: "while our sailors are held",
  });
  assert.equal(
    classifyStance("there will be no summit as long as the blockade stands")?.condition,
    "as long as the blockade stands",
  );
});

test("a time limit or 'if necessary' is not a condition", () => {
  assert.deepEqual(classifyStance("she did not rule out meeting him before the end of the year"), {
    stance: "possible",
    condition: null,
  });
  assert.deepEqual(classifyStance("he is ready to meet her anywhere, if necessary"), {
    stance: "possible",
    condition: null,
  });
});

test("double negatives open; 'would not' refuses only the event it governs", () => {
  assert.equal(classifyStance("the campaign would not get in the way of a summit", 40)?.stance, "possible");
  assert.equal(classifyStance("he would not meet the union leader")?.stance, "ruled_out");
  assert.equal(classifyStance("her party would not join any coalition after the election", 52), null);
  assert.equal(classifyStance("a deal remains on the table")?.stance, "possible");
  assert.equal(classifyStance("the summit is not on the agenda")?.stance, "unlikely");
  assert.equal(classifyStance("the two men shook hands in the lobby")?.stance, "happened");
  assert.equal(classifyStance("the ministers will open talks on Monday")?.stance, "planned");
});

test("a number or 'if necessary …' opening a real condition keeps it", () => {
  assert.equal(
    classifyStance("A summit is possible, but not before 300 prisoners are released")?.stance,
    "conditional",
  );
  assert.equal(
    classifyStance("a summit is possible if necessary guarantees are given")?.condition,
    "if necessary guarantees are given",
  );
});

test("hedged openings, indirect refusals and reported plans", () => {
  const at = (words: string, focus: string) => classifyStance(words, words.indexOf(focus))?.stance;
  assert.equal(at("a visit by the king cannot be excluded", "visit"), "possible");
  assert.equal(at("a summit is not off the table", "summit"), "possible");
  assert.equal(at("a summit is off the table for now", "summit"), "unlikely");
  assert.equal(at("a summit is off the table as long as the shelling goes on", "summit"), "ruled_out");
  assert.equal(at("no such meeting is being prepared", "meeting"), "unlikely");
  assert.equal(at("she poured cold water on hopes of a truce", "truce"), "unlikely");
  assert.equal(at("the two leaders will sit down in Osk on May 3", "sit down"), "planned");
  assert.equal(at("he would call the premier on Friday", "call"), "planned");
});

test("'no talk of', 'would be no', 'not on the cards' close; 'depends on' is a condition", () => {
  assert.equal(classifyStance("There can be no talk of a summit")?.stance, "ruled_out");
  assert.equal(classifyStance("there would be no truce without guarantees")?.stance, "ruled_out");
  assert.equal(classifyStance("a summit was not on the cards")?.stance, "unlikely");
  assert.equal(classifyStance("a summit is on the cards")?.stance, "possible");
  assert.deepEqual(classifyStance("a summit depends on progress at the expert talks"), {
    stance: "conditional",
    condition: "depends on progress at the expert talks",
  });
});

test("a time limit before the condition is passed over: 'before the end of the year, but not until X' is X", () => {
  assert.deepEqual(
    classifyStance("I could see him before the end of the year, but not until our men are home", 16),
    { stance: "conditional", condition: "until our men are home" },
  );
});

test("'would sit down with X when …' is conditional on the 'when' clause; a plain 'will meet when' is not", () => {
  assert.deepEqual(
    classifyStance("he would sit down with the prime minister when our sailors are home, and not before"),
    {
      stance: "conditional",
      condition: "when our sailors are home",
    },
  );
  assert.deepEqual(classifyStance("the two will meet on Monday when the summit opens"), {
    stance: "planned",
    condition: null,
  });
});

test("idioms of doubt are unlikely; 'would not shake hands' and 'would never sit down' rule out", () => {
  const stance = (words: string) => classifyStance(words)?.stance ?? null;
  for (const words of [
    "Today I would not put money on October",
    "That is not a road we want to take",
    "I would not book the hall for November just yet",
    "There is nothing in the prime minister's diary with her name on it",
    "That file has gone back into the drawer",
  ])
    assert.equal(stance(words), "unlikely", words);
  assert.equal(stance("he would not shake hands with the general"), "ruled_out");
  assert.equal(stance("I would never sit down with that man"), "ruled_out");
  assert.equal(stance("I would not like to guess"), null);
});

test("'there is no exchange to talk about while …' and 'It is no' rule out; 'I shook his hand' states", () => {
  assert.deepEqual(classifyStance("There is no exchange to talk about while two of our men face trial"), {
    stance: "ruled_out",
    condition: "while two of our men face trial",
  });
  assert.equal(classifyStance("My answer on sanctions is the same as in May. It is no")?.stance, "ruled_out");
  assert.equal(classifyStance("Velm would impose no sanctions on either side")?.stance, "ruled_out");
  assert.equal(classifyStance("It is no secret that we want a meeting"), null);
  assert.equal(classifyStance("I do not need a meeting to hear it a second time")?.stance, "unlikely");
  assert.equal(classifyStance("I shook his hand this morning")?.stance, "happened");
  assert.equal(
    classifyStance("We sat across one table from the minister for eleven hours")?.stance,
    "happened",
  );
  assert.equal(classifyStance("the exchange can now go ahead")?.stance, "possible");
});
