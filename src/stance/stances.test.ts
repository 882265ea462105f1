import assert from "node:assert/strict";
import { test } from "node:test";
import type { NewsEvent, Statement } from "../core/records.ts";
import { deriveStances } from "./stances.ts";

const text =
  "Aide Lena Holt said a Varga-Brenner summit is possible only after specific agreements are reached.";
const content = "a Varga-Brenner summit is possible only after specific agreements are reached";
const start = text.indexOf(content);

const statement: Statement = {
  id: "s1",
  speaker: { name: "Lena Holt", mention: "Lena Holt", start: 5, end: 14, entityId: "e3" },
  via: null,
  kind: "indirect",
  cue: { text: "said", start: 15, end: 19 },
  content: { text: content, start, end: start + content.length },
  date: null,
};

function event(frame: string, word: string, participants: string[]): NewsEvent {
  const at = text.indexOf(word);
  return { id: `v-${frame}`, text: word, start: at, end: at + word.length, frame, date: null, participants };
}

test("the speaker's stance on the proposition, with its condition and the publication date as fallback", () => {
  const stances = deriveStances(
    text,
    [statement],
    [event("meeting", "summit", ["Ana Varga", "Tomas Brenner"]), event("agreement", "agreements", [])],
    "2025-05-17",
  );
  assert.deepEqual(
    stances.map((s) => [
      s.holder,
      s.proposition.event,
      s.proposition.participants,
      s.stance,
      s.condition,
      s.date,
    ]),
    [
      [
        "Lena Holt",
        "meeting",
        ["Ana Varga", "Tomas Brenner"],
        "conditional",
        "after specific agreements are reached",
        "2025-05-17",
      ],
    ],
  );
});

test("no stance without a speaker, on meetings in the plural or on a body's own gathering", () => {
  assert.deepEqual(
    deriveStances(text, [{ ...statement, speaker: null }], [event("meeting", "summit", ["A", "B"])], null),
    [],
  );
  // "The two presidents will meet here": a meeting whose people the article does not give is still a proposition
  const said = (words: string, trigger: string) => {
    const t = `Aide Lena Holt said ${words}.`;
    const at = t.indexOf(words);
    const e = t.indexOf(trigger);
    const s: Statement = { ...statement, content: { text: words, start: at, end: at + words.length } };
    const found = {
      id: "v1",
      text: trigger,
      start: e,
      end: e + trigger.length,
      frame: "meeting",
      date: null,
    };
    return deriveStances(t, [s], [{ ...found, participants: [] }], null).map((x) => x.stance);
  };
  assert.deepEqual(said("the two presidents will meet here on the twentieth", "meet"), ["planned"]);
  assert.deepEqual(said("there were no plans for such a meeting", "meeting"), ["unlikely"]);
  assert.deepEqual(said("the president would hold many bilateral meetings", "meetings"), []);
  assert.deepEqual(said("the town council would meet on Thursday", "meet"), []);
  assert.deepEqual(said("the union would hold a meeting of its members", "meeting"), []);
});

test("a refusal carried by the cue ('has ruled out') counts; a negated one ('has not ruled out') is an opening", () => {
  const said = (prefix: string) => {
    const t = `Holt ${prefix} a Varga-Brenner summit before the treaty is signed.`;
    const cueText = prefix.split(" ").slice(-2).join(" ");
    const cueAt = t.indexOf(cueText);
    const c = "a Varga-Brenner summit before the treaty is signed";
    const at = t.indexOf(c);
    const s: Statement = {
      ...statement,
      cue: { text: cueText, start: cueAt, end: cueAt + cueText.length },
      content: { text: c, start: at, end: at + c.length },
    };
    const summit = t.indexOf("summit");
    const e = {
      id: "v1",
      text: "summit",
      start: summit,
      end: summit + 6,
      frame: "meeting",
      date: null,
      participants: ["A", "B"],
    };
    return deriveStances(t, [s], [e], null)[0]?.stance;
  };
  assert.equal(said("has ruled out"), "ruled_out");
  assert.notEqual(said("has not ruled out"), "ruled_out");
});

test("the speaker joins a meeting when he is its subject, or a principal speaking of 'a meeting with X'", () => {
  const speak = (t: string, entityId: string) => {
    const at = t.indexOf("meet");
    const s: Statement = {
      ...statement,
      speaker: { name: "Ana Varga", mention: "Varga", start: 0, end: 5, entityId },
      cue: { text: "said", start: t.indexOf("said"), end: t.indexOf("said") + 4 },
      content: { text: t.slice(t.indexOf("said") + 5), start: t.indexOf("said") + 5, end: t.length },
    };
    const e = {
      id: "v1",
      text: "meet",
      start: at,
      end: at + 4,
      frame: "meeting",
      date: null,
      participants: ["Tomas Brenner"],
    };
    const entities = [
      {
        id: "e1",
        name: "Ana Varga",
        type: "person" as const,
        aliases: [],
        mentions: [],
        roles: ["President"],
      },
    ];
    const spokes = [
      {
        id: "e2",
        name: "Ana Varga",
        type: "person" as const,
        aliases: [],
        mentions: [],
        roles: ["spokeswoman"],
      },
    ];
    return {
      principal: deriveStances(t, [s], [e], null, entities)[0]?.proposition.participants,
      spokes: deriveStances(t, [s], [e], null, spokes)[0]?.proposition.participants,
    };
  };
  const self = speak("Varga said she was ready to meet Brenner.", "e2");
  assert.deepEqual(self.spokes, ["Ana Varga", "Tomas Brenner"]);
  const nominal = speak("Varga said a meeting with Brenner was possible.", "e1");
  assert.deepEqual(nominal.principal, ["Ana Varga", "Tomas Brenner"]);
  const relayed = speak("Varga said a meeting with Brenner was possible.", "e2");
  assert.deepEqual(relayed.spokes, ["Tomas Brenner"]);
});

