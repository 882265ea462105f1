/**
 * The JSON API over the example corpus (examples/corpus ingested into a temporary SQLite file), called in process
 * through the Hono app: listings, details, filters, 400s and 404s, the OpenAPI document, the streaming export and
 * the token-guarded ingest.
 */
import assert from "node:assert/strict";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { before, test } from "node:test";
import type { Hono } from "hono";
import { ingestPaths } from "../pipeline/ingest-run.ts";
import { SqliteStore } from "../store/sqlite-store.ts";
import { createApp } from "./app.ts";

const TOKEN = "test-token-0123456789";
let app: Hono;
let store: SqliteStore;

// biome-ignore lint/suspicious/noExplicitAny: JSON answers are checked field by field
const getJson = async (path: string, status = 200): Promise<any> => {
  const response = await app.request(path);
  assert.equal(response.status, status, `${path}: ${await response.clone().text()}`);
  assert.match(response.headers.get("content-type") ?? "", /application\/json/);
  return response.json();
};

before(async () => {
  store = SqliteStore.open(join(mkdtempSync(join(tmpdir(), "dossier-api-")), "example.db"));
  const summary = await ingestPaths(["examples/corpus"], store);
  assert.equal(summary.failed, 0);
  app = createApp({ store, token: TOKEN });
});

test("stories list, search and paging", async () => {
  const all = await getJson("/api/stories");
  assert.equal(all.total, 3);
  assert.ok(all.stories.every((s: { articleCount: number }) => s.articleCount > 0));
  const page = await getJson("/api/stories?limit=1&offset=1");
  assert.equal(page.stories.length, 1);
  assert.equal(page.stories[0].id, all.stories[1].id);
  const found = await getJson("/api/stories?q=steel%20merger");
  assert.equal(found.stories[0]?.title.includes("steel"), true);
});

test("story detail resolves every timeline entry, pages it, and 404s an unknown id", async () => {
  const { stories } = await getJson("/api/stories");
  const id = stories[0].id;
  const detail = await getJson(`/api/stories/${id}`);
  assert.equal(detail.entries.length, detail.total);
  for (const entry of detail.entries) {
    assert.ok(entry.statement || entry.event, `entry ${entry.index} resolved`);
    assert.ok(entry.outlets.length >= 1);
    if (entry.statement) assert.equal(entry.statement.id, entry.ref);
  }
  const slice = await getJson(`/api/stories/${id}?limit=2&offset=3`);
  assert.deepEqual(
    slice.entries.map((e: { index: number }) => e.index),
    [3, 4],
  );
  const missing = await getJson("/api/stories/st_nope", 404);
  assert.match(missing.error.message, /no story "st_nope"/);
  await getJson(`/api/stories/${id}?limit=0`, 400);
  await getJson(`/api/stories/${id}?colour=red`, 400);
});

test("article detail: offsets index the text, removals only on request", async () => {
  const { articles } = await getJson("/api/articles?limit=50");
  assert.equal(articles.length, await store.countArticles());
  const withStatements = [];
  for (const a of articles) {
    const detail = await getJson(`/api/articles/${a.id}`);
    assert.equal(detail.removed, undefined);
    for (const s of detail.statements) {
      assert.equal(detail.article.text.slice(s.contentSpan.start, s.contentSpan.end), s.content);
    }
    if (detail.statements.length) withStatements.push(a.id);
  }
  assert.ok(withStatements.length > 5);
  const removed = await getJson(`/api/articles/${articles[0].id}?removed=true`);
  assert.ok(Array.isArray(removed.removed));
  await getJson("/api/articles/a_missing", 404);
  await getJson(`/api/articles/${articles[0].id}?removed=maybe`, 400);
});

