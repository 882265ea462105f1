/**
 * Wordings of a stance that name their event by a verb or an idiom ("sit across a table from", "will come to",
 * "spoke for forty minutes"), and speakers a wire lede or an inverted "nor" hides. Invented articles.
 */
import assert from "node:assert/strict";
import { test } from "node:test";
import { analyse, readings, speakers } from "./analyse.ts";

test("'sit across a table from X' and 'sit at the same table as X' are meetings with X", () => {
  assert.deepEqual(
    readings(
      "President Ivo Marten of Osk spoke on Sunday. “I am not afraid to sit across a table from Prime Minister Lina Haske. It can happen,” Marten said.",
    ),
    ["Ivo Marten | meeting | Ivo Marten+Lina Haske | possible | "],
  );
});

test("'Nor, he said, would he sit …' is a refusal by the speaker of the sentence before", () => {
  const text =
    "Prime Minister Lina Haske rejected the demand on Monday.\n\n“There will be no vote while the river is in dispute,” Haske said, replying to the opposition leader, Tomas Ferro, who had accused her of weakness.\n\nNor, she said, would she sit at the same table as President Ivo Marten “while his boats fire across the river”.";
  assert.ok(
    readings(text).includes(
      "Lina Haske | meeting | Ivo Marten+Lina Haske | ruled_out | while his boats fire across the river",
    ),
  );
});

test("people of any trade are exchanged, and 'the exchange is done' says it happened", () => {
  assert.deepEqual(
    readings(
      "Interior Minister Ana Reis said the four engineers and the six boatmen would be exchanged on the bridge.",
    ),
    ["Ana Reis | prisoner-exchange |  | planned | "],
  );
  assert.deepEqual(
    readings(
      "Osk and Vell completed a prisoner exchange on Friday.\n\n“The exchange is done. Ten people crossed,” Interior Minister Ana Reis said.",
    ),
    ["Ana Reis | prisoner-exchange |  | happened | "],
  );
});

test("'no longer part of the conversation', 'not on the calendar', 'not being discussed' are unlikely", () => {
  assert.deepEqual(
    readings(
      'Trade Minister Jon Ekdal said sanctions against Vell were "no longer part of the conversation".',
    ),
    ["Jon Ekdal | sanctions |  | unlikely | "],
  );
  assert.deepEqual(
    readings("Spokesman Rui Lobo said a visit by the president “is not being discussed for now”."),
    ["Rui Lobo | visit |  | unlikely | "],
  );
  assert.deepEqual(
    readings(
      "Spokesman Rui Lobo said that a meeting between President Ivo Marten and Tomas Ferro “is not on the calendar”.",
    ),
    ["Rui Lobo | meeting | Ivo Marten+Tomas Ferro | unlikely | "],
  );
});

test("'will come to Vell' is a planned visit; 'come to terms' is none", () => {
  assert.deepEqual(
    readings("Prime Minister Lina Haske said President Ivo Marten will come to Vell in September."),
    ["Lina Haske | visit | Ivo Marten | planned | "],
  );
  assert.deepEqual(
    readings("Prime Minister Lina Haske said the two sides will come to terms in September."),
    [],
  );
});

test("in an article about a phone call, 'spoke for forty minutes' and 'I called him' say the call happened", () => {
  const text =
    "The leaders of Osk and Vell held their first phone call on Monday.\n\n“The prime minister and the president spoke for forty minutes,” spokesman Rui Lobo said.\n\n“I called him, and he answered at once,” President Ivo Marten told reporters.";
  assert.deepEqual(readings(text), [
    "Rui Lobo | call |  | happened | ",
    "Ivo Marten | call |  | happened | ",
  ]);
});

test("'will be at the negotiating table', 'would not return to talks until …', 'received X this afternoon'", () => {
  assert.deepEqual(
    readings("“We will be at the negotiating table on Monday,” union leader Dan Kessler said."),
    ["Dan Kessler | talks |  | planned | "],
  );
  assert.deepEqual(
    readings(
      "Union leader Dan Kessler said the union would not return to talks until the jobs are guaranteed.",
    ),
    ["Dan Kessler | talks |  | ruled_out | until the jobs are guaranteed"],
  );
  assert.deepEqual(
    readings(
      "President Ivo Marten met the union on Tuesday. “The president received Mr Kessler this afternoon for an hour,” spokeswoman Eva Lind said.",
    ).filter((r) => r.startsWith("Eva Lind")),
    ["Eva Lind | meeting | Ivo Marten+Kessler | happened | "],
  );
  const asked = readings(
    "President Ivo Marten was in Vell. Union leader Dan Kessler said he had asked three times to be received by President Ivo Marten.",
  );
  assert.ok(
    asked.every((r) => !r.includes("happened")),
    asked.join("\n"),
  );
});

