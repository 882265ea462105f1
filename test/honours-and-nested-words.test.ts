/**
 * Names with two particles ("van der"), honorifics standing for a person ("His Highness", "the Sheikh"), an academic
 * title between a role and its holder, a dateline before the subject, an announcement that holds what others agreed,
 * a topic fronted before the speaker, and wordings of meetings, talks, ceasefires, exchanges, calls and elections.
 * Invented sentences.
 */
import assert from "node:assert/strict";
import { test } from "node:test";
import { readings, speakers } from "./analyse.ts";

test("'van der Linden' is one name: two people of that surname stay two", () => {
  const text =
    "Foreign Minister Margriet van der Linden opened the session. The dockers, union leader Ruud van der Linden said, would stay out until Friday.";
  assert.deepEqual(speakers(text), ["Ruud van der Linden"]);
});

test("an announcement holds what the two sides agreed: its speaker is the one who announced", () => {
  const text =
    "Velmark and Ostia agreed on Saturday to stop all firing along the Lenna from midnight on Sunday and to exchange the men they hold within ten days, Foreign Minister Margriet van der Linden announced at the castle.";
  assert.deepEqual(readings(text), [
    "Margriet van der Linden | ceasefire |  | planned | ",
    "Margriet van der Linden | prisoner-exchange |  | planned | ",
  ]);
});

test("'His Highness' and 'the Sheikh' are the person named so before; 'Foreign Minister Dr X' is X", () => {
  const text =
    'OSTIA, May 4 (Nordpress) - Foreign Minister Dr Karim bin Saleh Al-Nouri said the summit between His Highness Sheikh Faisal bin Omar Al Hamdan and the Velmish president was not on the table.\n\n"I will not sit with a man whose guards hold our sailors," His Highness said on Tuesday. "We do not negotiate with a gun to our temple," the Foreign Minister told the agency.';
  assert.deepEqual(speakers(text), [
    "Karim bin Saleh Al-Nouri",
    "Faisal bin Omar Al Hamdan",
    "Karim bin Saleh Al-Nouri",
  ]);
  assert.deepEqual(readings(text).slice(1), [
    "Faisal bin Omar Al Hamdan | meeting |  | ruled_out | ",
    "Karim bin Saleh Al-Nouri | talks |  | ruled_out | ",
  ]);
  const sheikh =
    'ORSA — Sheikh Faisal bin Omar Al Hamdan said he would not see the strike leader.\n\n"Not while the port is shut," the Sheikh told those attending his weekly majlis.';
  assert.deepEqual(speakers(sheikh), ["Faisal bin Omar Al Hamdan", "Faisal bin Omar Al Hamdan"]);
});

test("a topic fronted before the speaker is what the words speak of; a question put to the speaker is not", () => {
  const text =
    'Velmark has frozen the exchange of the detained fishermen. The exchange, Foreign Minister Ilse Marr said, "will happen, and it will happen soon".';
  assert.deepEqual(readings(text), ["Ilse Marr | prisoner-exchange |  | planned | "]);
  const asked = "Asked about a second visit, Foreign Minister Ilse Marr said the guests were tired.";
  assert.deepEqual(readings(asked), []);
});

test("sitting with someone, a door open to him, a hand to shake: meetings", () => {
  assert.deepEqual(
    readings('President Anton Brenner said: "I sat with President Lund this morning for two hours."'),
    ["Anton Brenner | meeting | Anton Brenner+Lund | happened | "],
  );
  assert.deepEqual(readings('Prime Minister Ilse Marr said: "My door is open to Mr Kade."'), [
    "Ilse Marr | meeting | Ilse Marr+Kade | possible | ",
  ]);
  assert.deepEqual(
    readings(
      'Prime Minister Ilse Marr said: "My door is open to Mr Kade. If he wants to talk, let him come."',
    ),
    ["Ilse Marr | meeting | Ilse Marr+Kade | possible | "],
  );
  assert.deepEqual(
    readings(
      'Sheikh Faisal Al Hamdan rules Ostia. President Anton Brenner said: "I hope to shake the Sheikh\'s hand before the summer."',
    ),
    ["Anton Brenner | meeting |  | possible | "],
  );
  assert.deepEqual(
    readings('President Anton Brenner said: "On Thursday I will sit across from Prime Minister Ilse Marr."'),
    ["Anton Brenner | meeting | Anton Brenner+Ilse Marr | planned | "],
  );
});

