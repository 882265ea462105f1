/** @module Tests for eval/lib/dossier-score.ts on hand-computed cases, and the evaluation corpus's gold consistency. */
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { test } from "node:test";
import { fileURLToPath } from "node:url";
import {
  articleName,
  articleText,
  bcubed,
  checkGold,
  deriveChanges,
  type Gold,
  type GoldChange,
  type GoldStance,
  groupsFromLinks,
  matchStances,
  nameKey,
  pairKey,
  pairsOfGroups,
  quoteOverlap,
  type SystemChange,
  type SystemStance,
  sameDate,
  sameName,
  sameParticipants,
  scoreChanges,
  scorePairs,
  scoreStances,
} from "../eval/lib/dossier-score.ts";

const close = (actual: number, expected: number) =>
  assert.ok(Math.abs(actual - expected) < 1e-9, `${actual} ≠ ${expected}`);

test("pairwise duplicates: unordered pairs inside groups; P and R from shared pairs", () => {
  const gold = pairsOfGroups([
    ["a", "b", "c"],
    ["d", "e"],
  ]);
  assert.equal(gold.size, 4);
  assert.ok(gold.has(pairKey("c", "a")));
  const system = pairsOfGroups([
    ["b", "a"],
    ["c", "d"],
  ]);
  const score = scorePairs(system, gold);
  assert.equal(score.hits, 1);
  close(score.precision, 1 / 2);
  close(score.recall, 1 / 4);
  close(score.f1, (2 * 0.5 * 0.25) / 0.75);
  assert.deepEqual(score.spurious, [pairKey("c", "d")]);
  assert.equal(score.missed.length, 3);
  const none = scorePairs(new Set(), gold);
  assert.equal(none.precision, 0);
  assert.equal(none.recall, 0);
});

test("duplicate groups from duplicateOf links: chains join, singletons drop", () => {
  const groups = groupsFromLinks([
    { id: "b", duplicateOf: "a" },
    { id: "c", duplicateOf: "b" },
    { id: "a", duplicateOf: null },
    { id: "d", duplicateOf: null },
    { id: "f", duplicateOf: "e" },
  ]);
  assert.deepEqual(
    groups.sort((x, y) => (x[0] ?? "").localeCompare(y[0] ?? "")),
    [
      ["a", "b", "c"],
      ["e", "f"],
    ],
  );
});

test("BCubed on hand-computed clusterings", () => {
  const gold = new Map([
    ["a", "X"],
    ["b", "X"],
    ["c", "X"],
    ["d", "Y"],
    ["e", "Y"],
  ]);
  // {a,b} {c,d,e}: precision (1+1+1/3+2/3+2/3)/5, recall (2/3+2/3+1/3+1+1)/5.
  const split = bcubed(
    new Map([
      ["a", "1"],
      ["b", "1"],
      ["c", "2"],
      ["d", "2"],
      ["e", "2"],
    ]),
    gold,
  );
  close(split.precision, 11 / 15);
  close(split.recall, 11 / 15);
  close(split.f1, 11 / 15);
  // Everything in one cluster: precision (3·3/5 + 2·2/5)/5 = 0.52, recall 1.
  const lumped = bcubed(new Map([..."abcde"].map((x) => [x, "1"])), gold);
  close(lumped.precision, 0.52);
  close(lumped.recall, 1);
  close(lumped.f1, (2 * 0.52) / 1.52);
  // Unclustered items are singletons: precision 1, recall (3·1/3 + 2·1/2)/5 = 0.4.
  const empty = bcubed(new Map(), gold);
  close(empty.precision, 1);
  close(empty.recall, 0.4);
  // Perfect.
  const perfect = bcubed(gold, gold);
  close(perfect.f1, 1);
});

