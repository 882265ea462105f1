/**
 * Stance wordings met in wire copy after the first rules were written: idioms, frames named as causes, business deals.
 * Invented articles.
 */
import assert from "node:assert/strict";
import { test } from "node:test";
import { analyse, readings } from "./analyse.ts";

test("a merger or a takeover is an agreement between companies; a frame named as a cause is no stance", () => {
  assert.deepEqual(
    readings(
      "“The board can approve the merger, but only if Vell Marine keeps the yard open,” chief executive Eva Lind said.",
    ),
    ["Eva Lind | agreement |  | conditional | if Vell Marine keeps the yard open"],
  );
  assert.deepEqual(
    readings("Eva Lind said on Monday that no worker would be dismissed because of the merger before 2031."),
    [],
  );
});

test("'I will meet him' after the speaker named whom he would meet is the same meeting", () => {
  const text =
    "President Ivo Marten said he would meet his counterpart, Maria Haske, once the prisoners had come home.\n\n“I will meet her once our soldiers are home. Not before,” Marten said.";
  assert.ok(
    readings(text).includes(
      "Ivo Marten | meeting | Ivo Marten+Maria Haske | conditional | once our soldiers are home",
    ),
  );
});

test("in an article about a prisoner exchange, people who 'are home', 'will be home' or 'crossed' were exchanged", () => {
  const named = "The prisoner exchange between Osk and Vell was agreed on Monday.\n\n";
  const said = (words: string) => readings(`${named}“${words},” General Dan Kessler said.`);
  assert.deepEqual(said("All our boys are home. Fourteen went in"), [
    "Dan Kessler | prisoner-exchange |  | happened | ",
  ]);
  assert.deepEqual(said("Our guards will be home on the second of October"), [
    "Dan Kessler | prisoner-exchange |  | planned | ",
  ]);
  assert.deepEqual(said("The fifteen men crossed at twenty past eleven"), [
    "Dan Kessler | prisoner-exchange |  | happened | ",
  ]);
  // a crossing in a time clause is no stance on it, and without the exchange named nobody's boys were exchanged
  assert.deepEqual(said("There is nothing to say that cannot be said on the day the men cross"), []);
  assert.deepEqual(readings("“All our boys are home,” General Dan Kessler said after the match."), []);
  // nor do a red line that was crossed, or people home in a condition's clause
  assert.deepEqual(readings("“Sanctions? They crossed a red line,” General Dan Kessler said."), []);
  assert.deepEqual(said("Sanctions stay until the fishermen are home"), [
    "Dan Kessler | sanctions |  | conditional | until the fishermen are home",
  ]);
});

test("an answer 'The president has no such plans' speaks of the question's event", () => {
  const text =
    "President Ivo Marten has not met the opposition leader, Maria Haske, since May.\n\nAsked on Tuesday whether Marten would receive Haske, spokesman Tomas Ferro said: “The president has no such plans. Parliament is the place to talk.”";
  assert.deepEqual(readings(text), ["Tomas Ferro | meeting | Ivo Marten+Maria Haske | unlikely | "]);
});

test("a journey, a hope to visit, wanting to be in a place, and 'came to X' are visits", () => {
  assert.deepEqual(
    readings("“A journey to Osk is not in the president's diary for now,” spokeswoman Maria Haske said."),
    ["Maria Haske | visit |  | unlikely | "],
  );
  assert.deepEqual(readings("President Ivo Marten said he hoped to visit Osk in October."), [
    "Ivo Marten | visit |  | possible | ",
  ]);
  assert.deepEqual(
    readings("“I came to Osk for two signatures, and I am going home with both,” President Ivo Marten said."),
    ["Ivo Marten | visit |  | happened | "],
  );
  assert.equal(
    readings("“I would like to be in Osk for the launch,” President Ivo Marten said.")[0],
    "Ivo Marten | visit |  | possible | ",
  );
});

test("'would make time for X' is a possible meeting; 'before the campaign opens' is a time, not a condition", () => {
  assert.deepEqual(
    readings(
      "President Ivo Marten “would make time for” opposition leader Tomas Ferro before the campaign formally opens on June 11, spokeswoman Maria Haske said on Monday.",
    ),
    ["Maria Haske | meeting | Ivo Marten+Tomas Ferro | possible | "],
  );
});

