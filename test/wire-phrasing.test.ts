/**
 * Wire-copy phrasing through the whole article analysis: who is speaking when an adjunct, a relative clause or a
 * description stands between the name and the verb, and what stance the words take. Invented sentences.
 */
import assert from "node:assert/strict";
import { test } from "node:test";
import { analyse, readings, speakers } from "./analyse.ts";

test("a time adjunct, a relative clause or a description between the speaker and the verb", () => {
  assert.deepEqual(speakers("Interior Minister Karel Voss on Wednesday said the border would reopen."), [
    "Karel Voss",
  ]);
  assert.deepEqual(
    speakers(
      "Foreign Minister Petra Lindqvist, who will lead the delegation in Vell, told parliament on Tuesday that the border would reopen.",
    ),
    ["Petra Lindqvist"],
  );
  assert.deepEqual(
    speakers("Danel Ruus, the leader of the Dockworkers' Union of Varnia, said the strike would go on."),
    ["Danel Ruus"],
  );
});

test("'he' after 'Asked about it, presidential spokesman X was brief' is X, not the speaker before", () => {
  const text =
    "Foreign Minister Petra Lindqvist told parliament that the border would reopen.\nAsked about the request, presidential spokesman Jonas Ekberg was brief. “No such meeting is being prepared,” he said.";
  const quoted = analyse(text).statements.find((s) => s.content.text.startsWith("No such meeting"));
  assert.equal(quoted?.speaker?.name, "Jonas Ekberg");
});

test("'…, X said on Monday, nearly three weeks after …': the words are before the cue, not the adjunct", () => {
  const { statements } = analyse(
    "Varnia and Osk will send delegations to Vell for talks on the strait, Foreign Minister Anna Pell said on Monday, nearly three weeks after the clash.",
  );
  assert.equal(
    statements[0]?.content.text,
    "Varnia and Osk will send delegations to Vell for talks on the strait",
  );
});

test("a wire dateline is not part of the words", () => {
  const { statements } = analyse(
    "VELL, 2 October (Nordpress) — Talks between the ministry and the dockers' union will resume on Monday, Labour Minister Ines Moro said.",
  );
  assert.equal(
    statements[0]?.content.text,
    "Talks between the ministry and the dockers' union will resume on Monday",
  );
});

test("refusals and hedges carried by the verb: dismissed talk of, turned down, poured cold water on", () => {
  assert.deepEqual(
    readings(
      "Government spokeswoman Marta Velin on Tuesday dismissed talk of a summit between President Oren Haldor and Prime Minister Ivo Castel.",
    ),
    ["Marta Velin | meeting | Ivo Castel+Oren Haldor | unlikely | "],
  );
  assert.deepEqual(
    readings(
      "President Oren Haldor on Wednesday turned down a demand from the union leader Danel Ruus for a meeting.",
    ),
    ["Oren Haldor | meeting | Danel Ruus+Oren Haldor | ruled_out | "],
  );
  assert.deepEqual(readings("Danel Ruus, the union leader, poured cold water on hopes of a quick deal."), [
    "Danel Ruus | agreement |  | unlikely | ",
  ]);
  assert.deepEqual(
    readings(
      "Interior Minister Karel Voss brushed aside suggestions that President Oren Haldor and Prime Minister Ivo Castel could meet.",
    ),
    ["Karel Voss | meeting | Ivo Castel+Oren Haldor | unlikely | "],
  );
});

test("'may' the month is no possibility; 'will send delegations for talks' is a plan", () => {
  assert.deepEqual(
    readings(
      "Varnia and Osk will send delegations to Vell on May 3 for talks, Foreign Minister Anna Pell said.",
    ),
    ["Anna Pell | talks |  | planned | "],
  );
});

