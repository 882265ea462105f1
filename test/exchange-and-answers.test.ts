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

test("'Martins da Cunha' is the 'Helena Martins da Cunha' the article named, and keeps her full name", () => {
  const text =
    'Ostmark will release the marines only when Velm hands back its officers, Foreign Minister Helena Martins da Cunha said. "The marines can go home on the day our officers cross the bridge," Martins da Cunha told the agency. Martins da Cunha said the talks would resume.';
  assert.deepEqual(speakers(text), [
    "Helena Martins da Cunha",
    "Helena Martins da Cunha",
    "Helena Martins da Cunha",
  ]);
});

test("words inside a question put to someone ('Asked whether Velm would agree to a ceasefire') are nobody's", () => {
  const text =
    'Asked whether Velm would agree to a ceasefire on the river before the talks, Foreign Minister Ilse Marr said talk of a ceasefire was "premature while our officers sit in a barracks".';
  assert.deepEqual(readings(text), ["Ilse Marr | ceasefire |  | unlikely | "]);
});

test("a journey said to be for talking, in a report on talks, is the talks; other journeys stay visits", () => {
  const talks = "Delegations of Velm and Ostmark will hold talks in Orsk on Monday, the mediator said.";
  assert.deepEqual(
    readings(`${talks} "We will go to Orsk to talk, not to be lectured," President Ilse Marr said.`),
    ["Ilse Marr | talks |  | planned | "],
  );
  assert.deepEqual(
    readings(
      `${talks} "I will go to Orsk on Friday for the signing of the river treaty," President Ilse Marr said.`,
    ).filter((r) => r.includes("talks")),
    [],
  );
});

test("'Velmish voters will choose their president' is an election, and 'will put his name to it' a signature", () => {
  assert.deepEqual(
    readings(
      '"On Sunday the ninth of December, Velmish voters will choose their president," President Ilse Marr said.',
    ),
    ["Ilse Marr | election |  | planned | "],
  );
  const text =
    'The river treaty between Velm and Ostmark was initialled on Monday and will be signed in Orsk. "Our president will put his name to it on Friday," Foreign Minister Tomas Vell said.';
  assert.deepEqual(
    readings(text).filter((r) => r.startsWith("Tomas Vell")),
    ["Tomas Vell | agreement |  | planned | "],
  );
});

test("'can go home when all nine of her crew are back' is an exchange on a condition", () => {
  assert.deepEqual(
    readings(
      '"The fourteen fishermen can go home when the trawler and all nine of her crew are back in Velmish waters," Prime Minister Tomas Vell said.',
    ),
    [
      "Tomas Vell | prisoner-exchange |  | conditional | when the trawler and all nine of her crew are back in Velmish waters",
    ],
  );
});

test("an answer that names no event but takes a position speaks of the question's ('would not put money on it')", () => {
  const text =
    'Asked whether the second round of talks could open in October, Foreign Minister Ilse Marr said: "Today I would not put money on October."';
  assert.deepEqual(readings(text), ["Ilse Marr | talks |  | unlikely | "]);
});

test("'we go back to Orsk on the 29th' plans the talks; 'the last of our twelve climbed aboard' states the exchange", () => {
  assert.deepEqual(
    readings(
      'The first round of talks between Velm and Ostmark ended in Orsk on Friday. "We go back to Orsk on the 29th with a longer list," negotiator Tomas Vell said.',
    ),
    ["Tomas Vell | talks |  | planned | "],
  );
  assert.deepEqual(
    readings(
      `${EXCHANGE}\n\n"The last of our twelve climbed aboard at eleven," Defence Minister Tomas Vell said.`,
    ),
    ["Tomas Vell | prisoner-exchange |  | happened | "],
  );
});

test("the call the spokesman described is the one the president's 'I spoke with him last night' speaks of", () => {
  const text =
    'President Ilse Marr and Prime Minister Tomas Vell held a telephone conversation on Wednesday evening, spokesman Anton Brenner said. "The two leaders spoke for fifty minutes by telephone," Brenner told reporters. Addressing the cabinet, Marr said: "I spoke with Mr Vell last night because the families deserve an answer."';
  assert.deepEqual(
    readings(text).filter((r) => r.startsWith("Ilse Marr")),
    ["Ilse Marr | call | Ilse Marr+Tomas Vell | happened | "],
  );
});

test("'I sat across from the prime minister … and left with a promise, not a contract' is a meeting, no agreement", () => {
  assert.deepEqual(
    readings(
      '"I sat across from the prime minister for ninety minutes and I left with a promise, not a contract," union leader Tomas Vell said. Prime Minister Ilse Marr did not comment.',
    ),
    ["Tomas Vell | meeting | Ilse Marr+Tomas Vell | happened | "],
  );
});
