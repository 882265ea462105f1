/**
 * Releases of people held, hedged plans, trade measures named by their goods, a main clause after its condition, and
 * pronouns after a quote that names someone else. Invented sentences.
 */
import assert from "node:assert/strict";
import { test } from "node:test";
import { readings, speakers } from "./analyse.ts";

const HELD = "KESTRA - Two aid workers have been held by rebels in the hills since January.\n\n";

test("a release of people held is their exchange: could come, no release until, are free, handed over", () => {
  assert.deepEqual(readings(`${HELD}Interior Minister Carl Odum said a release "could come within days".`), [
    "Carl Odum | prisoner-exchange |  | possible | ",
  ]);
  assert.deepEqual(
    readings(
      `${HELD}"There will be no release until the court has ruled," Interior Minister Carl Odum said.`,
    ),
    ["Carl Odum | prisoner-exchange |  | ruled_out | until the court has ruled"],
  );
  assert.deepEqual(readings(`${HELD}Foreign Minister Anna Berg said: "Anna and Tom are free. Thank God."`), [
    "Anna Berg | prisoner-exchange |  | happened | ",
  ]);
  assert.deepEqual(
    readings(`${HELD}Interior Minister Carl Odum said six rebels had been handed over at noon.`),
    ["Carl Odum | prisoner-exchange |  | happened | "],
  );
  // "free" in a clause of time is the condition, not the event
  assert.deepEqual(
    readings(
      `${HELD}Interior Minister Carl Odum said: "When our two are free, we will talk about the rest."`,
    ).filter((r) => r.includes("prisoner-exchange")),
    [],
  );
});

test("a plan the speaker only believes in is possible; nothing ruled out opens; not close to a deal is unlikely", () => {
  assert.deepEqual(
    readings('Foreign Minister Anna Berg said: "I believe the two delegations will meet again in May."'),
    ["Anna Berg | talks |  | possible | "],
  );
  assert.deepEqual(readings('Foreign Minister Anna Berg said: "The delegations will meet again in May."'), [
    "Anna Berg | talks |  | planned | ",
  ]);
  assert.deepEqual(readings('Prime Minister Tom Lage said: "An early election? Nothing is ruled out."'), [
    "Tom Lage | election |  | possible | ",
  ]);
  assert.deepEqual(readings('Deputy Minister Paul Verne said: "We are not close to an agreement."'), [
    "Paul Verne | agreement |  | unlikely | ",
  ]);
  assert.deepEqual(
    readings(
      "Foreign Minister Anna Berg said she was cautiously hopeful that the sides can find an agreement.",
    ),
    ["Anna Berg | agreement |  | possible | "],
  );
  assert.deepEqual(
    readings('Trade Minister Jana Ruud said: "I see no reason why we could not sign the agreement in May."'),
    ["Jana Ruud | agreement |  | possible | "],
  );
});

test("an election described, not called; polling that takes place; tariffs that are gone", () => {
  assert.deepEqual(
    readings(
      'Farm leader Owen Tarr called an election "the last thing we need" and said he did not expect one.',
    ),
    ["Owen Tarr | election |  | unlikely | "],
  );
  assert.deepEqual(readings("Spokeswoman Eva Kask said polling would take place on June 15."), [
    "Eva Kask | election |  | planned | ",
  ]);
  assert.deepEqual(
    readings('Trade Minister Jana Ruud said: "The tariffs are gone, and they will stay gone."'),
    ["Jana Ruud | sanctions |  | ruled_out | "],
  );
});

test("trade measures named by their goods; a sentence opened by its condition names its event after the comma", () => {
  const lede = "VENNHOLM - Ostmark threatened tariffs on Brask steel on Monday.\n\n";
  assert.deepEqual(
    readings(
      `${lede}Trade Minister Piet Holm said: "If those tariffs come in on May 1, a ban on Ostmark dairy imports will follow the same day."`,
    ),
    ["Piet Holm | sanctions |  | conditional | If those tariffs come in on May 1"],
  );
  assert.deepEqual(
    readings(
      `${lede}Trade Minister Jana Ruud said counter-tariffs on Brask lamb would take effect on April 15.`,
    ),
    ["Jana Ruud | sanctions |  | planned | "],
  );
});

test("a visit named by its arrival or its welcome", () => {
  assert.deepEqual(
    readings('Spokeswoman Eva Kask said: "We still hope to welcome President Ole Dahl before the summer."'),
    ["Eva Kask | visit | Ole Dahl | possible | "],
  );
  assert.deepEqual(
    readings(
      'President Ole Dahl met the press. Spokeswoman Eva Kask said: "President Dahl will arrive in Vennholm on May 7."',
    ),
    ["Eva Kask | visit | Ole Dahl | planned | "],
  );
});

test("'he' after a quote: the speaker before, not a name inside the quote nor inside what he said", () => {
  const host =
    '"We have signed," Prime Minister Judith Penn said at the guesthouse.\n\nHer host, Maarten Oude, said the two leaders had met alone. "Mrs Penn and I spent two hours together," he told reporters.';
  assert.deepEqual(speakers(host), ["Judith Penn", "Maarten Oude", "Maarten Oude"]);
  const spokesman =
    'Spokesman Emre Yavuz spoke on Friday. He said President Tarik Soyer\'s state visit would go ahead. "The President will travel to Thyra on April 2," he said.';
  assert.deepEqual(speakers(spokesman).at(-1), "Emre Yavuz");
});