test("a wire lede's description is the person the next paragraph names; the dateline is no part of it", () => {
  const { statements } = analyse(
    "VELL, April 11 (Nordpress) - The leader of the pilots' union said on Tuesday that the strike would end on Friday.\n\n“We have a promise in writing,” Dan Kessler, secretary-general of the union, told Nordpress.",
  );
  assert.deepEqual(
    statements.map((s) => s.speaker?.name),
    ["Dan Kessler", "Dan Kessler"],
  );
  const { statements: unnamed } = analyse(
    "VELL, April 11 (Nordpress) - The government said on Tuesday that the strike would end on Friday.\n\n“We have a promise in writing,” Dan Kessler, secretary-general of the union, told Nordpress.",
  );
  assert.equal(unnamed[0]?.speaker?.name, "The government");
  // and a later "the leader" is that person too
  assert.deepEqual(
    speakers(
      "VELL, April 11 (Nordpress) - The union's leader said on Tuesday that the strike would end on Friday.\n\n“We have a promise in writing,” Maria Haske told Nordpress.\n\nAsked whether the pilots would fly on Saturday, the leader said: “They will.”",
    ),
    ["Maria Haske", "Maria Haske", "Maria Haske"],
  );
});

test('the person a question names is not its answer\'s "she"', () => {
  assert.deepEqual(
    speakers(
      "“The talks are over,” spokeswoman Maria Haske told reporters.\n\nAsked whether President Han Do-seok would still travel to Osk, she said: “A journey is not in the diary.”",
    ),
    ["Maria Haske", null, "Maria Haske"],
  );
});

test("'would go home only if X sends our engineers' is an exchange on that condition", () => {
  assert.deepEqual(
    readings(
      "Foreign Minister Ana Reis told parliament that the nine boatmen held in Vell would go home “only if Osk sends our six engineers across the bridge”.",
    ),
    ["Ana Reis | prisoner-exchange |  | conditional | if Osk sends our six engineers across the bridge"],
  );
});

test("an answer to a question: 'No. I will not call him while …', 'Not while the strike call stands'", () => {
  const call = readings(
    "President Ivo Marten spoke on Tuesday.\n\nAsked whether he would pick up the telephone to Prime Minister Lina Haske, Marten said: “No. I will not call him while his soldiers shoot at our boatmen.”",
  );
  assert.deepEqual(call, [
    "Ivo Marten | call | Ivo Marten+Lina Haske | ruled_out | while his soldiers shoot at our boatmen",
  ]);
  const { stances } = analyse(
    "Union leader Dan Kessler called a strike against President Ivo Marten's plan.\n\nAsked at her Wednesday briefing whether the president would receive Dan Kessler before the strike the union has called for 9 March, presidential spokeswoman Eva Lind said: “Not while the strike call stands.”",
    "2026-02-26",
  );
  assert.deepEqual(
    stances.map((s) => [s.holder, s.proposition.participants.join("+"), s.stance, s.condition, s.date]),
    [["Eva Lind", "Dan Kessler+Ivo Marten", "ruled_out", "while the strike call stands", "2026-02-25"]],
  );
});

test("'X and I talked for two hours' is a meeting; 'X and Y spoke by telephone' then 'I called him' is their call", () => {
  assert.deepEqual(
    readings(
      "President Ivo Marten signed the treaty. “Prime Minister Lina Haske and I talked for two hours before anybody brought out a pen,” Marten said.",
    ),
    ["Ivo Marten | meeting | Ivo Marten+Lina Haske | happened | "],
  );
  assert.deepEqual(
    readings(
      "President Ivo Marten and Prime Minister Lina Haske spoke by telephone on Monday, both governments said.\n\n“I called him, and he answered at once,” Marten told reporters.",
    ).at(-1),
    "Ivo Marten | call | Ivo Marten+Lina Haske | happened | ",
  );
});

test("'she' after a sentence opening 'A summit between President X …' is the speaker before, not X", () => {
  const { statements } = analyse(
    "“It was a courtesy,” spokeswoman Eva Lind told reporters. A summit between President Ivo Marten and Prime Minister Lina Haske was “premature”, she said.",
  );
  assert.deepEqual(
    statements.map((s) => s.speaker?.name),
    ["Eva Lind", "Eva Lind"],
  );
});