test("a condition that opens the speaker's next words, and a refusal to hand detainees over", () => {
  assert.deepEqual(
    readings(
      "“Sanctions are not off the table,” Minister Ivo Lund told deputies. “Unless the flow is back above 200 cubic metres by June, we will impose them.”",
    ),
    ["Ivo Lund | sanctions |  | conditional | Unless the flow is back above 200 cubic metres by June"],
  );
  assert.deepEqual(
    readings(
      "Talks on a prisoner exchange stalled. Minister Ivo Lund said Varnia would not hand over the four Oskan canal workers “while the men who fired on our post are walking free”.",
    ),
    ["Ivo Lund | prisoner-exchange |  | ruled_out | while the men who fired on our post are walking free"],
  );
});

test("'receive Osk's President X' and 'host his counterpart' name a meeting; 'no such meeting' refers back", () => {
  const text =
    "President Oren Haldor will receive Osk's President Ivo Lund in Vell later this month, his office said. “The president will host his counterpart on May 26,” spokeswoman Marta Velin told reporters. Asked about a second visit, Velin said no such meeting was being prepared.";
  assert.deepEqual(readings(text), [
    "Marta Velin | meeting | Ivo Lund+Oren Haldor | planned | ",
    "Marta Velin | meeting | Ivo Lund+Oren Haldor | unlikely | ",
  ]);
});

test("a group named as written ('the delegations') holds no stance of its own", () => {
  assert.deepEqual(readings("The delegations said a ceasefire was possible."), []);
});

test("plans and hedges in other words: delegations meeting again, a call that took place, a release for a release", () => {
  assert.deepEqual(readings("The delegations will meet again in Vell in April, mediator Anna Pell said."), [
    "Anna Pell | talks |  | planned | ",
  ]);
  assert.deepEqual(
    readings(
      "President Oren Haldor spoke to Prime Minister Ivo Lund by phone. A call took place on Monday evening, spokesman Karel Voss said.",
    ),
    ["Karel Voss | call |  | happened | "],
  );
  assert.deepEqual(
    readings(
      "Foreign Minister Petra Lindqvist said the crew of the survey ship would be released “only if Osk frees our seven fishermen in the same hour”.",
    ),
    [
      "Petra Lindqvist | prisoner-exchange |  | conditional | if Osk frees our seven fishermen in the same hour",
    ],
  );
  assert.deepEqual(
    readings(
      "“If that rig moves one more mile, Varnia will impose sanctions, and they will not be symbolic,” Minister Karel Voss said.",
    ),
    ["Karel Voss | sanctions |  | conditional | If that rig moves one more mile"],
  );
});

test("'see the prime minister', 'not in the prime minister's plans', 'glad to receive' within quotation marks", () => {
  const text =
    "Prime Minister Ivo Lund leads the coalition. Opposition leader Danel Ruus said: “I will see the prime minister on Thursday.” Spokeswoman Marta Velin said a meeting with Mr Ruus was not in the prime minister's plans. Later she said the prime minister would be “glad to receive” Ruus.";
  assert.deepEqual(readings(text), [
    "Danel Ruus | meeting | Danel Ruus+Ivo Lund | planned | ",
    "Marta Velin | meeting | Danel Ruus | unlikely | ",
    "Marta Velin | meeting | Danel Ruus+Ivo Lund | possible | ",
  ]);
});

test("'before the ceremony' is when, not a condition", () => {
  assert.deepEqual(
    readings(
      "Spokesman Karel Voss said President Oren Haldor will receive Prime Minister Ivo Lund at the palace before the ceremony.",
    ),
    ["Karel Voss | meeting | Ivo Lund+Oren Haldor | planned | "],
  );
});

test("an exchange of seamen completed, a parliament dissolved, a request to be received by the president", () => {
  assert.deepEqual(
    readings(
      "Varnia and Osk exchanged 18 detained seamen at sea on Thursday. “The exchange was completed at 14:10,” Foreign Minister Rania Lund told reporters.",
    ),
    ["Rania Lund | prisoner-exchange |  | happened | "],
  );
  assert.deepEqual(
    readings(
      "“I have asked the president to dissolve parliament. Varnians will go to the polls on June 20,” Prime Minister Ivo Castel said.",
    ),
    ["Ivo Castel | election |  | planned | "],
  );
  assert.deepEqual(
    readings(
      "President Oren Haldor spoke in Vell. Opposition leader Danel Ruus has asked three times to be received by the president. Asked about the requests, spokesman Karel Voss was brief. “No such meeting is being prepared,” he said.",
    ),
    ["Karel Voss | meeting | Danel Ruus+Oren Haldor | unlikely | "],
  );
});