test("names: diacritics, transliteration endings and surname equality", () => {
  assert.ok(sameName("Dmitry Zorvin", "Dmitri Zorvin"));
  assert.ok(sameName("Zorvin", "Dmitri Zorvin"));
  assert.ok(sameName("Alexei Varenko", "Oleksiy Varenko"));
  assert.ok(sameName("Hélène Vasquier", "Helene Vasquier"));
  assert.ok(sameName("Volodymyr Zelenskyy", "Zelensky"));
  assert.ok(!sameName("Stanislav Rudnev", "Oleksiy Varenko"));
  assert.ok(!sameName("", ""));
  // Family name first or last, parts joined or hyphened, letters without a decomposition folded.
  assert.ok(sameName("Tomoya Arakaki", "Arakaki Tomoya"));
  assert.ok(sameName("Seo Min-jae", "Seo Minjae"));
  assert.ok(sameName("Seo Min Jae", "Seo Min-jae"));
  assert.ok(sameName("Ingrid Måsøy", "Ingrid Masoy"));
  assert.ok(!sameName("Seo Min-jae", "Seo Ji-hoon"));
  assert.ok(!sameName("Tomoya Arakaki", "Arakaki Kenji"));
  // A surname cut to its initial.
  assert.ok(sameName("Renata Sotomayor Q.", "Renata Sotomayor Quiñones"));
  assert.ok(!sameName("Renata Sotomayor R.", "Renata Sotomayor Quiñones"));
  assert.equal(nameKey("Zelenskiy"), nameKey("Zelensky"));
  assert.ok(sameName("Ratna Kusumawardhani", "Ratna Kusumawardani"));
  assert.ok(!sameName("Ratna Kusumawardani", "Ratna Kusumawati"));
  assert.ok(sameParticipants(["Stanislav Rudnev", "Oleksiy Varenko"], ["Aleksei Varenko", "Rudnev"]));
  assert.ok(!sameParticipants(["Stanislav Rudnev", "Oleksiy Varenko"], ["Rudnev", "Kasimir Dolny"]));
  // The holder counts on both sides: "Varenko is ready to meet Rudnev".
  assert.ok(sameParticipants(["Stanislav Rudnev", "Oleksiy Varenko"], ["Rudnev"], "Oleksiy Varenko"));
  assert.ok(!sameParticipants(["Stanislav Rudnev", "Oleksiy Varenko"], ["Rudnev"], "Dmitri Zorvin"));
  assert.ok(sameParticipants(["Seo Min-jae", "Tomoya Arakaki"], ["Arakaki Tomoya", "Seo Minjae"]));
});

test("dates: equal, or a month holding the other", () => {
  assert.ok(sameDate("2025-03-28", "2025-03-28"));
  assert.ok(sameDate("2025-03", "2025-03-28"));
  assert.ok(sameDate("2025-03-28", "2025-03"));
  assert.ok(!sameDate("2025-03-28", "2025-03-27"));
  assert.ok(!sameDate("2025-03", "2025-04-01"));
  assert.ok(!sameDate(null, "2025-03-28"));
  assert.ok(!sameDate("2025-03-28", null));
});

test("quote overlap: containment either way, else the share of quote words, zero below one half", () => {
  assert.equal(
    quoteOverlap("“A meeting is out of the question,” he said", "a meeting is OUT of the question"),
    1,
  );
  assert.equal(quoteOverlap("out of the question", "A meeting is out of the question before the terms"), 1);
  assert.equal(quoteOverlap("said", "he said that"), 0);
  close(quoteOverlap("a meeting could be possible soon", "a meeting is possible"), 3 / 4);
  assert.equal(quoteOverlap("sanctions are coming", "a meeting is possible later this year"), 0);
});

const gs = (over: Partial<GoldStance>): GoldStance => ({
  article: "a.txt",
  holder: "Dmitri Zorvin",
  event: "meeting",
  participants: ["Stanislav Rudnev", "Oleksiy Varenko"],
  stance: "ruled_out",
  condition: "before the terms are settled",
  date: "2025-03-28",
  quote: "before the terms are settled is out of the question",
  ...over,
});
const ss = (over: Partial<SystemStance>): SystemStance => ({
  id: "sn",
  article: "a.txt",
  holder: "Dmitry Zorvin",
  event: "meeting",
  participants: ["Rudnev", "Varenko"],
  stance: "ruled_out",
  condition: null,
  date: "2025-03-28",
  content: "A meeting of the presidents before the terms are settled is out of the question",
  ...over,
});