test("a frame inside the words' condition is no stance: 'could be signed if it goes into the merger contract'", () => {
  assert.deepEqual(
    readings(
      "Union leader Dan Kessler said a job agreement could be signed “within days, if the guarantee goes into the merger contract”.",
    ),
    ["Dan Kessler | agreement |  | conditional | if the guarantee goes into the merger contract"],
  );
});

test("a contract is an agreement; 'the ceasefire has held', 'has called an early election', 'going to Vell'", () => {
  assert.deepEqual(
    readings("Energy Minister Petr Lind said a gas contract could be signed before the end of May."),
    ["Petr Lind | agreement |  | possible | "],
  );
  assert.deepEqual(readings("“The ceasefire has held since September,” farmer Nina Vos said."), [
    "Nina Vos | ceasefire |  | happened | ",
  ]);
  assert.deepEqual(readings("“I am going to Vell on the twelfth,” Energy Minister Petr Lind said."), [
    "Petr Lind | visit |  | planned | ",
  ]);
  assert.deepEqual(readings("“I am going to sign nothing,” Energy Minister Petr Lind said."), []);
  const called = analyse(
    "President Ivo Marten has called an early parliamentary election for 16 December after the coalition collapsed over the exchange of prisoners.",
  ).stances.map((s) => [s.proposition.event, s.stance]);
  assert.deepEqual(called, [["election", "planned"]]);
});

test("refusals and doubts: 'nothing of the kind is planned', 'no sense in meeting him', 'removed from the agenda'", () => {
  const text =
    "President Ivo Marten and President Oren Haldor met in May.\n\n“I see no sense in meeting him now,” Marten said. “The question of sanctions has been removed from the agenda,” Foreign Minister Ana Reis said.";
  assert.deepEqual(readings(text), [
    "Ivo Marten | meeting | Ivo Marten+Oren Haldor | unlikely | ",
    "Ana Reis | sanctions |  | unlikely | ",
  ]);
  assert.deepEqual(
    readings(
      "President Ivo Marten and President Oren Haldor spoke by phone in May.\n\nAsked about a second phone call, spokesman Rui Lobo said: “Nothing of the kind is planned for now.” Later he added: “The president will not call.”",
    ),
    [
      "Rui Lobo | call | Ivo Marten+Oren Haldor | unlikely | ",
      "Rui Lobo | call | Ivo Marten+Oren Haldor | ruled_out | ",
    ],
  );
});

test("'When the exchange is done, I will meet X' is a meeting on that condition; 'We sat alone for two hours'", () => {
  assert.deepEqual(
    readings(
      "President Ivo Marten spoke in Vell. “When the exchange is done, I will meet President Oren Haldor,” Marten said.",
    ),
    ["Ivo Marten | meeting | Ivo Marten+Oren Haldor | conditional | When the exchange is done"],
  );
  assert.deepEqual(
    readings(
      "President Ivo Marten and President Oren Haldor met in Vell on Tuesday.\n\n“We sat alone for two hours, without notes,” Marten said.",
    ),
    ["Ivo Marten | meeting | Ivo Marten+Oren Haldor | happened | "],
  );
});

test("'a meeting of the presidents' with none named before is the article's two heads of state, not a party leader", () => {
  const text =
    "President Ivo Marten of Osk and President Oren Haldor of Vell have not met since the clash. Opposition leader Ana Reis called for talks.\n\n“It is premature to talk about a meeting of the presidents,” spokesman Rui Lobo said.";
  assert.deepEqual(readings(text).at(-1), "Rui Lobo | meeting | Ivo Marten+Oren Haldor | unlikely | ");
});

test("'meet his counterpart, X, once …' names X; an answer 'Not now' is unlikely", () => {
  assert.deepEqual(
    readings(
      "President Ivo Marten said he would meet his Vellian counterpart, Viktor Haldor, once the soldiers had come home.",
    ),
    ["Ivo Marten | meeting | Ivo Marten+Viktor Haldor | conditional | once the soldiers had come home"],
  );
  assert.deepEqual(
    readings(
      'Asked whether he still wanted to meet President Oren Haldor, President Ivo Marten replied: "Not now. When our boys are home, we will see."',
    ).at(-1),
    "Ivo Marten | meeting | Ivo Marten+Oren Haldor | unlikely | ",
  );
});

