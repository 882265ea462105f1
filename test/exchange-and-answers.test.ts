/**
 * Exchanges told through the people in them, answers after a colon, roles with a body in lower case ("the head of
 * the transition"), refusals with "would not" and "would never", and meetings whose people the article does not
 * give. Invented sentences.
 */
import assert from "node:assert/strict";
import { test } from "node:test";
import { readings, speakers } from "./analyse.ts";

const EXCHANGE =
  "ORSK, May 3 (Nordpress) - Twelve Velmish marines and seven Ostmark coast guardsmen were exchanged on Tuesday on a bridge over the Lenna, four months after they were captured at sea.";

test("marines and guardsmen who 'were exchanged' name the exchange, and the words below it read against it", () => {
  const text = `${EXCHANGE}\n\n"All seven of our men are on their way to Orsk," Foreign Minister Ilse Marr told the agency.\n\n"Twelve went out this morning and twelve came home," Defence Minister Tomas Vell said.`;
  assert.deepEqual(readings(text), [
    "Ilse Marr | prisoner-exchange |  | happened | ",
    "Tomas Vell | prisoner-exchange |  | happened | ",
  ]);
});

test("people counted hint at the exchange; 'the two men had talked' and 'the families of the nine' do not", () => {
  const text = `${EXCHANGE}\n\n"The seven are safe, they are on an Ostmark ship," Foreign Minister Ilse Marr said.`;
  assert.deepEqual(readings(text), ["Ilse Marr | prisoner-exchange |  | happened | "]);
  const others = `${EXCHANGE}\n\nForeign Minister Ilse Marr said the two men had talked for an hour. Defence Minister Tomas Vell said the families of the seven guardsmen had been received at the ministry.`;
  assert.deepEqual(readings(others), []);
});

test("the answer after 'replied:' has its own event, and 'the head of the transition' is the person named so", () => {
  const text =
    'KESSEL, June 2 (Nordpress) - The head of the transition, General Anton Brenner, signed the port concession on Wednesday. Asked whether the port revenue would pay for the election, the head of the transition replied: "The vote of 20 February will take place, with the port or without it."';
  assert.deepEqual(speakers(text), [null, "Anton Brenner"]);
  assert.deepEqual(readings(text), ["Anton Brenner | election |  | planned | "]);
});

test("an answer's event of the frame its question names is the question's, not a second one", () => {
  const text =
    'Asked whether he would pick up the telephone to Prime Minister Tomas Vell, President Ilse Marr said: "No. I will not call him while his soldiers shoot at our fishermen."';
  assert.deepEqual(readings(text), [
    "Ilse Marr | call | Ilse Marr+Tomas Vell | ruled_out | while his soldiers shoot at our fishermen",
  ]);
});

test("'would not shake hands with' and 'would never' rule a meeting out", () => {
  const text =
    "President Ilse Marr said on Monday she would not shake hands with Prime Minister Tomas Vell. Vell said he would never sit down with Marr.";
  assert.deepEqual(readings(text), [
    "Ilse Marr | meeting | Ilse Marr+Tomas Vell | ruled_out | ",
    "Tomas Vell | meeting | Ilse Marr+Tomas Vell | ruled_out | ",
  ]);
});

test("'the two presidents will meet here' is a plan even when the article does not say who they are", () => {
  const text =
    'The second round of talks between Velm and Ostmark ended on Tuesday. "The two presidents will meet here on the fourth of April," Foreign Minister Tomas Vell told reporters. The town council would meet on Thursday to discuss the traffic, Mayor Ilse Marr said.';
  assert.deepEqual(readings(text), ["Tomas Vell | meeting |  | planned | "]);
});
