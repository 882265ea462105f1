import assert from "node:assert/strict";
import { test } from "node:test";
import type { Entity } from "../core/records.ts";
import { extractEntities } from "./entities.ts";
import { splitSentences } from "./sentences.ts";

function entities(text: string): Entity[] {
  return extractEntities(text, splitSentences(text));
}

function byName(list: readonly Entity[], name: string): Entity | undefined {
  return list.find((e) => e.name === name);
}

test("types people, places and organisations from data; ids follow first mention", () => {
  const list = entities("Mayor Ora Venn met officials of the Bank of England in Lisbon. NATO sent a letter.");
  assert.deepEqual(
    list.map((e) => [e.id, e.name, e.type]),
    [
      ["e1", "Ora Venn", "person"],
      ["e2", "Bank of England", "organization"],
      ["e3", "Lisbon", "place"],
      ["e4", "NATO", "organization"],
    ],
  );
});

test("sentence-initial common words and demonyms are not entities", () => {
  const list = entities("However, the Brazilian delegation left. The talks ended. Yesterday it rained.");
  assert.deepEqual(list, []);
});

test("a surname joins the full name seen in the article, with the role that introduced it", () => {
  const text = "Harbour Authority spokesman Tobias Wren said the port is open. Wren added that ships wait.";
  const wren = byName(entities(text), "Tobias Wren");
  assert.equal(wren?.type, "person");
  assert.deepEqual(wren?.aliases, ["Wren"]);
  assert.equal(wren?.mentions.length, 2);
  assert.deepEqual(wren?.roles, ["Harbour Authority spokesman"]);
});

test("transliteration variants are one person only when the surname matches too", () => {
  const text =
    "Vladimir Korolenko met Vladimir Zelensky. Later Volodymyr Zelenskyy spoke. Zelenskiy left before Vladimir Brodsky came.";
  const list = entities(text).filter((e) => e.type === "person");
  assert.deepEqual(list.map((e) => e.name).sort(), [
    "Vladimir Brodsky",
    "Vladimir Korolenko",
    "Vladimir Zelensky",
  ]);
  assert.equal(byName(list, "Vladimir Zelensky")?.mentions.length, 3);
});

test("place variants are one place", () => {
  const list = entities("Trains left Kyiv at noon. In Kiev, crowds gathered.");
  assert.equal(list.length, 1);
  assert.equal(list[0]?.type, "place");
  assert.equal(list[0]?.mentions.length, 2);
});

test("particles and org-name glue: 'Argumenty i Fakty' and 'United Nations Dmitri Orlov' split right", () => {
  const text =
    "Ilya Sorin told the weekly Argumenty i Fakty about it. The Permanent Representative to the United Nations Dmitri Orlov agreed.";
  const list = entities(text);
  assert.equal(byName(list, "Argumenty i Fakty")?.type, "organization");
  assert.equal(byName(list, "United Nations")?.type, "organization");
  const orlov = byName(list, "Dmitri Orlov");
  assert.equal(orlov?.type, "person");
  assert.deepEqual(orlov?.roles, ["Permanent Representative to the United Nations"]);
});

test("names in a title-case headline and in hyphenated compounds are found when the article names them", () => {
  const text =
    "Venn Rejects Marsh Offer\n\nMayor Ora Venn met Governor Ivo Marsh. The Venn-Marsh talks failed.";
  const venn = byName(entities(text), "Ora Venn");
  assert.equal(venn?.mentions.length, 3);
});

test("a role set off by commas, with or without 'the', makes an unknown full name a person; the surname follows", () => {
  const text =
    "“We signed at one,” Tamir Oskbek, secretary-general of the Dockers' Federation, told reporters. Later Oskbek said the ships would sail.";
  const person = byName(entities(text), "Tamir Oskbek");
  assert.equal(person?.type, "person");
  assert.deepEqual(person?.roles, ["secretary-general of the Dockers' Federation"]);
  assert.equal(person?.mentions.length, 2);
});

test("'Villalba' is 'Héctor Villalba Ruiz': a first surname before the second names the person too", () => {
  const text = "Union leader Héctor Villalba Ruiz spoke on Monday. Villalba said the strike would go on.";
  const people = extractEntities(text, splitSentences(text)).filter((e) => e.type === "person");
  assert.deepEqual(
    people.map((e) => [e.name, e.mentions.length]),
    [["Héctor Villalba Ruiz", 2]],
  );
});

test("'Brandão' and 'Echeverría Solís' are 'Otávio Brandão de Meneses' and 'Marta Echeverría Solís'", () => {
  const text =
    "President Otávio Brandão de Meneses met President Marta Echeverría Solís on Monday. Brandão said little. Echeverría Solís, who chairs the bloc, said more.";
  const people = extractEntities(text, splitSentences(text)).filter((e) => e.type === "person");
  assert.deepEqual(
    people.map((e) => [e.name, e.mentions.length]),
    [
      ["Otávio Brandão de Meneses", 2],
      ["Marta Echeverría Solís", 2],
    ],
  );
});

test("a surname a dateline style writes in capitals is named in ordinary case", () => {
  const text =
    "General Abdoulaye SÉRÉMÉ spoke on Thursday. Marie DIALLO-TOURÉ said so too. The NATO envoy Anna Berg agreed.";
  const people = extractEntities(text, splitSentences(text)).filter((e) => e.type === "person");
  assert.deepEqual(
    people.map((e) => e.name),
    ["Abdoulaye Sérémé", "Marie Diallo-Touré", "Anna Berg"],
  );
});

test("a name with initials is one name, its initials with their periods; a title inside a run opens the name", () => {
  const text =
    "George W. Bush spoke first. Minister of External Affairs Dr T. N. Sundaravelan replied, and Sundaravelan left. Plan B. Then it ended.";
  const people = extractEntities(text, splitSentences(text)).filter((e) => e.type === "person");
  assert.deepEqual(
    people.map((e) => [e.name, e.mentions.length]),
    [
      ["George W. Bush", 1],
      ["T. N. Sundaravelan", 2],
    ],
  );
});
