/**
 * @module The behaviour every Store must show, as one suite that each implementation runs (SQLite today,
 * PostgreSQL next): `runStoreSuite("sqlite", () => SqliteStore.open(tmpfile))`.
 */
import assert from "node:assert/strict";
import { test } from "node:test";
import { sha256Hex, shortId } from "../core/hash.ts";
import type { Analysis, Article } from "../core/records.ts";
import type { Store } from "./store.ts";

export function fixtureArticle(text: string, overrides: Partial<Article> = {}): Article {
  const contentHash = sha256Hex(text);
  return {
    id: shortId("a", contentHash),
    contentHash,
    source: "fixtures/story.txt",
    format: "text",
    givenId: null,
    title: "Harbour talks resume",
    outlet: "The Harbour Times",
    url: null,
    published: "2025-03-14",
    publishedFrom: "header",
    author: null,
    lang: "en",
    text,
    removed: [{ text: "Also Read | Ferry fares rise", rule: "teaser", reason: "read-more teaser" }],
    ...overrides,
  };
}

export function fixtureAnalysis(text: string, quote: string): Analysis {
  const start = text.indexOf(quote);
  return {
    sentences: [{ start: 0, end: text.length, paragraph: 0 }],
    entities: [
      {
        id: "e1",
        name: "Mara Quill",
        type: "person",
        aliases: ["Quill"],
        mentions: [{ start: 0, end: 10 }],
        roles: [],
      },
    ],
    statements: [
      {
        id: "s1",
        speaker: { name: "Mara Quill", mention: "Mara Quill", start: 0, end: 10, entityId: "e1" },
        via: null,
        kind: "direct",
        cue: { text: "said", start: 11, end: 15 },
        content: { text: quote, start, end: start + quote.length },
        date: null,
      },
    ],
    timexes: [],
    events: [],
  };
}