test("the speaker's relative clause on his own words carries their condition", () => {
  const words =
    'Varga said the vote would not get in the way of a meeting with Brenner, which she said was possible "if the map is ready".';
  const first = "the vote would not get in the way of a meeting with Brenner";
  const second = 'was possible "if the map is ready';
  const at = (s: string) => words.indexOf(s);
  const speaker = { name: "Ana Varga", mention: "Varga", start: 0, end: 5, entityId: "e1" };
  const statements: Statement[] = [
    {
      ...statement,
      id: "s1",
      speaker,
      content: { text: first, start: at(first), end: at(first) + first.length },
    },
    {
      ...statement,
      id: "s2",
      speaker: { ...speaker, mention: "she", start: at("she"), end: at("she") + 3 },
      cue: { text: "said", start: at("she said") + 4, end: at("she said") + 8 },
      content: { text: second, start: at(second), end: at(second) + second.length },
    },
  ];
  const meeting: NewsEvent = {
    id: "v1",
    text: "meeting",
    start: at("meeting"),
    end: at("meeting") + 7,
    frame: "meeting",
    date: null,
    participants: ["Ana Varga", "Tomas Brenner"],
  };
  const stances = deriveStances(words, statements, [meeting], "2025-11-06");
  assert.deepEqual(
    stances.map((s) => [s.statementId, s.stance, s.condition]),
    [["s1", "conditional", "if the map is ready"]],
  );
});

test("a bare 'a meeting' later in a speaker's words is the meeting he named before", () => {
  const words =
    "Varga said a meeting with Brenner was possible. Later Varga said: I will not refuse a meeting if it stops the guns.";
  const speaker = { name: "Ana Varga", mention: "Varga", start: 0, end: 5, entityId: "e1" };
  const part = (s: string) => ({ text: s, start: words.indexOf(s), end: words.indexOf(s) + s.length });
  const statements: Statement[] = [
    { ...statement, id: "s1", speaker, content: part("a meeting with Brenner was possible") },
    {
      ...statement,
      id: "s2",
      speaker,
      cue: { text: "said", start: words.lastIndexOf("said"), end: words.lastIndexOf("said") + 4 },
      content: part("I will not refuse a meeting if it stops the guns"),
    },
  ];
  const at = (from: number) => words.indexOf("meeting", from);
  const events: NewsEvent[] = [at(0), at(20)].map((start, i) => ({
    id: `v${i}`,
    text: "meeting",
    start,
    end: start + 7,
    frame: "meeting",
    date: null,
    participants: i === 0 ? ["Ana Varga", "Tomas Brenner"] : [],
  }));
  const stances = deriveStances(words, statements, events, "2025-05-17");
  assert.deepEqual(
    stances.map((s) => [s.statementId, s.proposition.participants, s.stance, s.condition]),
    [
      ["s1", ["Ana Varga", "Tomas Brenner"], "possible", null],
      ["s2", ["Ana Varga", "Tomas Brenner"], "conditional", "if it stops the guns"],
    ],
  );
});

test("a meeting named in the question put to the speaker is the one her answer speaks of", () => {
  const words =
    "Asked whether the call would lead to a meeting between Varga and Brenner, spokeswoman Lena Holt said such a meeting could take place in June. The meeting of the clubs was cancelled.";
  const answer = "such a meeting could take place in June";
  const statements: Statement[] = [
    {
      ...statement,
      cue: { text: "said", start: words.indexOf("said"), end: words.indexOf("said") + 4 },
      content: { text: answer, start: words.indexOf(answer), end: words.indexOf(answer) + answer.length },
    },
  ];
  const at = words.indexOf("meeting");
  const meeting: NewsEvent = {
    id: "v1",
    text: "meeting",
    start: at,
    end: at + 7,
    frame: "meeting",
    date: null,
    participants: ["Ana Varga", "Tomas Brenner"],
  };
  const later = words.lastIndexOf("meeting");
  const clubs: NewsEvent = { ...meeting, id: "v2", start: later, end: later + 7, participants: ["X", "Y"] };
  const stances = deriveStances(words, statements, [meeting, clubs], "2025-05-17");
  assert.deepEqual(
    stances.map((s) => [s.proposition.participants, s.stance]),
    [[["Ana Varga", "Tomas Brenner"], "possible"]],
  );
});
