/**
 * Everyday wordings of doubt, plans and trades; the two leaders as a meeting's people; a speaker before "whose";
 * Nordic patronymics as names of people. Invented sentences.
 */
import assert from "node:assert/strict";
import { test } from "node:test";
import { analyse, readings } from "./analyse.ts";

test("'nobody is talking about a summit', 'there is no call planned', 'dropped off our list' are unlikely", () => {
  const text =
    'President Lena Varga met President Ivo Brant in Kessel in May. Foreign Minister Dora Fehr said: "Nobody in Kessel is talking about a summit." Spokesman Pal Rigo said: "There is no call planned." Fehr said sanctions had "dropped off our list".';
  assert.deepEqual(readings(text), [
    "Dora Fehr | meeting | Ivo Brant+Lena Varga | unlikely | ",
    "Pal Rigo | call |  | unlikely | ",
    "Dora Fehr | sanctions |  | unlikely | ",
  ]);
});

test("'I do not see a deal before March' and 'a settlement this month was unlikely' doubt an agreement", () => {
  const text =
    'The strike at the port entered its third week. "I do not see a deal before March," mediator Sigrun Vall said. Union leader Odd Brekke said a settlement this month was "unlikely, frankly".';
  assert.deepEqual(readings(text), [
    "Sigrun Vall | agreement |  | unlikely | ",
    "Odd Brekke | agreement |  | unlikely | ",
  ]);
});

test("'exchanged for the engineers' is an exchange; 'will not trade its engineers for' rules one out", () => {
  const text =
    'Interior Minister Mira Tesh said the 40 policemen would be exchanged for the 23 engineers within three weeks. Foreign Minister Anton Kell said: "Velm will not trade its engineers for men who crossed the border with rifles."';
  assert.deepEqual(readings(text), [
    "Mira Tesh | prisoner-exchange |  | planned | ",
    "Anton Kell | prisoner-exchange |  | ruled_out | ",
  ]);
});

test("'delegations will meet' are talks; 'the two presidents will meet' is a meeting of the article's two leaders", () => {
  const text =
    'President Lena Varga of Velm and President Ivo Brant of Osk accepted the offer. Sigrun Vall, the mediator, said delegations from Velm and Osk would meet at the guesthouse on Monday. "The two presidents will meet here on Tuesday the 4th," Vall said.';
  assert.deepEqual(readings(text), [
    "Sigrun Vall | talks |  | planned | ",
    "Vall | meeting | Ivo Brant+Lena Varga | planned | ",
  ]);
});

test("'the exchange will be all for all' is planned; 'the leaders will sign it' is planned, 'after the leaders have signed it' is not a signing", () => {
  const text =
    'The two sides hold 63 prisoners. "The exchange will be all for all," Interior Minister Mira Tesh said. The trade agreement is ready. Foreign Minister Dora Fehr said the text would be published "after the two leaders have signed it". Foreign Minister Anton Kell said: "The leaders will sign it in May."';
  assert.deepEqual(readings(text), [
    "Mira Tesh | prisoner-exchange |  | planned | ",
    "Anton Kell | agreement |  | planned | ",
  ]);
});

test("'X of the Y Party, whose …, said' is X; 'Hallgrim Einarsson and I met' names a person", () => {
  const text =
    'Opposition leader Haile Tesfay of the New Harvest Party, whose petition has 410,000 signatures, said he would meet President Dawit Alem "only after the election date is in the gazette". Prime Minister Ragna Tofte said: "Hallgrim Einarsson and I met this morning for two hours."';
  assert.deepEqual(readings(text), [
    "Haile Tesfay | meeting | Dawit Alem+Haile Tesfay | conditional | after the election date is in the gazette",
    "Ragna Tofte | meeting | Hallgrim Einarsson+Ragna Tofte | happened | ",
  ]);
});

test("'Velm's foreign minister said' is the foreign minister the article named; 'the Prime Minister said' after a sentence that opens with a person is that person", () => {
  const text =
    'Foreign Minister Mira Kell of Velm opened the forum on the gas agreement on Monday. "We will not sign while shells are landing nearby," Velm\'s foreign minister said.\n\nIngrid Tofte, who had refused to go near the port while the strike lasted, will travel there this weekend. "I will go to Sandvik on Saturday," the Prime Minister said.';
  assert.deepEqual(readings(text), [
    "Mira Kell | agreement |  | ruled_out | while shells are landing nearby",
    "Ingrid Tofte | visit |  | planned | ",
  ]);
});

test("'will sign the day X writes …' and 'possible on the day X units go back' are conditional; 'the day after tomorrow' only dates", () => {
  const text =
    'The refinery agreement is ready. "Velm will sign the agreement the day Ostmark writes sixty per cent into the contract," Energy Minister Anton Kell said. "A ceasefire is possible on the day Oskan units go back to their posts," Foreign Minister Mira Tesh said. "We will sign the contract the day after tomorrow," Trade Minister Ivo Brant said.';
  assert.deepEqual(readings(text), [
    "Anton Kell | agreement |  | conditional | the day Ostmark writes sixty per cent into the contract",
    "Mira Tesh | ceasefire |  | conditional | the day Oskan units go back to their posts",
    "Ivo Brant | agreement |  | planned | ",
  ]);
});

test("'we meet again in X on October 10' in a report on talks is their next round, planned", () => {
  const text =
    'The talks between Velm and Osk ended on Friday without a deal. "We meet again in Sarykent on October 10," said chief negotiator Petr Lebedev.';
  assert.deepEqual(readings(text), ["Petr Lebedev | talks |  | planned | "]);
});

