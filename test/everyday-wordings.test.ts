/**
 * Everyday wordings of a position: double negatives, idioms of distance and delay, an event judged after it took
 * place, an inverted condition closing the words, trade measures as sanctions, a capital rung, labour talks, and a
 * frame named both in the speaker's description and in his words. Invented articles.
 */
import assert from "node:assert/strict";
import { test } from "node:test";
import { classifyStance } from "../src/stance/stance-classifier.ts";
import { analyse, readings, speakers } from "./analyse.ts";

const stance = (words: string) => classifyStance(words)?.stance ?? null;

test("a negated impossibility or closure opens; idioms of distance and delay are unlikely", () => {
  assert.equal(stance("It would not be impossible to find a way to an exchange."), "possible");
  assert.equal(stance("The door to talks is not closed, and it will not be closed by us"), "possible");
  assert.equal(stance("a visit to Ostra was being discussed, and discussed seriously"), "possible");
  assert.equal(stance("I believe we will have an agreement on the river before winter."), "possible");
  assert.equal(stance("I would not exclude sitting down with President Varga."), "possible");
  for (const words of [
    'a meeting with the premier was "not for now"',
    "she saw little point in meeting the premier",
    "There is no need to talk of sanctions today.",
    "the dispute made a deal 'a distant prospect'",
    "an agreement was further away than it was in March",
  ])
    assert.equal(stance(words), "unlikely", words);
});

test("an event judged after the fact took place; 'for as long as it takes' sets no condition", () => {
  assert.equal(stance("his talks with President Varga had been long, difficult and useful"), "happened");
  assert.equal(
    stance(
      'her telephone conversation with the premier on May 3 had been "the most useful hour of the year"',
    ),
    "happened",
  );
  assert.equal(stance("I rang President Varga at seven this morning"), "happened");
  assert.equal(stance("he called President Varga a liar"), null);
  assert.deepEqual(classifyStance("the leaders would meet on Monday, for as long as it takes"), {
    stance: "planned",
    condition: null,
  });
});

test("'nothing to talk about while …' and 'no exchange to discuss while …' rule out until the clause", () => {
  assert.deepEqual(classifyStance("There is nothing to talk about while the dam is filling."), {
    stance: "ruled_out",
    condition: "while the dam is filling",
  });
  assert.deepEqual(classifyStance("There is no exchange to discuss while our men sit in a cell"), {
    stance: "ruled_out",
    condition: "while our men sit in a cell",
  });
});

test("an inverted condition closing the words: 'should both capitals ask for it'", () => {
  const text =
    'Foreign Minister Anna Rusk said Velmark "stands ready to host talks between Ostra and Kell, should both capitals ask for it".';
  assert.deepEqual(readings(text), ["Anna Rusk | talks |  | conditional | should both capitals ask for it"]);
});

test("trade measures and a suspension of imports are sanctions", () => {
  const text = [
    "Prime Minister Ivo Karlsen did not rule out economic measures against Ostra on Monday.",
    'Trade Minister Lea Mott said: "Velmark will suspend imports of Ostran timber from June 1 unless the crew is released."',
  ].join("\n\n");
  assert.deepEqual(readings(text), [
    "Ivo Karlsen | sanctions |  | possible | ",
    "Lea Mott | sanctions |  | conditional | unless the crew is released",
  ]);
});

test("a call made to a person at an hour, a capital not rung, men not swapped", () => {
  const text = [
    'President Mara Lind told reporters: "I called President Ivo Karlsen at nine o\'clock. We agreed on the crews."',
    'Her spokesman Pavel Orn said: "The president will not be ringing Ostra this week."',
    'Justice Minister Ilse Varga said: "These men will not be swapped like cattle."',
  ].join("\n\n");
  assert.deepEqual(readings(text), [
    "Mara Lind | call | Ivo Karlsen+Mara Lind | happened | ",
    "Pavel Orn | call |  | ruled_out | ",
    "Ilse Varga | prisoner-exchange |  | ruled_out | ",
  ]);
});

test("sitting down with a company or a union is labour talks, not a meeting", () => {
  const text =
    'Union leader Tomas Brek said: "We will not sit down with the company while our members are locked out."';
  assert.deepEqual(readings(text), ["Tomas Brek | talks |  | ruled_out | while our members are locked out"]);
});

test("a frame named in the speaker's description and again in his words is read in his words", () => {
  const text =
    'Envoy Karel Dusek, who leads the delegation in the river negotiations, said the second round of talks would follow "once the dam report is published".';
  assert.deepEqual(readings(text), [
    "Karel Dusek | talks |  | conditional | once the dam report is published",
  ]);
});