test("'called talk of a ceasefire premature': the verb of calling reports a judgement", () => {
  assert.deepEqual(readings("Foreign Minister Ivo Lund called talk of a ceasefire premature."), [
    "Ivo Lund | ceasefire |  | unlikely | ",
  ]);
});

test("a refusal in a relative clause before the cue is not the speaker's stance on the words", () => {
  assert.deepEqual(
    readings(
      "President Oren Haldor, who rejected the plan, said a meeting with Prime Minister Ivo Castel was possible.",
    ),
    ["Oren Haldor | meeting | Ivo Castel+Oren Haldor | possible | "],
  );
});

test("'he' after a quote of several sentences is the subject of the sentence before the quote opened", () => {
  const text =
    "“The talks went well,” government spokeswoman Irena Dobra said on Thursday. Opposition leader Stefan Kolar gave his own account on Friday. “We met, we disagreed about everything. That is more than in March,” he told reporters.";
  assert.deepEqual(speakers(text), ["Irena Dobra", "Stefan Kolar"]);
});

test("a quote under the sentence that names the event speaks of it when its words hint at the event", () => {
  const lead =
    "Varnia and Osk exchanged nine sailors and five fishermen at the Holm bridge on Tuesday after two months of talks.";
  assert.deepEqual(
    readings(`${lead}\n\n“Nine came home, five went home,” Foreign Minister Petra Lindqvist told reporters.`),
    ["Petra Lindqvist | prisoner-exchange |  | happened | "],
  );
  assert.deepEqual(
    readings(
      "Varnia and Osk agreed on Monday to exchange the sailors each side holds.\n\n“Our nine men will be home within a month,” Foreign Minister Petra Lindqvist told reporters.",
    ),
    ["Petra Lindqvist | prisoner-exchange |  | planned | "],
  );
  // words with no hint of the event carry nothing, and words that name another frame speak of that one
  assert.deepEqual(
    readings(`${lead}\n\n“The water will keep flowing,” Foreign Minister Petra Lindqvist told reporters.`),
    [],
  );
  assert.deepEqual(
    readings(
      `${lead}\n\n“The guns will fall silent tonight,” Foreign Minister Petra Lindqvist told reporters.`,
    ),
    ["Petra Lindqvist | ceasefire |  | planned | "],
  );
});

test("how a named event went: 'the meeting with the president lasted three hours' happened", () => {
  assert.deepEqual(
    readings(
      "Union leader Tamir Oskbek was received by President Ora Venn on Tuesday. “The meeting with the president lasted three hours,” Oskbek said.",
    ),
    ["Tamir Oskbek | meeting | Ora Venn+Tamir Oskbek | happened | "],
  );
});

test("'told reporters … shortly after 3 a.m.' ends the sentence; a speakerless tagger cue inside the words yields", () => {
  const quoted = analyse(
    "“We have signed, and the trains run tomorrow,” union leader Tamir Oskbek told reporters outside the ministry shortly after 3 a.m.",
  ).statements;
  assert.deepEqual(
    quoted.map((s) => [s.speaker?.name, s.content.text]),
    [["Tamir Oskbek", "We have signed, and the trains run tomorrow"]],
  );
  assert.deepEqual(
    speakers(
      "Tamir Oskbek, the leader of the Dockworkers' Union of Varnia, poured cold water on hopes of a quick deal, saying the sides were far apart.",
    ).slice(0, 1),
    ["Tamir Oskbek"],
  );
});