test("'a meeting between X and his Osk counterpart, Y' is X and Y's, and 'a summit' later in the spokesman's words too", () => {
  const text =
    'Spokesman Pal Rigo played down talk of a meeting between Velm\'s President Anton Kell and his Oskan counterpart, Yohannes Tekle. "Nobody in Kessel is talking about a summit," Rigo told reporters on Monday.';
  assert.deepEqual(readings(text), [
    "Pal Rigo | meeting | Anton Kell+Yohannes Tekle | unlikely | ",
    "Pal Rigo | meeting | Anton Kell+Yohannes Tekle | unlikely | ",
  ]);
});

test("„…,“ X told the radio, „…“ is one statement of his, read as “…,” X said, “…” is", () => {
  const text =
    "The exchange of prisoners was agreed on Monday. „The exchange,“ Foreign Minister Einar Berg told the radio, „will not take place while shells fall.“";
  assert.deepEqual(readings(text), ["Einar Berg | prisoner-exchange |  | ruled_out | while shells fall"]);
});

test("honorifics (Ato, Daw, U) are no part of a name, and a speaker after '…, U X, spokesman, said' keeps the words before", () => {
  const text =
    'Opposition leader Haile Gebremariam met President Dawit Alem on Friday. Ato Haile said the meeting had been "correct, and shorter than I expected". President Zaw Min Htet will sign the water agreement next month, U Thein Lwin, spokesman of the President\'s Office, said on Wednesday.';
  assert.deepEqual(readings(text), [
    "Haile Gebremariam | meeting | Dawit Alem+Haile Gebremariam | happened | ",
    "Thein Lwin | agreement |  | planned | ",
  ]);
});

test("'will not sanction either side', 'a few lines away from a signature', 'not one engineer will cross … until'", () => {
  const text =
    'The strike entered its third week. "Eyrland will not sanction either side as long as we are carrying messages," Prime Minister Ingrid Tofte said. Mediator Anna Berg said the two sides were "a few lines away from a signature" of the agreement. "Not one engineer will cross that bridge until the shelling has stopped," Foreign Minister Mira Tesh said of the planned prisoner exchange.';
  assert.deepEqual(readings(text), [
    "Ingrid Tofte | sanctions |  | ruled_out | as long as we are carrying messages",
    "Mediator Anna Berg | agreement |  | possible | ",
    "Mira Tesh | prisoner-exchange |  | ruled_out | until the shelling has stopped",
  ]);
});

test("'we will not go back to the mediator's office until …' and 'we are back at the table' speak of the article's talks", () => {
  const text =
    'Talks between the port employers and the union broke down on Monday. "We will not go back to the mediator\'s office until the employers pay the bonus," union leader Odd Brekke said. On Friday he said: "We will be there on Monday. The bonus is back on the table, so we are back at the table."';
  assert.deepEqual(readings(text), [
    "Odd Brekke | talks |  | ruled_out | until the employers pay the bonus",
    "Odd Brekke | talks |  | planned | ",
  ]);
});

test("a split quote's evidence is the part that names the event, unless that part is the event's name alone", () => {
  const evidence = (text: string) => {
    const a = analyse(text);
    return a.stances.map((t) => a.statements.find((s) => s.id === t.statementId)?.content.text);
  };
  const agreed = "The exchange of prisoners was agreed on Monday. ";
  assert.deepEqual(
    evidence(
      `${agreed}"There will be no exchange," Foreign Minister Einar Berg said, "while shells fall on our villages."`,
    ),
    ["There will be no exchange"],
  );
  assert.deepEqual(
    evidence(
      `${agreed}"The exchange," Foreign Minister Einar Berg said, "will not take place while shells fall."`,
    ),
    ["will not take place while shells fall."],
  );
});

test("'X did not answer a question on whether …', 'declined to say whether …' take no position", () => {
  const text =
    "Talks between Velm and Osk resumed on Monday. Foreign Minister Mira Tesh did not answer a question on whether a delegation would travel to Kessel. Prime Minister Tomas Vell declined to say whether he would meet President Ivo Brant.";
  assert.deepEqual(readings(text), []);
});

test("'Spokesman X, asked whether …, Y, said:' is X's answer, and the question put to him is no position", () => {
  const text =
    'Presidential spokesman Pal Rigo, asked whether President Anton Kell would telephone his Oskan counterpart, Ivo Brant, said: "There is no call planned."';
  assert.deepEqual(readings(text), ["Pal Rigo | call |  | unlikely | "]);
});

test("'I doubt it', 'none is on the schedule', 'goes ahead next Tuesday', 'from midnight the guns fall silent', and a cue on words that carry the article's event", () => {
  const text =
    'The port strike is in its fourth week and talks on a new agreement have stalled. "A deal this month? I doubt it very much," union leader Odd Brekke said. "I do not expect a signature before November," Labour Minister Anna Berg said.\n\nVelm and Osk agreed on a ceasefire and a prisoner exchange on Friday. "From midnight on Saturday the guns fall silent on both sides," Foreign Minister Mira Tesh said. "The exchange goes ahead next Tuesday," Interior Minister Ivo Brant said.';
  assert.deepEqual(readings(text), [
    "Odd Brekke | agreement |  | unlikely | ",
    "Anna Berg | agreement |  | unlikely | ",
    "Mira Tesh | ceasefire |  | planned | ",
    "Ivo Brant | prisoner-exchange |  | planned | ",
  ]);
});
