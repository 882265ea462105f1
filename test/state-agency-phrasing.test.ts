/**
 * State-agency and parliamentary phrasing through the whole article analysis: long portfolio titles before a name,
 * initials, title-case datelines, questions the outlet asks itself, and "the two leaders". Invented sentences.
 */
import assert from "node:assert/strict";
import { test } from "node:test";
import { analyse, readings, speakers } from "./analyse.ts";

test("a portfolio title before a name: the name starts where the portfolio's words end", () => {
  assert.deepEqual(speakers("The ferry will sail again, Minister of Foreign Affairs Tran Minh Quan said."), [
    "Tran Minh Quan",
  ]);
  assert.deepEqual(
    speakers(
      "The ferry will sail again, spokeswoman of the Ministry of Foreign Affairs Lê Thị Hoa said at the regular press briefing in the capital on Thursday afternoon.",
    ),
    ["Lê Thị Hoa"],
  );
  assert.deepEqual(
    speakers("The ferry will sail again, Minister of Inland Transport Dr K. R. Velayudhan told parliament."),
    ["K. R. Velayudhan"],
  );
});

test("“…,” a long title and name told parliament, to applause: the quote is what was said", () => {
  const { statements } = analyse(
    "The harbour master's office named the two pilots.\n\n“There is no deal to discuss while our pilots sit in a cell,” Minister of Inland Transport Dr K. R. Velayudhan told the Rajya Mandal on Monday, to loud applause.",
  );
  const said = statements.find((s) => s.content.text.startsWith("There is no deal"));
  assert.equal(said?.speaker?.name, "K. R. Velayudhan");
  assert.equal(said?.content.text, "There is no deal to discuss while our pilots sit in a cell");
});

test("initials that spell 'A.' stay in the name, and '…, the spokeswoman said' describes nobody before it", () => {
  const { entities, statements } = analyse(
    "Asked whether the president would meet Prime Minister A. K. Ranjeet, the spokeswoman said the diary was full.",
  );
  const ranjeet = entities.find((e) => e.name === "A. K. Ranjeet");
  assert.equal(ranjeet?.type, "person");
  assert.deepEqual(ranjeet?.roles, ["Prime Minister"]);
  assert.equal(statements.at(-1)?.speaker?.name, "the spokeswoman");
});

test("a role that ends a headline line names no one on the next line", () => {
  const { entities } = analyse(
    "Ferry crews to be released soon: ministry spokeswoman\n\nHà Lâm (VNS) - The crews will be released, spokeswoman Lê Thị Hoa said.",
  );
  assert.equal(entities.find((e) => e.name === "Hà Lâm")?.type === "person", false);
});

test("a title-case dateline with the agency opens the sentence but not the words", () => {
  const { statements } = analyse(
    "Hà Lâm (VNS) - The crews will be released next week, spokeswoman Lê Thị Hoa said on Monday.",
  );
  assert.equal(statements[0]?.content.text, "The crews will be released next week");
});

test("the outlet's own question reports nobody's words; the answer after it does", () => {
  const text =
    "Would Varnia consider sanctions against Osk if the talks failed? “We have not come to that,” Minister Anna Pell said.";
  assert.deepEqual(speakers(text), ["Anna Pell"]);
  assert.deepEqual(readings(text), []);
});

test("'a meeting of the two leaders' is the pair the article's last meeting stance named", () => {
  const text =
    'Speaking to deputies on Tuesday, President Trần Văn Lộc said he "would be glad to meet" Prime Minister A. K. Ranjeet "once the border is open again". "Neighbours should talk," the President said.\n\n' +
    'At the regular press briefing on Wednesday, spokeswoman Lê Thị Hoa was asked about the offer of Kestria\'s President Jan Osk to host the two leaders. "A meeting of the two leaders in Vell is possible," Ms Hoa said.';
  assert.deepEqual(readings(text), [
    "Trần Văn Lộc | meeting | A. K. Ranjeet+Trần Văn Lộc | conditional | once the border is open again",
    "Lê Thị Hoa | meeting | A. K. Ranjeet+Trần Văn Lộc | possible | ",
  ]);
});

test("talks with a named leader are a meeting; a state visit's traveller is the subject before it", () => {
  assert.deepEqual(
    readings(
      "President Ivo Lund will pay a state visit to Vell from June 6 to 8 and will hold talks with President Timo Osk on June 7, the spokeswoman, Lena Berg, said on Monday.",
    ),
    ["Lena Berg | meeting | Ivo Lund+Timo Osk | planned | ", "Lena Berg | visit | Ivo Lund | planned | "],
  );
});