test("in an article about a merger, 'the signatures are dry' says it was signed", () => {
  assert.deepEqual(
    readings(
      "Talks on the merger of Osk Shipyards and Vell Marine ended on Monday.\n\n“The signatures are dry, and this yard is still ours,” chief executive Maria Haske said.",
    ),
    ["Maria Haske | agreement |  | happened | "],
  );
});

test("in a piece about one person, a role nobody else is named with is the person the lede opens with", () => {
  const text =
    "Maria Haske has spent the autumn asking for a meeting with the president. On Monday she withdrew the request.\n\n“I will not sit at one table with Ivo Marten while our candidates are barred,” the Civic Path leader told the Courier.";
  assert.deepEqual(readings(text), [
    "Maria Haske | meeting | Ivo Marten+Maria Haske | ruled_out | while our candidates are barred",
  ]);
  // the lede's person with another role is not "the minister"
  const other =
    "Opposition leader Maria Haske has spent the autumn asking for a meeting.\n\n“There will be no meeting with Ivo Marten,” the minister told the Courier.";
  assert.deepEqual(readings(other), []);
});

test("unlikely: 'not in my diary', 'no such visit is planned', 'a long shot', 'do not expect', 'do not believe'", () => {
  const said = (words: string) => readings(`“${words},” President Ivo Marten said.`);
  assert.deepEqual(said("A meeting with Tomas Ferro is not in my diary"), [
    "Ivo Marten | meeting | Ivo Marten+Tomas Ferro | unlikely | ",
  ]);
  assert.deepEqual(said("No such visit to Osk is planned"), ["Ivo Marten | visit |  | unlikely | "]);
  assert.deepEqual(said("A signature this year? Today that is a long shot"), []);
  assert.deepEqual(
    said("A peace agreement this year? Today that is a long shot, and I will not pretend otherwise"),
    ["Ivo Marten | agreement |  | unlikely | "],
  );
  assert.deepEqual(said("We are not reaching for sanctions, and I do not expect that to change"), [
    "Ivo Marten | sanctions |  | unlikely | ",
  ]);
  assert.deepEqual(said("I do not believe there will be an election in February either"), [
    "Ivo Marten | election |  | unlikely | ",
  ]);
});

test("planned, happened and possible: a ceasefire that begins at midnight, shots not fired, hours spent, 'expect to'", () => {
  const said = (words: string) => readings(`“${words},” Foreign Minister Maria Haske said.`);
  assert.deepEqual(said("The ceasefire begins at midnight"), ["Maria Haske | ceasefire |  | planned | "]);
  assert.deepEqual(said("Not one shot has been fired on this river since the ceasefire of February"), [
    "Maria Haske | ceasefire |  | happened | ",
  ]);
  assert.deepEqual(said("President Ivo Marten and I spent three hours alone this morning"), [
    "Maria Haske | meeting | Ivo Marten+Maria Haske | happened | ",
  ]);
  assert.deepEqual(said("We expect to sign the peace agreement before the rains come in July"), [
    "Maria Haske | agreement |  | possible | ",
  ]);
  assert.deepEqual(said("We are ready to sign a ceasefire tomorrow, before breakfast if they like"), [
    "Maria Haske | ceasefire |  | possible | ",
  ]);
  assert.deepEqual(
    readings(
      "Talks on the accord ended.\n\n“The text will be signed exactly as it was written,” Maria Haske said.",
    ),
    ["Maria Haske | agreement |  | planned | "],
  );
});

test("ruled out until: 'no transfer of the concession will be approved before the audit'", () => {
  assert.deepEqual(
    readings(
      "Maria Haske said that no transfer of the concession will be approved before the audit is completed.",
    ),
    ["Maria Haske | agreement |  | ruled_out | before the audit is completed"],
  );
});

test("a deal that 'will close once X' is conditional, one 'not going to close while X' ruled out, 'it's done' happened", () => {
  const said = (words: string) => readings(`Minister Maria Haske said the merger ${words}.`);
  assert.deepEqual(said("“will close in June, once the concession is signed”"), [
    "Maria Haske | agreement |  | conditional | once the concession is signed",
  ]);
  assert.deepEqual(said("“is not going to close this year, not while the port is frozen”"), [
    "Maria Haske | agreement |  | ruled_out | while the port is frozen",
  ]);
  assert.deepEqual(
    readings(
      "The prisoner exchange took place at dawn.\n\n“It's done. The exchange went well,” General Dan Kessler said.",
    ),
    ["Dan Kessler | prisoner-exchange |  | happened | "],
  );
});