test("'X, asked (at a reception) whether he would call Y, said: …' is X's, with another person named before", () => {
  const text = [
    "Tom Berg, the ship's owner, appeared before a court in Ostra.",
    'Prime Minister Ivo Karlsen, asked whether he would call President Mara Lind, said: "I am willing to pick up the phone."',
    "Foreign Minister Anna Rusk, asked at a reception on Friday whether Mr Karlsen might travel to Ostra, said a visit was not on anyone's agenda.",
  ].join("\n\n");
  assert.deepEqual(
    speakers(text).filter((s) => s !== null),
    ["Ivo Karlsen", "Ivo Karlsen", "Anna Rusk"],
  );
});

test("'PM' is the prime minister's title; '5 PM' is a time", () => {
  const text =
    'Prime Minister Ivo Karlsen landed at 5 PM. PM Karlsen said later: "There is no need to talk of sanctions now."';
  assert.deepEqual(readings(text), ["Ivo Karlsen | sanctions |  | unlikely | "]);
});

test("days at a table are talks; two leaders speaking alone met; a refusal to sit down with 'them' refuses talks", () => {
  const text = [
    'Foreign Minister Anna Rusk said after the first round: "We talked for three days and nobody walked out."',
    'Deputy Minister Karel Dusek said: "We will not sit down with them while their guns are pointed at our towns."',
    'President Mara Lind said of her summit with President Ivo Karlsen: "We spoke alone for two hours."',
  ].join("\n\n");
  assert.deepEqual(readings(text), [
    "Anna Rusk | talks |  | happened | ",
    "Karel Dusek | talks |  | ruled_out | while their guns are pointed at our towns",
    "Mara Lind | meeting | Ivo Karlsen+Mara Lind | happened | ",
  ]);
});

test("postponed but not cancelled, a past 'when I met', 'if not days', no deal in sight, no call planned", () => {
  assert.equal(stance("The exchange is postponed, not cancelled."), "possible");
  assert.deepEqual(classifyStance("An agreement is possible within weeks, if not days"), {
    stance: "possible",
    condition: null,
  });
  assert.equal(stance("When I met the president last Thursday, she asked me one thing"), "happened");
  assert.equal(classifyStance("When the exchange is completed, I will meet him")?.stance, "conditional");
  assert.equal(stance("There is no agreement in sight"), "unlikely");
  assert.equal(stance("No telephone conversation between the presidents is planned."), "unlikely");
  assert.equal(stance("an autumn election was now almost certain"), "possible");
});

test("a quote closed by 'X said as he left …' is X's; 'asked later on Thursday whether' is an aside", () => {
  const text = [
    "Port talks opened on Monday at the labour ministry.",
    "“We sat at the table for seven hours. Nobody threw a chair,” union leader Tomas Brek said as he left the ministry shortly before midnight.",
    "President Mara Lind, asked later on Thursday whether the end of the strike removed the case for an early election, said she would not rule out a vote in the autumn.",
  ].join("\n\n");
  const found = analyse(text)
    .statements.filter((s) => s.cue.text === "said")
    .map((s) => `${s.speaker?.name} | ${s.content.text}`);
  assert.deepEqual(found, [
    "Tomas Brek | We sat at the table for seven hours. Nobody threw a chair",
    "Mara Lind | she would not rule out a vote in the autumn",
  ]);
});

test("'I spoke to President X this morning' in an article about their call: the call took place", () => {
  const text = [
    "Prime Minister Ivo Karlsen thanked President Mara Lind in a phone call on Friday after the crew was freed.",
    'Karlsen told reporters: "I spoke to President Lind this morning and thanked her."',
  ].join("\n\n");
  assert.ok(readings(text).includes("Ivo Karlsen | call | Ivo Karlsen+Mara Lind | happened | "));
});

test("a cue in an earlier clause does not speak for the next clause's proposition", () => {
  const words = "our engineers come home on Monday and sanctions are no longer being considered";
  assert.equal(classifyStance(words, words.indexOf("sanctions"))?.stance, "unlikely");
  assert.equal(classifyStance(words, words.indexOf("come home"))?.stance, "planned");
  const saw = "Velm saw no reason to hurry a second round of talks, which Ostra had proposed for April";
  assert.equal(classifyStance(saw, saw.indexOf("talks"))?.stance, "unlikely");
});
