/**
 * Meetings and visits named through their pair or their traveller ("the two presidents will hold talks", "a trip by
 * the President to X", "X would be welcome in Y"), a meeting described after the fact, and similes that name no
 * event. Invented sentences.
 */
import assert from "node:assert/strict";
import { test } from "node:test";
import { readings } from "./analyse.ts";

test("'the two Presidents will hold talks' is a planned meeting of the article's two presidents", () => {
  const text =
    'VELMORA, May 4 -- President Aurel Kasimi will travel to Dunholt next week, where he is to be received by President Tamsin Orrell. Presidential spokesman Ilir Basha said: "The two Presidents will hold talks at the Old Palace on Monday."';
  assert.deepEqual(
    readings(text).filter((r) => r.startsWith("Ilir Basha")),
    ["Ilir Basha | meeting | Aurel Kasimi+Tamsin Orrell | planned | "],
  );
});

test("'a trip by the President to X' is a visit by the one person the article calls President", () => {
  const text =
    "President Aurel Kasimi opened a school in Velmora on Friday. His spokesman, Ilir Basha, said it was premature to speak of a trip by the President to Dunholt.";
  assert.deepEqual(readings(text), ["Ilir Basha | visit | Aurel Kasimi | unlikely | "]);
});

test("'X would be welcome in Y on condition that …' is X's visit, on that condition", () => {
  const text =
    'Prime Minister Oskar Venn has asked to see the dam. President Aurel Kasimi said Oskar Venn would be welcome in Velmora "on condition that he comes as a guest".';
  assert.deepEqual(readings(text), [
    "Aurel Kasimi | visit | Oskar Venn | conditional | on condition that he comes as a guest",
  ]);
});

test("'described the meeting as …' says it happened; 'like a visit to the dentist' is no visit", () => {
  const text =
    'Prime Minister Oskar Venn met opposition leader Mirela Dancu at his residence on Thursday. Dancu described the meeting as "short, cold and useful, like a visit to the dentist".';
  assert.deepEqual(readings(text), ["Mirela Dancu | meeting | Mirela Dancu+Oskar Venn | happened | "]);
});

test("'no plans for such a meeting' from another speaker is the meeting the article last named", () => {
  const text =
    'Opposition leader Mirela Dancu said on Monday she was ready to meet Prime Minister Oskar Venn "tomorrow, at his office or mine". Government spokeswoman Ilse Marr said the prime minister had "no plans for such a meeting".';
  assert.deepEqual(readings(text), [
    "Mirela Dancu | meeting | Mirela Dancu+Oskar Venn | possible | ",
    "Ilse Marr | meeting | Mirela Dancu+Oskar Venn | unlikely | ",
  ]);
});

test("'no telephone conversation between X and Y was on the agenda' is unlikely", () => {
  const text =
    "Presidential spokesman Ilir Basha said that no telephone conversation between President Aurel Kasimi and Prime Minister Oskar Venn was on the agenda.";
  assert.deepEqual(readings(text), ["Ilir Basha | call | Aurel Kasimi+Oskar Venn | unlikely | "]);
});

test("'X has agreed to see me' is a planned meeting of X and the speaker, an MP named after her title", () => {
  const text =
    'Energy Minister Darius Vand toured the port. "Mr Vand has agreed to see me here on Friday," said local MP Grace Wambui Kerubo.';
  assert.deepEqual(readings(text), [
    "Grace Wambui Kerubo | meeting | Darius Vand+Grace Wambui Kerubo | planned | ",
  ]);
});

test("a residence the article names stands for its holder: 'I will be at Solberg on Tuesday' is a meeting", () => {
  const text =
    'Prime Minister Magnus Holm told a news conference at Solberg, his official residence, that the vote would be on June 17. Opposition leader Tor Brekke said: "I will be at Solberg on Tuesday at ten, and I will bring my own coffee." In May, Brekke had said: "I will not set foot in Solberg while the budget is frozen."';
  assert.deepEqual(readings(text), [
    "Tor Brekke | meeting | Magnus Holm+Tor Brekke | planned | ",
    "Tor Brekke | meeting | Magnus Holm+Tor Brekke | ruled_out | while the budget is frozen",
  ]);
  // "will be at risk" is no plan, and a place nobody's residence is no meeting
  assert.deepEqual(
    readings('"Jobs will be at risk," Brekke said. "I will be at Nordvik on Tuesday," Holm said.'),
    [],
  );
});

test("'I will welcome President X to Y' is X's planned visit; 'an honour to welcome X' says it happened", () => {
  const text =
    'Prime Minister Magnus Holm said: "On May 19, I will welcome President Karim Nasser to Solberg." A month later he said: "It was an honour to welcome President Karim Nasser to Nordvik, the first head of state to visit us." Holm welcomed the decision to hold talks.';
  assert.deepEqual(readings(text), [
    "Magnus Holm | visit | Karim Nasser | planned | ",
    "Magnus Holm | visit | Karim Nasser | happened | ",
  ]);
});