test("'…, but only if X agreed to …' is no tail cue; a long opening phrase still leaves the subject for 'he'", () => {
  const text =
    "In a video address late in the evening, President Ora Venn thanked the mediators and said the exchange had worked. He said a meeting with Petra Lindqvist could now be possible, but only if Karl Dorn agreed to a ceasefire first.";
  const found = analyse(text).statements.map((s) => [s.speaker?.name ?? null, s.cue.text]);
  assert.deepEqual(found.at(-1), ["Ora Venn", "said"]);
  assert.equal(
    found.some(([, cue]) => cue === "agreed"),
    false,
  );
});

test("a nationality before the role, 'afterwards' after the cue, and the names of an apposition before 'met'", () => {
  const text =
    "The presidents of Osk and Varnia, Anna Berg and Petra Lindqvist, met at the castle on Thursday.\n\n“The meeting took place in a calm atmosphere,” Oskian presidential spokesman Jonas Ekberg told reporters afterwards.";
  assert.deepEqual(readings(text), ["Jonas Ekberg | meeting | Anna Berg+Petra Lindqvist | happened | "]);
});

test("'shake President X's hand' names a meeting with X", () => {
  const text =
    "Prime Minister Karl Dorn said he intended to close the file. “I intend to shake President Anna Berg's hand in her own capital before polling day, provided that the negotiators finish their homework,” he said.";
  assert.deepEqual(readings(text), [
    "Karl Dorn | meeting | Anna Berg+Karl Dorn | conditional | provided that the negotiators finish their homework",
  ]);
});

test("'…,” the host, Foreign Minister X, said' and '…, the foreign minister of Y, X, said on Monday, less than …'", () => {
  const host = analyse(
    'The talks ended on Friday. "Both delegations have initialled every page. The leaders will sign it on 9 May," the host, Foreign Minister Ana Ruiz Quiroga, said at the Casa del Mar.',
  ).statements;
  assert.deepEqual(
    host.map((s) => [s.speaker?.name, s.content.text.slice(0, 24)]),
    [["Ana Ruiz Quiroga", "Both delegations have in"]],
  );
  const lede = analyse(
    "VELL, Feb 14 (Nordpress) - Osk and Tarn will hold their first direct talks on February 28 in Vell, the foreign minister of Merced, Ana Ruiz, said on Monday, less than two weeks after the clash.",
  ).statements;
  assert.deepEqual(
    lede.map((s) => [s.speaker?.name, s.content.text]),
    [["Ana Ruiz", "Osk and Tarn will hold their first direct talks on February 28 in Vell"]],
  );
  // the company's role before the comma is no title of the name: the name after the comma still speaks
  assert.deepEqual(
    speakers(
      'The deal was signed. "We signed at nine this morning," Aeromar\'s chief executive, Luis Peral, told Mercado.',
    ),
    ["Luis Peral"],
  );
});

test("'she' is no man the given names know; a name with a Slavic or Turkic surname ending is a person", () => {
  const text =
    "Rogelio Ayala, 61, got his boat back. “They painted it,” he says.\n\nWhen the weekly asked Inés Albornoz, the foreign minister of Merced, what she remembered, she did not hesitate. “The river was kept by boatmen,” she said.";
  assert.deepEqual(speakers(text), ["Rogelio Ayala", "Inés Albornoz", "Inés Albornoz"]);
  const people = analyse("Bolat Ermekov and Tamaz Beridze arrived late.").entities.filter(
    (e) => e.type === "person",
  );
  assert.deepEqual(
    people.map((e) => e.name),
    ["Bolat Ermekov", "Tamaz Beridze"],
  );
});

test("'the minister said' is the minister who has been speaking, not one just named who has not", () => {
  const text =
    "Foreign Minister Tomas Ferro said on Monday that talks could open within days. “We are close,” Ferro told reporters.\n\nDeputy Foreign Minister Rui Lobo will lead the delegation, the minister said. Osk's Foreign Minister Ana Reis will chair the opening session.\n\nAsked about sanctions, the minister said: “We are not reaching for them.”";
  assert.deepEqual(speakers(text).slice(-2), ["Tomas Ferro", "Tomas Ferro"]);
  // nobody with the role has spoken: the one named last
  assert.deepEqual(
    speakers("Foreign Minister Ana Reis arrived in Osk on Monday. “We are ready,” the minister said."),
    ["Ana Reis"],
  );
});