test("'the detained would be exchanged', 'No signature will go on a contract while …', 'We talked for ninety minutes'", () => {
  assert.deepEqual(
    readings("Deputy Minister Petr Lind said the detained would be exchanged in the first days of May."),
    ["Petr Lind | prisoner-exchange |  | planned | "],
  );
  assert.deepEqual(
    readings(
      "“No Oskan signature will go on a transit contract while our guards sit in Vellian cells,” President Ivo Marten said.",
    ),
    ["Ivo Marten | agreement |  | ruled_out | while our guards sit in Vellian cells"],
  );
  assert.deepEqual(
    readings(
      "President Ivo Marten received opposition leader Viktor Haldor on Tuesday.\n\n“We talked for ninety minutes,” Haldor told reporters.",
    ).at(-1),
    "Viktor Haldor | meeting | Ivo Marten+Viktor Haldor | happened | ",
  );
  assert.deepEqual(
    analyse(
      'Opposition leader Viktor Haldor of Civic Path, whose party was barred, said he was ready to meet the president "at any hour".',
    ).statements.map((s) => s.speaker?.name),
    ["Viktor Haldor"],
  );
});

test("honorifics are no part of a name, and 'Sheikh Mansour' / 'Pak Surya' are the full names that open so", () => {
  const { statements, entities } = analyse(
    "Sheikh Mansour bin Khalid al-Harithi arrived on Monday. “When our guards are home, I will meet him,” Sheikh Mansour said. Datuk Seri Azman Yusof agreed.",
  );
  assert.deepEqual(
    statements.map((s) => s.speaker?.name),
    ["Mansour bin Khalid al-Harithi"],
  );
  assert.deepEqual(
    entities.filter((e) => e.type === "person").map((e) => e.name),
    ["Mansour bin Khalid al-Harithi", "Azman Yusof"],
  );
});

test("a port concession is an agreement; 'will be our guest' is a visit; 'all options are open'; 'not on his calendar'", () => {
  assert.deepEqual(
    readings(
      "Minister Petr Lind said the concession for the new terminal could be signed before the end of the year.",
    ),
    ["Petr Lind | agreement |  | possible | "],
  );
  assert.deepEqual(readings("“The emir will be our guest in November,” spokeswoman Eva Lind said."), [
    "Eva Lind | visit |  | planned | ",
  ]);
  assert.deepEqual(
    readings("“All options are open, including an early election,” spokeswoman Eva Lind said."),
    ["Eva Lind | election |  | possible | "],
  );
  assert.deepEqual(
    readings("Spokeswoman Eva Lind said the visit “is not on the president's calendar for October”."),
    ["Eva Lind | visit |  | unlikely | "],
  );
});

test("'Azman said' after 'Azman Yusof' is him; a given name someone bears as a surname is not joined", () => {
  assert.deepEqual(
    speakers("Foreign Minister Azman Yusof hosted the talks. “They will meet again,” Azman said."),
    ["Azman Yusof"],
  );
  const people = analyse("Peter Paul and Paul Weller met. Paul said nothing.").entities.filter(
    (e) => e.type === "person",
  );
  // "Paul" is Peter Paul's surname: the lone name is not taken for Paul Weller's given name
  assert.deepEqual(people.find((e) => e.name === "Paul Weller")?.mentions.length, 1);
});

test("a dateline's place takes no role; 'It is possible.' answers the question's meeting", () => {
  const text =
    "TELL ASWAD, Oct 13 (Nordpress) - President Viktor Haldor and the emir, Ivo Marten, spoke by phone.\n\nAsked whether a meeting of the two leaders was now possible, spokesman Rui Lobo said: “It is possible. It is not yet in the diary.”";
  const { entities } = analyse(text);
  assert.equal(entities.find((e) => e.name === "TELL ASWAD")?.type, "place");
  assert.deepEqual(readings(text).at(-1), "Rui Lobo | meeting | Ivo Marten+Viktor Haldor | possible | ");
});

test("'can have a signed agreement' and 'within reach' are possible; 'before midsummer' is a time, not a condition", () => {
  assert.deepEqual(
    readings("Trade Minister Eva Lind said: “I think we can have a signed agreement within three months.”"),
    ["Eva Lind | agreement |  | possible | "],
  );
  assert.deepEqual(
    readings(
      "Spokesman Jo Park said an exchange of the fishermen for the crew of the seized ship “is within reach”.",
    ),
    ["Jo Park | prisoner-exchange |  | possible | "],
  );
  assert.deepEqual(readings("Chairman Ole Dahl said an agreement “could be signed before midsummer”."), [
    "Ole Dahl | agreement |  | possible | ",
  ]);
  assert.deepEqual(readings("Chairman Ole Dahl said the two leaders signed an agreement on Monday."), [
    "Ole Dahl | agreement |  | happened | ",
  ]);
});