export function runStoreSuite(name: string, open: () => Promise<Store> | Store): void {
  const text = 'Mara Quill said "the ferry talks resume on Monday" after the vote.';
  const quote = "the ferry talks resume on Monday";

  test(`${name}: stores a batch, and re-storing the same content is a no-op`, async () => {
    const store = await open();
    const article = fixtureArticle(text);
    const first = await store.saveArticles([{ article, analysis: fixtureAnalysis(text, quote) }]);
    assert.deepEqual(first, { added: [article.id], unchanged: [] });
    const again = await store.saveArticles([
      { article: { ...article, source: "elsewhere.txt" }, analysis: fixtureAnalysis(text, quote) },
    ]);
    assert.deepEqual(again, { added: [], unchanged: [article.id] });
    assert.equal(await store.countArticles(), 1);
    const stored = await store.getArticle(article.id);
    assert.equal(stored?.source, "fixtures/story.txt");
    assert.deepEqual(stored?.removed, article.removed);
    assert.equal(await store.getArticle("a_missing"), null);
    await store.close();
  });

  test(`${name}: corpus state maps speakers to corpus entities and marks copies and stories`, async () => {
    const store = await open();
    const a = fixtureArticle(text);
    const b = fixtureArticle(`${text} More later.`, { source: "copy.txt" });
    await store.saveArticles([
      { article: a, analysis: fixtureAnalysis(a.text, quote) },
      { article: b, analysis: fixtureAnalysis(b.text, quote) },
    ]);
    await store.saveCorpusState({
      entities: [{ id: "en_quill", name: "Mara Quill", type: "person", aliases: ["Quill"] }],
      entityIds: new Map([
        [a.id, new Map([["e1", "en_quill"]])],
        [b.id, new Map([["e1", "en_quill"]])],
      ]),
      duplicates: [{ articleId: b.id, duplicateOf: a.id, kind: "same", containment: 1 }],
      stories: [{ id: "st_1", title: "Ferry talks", articleIds: [a.id, b.id], timeline: [] }],
      stances: [],
    });
    const statements = await store.listStatements({ storyId: "st_1" });
    assert.equal(statements.length, 2);
    assert.equal(statements[0]?.speaker?.entityId, "en_quill");
    assert.equal(statements[0]?.id, `${a.id}.s1`);
    assert.equal((await store.getArticle(b.id))?.duplicateOf, a.id);
    assert.equal((await store.getArticle(a.id))?.storyId, "st_1");
    assert.equal((await store.listStories())[0]?.title, "Ferry talks");
    assert.equal((await store.listDuplicates()).length, 1);
    await store.close();
  });

  test(`${name}: full-text search finds articles and statements, and odd queries are not errors`, async () => {
    const store = await open();
    const article = fixtureArticle(text);
    await store.saveArticles([{ article, analysis: fixtureAnalysis(text, quote) }]);
    const hits = await store.search("ferry resume");
    assert.deepEqual(
      hits.map((h) => h.kind),
      ["article", "statement"],
    );
    assert.match(hits[0]?.snippet ?? "", /«ferry»/);
    assert.deepEqual(await store.search('Quill-"vote" AND (' as string), []);
    assert.deepEqual(await store.search("   "), []);
    await store.close();
  });

  test(`${name}: browsing reads stories, articles, statements, events and stances by id and filter`, async () => {
    const store = await open();
    const a = fixtureArticle(text);
    const b = fixtureArticle(`${text} Ferries sailed.`, { source: "b.txt", published: "2025-04-02" });
    await store.saveArticles([
      { article: a, analysis: fixtureAnalysis(a.text, quote) },
      { article: b, analysis: fixtureAnalysis(b.text, quote) },
    ]);
    const s1 = `${a.id}.s1`;
    const entry = { date: "2025-03-14", kind: "statement" as const, ref: s1, articleIds: [a.id, b.id] };
    await store.saveCorpusState({
      entities: [{ id: "en_quill", name: "Mara Quill", type: "person", aliases: ["Quill"] }],
      entityIds: new Map([[a.id, new Map([["e1", "en_quill"]])]]),
      duplicates: [],
      stories: [{ id: "st_1", title: "Ferry talks", articleIds: [a.id, b.id], timeline: [entry] }],
      stances: [
        {
          id: "sn_1",
          statementId: s1,
          holder: "Mara Quill",
          proposition: { event: "talks", participants: ["Dalmor", "Veskaria"] },
          stance: "planned",
          condition: null,
          date: "2025-03-14",
        },
      ],
    });
    assert.deepEqual(await store.listStorySummaries(), [
      {
        id: "st_1",
        title: "Ferry talks",
        articleCount: 2,
        entryCount: 1,
        firstDate: "2025-03-14",
        lastDate: "2025-03-14",
      },
    ]);
    assert.equal(await store.countStories(), 1);
    assert.deepEqual(
      (await store.searchStories("ferry")).map((s) => s.id),
      ["st_1"],
    );
    const heads = await store.getArticleHeads([b.id, "a_missing", a.id]);
    assert.deepEqual(
      heads.map((h) => h.id),
      [a.id, b.id],
    );
    assert.equal("text" in (heads[0] ?? {}), false);
    assert.deepEqual(
      (await store.getStatements([s1, "a_missing.s1"])).map((s) => s.speaker?.entityId),
      ["en_quill"],
    );
    assert.deepEqual(await store.getEvents(["a_missing.v1"]), []);
    const april = await store.findStatements({ speaker: "quill", from: "2025-04", to: "2025-04" });
    assert.deepEqual([april.total, april.statements[0]?.articleId], [1, b.id]);
    assert.equal((await store.findStatements({ text: "Monday", limit: 1 })).total, 2);
    assert.equal((await store.findStatements({ speaker: "Nobody" })).total, 0);
    assert.equal(
      (await store.findStances({ holder: "Mara Quill", participant: "Dalmor", storyId: "st_1" })).length,
      1,
    );
    assert.equal((await store.findStances({ event: "ceasefire" })).length, 0);
    const page = await store.searchFullText("ferry", { limit: 1, window: 1 });
    assert.deepEqual([page.articleMatches, page.articles.length, page.windowed], [2, 1, true]);
    assert.match(page.articles[0]?.snippet ?? "", /«ferry»/);
    await store.close();
  });
}