test("'…, X told the National Assembly's foreign affairs committee on Thursday.' reports the words before it", () => {
  assert.deepEqual(
    readings(
      "Vell suspended the prisoner exchange on Thursday.\n\nThe exchange “will not go ahead while Osk's patrol boats stay in the bay”, Foreign Minister Ana Reis told the National Assembly's foreign affairs committee on Thursday afternoon.",
    ),
    ["Ana Reis | prisoner-exchange |  | ruled_out | while Osk's patrol boats stay in the bay"],
  );
  // the day after the audience: "on Thursday" before a Friday publication
  const { statements } = analyse(
    "Foreign Minister Ana Reis told the National Assembly's foreign affairs committee on Thursday afternoon that the talks were over.",
    "2030-03-29",
  );
  assert.equal(statements[0]?.date, "2030-03-28");
});

test("a Japanese name written family name first is a person, and 'she' finds her by her given name", () => {
  const text =
    "The party's leader, Ishida Hiroshi, spoke first.\n\nThe leader of the opposition Green Party, Arakaki Keiko, said on Monday that she was willing to talk. “I am ready to sit down with the prime minister tomorrow,” she told reporters.";
  assert.equal(analyse(text).entities.find((e) => e.name === "Arakaki Keiko")?.type, "person");
  assert.deepEqual(speakers(text).slice(-2), ["Arakaki Keiko", "Arakaki Keiko"]);
});

test("'Foreign Minister Sheikh X' holds the role, so 'the minister said' is X", () => {
  const text =
    "Foreign Minister Sheikh Rashid bin Omar al-Tamimi said on Thursday that talks could open soon.\n\nAsked whether sanctions were possible, the minister said: “We have not come to that.”";
  assert.deepEqual(
    speakers(text).filter((s) => s !== null),
    ["Rashid bin Omar al-Tamimi", "Rashid bin Omar al-Tamimi"],
  );
});

test("a speaker whose surname is cut to an initial, then a relative clause: the person before it", () => {
  assert.deepEqual(
    speakers(
      "Economy Minister Renata Sotomayor Q., whose ministry holds 40 per cent of the port, said on Wednesday that the government would welcome the merger.",
    ),
    ["Renata Sotomayor Q"],
  );
});

test("'the statement said' is its author; 'The leader of X, Y, answered. “…,” he said' is Y", () => {
  assert.deepEqual(
    speakers(
      "In a statement read on television on Wednesday, General Ivo Marten gave his own account. “I received Mr Ferro as one citizen receives another,” the statement said.",
    ),
    ["Ivo Marten"],
  );
  assert.deepEqual(
    speakers(
      "General Ivo Marten spoke on Saturday. The leader of the Union pour le Renouveau, Séraphin Dabiré, answered on Sunday. “There will be no election in October,” he said. Mr Dabiré left.",
    ).filter((s) => s !== null),
    ["Séraphin Dabiré"],
  );
});

test("'Asked about X, the president was brief. “…,” she said': the president, not the last woman who spoke", () => {
  assert.deepEqual(
    speakers(
      "President Maria Haske spoke first. Foreign Minister Ana Lind said the talks went well, she told reporters.\n\nAsked about the river, the president was brief. “I will see him on the bridge,” she said.",
    ).at(-1),
    "Maria Haske",
  );
});

test("'the agency quoted X as saying that …' is X's words, relayed by the agency", () => {
  const [s] = analyse(
    "The state agency OPA quoted Foreign Minister Maria Haske as saying on Friday that the talks would resume.",
  ).statements;
  assert.deepEqual(
    [s?.speaker?.name, s?.via, s?.content.text],
    ["Maria Haske", "OPA", "the talks would resume"],
  );
});
