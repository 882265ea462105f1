import assert from "node:assert/strict";
import { test } from "node:test";
import type { Analysis, Entity } from "../core/records.ts";
import { looseGivenKey } from "../language/entity-key.ts";
import { EntityRegistry } from "./entity-merge.ts";

function article(...names: [string, number][]): Analysis {
  const entities: Entity[] = names.map(([name, count], i) => ({
    id: `e${i}`,
    name,
    type: "person",
    aliases: [],
    mentions: Array.from({ length: count }, (_, k) => ({ start: k * 10, end: k * 10 + 5 })),
    roles: [],
  }));
  return { sentences: [], entities, statements: [], timexes: [], events: [] };
}

test("regular transliteration differences of a given name fold; different names do not", () => {
  assert.equal(looseGivenKey("Yevgen"), looseGivenKey("Evgeni"));
  assert.equal(looseGivenKey("Yevhen"), looseGivenKey("Evgeniy"));
  assert.equal(looseGivenKey("Gennadiy"), looseGivenKey("Hennadi"));
  assert.equal(looseGivenKey("Yelena"), looseGivenKey("Elena"));
  assert.notEqual(looseGivenKey("Ivan"), looseGivenKey("Iveta"));
  assert.notEqual(looseGivenKey("Mikhail"), looseGivenKey("Mikail"));
});

test("three outlets' spellings of one person become one entity named by the most common spelling", () => {
  const registry = new EntityRegistry();
  registry.add(article(["Yevgen Tarash", 3]));
  registry.add(article(["Evgeni Tarash", 1], ["Dorn", 1]));
  registry.add(article(["Yevhen Tarash", 5], ["Tarash", 2]));
  registry.add(article(["Marta Dorn", 1], ["Pavel Dorn", 1]));
  const resolved = registry.resolve();
  const persons = resolved.entities.map((e) => e.name);
  assert.deepEqual(persons, ["Dorn", "Marta Dorn", "Pavel Dorn", "Yevhen Tarash"]);
  assert.equal(resolved.nameByKey("evgeni tarash"), "Yevhen Tarash");
  assert.equal(resolved.personByKey("tarash"), "Yevhen Tarash");
  const tarash = resolved.entities.find((e) => e.name === "Yevhen Tarash");
  assert.deepEqual(tarash?.aliases, ["Evgeni Tarash", "Tarash", "Yevgen Tarash"]);
});

test("surnames transliterated differently fold by their skeleton; a different given name or surname stays apart", () => {
  const registry = new EntityRegistry();
  registry.add(article(["Bakhtiyor Nurzhanov", 4], ["Ivan Petrov", 1]));
  registry.add(article(["Baktiyar Nurjanov", 1], ["Ivan Petrova", 1], ["Nourzhanov", 1]));
  registry.add(article(["Rustam Kholikov", 2], ["Rustam Holikov", 1], ["Dilshod Kholikov", 1]));
  const resolved = registry.resolve();
  assert.deepEqual(
    resolved.entities.map((e) => e.name),
    ["Bakhtiyor Nurzhanov", "Dilshod Kholikov", "Ivan Petrov", "Ivan Petrova", "Rustam Kholikov"],
  );
  assert.equal(resolved.personByKey("nurjanov"), "Bakhtiyor Nurzhanov");
  assert.equal(resolved.personByKey("kholikov"), null);
});

test("a short form of a longer name folds into it; one that two longer names hold stays apart", () => {
  const registry = new EntityRegistry();
  registry.add(article(["Lucas Arrieta Beltrán", 3], ["Tiago Baptista Moura", 1]));
  registry.add(article(["Lucas Arrieta", 1], ["Tiago Moura", 4], ["Ana da Silva Rocha", 1]));
  registry.add(article(["Silva Rocha", 1], ["Pedro Silva Rocha", 1]));
  const resolved = registry.resolve();
  assert.deepEqual(
    resolved.entities.map((e) => e.name),
    ["Ana da Silva Rocha", "Lucas Arrieta Beltrán", "Pedro Silva Rocha", "Silva Rocha", "Tiago Moura"],
  );
  assert.equal(resolved.nameByKey("lucas arrieta"), "Lucas Arrieta Beltrán");
});

