/**
 * Transcripts and interviews: turns opened by a speaker's label ("MINISTER HALDOR:", "Brenner:"), questions that are
 * nobody's words, answers read against the question before them, and furniture labels that name no speaker.
 * Invented articles.
 */
import assert from "node:assert/strict";
import { test } from "node:test";
import { readings, speakers } from "./analyse.ts";

const PRESS_CONFERENCE = [
  "Transcript of Monday's press conference of Trade Minister Dr. Oren Haldor and government spokeswoman Ilse Marr.",
  "SPOKESWOMAN MARR: Good afternoon. The minister will begin.",
  "MINISTER HALDOR: Thank you. The duties took effect ten days ago.",
  "Q: Minister, Ostia says it is ready to talk tomorrow. Will you negotiate?",
  "MINISTER HALDOR: Not while Ostia threatens our exporters with counter-duties.",
  "Q (Nordpress): Is the chancellor preparing for an early election?",
  "SPOKESWOMAN MARR: Her answer has not changed: there will be no early election.",
].join("\n\n");

test("a press conference's turns are their speakers' words; the questions are nobody's", () => {
  assert.deepEqual(speakers(PRESS_CONFERENCE), [
    "Ilse Marr",
    "Oren Haldor",
    "Ostia",
    "Oren Haldor",
    "Ilse Marr",
  ]);
  // (what a question reports someone saying is that one's: "Ostia says it is ready to talk")
  assert.deepEqual(readings(PRESS_CONFERENCE), [
    "Ostia | talks |  | possible | ",
    "Oren Haldor | talks |  | ruled_out | while Ostia threatens our exporters with counter-duties",
    "Ilse Marr | election |  | ruled_out | ",
  ]);
});

test("an interview's answer speaks of the question before it, and the interviewer's turns are questions", () => {
  const text = [
    "President Anton Brenner spoke to the Courier in Velm on Thursday. The interview has been edited.",
    "Photograph: the president in his office.",
    "Courier: Will Velmark impose tariffs on Ostian steel?",
    "Brenner: That is not on my desk today.",
    "Courier: A fisherman is dead. Will you meet Chancellor von der Aue?",
    "Brenner: When our nine are home, I will go to the bridge myself. Not before.",
    "Courier: Last question. Is the gas safe?",
    "Brenner: Gas is a contract. We keep our contracts.",
  ].join("\n\n");
  assert.deepEqual(speakers(text).slice(-3), ["Anton Brenner", "Anton Brenner", "Anton Brenner"]);
  assert.deepEqual(readings(text), [
    "Anton Brenner | sanctions |  | unlikely | ",
    "Anton Brenner | meeting | Anton Brenner+von der Aue | conditional | When our nine are home",
  ]);
});

test("a label that opens one paragraph and names nobody is furniture, not a speaker", () => {
  const text =
    "Update: the talks resumed on Monday.\n\nForeign Minister Ilse Marr said the talks would continue on Friday.";
  assert.deepEqual(speakers(text), ["Ilse Marr"]);
});
