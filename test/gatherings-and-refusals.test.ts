/**
 * Exchanges refused or planned, meetings named by their pair or by a handshake, invitations, and open or closed
 * wordings on sanctions. Invented sentences.
 */
import assert from "node:assert/strict";
import { test } from "node:test";
import { readings } from "./analyse.ts";

test("'there will be no exchange while …' is ruled out; 'the soldiers held by the two sides would be exchanged' is a plan", () => {
  const text =
    'Foreign Minister Nadia Kovrin said on Tuesday: "There will be no exchange while shells fall on our villages." She had said earlier that the 14 soldiers held by the two sides would be exchanged.';
  assert.deepEqual(readings(text), [
    "Nadia Kovrin | prisoner-exchange |  | ruled_out | while shells fall on our villages",
    "Nadia Kovrin | prisoner-exchange |  | planned | ",
  ]);
});

test("'President X and I sat together' happened; 'not against shaking his hand' is possible", () => {
  assert.deepEqual(
    readings(
      'President Selim Karan said: "President Min Baek and I sat together for two hours this morning."',
    ),
    ["Selim Karan | meeting | Min Baek+Selim Karan | happened | "],
  );
  assert.deepEqual(
    readings(
      'The call between President Arkady Lavrov and President Selim Karan lasted forty minutes. "I am not against shaking his hand in Tanjung Arum," Karan said.',
    ),
    ["Selim Karan | meeting | Arkady Lavrov+Selim Karan | possible | "],
  );
});

test("'X had invited Y to a meeting' is X and Y's meeting, planned; 'the presidents will meet' is the article's pair", () => {
  assert.deepEqual(
    readings(
      "Spokesman Bence Halasz said Prime Minister Agoston Kertes had invited opposition leader Reka Fenyvesi to a meeting on Monday.",
    ),
    ["Bence Halasz | meeting | Agoston Kertes+Reka Fenyvesi | planned | "],
  );
  assert.deepEqual(
    readings(
      'President Arkady Lavrov and President Selim Karan agreed a ceasefire in May. "The presidents will meet here on the twentieth," host Dewi Wiratmoko said.',
    ),
    ["Dewi Wiratmoko | meeting | Arkady Lavrov+Selim Karan | planned | "],
  );
});

test("'no longer any case for sanctions' is unlikely; 'we do not rule anything out' is possible", () => {
  const text =
    'Trade Minister Jeong Seo said: "There is no longer any case for sanctions." A week later she said: "We do not rule anything out on sanctions."';
  assert.deepEqual(readings(text), [
    "Jeong Seo | sanctions |  | unlikely | ",
    "Jeong Seo | sanctions |  | possible | ",
  ]);
});

test("'the conversation had lasted forty minutes' and 'had been difficult, but necessary' say the call happened", () => {
  const text =
    'President Arkady Lavrov and President Selim Karan spoke by telephone on Tuesday. Spokesman Tugrul Askin said the conversation had lasted about forty minutes. Lavrov said the conversation had been "difficult, but necessary".';
  assert.deepEqual(readings(text), [
    "Tugrul Askin | call | Arkady Lavrov+Selim Karan | happened | ",
    "Arkady Lavrov | call | Arkady Lavrov+Selim Karan | happened | ",
  ]);
});

test("talks named by their delegations: 'send negotiators once …', 'host the two delegations', 'the delegation would go to X'", () => {
  assert.deepEqual(
    readings(
      'Foreign Minister Isil Dogan said that Dagkent would send negotiators "once the guns fall silent, and not a minute before".',
    ),
    ["Isil Dogan | talks |  | conditional | once the guns fall silent"],
  );
  assert.deepEqual(
    readings(
      'President Budi Wiratmoko said his country was "ready to host the two delegations at a day\'s notice".',
    ),
    ["Budi Wiratmoko | talks |  | possible | "],
  );
  assert.deepEqual(
    readings(
      'President Arkady Lavrov said the Yelagian delegation would go to Tanjung Arum on Monday "to talk, not to listen".',
    ).filter((r) => r.includes("talks")),
    ["Arkady Lavrov | talks |  | planned | "],
  );
  // a person's title is no place to go to
  assert.deepEqual(
    readings("Party leader Tor Brekke said his first call would go to President Min Baek.").filter((r) =>
      r.includes("visit"),
    ),
    [],
  );
});

test("'… is possible.' then 'But it is possible on condition that …' from the same speaker is conditional", () => {
  const text =
    'Foreign Minister Nadia Kovrin said Yelagia was prepared to discuss the return of all servicemen held by both sides. "An exchange of all for all is possible. We have said so from the first day," Kovrin told journalists. "But it is possible on condition that our consuls are allowed to see our soldiers first."';
  assert.deepEqual(readings(text), [
    "Nadia Kovrin | prisoner-exchange |  | conditional | on condition that our consuls are allowed to see our soldiers first",
  ]);
});