test("one person written family name first and last, or with the given name's parts joined, is one entity", () => {
  const registry = new EntityRegistry();
  registry.add(article(["Arakaki Tomoya", 3], ["Seo Min-jae", 2]));
  registry.add(article(["Tomoya Arakaki", 1], ["Seo Minjae", 1], ["Seo", 2]));
  registry.add(article(["Seo Min Jae", 1], ["Tomoya Ishida", 1], ["Ingrid Måsøy", 2]));
  registry.add(article(["Ingrid Masoy", 1], ["Kenji Arakaki", 1]));
  const resolved = registry.resolve();
  assert.deepEqual(
    resolved.entities.map((e) => e.name),
    ["Arakaki Tomoya", "Ingrid Måsøy", "Kenji Arakaki", "Seo Min-jae", "Tomoya Ishida"],
  );
  // "President Seo": the family name written first, which no full name ends with.
  assert.equal(resolved.personByKey("seo"), "Seo Min-jae");
  assert.equal(resolved.nameByKey("tomoya arakaki"), "Arakaki Tomoya");
});

test("a surname cut to an initial and a lone first of two surnames fold into the full name", () => {
  const registry = new EntityRegistry();
  registry.add(article(["Renata Sotomayor Quiñones", 2], ["Otávio Brandão de Meneses", 3]));
  registry.add(article(["Renata Sotomayor Q", 1], ["Brandão", 2]));
  registry.add(article(["Renata Sotomayor Ruiz", 1]));
  const resolved = registry.resolve();
  assert.equal(resolved.nameByKey("renata sotomayor q"), "Renata Sotomayor Quiñones");
  assert.equal(resolved.personByKey("brandao"), "Otávio Brandão de Meneses");
});

test("a name an article defined as a person's ('…, who goes by Abu Yassin') is that person in other articles", () => {
  const registry = new EntityRegistry();
  const defining = article(["Khaled bin Nasser al-Hadrami", 2]);
  registry.add({
    ...defining,
    entities: defining.entities.map((e) => ({ ...e, aliases: ["Abu Yassin"] })),
  });
  registry.add(article(["Abu Yasin", 3]));
  registry.add(article(["Abu Bakr Salem", 1]));
  const resolved = registry.resolve();
  assert.equal(resolved.personByKey("abu yasin"), "Khaled bin Nasser al-Hadrami");
  assert.equal(resolved.personByKey("abu bakr salem"), "Abu Bakr Salem");
});

test("capital initials name the one corpus person whose words they begin, never two people or a known entity", () => {
  const registry = new EntityRegistry();
  registry.add(article(["Vesna Kralj", 2], ["Tomas Berg", 1], ["Tina Brandt", 1]));
  registry.add(article(["Otávio Brandão de Meneses", 1], ["Ursula Sand", 1]));
  const us = article();
  registry.add({
    ...us,
    entities: [{ id: "p", name: "US", type: "place", aliases: [], mentions: [], roles: [] }],
  });
  const resolved = registry.resolve();
  assert.equal(resolved.personByInitials("VK"), "Vesna Kralj");
  assert.equal(resolved.personByInitials("OBM"), "Otávio Brandão de Meneses");
  assert.equal(resolved.personByInitials("TB"), null, "Tomas Berg and Tina Brandt share them");
  assert.equal(resolved.personByInitials("US"), null, "an entity of its own");
  assert.equal(resolved.personByInitials("Vk"), null, "not capitals");
});

test("the South Slavic -ić written -ich is one surname", () => {
  const registry = new EntityRegistry();
  registry.add(article(["Branko Petrović", 3]));
  registry.add(article(["Branko Petrovich", 1]));
  assert.deepEqual(
    registry.resolve().entities.map((e) => e.name),
    ["Branko Petrović"],
  );
});

test("Turkish and Slavic letters lost on the wire or written from another script fold: ı, ş / sh, ç / ch", () => {
  const registry = new EntityRegistry();
  registry.add(article(["Tuğrul Aşkın", 3], ["Selçuk Karahanlı", 2]));
  registry.add(article(["Tugrul Askin", 1], ["Selchuk Karakhanly", 1]));
  registry.add(article(["Tugrul Ashkin", 1], ["Selcuk Karahanli", 1]));
  assert.deepEqual(
    registry.resolve().entities.map((e) => e.name),
    ["Selçuk Karahanlı", "Tuğrul Aşkın"],
  );
});

test("a Korean name in either order and another romanisation of its family name is one person", () => {
  const registry = new EntityRegistry();
  registry.add(article(["Jeong Ha-eun", 3], ["Baek Ji-ho", 2]));
  registry.add(article(["Haeun Chung", 1], ["Ji-ho Paek", 1]));
  registry.add(article(["Jeong Minseo", 1]));
  assert.deepEqual(
    registry.resolve().entities.map((e) => e.name),
    ["Baek Ji-ho", "Jeong Ha-eun", "Jeong Minseo"],
  );
});
