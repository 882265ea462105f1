/**
 * Transcripts and interviews: turns opened by a speaker's label ("MINISTER HALDOR:", "Brenner:"), anonymous questions
 * that are nobody's words, an interviewer's questions that hold no stance, answers read against the question before them, and furniture labels that name no speaker.
 * Invented articles.
 */
import assert from "node:assert/strict";
import { test } from "node:test";
import { analyse, readings, speakers } from "./analyse.ts";

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

test("an interview's answer speaks of the question before it, and the interviewer's questions hold no stance", () => {
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
  // the interviewer's turns are the interviewer's words; no stance is read from them
  assert.deepEqual(speakers(text), [
    "Courier",
    "Anton Brenner",
    "Courier",
    "Anton Brenner",
    "Courier",
    "Anton Brenner",
  ]);
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

test("a transcript whose turns each open with a quotation mark is read the same way, the colon as the cue", () => {
  const text = [
    "Senator Dana Okafor was interviewed on Sunday. Partial transcript as follows:",
    '"HOST: Senator, will the governor sign the budget deal this week?',
    '"OKAFOR: He will sign it on Friday. The votes are there.',
    '"HOST: And the strike?',
    '"OKAFOR: Talks with the union resume on Monday.',
  ].join("\n\n");
  const found = analyse(text).statements.map((s) => `${s.speaker?.name} | ${s.cue.text} | ${s.content.text}`);
  assert.deepEqual(found, [
    "Host | : | Senator, will the governor sign the budget deal this week?",
    "Dana Okafor | : | He will sign it on Friday. The votes are there.",
    "Host | : | And the strike?",
    "Dana Okafor | : | Talks with the union resume on Monday.",
  ]);
});