test("'Varnia will vote on Sunday, June 17' is an election; 'Songhae, May 3 (DPS) --' is no part of the words", () => {
  assert.deepEqual(readings('"Varnia will vote on Sunday, June 17," Prime Minister Anna Pell said.'), [
    "Anna Pell | election |  | planned | ",
  ]);
  assert.deepEqual(readings('"Parliament will vote on the budget," Prime Minister Anna Pell said.'), []);
  assert.deepEqual(
    analyse("Songhae, May 3 (DPS) -- The ferry will sail again on Monday, harbour master Ivo Lund said.")
      .statements[0]?.content.text,
    "The ferry will sail again on Monday",
  );
});

test("a nickname the article defines ('X, known to his supporters as Y') speaks for X", () => {
  const text =
    'The talks failed. Torvald Skarre, known to his supporters as Skipper, said the vote was rigged. "I want a meeting," Skipper said.';
  assert.deepEqual(speakers(text), ["Torvald Skarre", "Torvald Skarre"]);
});

test("a portfolio word closes a longer portfolio ('Southern Affairs', 'Trade, Industry and Energy')", () => {
  assert.deepEqual(
    speakers("The ferry will sail again, Minister of Northern Affairs Tariq Abu Salim said."),
    ["Tariq Abu Salim"],
  );
  assert.deepEqual(
    speakers("Minister of Trade, Industry and Energy Seo Min-jun said the plant would open in June."),
    ["Seo Min-jun"],
  );
});

test("'the party leader whom the Echo calls Skipper' and 'the party, led by X' name a person", () => {
  const { entities } = analyse(
    'The prime minister turned down the challenge of Torvald Skarre, the Coastal Party leader whom the Harbour Echo calls "Skipper", to meet him. Skipper said he would try again. The Farmers\' Party, led by Ingvar Tollefsrud, abstained.',
  );
  const skarre = entities.find((e) => e.name === "Torvald Skarre");
  assert.ok(skarre?.aliases.includes("Skipper"));
  assert.equal(entities.find((e) => e.name === "Ingvar Tollefsrud")?.type, "person");
});

test("'X, the Sahili government's chief negotiator, said' and 'His Excellency X, Minister of State for …, said'", () => {
  assert.deepEqual(
    speakers(
      'Talks ended on Monday.\n\nTarik Abu Zeid, the Varnian government\'s chief negotiator, said the exchange would follow. "Forty of ours will cross the line this month," he told the Post.',
    ),
    ["Tarik Abu Zeid", "Tarik Abu Zeid"],
  );
  assert.deepEqual(
    speakers(
      'Talks ended.\n\n"The exchange will take place on Sunday," His Excellency Tariq Abu Salim, Minister of State for Northern Affairs, said at the close of the round on Friday.',
    ),
    ["Tariq Abu Salim"],
  );
});

test("'the agency quoted X as saying that the two leaders had held a frank conversation': one statement, a call", () => {
  const text =
    'Prime Minister Anil Rao and President Luong Thinh spoke by telephone on Thursday.\n\nThe state agency VNS quoted spokeswoman Ngo Hang as saying on Friday that the two leaders had held "a frank and useful conversation".';
  assert.deepEqual(speakers(text), ["Ngo Hang"]);
  assert.deepEqual(readings(text), ["Ngo Hang | call | Anil Rao+Luong Thinh | happened | "]);
});

test("a long title with 'and', or a participle, between the name and the verb; 'would not accept X while …'", () => {
  const text =
    'Qurum, 18 January (SNA) - His Excellency Tariq Abu Salim, Minister of State for Northern Affairs and head of the government delegation to the Vell talks, told the National Council on Wednesday that the government would not accept a ceasefire "while a single village is under the flag of the armed group."\n\nIn Qurum, President Yusuf Salem, receiving a delegation of elders at the palace on Tuesday evening, said a ceasefire "could be agreed before the spring rains, God willing."';
  assert.deepEqual(readings(text), [
    "Tariq Abu Salim | ceasefire |  | ruled_out | while a single village is under the flag of the armed group",
    "Yusuf Salem | ceasefire |  | possible | ",
  ]);
});