test("stance matching: article (or a copy), holder, frame and quote; the article itself and participants first", () => {
  const gold = [gs({})];
  const group = (a: string) => (a === "a.txt" ? ["a.txt", "a-copy.txt"] : [a]);
  // A copy's stance counts when the original has none.
  const copyOnly = matchStances(gold, [ss({ id: "copy", article: "a-copy.txt" })], group);
  assert.equal(copyOnly[0]?.system?.id, "copy");
  // The original beats the copy, even when the copy's value would be right and the original's wrong.
  const both = matchStances(
    gold,
    [ss({ id: "copy", article: "a-copy.txt" }), ss({ id: "orig", stance: "possible" })],
    group,
  );
  assert.equal(both[0]?.system?.id, "orig");
  // Other holder, other frame, other article, unrelated content: no match.
  for (const wrong of [
    ss({ holder: "Oleksiy Varenko" }),
    ss({ event: "talks" }),
    ss({ article: "b.txt" }),
    ss({ content: "The spokesman declined to comment on sanctions" }),
  ]) {
    assert.equal(matchStances(gold, [wrong], group)[0]?.system, null);
  }
  // One system stance serves one gold stance.
  const twice = matchStances([gs({}), gs({})], [ss({})]);
  assert.equal(twice.filter((m) => m.system !== null).length, 1);
});

test("stance score: accuracy over all gold, coverage, accuracy on matched, conditions found", () => {
  const matches = [
    { gold: gs({}), system: ss({ condition: "before the terms are settled" }) },
    { gold: gs({ stance: "possible", condition: null }), system: ss({ stance: "conditional" }) },
    { gold: gs({ condition: "while talks go on" }), system: null },
    {
      gold: gs({ stance: "planned", condition: null }),
      system: ss({ stance: "planned", participants: ["Dolny"] }),
    },
  ];
  const score = scoreStances(matches);
  assert.equal(score.gold, 4);
  assert.equal(score.matched, 3);
  assert.equal(score.correct, 2);
  close(score.accuracy, 2 / 4);
  close(score.coverage, 3 / 4);
  close(score.accuracyOnMatched, 2 / 3);
  assert.equal(score.participantsRight, 2);
  assert.equal(score.conditionsGold, 2);
  assert.equal(score.conditionsFound, 1);
});

const gc = (holder: string, toDate: string, participants: string[] = []): GoldChange => ({
  holder,
  event: "meeting",
  participants,
  from: { stance: "possible", date: "2025-02-01" },
  to: { stance: "ruled_out", date: toDate },
});
const sc = (holder: string, toDate: string | null, participants: string[] = []): SystemChange => ({
  holder,
  proposition: { event: "meeting", participants },
  from: { stance: "possible", date: "2025-02-01" },
  to: { stance: "unlikely", date: toDate },
});

test("change P/R: holder, event, participants and the date of the new position", () => {
  const gold = [
    gc("Dmitri Zorvin", "2025-03-28", ["Rudnev", "Varenko"]),
    gc("Oleksiy Varenko", "2025-04-04"),
  ];
  const system = [
    sc("Dmitry Zorvin", "2025-03", ["Stanislav Rudnev", "Oleksiy Varenko"]), // month of the gold date: a hit
    sc("Oleksiy Varenko", "2025-04-05"), // wrong day
    sc("Dmitri Zorvin", "2025-03-28", ["Rudnev", "Dolny"]), // other meeting
  ];
  const score = scoreChanges(gold, system);
  assert.equal(score.hits, 1);
  close(score.precision, 1 / 3);
  close(score.recall, 1 / 2);
  assert.equal(score.missed[0]?.holder, "Oleksiy Varenko");
  assert.equal(score.spurious.length, 2);
  const nothing = scoreChanges(gold, []);
  assert.equal(nothing.recall, 0);
  assert.equal(nothing.precision, 0);
});

