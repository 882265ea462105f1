/**
 * Denials, meetings named without the word "meeting", and closed stances worded as idioms, through the whole article
 * analysis. Invented sentences.
 */
import assert from "node:assert/strict";
import { test } from "node:test";
import { readings } from "./analyse.ts";

test("a denied report of a meeting is no stance; 'no such meeting took place, and none is planned' is unlikely", () => {
  const text =
    'Prime Minister Magnus Holm leads a minority government, and the Coastal Party, led by Ingvar Tollefsrud, wants an election.\n\nHolm\'s press secretary, Eirik Lunde, denied a report in the Harbour Echo that the prime minister and Ingvar Tollefsrud had met secretly at a hotel. "No such meeting took place, and none is planned," Lunde said on Monday.';
  assert.deepEqual(readings(text), ["Eirik Lunde | meeting | Ingvar Tollefsrud+Magnus Holm | unlikely | "]);
});

test("'sit across from X' and 'sit in a room with him' are meetings", () => {
  assert.deepEqual(
    readings(
      '"I am ready to sit across from Yusuf Salem, in Vell or in a tent," Front leader Karim Nasser said. "I will not sit in a room with him while his artillery answers for him," Nasser said later.',
    ),
    [
      "Karim Nasser | meeting | Karim Nasser+Yusuf Salem | possible | ",
      "Karim Nasser | meeting | Karim Nasser+Yusuf Salem | ruled_out | while his artillery answers for him",
    ],
  );
});

test("'off the table', 'on ice' and 'I do not see us signing' are unlikely; 'before midsummer' is a time", () => {
  assert.deepEqual(readings('"Sanctions are off the table," Foreign Minister Anna Pell said.'), [
    "Anna Pell | sanctions |  | unlikely | ",
  ]);
  assert.deepEqual(
    readings('"The contract is on ice. I do not see us signing at that price," Minister Huda Karimi said.'),
    ["Huda Karimi | agreement |  | unlikely | "],
  );
  assert.deepEqual(
    readings(
      '"An election before midsummer is now more likely than not," party leader Kari Lind told reporters.',
    ),
    ["Kari Lind | election |  | possible | "],
  );
});

test("'I spoke with X for forty minutes' in an article about a call happened; 'even if' sets no condition", () => {
  const text =
    'Prime Minister Magnus Holm spoke by telephone with President Ivo Lund on Thursday.\n\n"I spoke with President Lund for forty minutes last night. We want the same thing, even if we do not yet agree on the road," Holm told reporters on Friday.';
  assert.deepEqual(readings(text), ["Magnus Holm | call | Ivo Lund+Magnus Holm | happened | "]);
});

test("'The President will travel to X' is the president's visit; 'X - Abu Y -' names X; 'face to face with'", () => {
  const text =
    'President Yusuf Salem met his ministers on Sunday. "The President will travel to Vell on May 19," spokesman Omar Haddad said.\n\nThe president will also come face to face with Karim Nasser - Abu Rami - for the first time, Haddad said. "They will meet in Vell on the morning of the signing."';
  // the quote "They will meet in Vell …" holds no cue; the learned reading (retrained on corpora 1–23) reads it planned
  assert.deepEqual(readings(text), [
    "Omar Haddad | visit | Yusuf Salem | planned | ",
    "Omar Haddad | meeting | Karim Nasser+Yusuf Salem | planned | ",
    "Omar Haddad | meeting | Karim Nasser+Yusuf Salem | planned | ",
  ]);
});

test("'no call, and none is planned', 'no conversation between X and Y' and 'the vote of 20 February'", () => {
  assert.deepEqual(readings('"There has been no call, and none is planned," spokesman Caetano Reis said.'), [
    "Caetano Reis | call |  | unlikely | ",
  ]);
  assert.deepEqual(
    readings(
      '"There has been no conversation between the prime minister and President Timo Lund, and none is scheduled," spokeswoman Nandini Rao said of Prime Minister Ivo Marten.',
    ),
    ["Nandini Rao | call | Ivo Marten+Timo Lund | unlikely | "],
  );
  assert.ok(
    readings('"The vote of 20 February will take place," General Abdou Sereme said.').includes(
      "Abdou Sereme | election |  | planned | ",
    ),
  );
});

test("'The general and I spoke for an hour': the general the article names, and the speaker", () => {
  assert.deepEqual(
    readings(
      'General Abdou Sereme heads the transition. "The general and I spoke for an hour before the ceremony," President Otavio Meneses said.',
    ),
    ["Otavio Meneses | meeting | Abdou Sereme+Otavio Meneses | happened | "],
  );
});

test("'should be signed by the end of the month, provided …' is conditional, not signed", () => {
  assert.deepEqual(
    readings(
      "President Ivo Lund, opening a cabinet meeting on Monday, said the contract should be signed by the end of the month “provided the tariff reflects the real cost of transit”.",
    ),
    ["Ivo Lund | agreement |  | conditional | provided the tariff reflects the real cost of transit"],
  );
});

test("a quoted 'the day …' and 'on the day …' set a condition; 'lay down our guns' and 'hold their fire' are a ceasefire", () => {
  assert.deepEqual(
    readings(
      'Prime Minister Ivo Lund said he would meet President Timo Osk "the day the last barge is through the locks".',
    ),
    ["Ivo Lund | meeting | Ivo Lund+Timo Osk | conditional | the day the last barge is through the locks"],
  );
  assert.deepEqual(
    readings(
      '"We will lay down our guns on the day the army pulls back behind the bridge," rebel leader Karim Nasser said.',
    ),
    ["Karim Nasser | ceasefire |  | conditional | the day the army pulls back behind the bridge"],
  );
  assert.deepEqual(
    readings('"Our fighters will hold their fire from Monday," rebel leader Karim Nasser said.'),
    ["Karim Nasser | ceasefire |  | planned | "],
  );
  assert.deepEqual(
    readings('"I will visit Vell on Monday. I said I would go the day the duties were lifted," Lund said.'),
    ["Lund | visit |  | planned | "],
  );
});

test("'off the table for as long as …', 'I am not going to X', 'no point in … while …', 'would not hold my breath'", () => {
  assert.deepEqual(
    readings(
      'Foreign Minister Zoran Maric said sanctions were "off the table for as long as the talks keep moving".',
    ),
    ["Zoran Maric | sanctions |  | ruled_out | as long as the talks keep moving"],
  );
  assert.deepEqual(
    readings(
      '"I am not going to Sepidar to sit in the gallery of a show trial," Foreign Minister Jelena Duric said.',
    ),
    ["Jelena Duric | visit |  | ruled_out | "],
  );
  assert.deepEqual(
    readings(
      'Minister Ruth Ndegwa said there was no point in calling a second round of the talks "while the two capitals are shouting".',
    ),
    ["Ruth Ndegwa | talks |  | unlikely | "],
  );
  assert.deepEqual(
    readings(
      '"The refinery contract is ready. I would not hold my breath for a March signature," minister Elias Tanui said.',
    ),
    ["Elias Tanui | agreement |  | unlikely | "],
  );
});
