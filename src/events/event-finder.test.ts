import assert from "node:assert/strict";
import { test } from "node:test";
import type { Entity, Sentence } from "../core/records.ts";
import { extractEvents } from "./event-finder.ts";

function person(id: string, name: string, text: string, ...surfaces: string[]): Entity {
  const mentions = [];
  for (const s of surfaces) {
    let at = text.indexOf(s);
    while (at >= 0) {
      mentions.push({ start: at, end: at + s.length });
      at = text.indexOf(s, at + s.length);
    }
  }
  return { id, name, type: "person", aliases: surfaces, mentions, roles: [] };
}

function sentencesOf(text: string): Sentence[] {
  const out: Sentence[] = [];
  const re = /[^.]+\.\s*/g;
  for (let m = re.exec(text); m; m = re.exec(text))
    out.push({ start: m.index, end: m.index + m[0].length, paragraph: 0 });
  return out;
}

const noDate = () => null;

test("participants from 'between X and Y', then 'such a meeting' refers back to them", () => {
  const text =
    "A meeting between President Ana Varga and President Tomas Brenner is possible, aide Lena Holt said. " +
    "Holt added that such a meeting needs preparation.";
  const entities = [
    person("e1", "Ana Varga", text, "Ana Varga"),
    person("e2", "Tomas Brenner", text, "Tomas Brenner"),
    person("e3", "Lena Holt", text, "Lena Holt", "Holt"),
  ];
  const events = extractEvents(text, sentencesOf(text), entities, [], noDate);
  const meetings = events.filter((e) => e.frame === "meeting");
  assert.equal(meetings.length, 2);
  assert.deepEqual(meetings[0]?.participants, ["Ana Varga", "Tomas Brenner"]);
  assert.deepEqual(meetings[1]?.participants, ["Ana Varga", "Tomas Brenner"]);
});

test("a hyphenated compound names both participants; the reporter is not one", () => {
  const text = "Aide Lena Holt said a Varga-Brenner summit could come soon.";
  const entities = [
    person("e1", "Ana Varga", text, "Varga"),
    person("e2", "Tomas Brenner", text, "Brenner"),
    person("e3", "Lena Holt", text, "Lena Holt"),
  ];
  const [event] = extractEvents(text, sentencesOf(text), entities, [], noDate);
  assert.equal(event?.frame, "meeting");
  assert.deepEqual(event?.participants, ["Ana Varga", "Tomas Brenner"]);
});

test("'X does not rule out a meeting with Y' takes the subject; 'Z said a meeting with Y' does not take Z", () => {
  const text =
    "Ana Varga does not rule out a meeting with Tomas Brenner. Lena Holt said a meeting with Brenner is far off.";
  const entities = [
    person("e1", "Ana Varga", text, "Ana Varga"),
    person("e2", "Tomas Brenner", text, "Tomas Brenner", "Brenner"),
    person("e3", "Lena Holt", text, "Lena Holt"),
  ];
  const events = extractEvents(text, sentencesOf(text), entities, [], noDate);
  assert.deepEqual(events[0]?.participants, ["Ana Varga", "Tomas Brenner"]);
  assert.deepEqual(events[1]?.participants, ["Tomas Brenner"]);
});

test("an appeal ('his call for') is not a phone call, and the date comes from the dater", () => {
  const text = "Brenner renewed his call for talks on Friday.";
  const events = extractEvents(text, sentencesOf(text), [], [], () => "2025-05-16");
  assert.deepEqual(
    events.map((e) => [e.frame, e.date]),
    [["talks", "2025-05-16"]],
  );
});

test("'X could meet Y' names both; the reporter at the end of the sentence is not one", () => {
  const text = "President Ana Varga could meet Tomas Brenner in the spring, aide Lena Holt said.";
  const entities = [
    person("e1", "Ana Varga", text, "Ana Varga"),
    person("e2", "Tomas Brenner", text, "Tomas Brenner"),
    person("e3", "Lena Holt", text, "Lena Holt"),
  ];
  const [event] = extractEvents(text, sentencesOf(text), entities, [], noDate);
  assert.deepEqual(event?.participants, ["Ana Varga", "Tomas Brenner"]);
});

test("'X and (opposition leader) Y met' makes both participants of the meeting", () => {
  const text =
    "President Ana Varga and opposition leader Tomas Brenner met for two hours on Monday. " +
    "Brenner said the meeting changed nothing.";
  const entities = [
    person("e1", "Ana Varga", text, "Ana Varga"),
    person("e2", "Tomas Brenner", text, "Tomas Brenner", "Brenner"),
  ];
  const meetings = extractEvents(text, sentencesOf(text), entities, [], noDate).filter(
    (e) => e.frame === "meeting",
  );
  assert.deepEqual(
    meetings.map((e) => e.participants),
    [
      ["Ana Varga", "Tomas Brenner"],
      ["Ana Varga", "Tomas Brenner"],
    ],
  );
});

test("exchanges of people other than prisoners, and 'the exchange' once one is named", () => {
  const text =
    "Aide Lena Holt said a swap of the detained fishermen was possible. The exchange took place on Friday. " +
    "Twelve sailors were exchanged at the bridge. An exchange of views followed.";
  const frames = extractEvents(text, sentencesOf(text), [], [], noDate).map((e) => e.frame);
  // an exchange of views is none
  assert.deepEqual(frames, ["prisoner-exchange", "prisoner-exchange", "prisoner-exchange"]);
  const other = "The ministers held an exchange of views.";
  assert.deepEqual(
    extractEvents(other, sentencesOf(other), [], [], noDate).map((e) => e.frame),
    [],
  );
});