test("changes derived from stances: flips between open and closed; a tied day keeps the earlier leaning", () => {
  const st = (stance: GoldStance["stance"], date: string | null) => gs({ stance, date });
  const changes = deriveChanges([
    st("conditional", "2025-02-20"),
    st("ruled_out", "2025-03-28"),
    st("possible", "2025-05-09"),
    st("unlikely", "2025-05-09"), // a tie on the day keeps the closed leaning: no turn yet
    st("ruled_out", null), // undated: left out
    st("happened", "2025-07-03"),
  ]);
  assert.deepEqual(
    changes.map((c) => [c.from.date, c.to.stance, c.to.date]),
    [
      ["2025-02-20", "ruled_out", "2025-03-28"],
      ["2025-05-09", "happened", "2025-07-03"],
    ],
  );
});

test("two people of one surname ('Margriet van der Linden', 'Ruud van der Linden') hold stances apart", () => {
  const changes = deriveChanges([
    gs({ holder: "Margriet van der Linden", stance: "possible", date: "2031-03-04" }),
    gs({ holder: "Ruud van der Linden", stance: "ruled_out", date: "2031-03-10" }),
  ]);
  assert.deepEqual(changes, []);
});

test("article names and texts: file name with #N; JSONL line text; feed item markup", () => {
  assert.equal(articleName("eval/dossier-corpus/articles/signal24.jsonl#3"), "signal24.jsonl#3");
  assert.equal(articleName("C:\\corpus\\a.txt"), "a.txt");
  const jsonl = `${JSON.stringify({ text: "one" })}\n\n${JSON.stringify({ text: "two" })}\n`;
  assert.equal(articleText(jsonl, "f.jsonl#2"), "two");
  assert.equal(articleText(jsonl, "f.jsonl#3"), null);
  const feed = "<rss><item><p>first</p></item><item><p>second</p></item></rss>";
  assert.match(articleText(feed, "f.rss#2") ?? "", /second/);
  assert.equal(articleText("plain", "a.txt"), "plain");
});

const CORPUS = fileURLToPath(new URL("../eval/dossier-corpus/", import.meta.url));

for (const name of [
  "dossier-corpus2",
  "dossier-corpus3",
  "dossier-corpus4",
  "dossier-corpus5",
  "dossier-corpus6",
  "dossier-corpus7",
  "dossier-corpus8",
  "dossier-corpus9",
  "dossier-corpus10",
  "dossier-corpus11",
  "dossier-corpus12",
  "dossier-corpus13",
  "dossier-corpus14",
  "dossier-corpus15",
  "dossier-corpus16",
  "dossier-corpus17",
  "dossier-corpus18",
  "dossier-corpus19",
  "dossier-corpus20",
  "dossier-corpus21",
  "dossier-corpus22",
  "dossier-corpus23",
  "dossier-corpus24",
  "dossier-corpus25",
]) {
  test(`${name}'s gold is consistent`, () => {
    const dir = fileURLToPath(new URL(`../eval/${name}/`, import.meta.url));
    const gold = JSON.parse(readFileSync(`${dir}gold.json`, "utf8")) as Gold;
    const textOf = (article: string): string | null => {
      try {
        return articleText(readFileSync(`${dir}articles/${article.split("#")[0]}`, "utf8"), article);
      } catch {
        return null;
      }
    };
    assert.deepEqual(checkGold(gold, textOf), []);
  });
}

test("the evaluation corpus's gold is consistent: stories, groups, quotes in their articles, changes", () => {
  const gold = JSON.parse(readFileSync(`${CORPUS}gold.json`, "utf8")) as Gold;
  const textOf = (article: string): string | null => {
    const file = article.split("#")[0] ?? article;
    try {
      return articleText(readFileSync(`${CORPUS}articles/${file}`, "utf8"), article);
    } catch {
      return null;
    }
  };
  assert.deepEqual(checkGold(gold, textOf), []);
  assert.ok(Object.keys(gold.articles).length >= 30);
  assert.equal(gold.stories.length, 3);
  // A broken quote is caught.
  const broken = {
    ...gold,
    stances: [{ ...(gold.stances[0] as GoldStance), quote: "never written anywhere" }],
  };
  assert.ok(checkGold(broken, textOf).some((p) => p.includes("quote not in the article")));
});