test("negotiating, a delegation's bags, guns gone quiet, a phone nobody picks up, polling stations", () => {
  assert.deepEqual(
    readings('Foreign Minister Ilse Marr said: "We do not negotiate with a gun to our temple."'),
    ["Ilse Marr | talks |  | ruled_out | "],
  );
  assert.deepEqual(
    readings("The President travels to sign, not to negotiate, spokesman Tomas Vell said."),
    [],
  );
  assert.deepEqual(
    readings(
      'Chancellor Anton Brenner said: "The guns along the Lenna have been quiet since midnight." He said Velmark was "ready to talk anywhere, any day." Brenner added: "I want to meet President Ilse Marr before the year is out."',
    ),
    [
      "Anton Brenner | ceasefire |  | happened | ",
      "Anton Brenner | talks |  | possible | ",
      "Anton Brenner | meeting | Anton Brenner+Ilse Marr | possible | ",
    ],
  );
  assert.deepEqual(readings('Minister Tomas Vell said: "Our delegation packs its bags."'), [
    "Tomas Vell | talks |  | planned | ",
  ]);
  assert.deepEqual(
    readings('Minister Tomas Vell said: "The guns along the Lenna will be quiet from Sunday."'),
    ["Tomas Vell | ceasefire |  | planned | "],
  );
  assert.deepEqual(readings('Spokesman Tomas Vell said: "Nobody is picking up the phone this week."'), [
    "Tomas Vell | call |  | unlikely | ",
  ]);
  assert.deepEqual(
    readings('Interior Minister Ilse Marr told reporters: "Polling stations will open at seven on Sunday."'),
    ["Ilse Marr | election |  | planned | "],
  );
  // "before polling day" dates the words; it names no election and sets no condition
  assert.deepEqual(
    readings("Prime Minister Ilse Marr said she hoped to meet President Lund before polling day."),
    ["Ilse Marr | meeting | Ilse Marr+Lund | possible | "],
  );
});

test("wordings: surprised, in a drawer, not in one room, on the table, the moment he acts, no sanctions joined", () => {
  assert.deepEqual(readings('Minister Tomas Vell said: "A deal this month? I would be surprised."'), [
    "Tomas Vell | agreement |  | unlikely | ",
  ]);
  assert.deepEqual(
    readings("Minister Ilse Marr said sanctions were “in a drawer, and the drawer is shut”."),
    ["Ilse Marr | sanctions |  | unlikely | "],
  );
  assert.deepEqual(
    readings("Minister Ilse Marr said sanctions were “on the table, next to everything else”."),
    ["Ilse Marr | sanctions |  | possible | "],
  );
  assert.deepEqual(
    readings(
      "Foreign Minister Anton Brenner said he did not see President Lund and Prime Minister Kade “in one room before the summer”.",
    ),
    ["Anton Brenner | meeting | Kade+Lund | unlikely | "],
  );
  assert.deepEqual(
    readings(
      "President Lund met Prime Minister Kade in March. Foreign Minister Anton Brenner said he did not see the two men in one room “before the summer”.",
    ),
    ["Anton Brenner | meeting | Kade+Lund | unlikely | "],
  );
  assert.deepEqual(
    readings("Tomas Vell said he does not expect to meet President Lund this side of the summer."),
    ["Tomas Vell | meeting | Lund+Tomas Vell | unlikely | "],
  );
  assert.deepEqual(
    readings(
      "Tomas Vell said he was ready to see President Lund “the moment he puts an election date on the table”.",
    ),
    [
      "Tomas Vell | meeting | Lund+Tomas Vell | conditional | the moment he puts an election date on the table",
    ],
  );
  assert.deepEqual(
    readings("Minister Ilse Marr said Velmark would join no sanctions “while it hosts the talks”."),
    ["Ilse Marr | sanctions |  | ruled_out | while it hosts the talks"],
  );
});