test("'sanctions have left the table' is unlikely; delegations that 'come back' hold talks; a cabinet secretary is a role", () => {
  assert.deepEqual(
    readings("Interior Minister Ken Mori told reporters that “sanctions have left the table”."),
    ["Ken Mori | sanctions |  | unlikely | "],
  );
  assert.deepEqual(
    readings(
      "The mediator, Ingrid Lunde, said: “The delegations will come back to Osterby in the last week of April.”",
    ),
    ["Ingrid Lunde | talks |  | planned | "],
  );
  assert.deepEqual(
    speakers(
      "Chief Cabinet Secretary Mariko Tanabe said on Monday: “No meeting is being considered at present.”",
    ),
    ["Mariko Tanabe"],
  );
});

test("'will be in X from … to …' and 'leaves for X' are planned visits; 'will be in X on the 18th' is no visit", () => {
  assert.deepEqual(
    readings(
      "Spokeswoman Ana Berg said that President Ivo Marten “will be in Vell from the second to the fourth of June”.",
    ),
    ["Ana Berg | visit |  | planned | "],
  );
  assert.deepEqual(
    readings("Spokeswoman Ana Berg said the prime minister leaves for Osterby on the evening of June 2."),
    ["Ana Berg | visit |  | planned | "],
  );
  assert.deepEqual(
    readings(
      "Spokeswoman Ana Berg said: “There is no such plan. The prime minister will be in Osterby on the 18th.”",
    ),
    [],
  );
});

test("'will meet X when the exchange is done' waits on it; 'before the campaign is a week old' is a time", () => {
  assert.deepEqual(
    readings(
      "Spokeswoman Ana Berg said: “The president will meet Mr Ferro when the exchange is done, and the sooner the better.”",
    ),
    ["Ana Berg | meeting | Ferro | conditional | when the exchange is done"],
  );
  assert.deepEqual(
    readings(
      "Prime Minister Tomas Ferro said: “Before the campaign is a week old, I will sit down with President Ana Reis.”",
    ),
    ["Tomas Ferro | meeting | Ana Reis+Tomas Ferro | planned | "],
  );
  // a "when" that dates the meeting is no condition
  const dated = readings(
    "Prime Minister Tomas Ferro said he will meet President Ana Reis when she visits Osk in May.",
  );
  assert.ok(dated.includes("Tomas Ferro | meeting | Ana Reis+Tomas Ferro | planned | "));
  assert.ok(dated.every((r) => !r.includes("conditional")));
});

test("'will choose a new Assembly' is an election, 'ruled out a dissolution' rules one out, 'on the line for' a call", () => {
  assert.deepEqual(
    readings("Prime Minister Ken Aoki said: “Voters will choose a new Assembly on Sunday, June 23.”"),
    ["Ken Aoki | election |  | planned | "],
  );
  assert.deepEqual(readings("Prime Minister Ken Aoki said he had ruled out a dissolution this year."), [
    "Ken Aoki | election |  | ruled_out | ",
  ]);
  assert.deepEqual(readings("Ken Aoki said the dissolution of the company was complete."), []);
  assert.deepEqual(
    readings(
      "Spokeswoman Ana Berg said: “President Reis and Prime Minister Ferro were on the line for almost an hour.”",
    ),
    ["Ana Berg | call |  | happened | "],
  );
});

test("in an article about a merger, 'a signature' and 'the signing' are its agreement", () => {
  const text =
    "Talks on the merger of Osk Shipyards and Vell Marine stalled on Monday.\n\n“A signature before the summer is now hard to imagine,” the chief executive, Eva Lind, said.";
  assert.ok(readings(text).includes("Eva Lind | agreement |  | unlikely | "));
  // elsewhere a signature is no agreement
  assert.deepEqual(
    readings("“A signature before the summer is now hard to imagine,” the chief executive, Eva Lind, said."),
    [],
  );
});

test("'a meeting of the presidents' takes the article's two presidents, one of them 'Osk's President'", () => {
  const text =
    "“It is premature to talk about a meeting of the presidents,” spokesman Rui Lobo told reporters on Monday.\n\nPresident Ivo Marten and Osk's President Lina Haske have not spoken since the clash.";
  assert.deepEqual(readings(text), ["Rui Lobo | meeting | Ivo Marten+Lina Haske | unlikely | "]);
});

test("a quote that tells what happened and then concludes holds its conclusion", () => {
  const text =
    "President Ivo Marten spoke about President Lina Haske on Friday.\n\n“I offered to meet her anywhere. She answered that she only meets to sign. So a meeting in the coming months is unlikely,” Marten said.";
  assert.deepEqual(readings(text), ["Ivo Marten | meeting | Ivo Marten+Lina Haske | unlikely | "]);
});