test("words are not dated after their publication: a misread date falls back to the publication's", () => {
  const { stances } = analyse(
    "President Ivo Marten said on Monday 2 June that the peace agreement would be signed.",
    "2026-05-04",
  );
  assert.deepEqual(
    stances.map((s) => s.date),
    ["2026-05-04"],
  );
});

test("an answer to the speaker's own denial of a report speaks of the report's first event", () => {
  const text =
    "Prime Minister Ivo Marten spoke on Monday.\n\nSpokeswoman Maria Haske also denied a report that the prime minister would fly to Osk for the opening of the talks on March 18. “There is no such plan. The prime minister will be in Vell on the 18th,” she said.";
  assert.ok(readings(text).includes("Maria Haske | visit | Ivo Marten | unlikely | "));
  assert.ok(!readings(text).some((r) => r.includes("talks")));
});

test("idioms: 'a matter of weeks', 'does not arise as long as', 'would not put my money on it', 'flies to X on'", () => {
  const said = (words: string) => readings(`Minister Maria Haske said ${words}.`);
  assert.deepEqual(said('an early general election was "now only a matter of weeks"'), [
    "Maria Haske | election |  | possible | ",
  ]);
  assert.deepEqual(
    said("that a call between the two leaders “does not arise as long as Osk keeps our sailors”"),
    ["Maria Haske | call |  | ruled_out | as long as Osk keeps our sailors"],
  );
  assert.deepEqual(said("“A peace agreement in April? Today I would not put my own money on it”"), [
    "Maria Haske | agreement |  | unlikely | ",
  ]);
  assert.deepEqual(said("“The President flies to Osk on 6 June”"), ["Maria Haske | visit |  | planned | "]);
  assert.deepEqual(
    readings(
      "“I am ready to sit down with President Ivo Marten in Osk, next week if he likes,” Prime Minister Maria Haske said.",
    ),
    ["Maria Haske | meeting | Ivo Marten+Maria Haske | possible | "],
  );
});

test("meetings: 'X and I sat at one table', 'we shook hands'; exchanges: 'could be home', 'bring our engineers home'", () => {
  assert.deepEqual(
    readings("“President Ivo Marten and I sat at one table for two hours,” Prime Minister Maria Haske said."),
    ["Maria Haske | meeting | Ivo Marten+Maria Haske | happened | "],
  );
  assert.deepEqual(
    readings(
      "Opposition leader Tomas Ferro went to see Prime Minister Ivo Marten on Friday.\n\n“We drank tea, we disagreed, we shook hands,” Ferro said.",
    ),
    ["Tomas Ferro | meeting | Ivo Marten+Tomas Ferro | happened | "],
  );
  const named = "The prisoner exchange between Osk and Vell was agreed on Monday.\n\n";
  assert.deepEqual(
    readings(
      `${named}Minister Maria Haske said the five sailors of the Hai Au 7 "could be home within weeks".`,
    ),
    ["Maria Haske | prisoner-exchange |  | possible | "],
  );
  assert.deepEqual(
    readings(`${named}“We are ready to bring our nine engineers home,” Minister Maria Haske said.`),
    ["Maria Haske | prisoner-exchange |  | possible | "],
  );
  assert.deepEqual(readings(`${named}“Nine of ours came across at noon,” Minister Maria Haske said.`), [
    "Maria Haske | prisoner-exchange |  | happened | ",
  ]);
});

test("'the exchange' and people coming home count in an article about people held, without 'prisoner exchange'", () => {
  const held = "Nine engineers have been detained in Osk since January.\n\n";
  assert.deepEqual(readings(`${held}“Our nine will be home on Monday,” Minister Maria Haske said.`), [
    "Maria Haske | prisoner-exchange |  | planned | ",
  ]);
  assert.deepEqual(readings(`${held}“The exchange is done,” Minister Maria Haske said.`), [
    "Maria Haske | prisoner-exchange |  | happened | ",
  ]);
  // an exchange of views is none, and without anyone held the words name nothing
  assert.deepEqual(readings(`${held}“We had an exchange of views,” Minister Maria Haske said.`), []);
  assert.deepEqual(readings("“Our nine will be home on Monday,” coach Maria Haske said."), []);
  // "come home on Monday" is still to happen
  assert.ok(
    !readings(`${held}Maria Haske said the nine engineers come home on Monday.`).some((r) =>
      r.includes("happened"),
    ),
  );
});
