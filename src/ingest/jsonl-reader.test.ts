/** @module Tests for jsonl-reader.ts. */
import assert from "node:assert/strict";
import { test } from "node:test";
import { givenIsoDate, parseJsonlLine, readJsonlLines } from "./jsonl-reader.ts";
import type { ReadResult } from "./read-result.ts";

async function* lines(...xs: string[]): AsyncIterable<string> {
  yield* xs;
}

async function collect(it: AsyncIterable<ReadResult>): Promise<ReadResult[]> {
  const out: ReadResult[] = [];
  for await (const r of it) out.push(r);
  return out;
}

test("good lines become docs; a bad line is one error and the rest goes on; blanks are skipped", async () => {
  const results = await collect(
    readJsonlLines(
      lines(
        '{"id":"a1","text":"Dockworkers agreed a new contract.","published":"2031-03-01","outlet":"Pier Daily"}',
        "{not json",
        "",
        '{"text":"The museum reopens.","url":"https://www.apnews.com/article/2031/03/02/museum"}',
        '{"title":"no text"}',
      ),
      "in.jsonl",
    ),
  );
  assert.deepEqual(
    results.map((r) => (r.ok ? r.doc.source : `ERR ${r.source}`)),
    ["in.jsonl#1", "ERR in.jsonl#2", "in.jsonl#4", "ERR in.jsonl#5"],
  );
  const [first, , third] = results;
  assert.ok(first?.ok && third?.ok);
  assert.deepEqual(
    [first.doc.published, first.doc.publishedFrom, first.doc.givenId],
    ["2031-03-01", "given", "a1"],
  );
  assert.equal(first.doc.body, "Dockworkers agreed a new contract.");
  assert.deepEqual(
    [third.doc.published, third.doc.publishedFrom, third.doc.outlet],
    ["2031-03-02", "url", "AP"],
  );
});

test("only ISO given dates are kept", () => {
  assert.equal(givenIsoDate("2031-03-01T10:00:00Z"), "2031-03-01");
  assert.equal(givenIsoDate("2031-03"), "2031-03");
  assert.equal(givenIsoDate("2031"), "2031");
  assert.equal(givenIsoDate("03/01/2031"), null);
  assert.equal(givenIsoDate("2031-02-30"), null);
  assert.equal(givenIsoDate(20310301), null);
});

test("non-object JSON and numeric ids", () => {
  assert.deepEqual(parseJsonlLine("[1,2]", "s", 7), {
    ok: false,
    source: "s#7",
    error: "line 7 is not a JSON object",
  });
  const r = parseJsonlLine('{"id": 42, "text": "Tolls rise."}', "s", 1);
  assert.ok(r?.ok);
  assert.equal(r.doc.givenId, "42");
  assert.equal(parseJsonlLine("   ", "s", 2), null);
});
