/**
 * Words that name no event, or a meeting without its people, read against the event the article names most often
 * in the frame their words hint at. Invented sentences.
 */
import assert from "node:assert/strict";
import { test } from "node:test";
import { readings } from "./analyse.ts";

const MEETING =
  "Prime Minister Tomas Vell will meet opposition leader Ilse Marr at the Kessel palace on Wednesday. The meeting between Vell and Marr is the first since January. Farmers blocked roads in the north.";

test("'I will be at the palace on Wednesday' is a plan for the article's meeting, with the speaker in it", () => {
  assert.deepEqual(
    readings(`${MEETING}\n\n"I will be at the palace on Wednesday at ten," Marr told reporters.`),
    ["Ilse Marr | meeting | Ilse Marr+Tomas Vell | planned | "],
  );
});

test("'we drank tea, we shook hands' is the meeting of the speaker and the person the article names most", () => {
  const text =
    'For fifty minutes on Friday the two rivals sat on either side of a low table at the Kessel palace. Prime Minister Tomas Vell called it useful. "We drank tea, we disagreed, we shook hands," opposition leader Ilse Marr told reporters. Vell will campaign in the south next week, Vell\'s office said.';
  assert.deepEqual(
    readings(text).filter((r) => r.startsWith("Ilse Marr")),
    ["Ilse Marr | meeting | Ilse Marr+Tomas Vell | happened | "],
  );
});

test("a vote in parliament hints at no election, and a condition clause names no agreement", () => {
  const text =
    'The election commission set the general election for 3 May. "Our deputies will vote against the budget next week," party leader Ilse Marr said. The trade agreement with Ostmark is due to be signed in June. "The mills will close, once that agreement is signed," union leader Pavel Drost said.';
  assert.deepEqual(readings(text), []);
});

test("'I will not set foot in the palace until …' is the speaker's meeting with the person the article names most", () => {
  const text =
    'Prime Minister Tomas Vell survived a confidence vote on Tuesday. Vell called the opposition irresponsible; no meeting has taken place since March. "I will not set foot in Kessel House until he names an election date," opposition leader Ilse Marr told reporters.';
  assert.deepEqual(readings(text), [
    "Ilse Marr | meeting | Ilse Marr+Tomas Vell | ruled_out | until he names an election date",
  ]);
});

test("'they are on their way home' after an exchange is done; 'will serve out its mandate' rules out the early election", () => {
  const text =
    'Velm and Osk exchanged eight detained engineers on Friday. "Our two sons are on their way home," Foreign Minister Mira Tesh said.\n\nThe opposition demands an early election. Prime Minister Tomas Vell said his cabinet would "serve out its mandate to the last day".';
  assert.deepEqual(readings(text), [
    "Mira Tesh | prisoner-exchange |  | happened | ",
    "Tomas Vell | election |  | ruled_out | ",
  ]);
});

test("'many bilateral meetings on the sidelines' is no one meeting, so it takes no pair from the article", () => {
  const text = `${MEETING}\n\n"Vell will also hold many bilateral meetings on the sidelines of the forum," spokesman Pal Rigo said.`;
  assert.deepEqual(readings(text), []);
});