test("statements filter by speaker, story, date range, kind and words", async () => {
  const all = await getJson("/api/statements?limit=500");
  const speaker = all.statements.find((s: { speaker: string | null }) => s.speaker)?.speaker as string;
  const surname = speaker.split(" ").at(-1) as string;
  const bySpeaker = await getJson(`/api/statements?speaker=${encodeURIComponent(surname.toLowerCase())}`);
  assert.ok(bySpeaker.total > 0);
  assert.ok(bySpeaker.statements.every((s: { speaker: string }) => s.speaker.includes(surname)));
  const april = await getJson("/api/statements?from=2025-04&to=2025-04&limit=500");
  assert.ok(april.total > 0 && april.total < all.total);
  for (const s of april.statements) assert.ok((s.date ?? s.published).startsWith("2025-04"), s.id);
  const direct = await getJson("/api/statements?kind=direct&limit=500");
  assert.ok(direct.statements.every((s: { kind: string }) => s.kind === "direct"));
  const words = await getJson("/api/statements?q=prisoners");
  assert.ok(words.statements.every((s: { content: string }) => /prisoner/i.test(s.content)));
  const { stories } = await getJson("/api/stories");
  const inStory = await getJson(`/api/statements?story=${stories[0].id}&limit=500`);
  assert.ok(inStory.total > 0 && inStory.total < all.total);
  const bad = await getJson("/api/statements?from=March", 400);
  assert.match(bad.error.message, /from: expected a date/);
});

test("stances by holder and proposition, with changes", async () => {
  const all = await getJson("/api/stances");
  assert.ok(all.series.length > 0);
  const top = all.series[0];
  const holder = await getJson(`/api/stances?holder=${encodeURIComponent(top.holder)}`);
  assert.ok(holder.series.every((s: { holder: string }) => s.holder === top.holder));
  const about = await getJson(`/api/stances?event=${top.proposition.event}`);
  assert.ok(
    about.series.every(
      (s: { proposition: { event: string } }) => s.proposition.event === top.proposition.event,
    ),
  );
  const changes = await getJson("/api/changes");
  assert.ok(Array.isArray(changes.changes));
  for (const c of changes.changes) assert.notEqual(c.fromLeaning, c.toLeaning);
});

test("search finds articles and statements; a missing query is a 400", async () => {
  const hits = await getJson("/api/search?q=ceasefire");
  assert.ok(hits.articles.length > 0 && hits.statements.length > 0);
  assert.match(hits.articles[0].snippet, /«/);
  await getJson("/api/search", 400);
  await getJson("/api/search?q=x&limit=1000", 400);
});

test("OpenAPI document lists every route with the validated parameters", async () => {
  const doc = await getJson("/openapi.json");
  assert.equal(doc.openapi, "3.1.0");
  for (const path of ["/api/stories", "/api/stories/{id}", "/api/statements", "/api/search", "/api/ingest"]) {
    assert.ok(doc.paths[path], path);
  }
  const names = doc.paths["/api/statements"].get.parameters.map((p: { name: string }) => p.name);
  for (const name of ["speaker", "story", "from", "to", "q", "kind", "limit"])
    assert.ok(names.includes(name));
});

test("export streams every record as JSON lines", async () => {
  const response = await app.request("/api/export.jsonl");
  assert.equal(response.status, 200);
  const lines = (await response.text())
    .trim()
    .split("\n")
    .map((l) => JSON.parse(l));
  assert.equal(lines.filter((l) => l.type === "article").length, await store.countArticles());
  assert.ok(lines.some((l) => l.type === "stance"));
});

test("ingest is refused without the token, and stores with it", async () => {
  const doc =
    "Harbour Weekly\nPublished: 02.07.2025\n\nFerry strike ends\n\nMara Quill said the ferries run again.";
  const post = (headers: Record<string, string>, body = doc) =>
    app.request("/api/ingest", {
      method: "POST",
      headers: { "content-type": "text/plain", ...headers },
      body,
    });
  assert.equal((await post({})).status, 401);
  assert.equal((await post({ authorization: "Bearer wrong-token-123" })).status, 401);
  const disabled = createApp({ store, token: null });
  const refused = await disabled.request("/api/ingest", {
    method: "POST",
    headers: { authorization: `Bearer ${TOKEN}` },
    body: doc,
  });
  assert.equal(refused.status, 403);
  assert.equal((await post({ authorization: `Bearer ${TOKEN}`, "content-type": "image/png" })).status, 415);
  const before = await store.countArticles();
  const ok = await post({ authorization: `Bearer ${TOKEN}` });
  assert.equal(ok.status, 200, await ok.clone().text());
  assert.equal(((await ok.json()) as { added: number }).added, 1);
  assert.equal(await store.countArticles(), before + 1);
  const again = await post({ "x-dossier-token": TOKEN });
  assert.equal(((await again.json()) as { unchanged: number }).unchanged, 1);
});