test("'did not rule out meeting Y' and 'sit down with Y' take the subject; 'the prime minister' names its holder", () => {
  const text =
    "Ana Varga did not rule out meeting Brenner. Varga is ready to sit down with Tomas Brenner. " +
    "A meeting between the prime minister and Brenner is far off.";
  const varga = person("e1", "Ana Varga", text, "Ana Varga", "Varga");
  const entities = [
    { ...varga, roles: ["Prime Minister"] },
    person("e2", "Tomas Brenner", text, "Tomas Brenner", "Brenner"),
  ];
  const meetings = extractEvents(text, sentencesOf(text), entities, [], noDate).filter(
    (e) => e.frame === "meeting",
  );
  assert.deepEqual(
    meetings.map((e) => e.participants),
    [
      ["Ana Varga", "Tomas Brenner"],
      ["Ana Varga", "Tomas Brenner"],
      ["Ana Varga", "Tomas Brenner"],
    ],
  );
});

test("no exchange in 'exchanged fire with soldiers', no election in a parliamentary vote, no object after 'the meeting'", () => {
  const text =
    "Troops exchanged fire with soldiers near the border. The parliamentary vote on the budget failed. " +
    "After the meeting Tomas Brenner told reporters nothing.";
  const entities = [person("e2", "Tomas Brenner", text, "Tomas Brenner")];
  const events = extractEvents(text, sentencesOf(text), entities, [], noDate);
  assert.deepEqual(
    events.map((e) => [e.frame, e.participants]),
    [["meeting", []]],
  );
});

test("'the union leader' names the one person the article calls 'leader' (the speaker is added with the stance)", () => {
  const text =
    "Union leader Ivo Sarn spoke first. Ana Varga said she would not meet the union leader while ships wait.";
  const entities = [
    { ...person("e1", "Ivo Sarn", text, "Ivo Sarn"), roles: ["leader"] },
    { ...person("e2", "Ana Varga", text, "Ana Varga"), roles: ["Prime Minister"] },
  ];
  const meetings = extractEvents(text, sentencesOf(text), entities, [], noDate).filter(
    (e) => e.frame === "meeting",
  );
  assert.deepEqual(
    meetings.map((e) => e.participants),
    [["Ivo Sarn"]],
  );
});

test("'host', 'see' and a future 'call' evoke a meeting or a call only with a named person as their object", () => {
  const text =
    "Ana Varga will host her counterpart Tomas Brenner in June. Varga hopes to see Brenner soon. " +
    "Varga said she would call Brenner on Friday. Varga could see the point. " +
    "Varga received Brenner's letter. Brenner had called Varga a liar. The two leaders will sit down in Osk.";
  const entities = [
    person("e1", "Ana Varga", text, "Ana Varga", "Varga"),
    person("e2", "Tomas Brenner", text, "Tomas Brenner", "Brenner"),
  ];
  const events = extractEvents(text, sentencesOf(text), entities, [], noDate);
  assert.deepEqual(
    events.map((e) => [e.frame, e.text, e.participants]),
    [
      ["meeting", "host", ["Ana Varga", "Tomas Brenner"]],
      ["meeting", "see", ["Ana Varga", "Tomas Brenner"]],
      ["call", "call", ["Tomas Brenner"]],
      ["meeting", "sit down", ["Ana Varga", "Tomas Brenner"]],
    ],
  );
});

test("'the two leaders' of a call are the pair last named meeting", () => {
  const text = "Ana Varga and Tomas Brenner met in May. The two leaders spoke by phone on Tuesday.";
  const entities = [
    person("e1", "Ana Varga", text, "Ana Varga"),
    person("e2", "Tomas Brenner", text, "Tomas Brenner"),
  ];
  const events = extractEvents(text, sentencesOf(text), entities, [], noDate);
  assert.deepEqual(
    events.map((e) => [e.frame, e.participants]),
    [
      ["meeting", ["Ana Varga", "Tomas Brenner"]],
      ["call", ["Ana Varga", "Tomas Brenner"]],
    ],
  );
});

test("releases, rounds, protocols, early votes and 'had spoken by telephone' evoke their frames", () => {
  const text =
    "The prisoner exchange was agreed. Osk would hand back the six border guards. " +
    "The talks ended. A second round is due in May. The water protocol was signed. " +
    "Valdria will elect a new parliament in June. There are no plans to bring the vote forward. " +
    "The presidents had spoken by telephone. The guards held in Osk would be exchanged soon.";
  const events = extractEvents(text, sentencesOf(text), [], [], noDate);
  assert.deepEqual(
    events.map((e) => [e.frame, e.text]),
    [
      ["prisoner-exchange", "prisoner exchange"],
      ["prisoner-exchange", "hand back the six border guards"],
      ["talks", "talks"],
      ["talks", "second round"],
      ["agreement", "protocol"],
      ["election", "elect a new parliament"],
      ["election", "bring the vote forward"],
      ["call", "spoken by telephone"],
      ["prisoner-exchange", "guards held in Osk would be exchanged"],
    ],
  );
});

test("'he and X could sit down' names X; a reciprocal verb with nobody named is no meeting", () => {
  const text =
    'Varga said that he and President Tomas Brenner "could sit down at the bridge". ' +
    "Ana Varga and her husband sat down on the bench. The leaders sat down to dinner.";
  const entities = [
    person("e1", "Ana Varga", text, "Ana Varga"),
    person("e2", "Tomas Brenner", text, "Tomas Brenner"),
  ];
  const events = extractEvents(text, sentencesOf(text), entities, [], noDate);
  assert.deepEqual(
    events.map((e) => [e.frame, e.text, e.participants]),
    [["meeting", "sit down", ["Tomas Brenner"]]],
  );
});
