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

test("no stance without a speaker, or for a meeting whose participants are unknown", () => {
  assert.deepEqual(
    deriveStances([{ ...statement, speaker: null }], [event("meeting", "summit", ["A", "B"])], null),
    [],
  );
  assert.deepEqual(deriveStances([statement], [event("meeting", "summit", [])], null), []);
});
