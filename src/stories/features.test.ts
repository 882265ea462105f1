import assert from "node:assert/strict";
import { test } from "node:test";
import { entityTerm, entityTerms, termCounts } from "./features.ts";

test("a person is one term however outlets spell the surname; places keep their variant key", () => {
  assert.equal(entityTerm("Bakhtiyor Nurzhanov", "person"), entityTerm("Baktiyar Nurjanov", "person"));
  assert.equal(entityTerm("Nourzhanov", "person"), entityTerm("Bakhtiyor Nurzhanov", "person"));
  assert.notEqual(entityTerm("Ivan Petrov", "person"), entityTerm("Ivan Petrova", "person"));
  assert.equal(entityTerm("Kiev", "place"), entityTerm("Kyiv", "place"));
  assert.notEqual(entityTerm("Nurzhanov", "person"), entityTerm("Nurzhanov", "organization"));
});

test("a person counts by every surname, so a double surname meets the same person written with one", () => {
  const one = entityTerms("Marisol Ibarra", "person");
  const two = entityTerms("Marisol Ibarra de Lucena", "person");
  assert.ok(one.every((t) => two.includes(t)));
  assert.equal(two.length, 2);
  assert.deepEqual(entityTerms("Ibarra", "person"), one);
  assert.deepEqual(entityTerms("Port Alden", "place"), [entityTerm("Port Alden", "place")]);
});

test("a person's weight is shared among the terms of the surnames", () => {
  const analysis = { entities: [{ name: "Marisol Ibarra de Lucena", type: "person", mentions: [{}] }] };
  const counts = termCounts({ title: null, text: "", analysis: analysis as never });
  assert.equal(
    [...counts.values()].reduce((a, b) => a + b, 0),
    2,
  );
});

test("content words count without accents, so outlets that drop them write the same terms", () => {
  const counts = (text: string) => termCounts({ title: null, text, analysis: { entities: [] } as never });
  const accented = counts("Pelícano Azul and the Lagarón dam; the union’s demands");
  const plain = counts("Pelicano Azul and the Lagaron dam; the union's demands");
  assert.deepEqual([...accented.keys()].sort(), [...plain.keys()].sort());
  assert.ok(accented.has("pelicano") && accented.has("union"));
});

test("an outlet's own name in its datelines and credits is no term of its articles", () => {
  const input = {
    title: "Airline strike grounds flights",
    text: "CIUDAD, March 9 (Larkspur) - The strike, the union told Larkspur, will go on.",
    analysis: { entities: [] } as never,
  };
  assert.ok(termCounts(input).has("larkspur"));
  const own = termCounts({ ...input, outlet: "LARKSPUR WIRE" });
  assert.ok(!own.has("larkspur") && own.has("strike") && own.has("union"));
  assert.ok(termCounts({ ...input, outlet: "Other Paper" }).has("larkspur"));
});

test("a patronymic between given name and surname is not a surname term", () => {
  assert.deepEqual(
    entityTerms("Arkady Semyonovich Lavrentyev", "person"),
    entityTerms("Arkadiy Lavrentyev", "person"),
  );
  assert.notDeepEqual(entityTerms("Nadia Ivanovna", "person"), entityTerms("Nadia", "person"));
  assert.equal(entityTerms("Ana Lucía Ivanovich", "person").length, 2);
});
