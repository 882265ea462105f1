/**
 * @module The JSON API under /api: stories, a story with its timeline, articles, statements, stances, changes,
 * search and the streaming export. Thin: validate the query, call the store or a view, answer JSON; an unknown id
 * is a 404 whose message names it.
 */
import { Hono } from "hono";
import { HTTPException } from "hono/http-exception";
import { stream } from "hono/streaming";
import { EXPORT_SECTIONS, exportSection, RECORD_TYPE } from "../pipeline/export.ts";
import type { Store } from "../store/store.ts";
import {
  articleQuery,
  articlesQuery,
  emptyQuery,
  parseIndex,
  parseQuery,
  searchQuery,
  stancesQuery,
  statementsQuery,
  storiesQuery,
  storyQuery,
} from "./params.ts";
import { articleDetail } from "./views/article.ts";
import { entryComparison } from "./views/compare.ts";
import { stanceSeries } from "./views/stances.ts";
import { articleSummary, statementView, storyDetail } from "./views/story.ts";

export function notFound(kind: string, id: string): never {
  throw new HTTPException(404, { message: `no ${kind} "${id.slice(0, 80)}"` });
}

/** Stories in list order, or those whose articles match `q`. */
export async function storyList(store: Store, query: ReturnType<typeof storiesQuery.parse>) {
  if (query.q) {
    // the best 500 stories at most: past that a query is too broad to page through
    const found = await store.searchStories(query.q, 500);
    const stories = found.slice(query.offset, query.offset + query.limit);
    return { q: query.q, stories, total: found.length, ...page(query) };
  }
  const [stories, total] = await Promise.all([
    store.listStorySummaries({ limit: query.limit, offset: query.offset }),
    store.countStories(),
  ]);
  return { q: null, stories, total, ...page(query) };
}

export async function statementList(store: Store, query: ReturnType<typeof statementsQuery.parse>) {
  const { statements, total } = await store.findStatements({
    speaker: query.speaker,
    storyId: query.story,
    articleId: query.article,
    from: query.from,
    to: query.to,
    text: query.q,
    kind: query.kind,
    limit: query.limit,
    offset: query.offset,
  });
  const heads = await store.getArticleHeads([...new Set(statements.map((s) => s.articleId))]);
  const headOf = new Map(heads.map((a) => [a.id, a]));
  return {
    statements: statements.map((s) => {
      const head = headOf.get(s.articleId);
      return {
        ...statementView(s),
        outlet: head?.outlet ?? head?.source ?? null,
        published: head?.published ?? null,
        title: head?.title ?? null,
      };
    }),
    total,
    ...page(query),
  };
}

/** Full-text hits, and the stories of the best hits (in the order of their first hit). */
export async function searchAll(store: Store, query: ReturnType<typeof searchQuery.parse>) {
  const hits = await store.searchFullText(query.q, { limit: query.limit });
  const articleIds = [...new Set([...hits.articles, ...hits.statements].map((h) => h.articleId))];
  const storyOf = new Map((await store.getArticleHeads(articleIds)).map((a) => [a.id, a.storyId]));
  const storyIds = [...new Set(articleIds.flatMap((id) => storyOf.get(id) ?? []))].slice(0, 10);
  const byId = new Map((await store.listStorySummaries({ ids: storyIds })).map((s) => [s.id, s]));
  return { q: query.q, stories: storyIds.flatMap((id) => byId.get(id) ?? []), ...hits };
}

const page = (q: { limit: number; offset: number }) => ({ limit: q.limit, offset: q.offset });

export function apiRoutes(store: Store): Hono {
  const api = new Hono();
  api.get("/stories", async (c) => c.json(await storyList(store, parseQuery(storiesQuery, c.req.query()))));

  api.get("/stories/:id", async (c) => {
    const { limit, offset } = parseQuery(storyQuery, c.req.query());
    const detail = await storyDetail(store, c.req.param("id"), { limit, offset });
    return detail ? c.json(detail) : notFound("story", c.req.param("id"));
  });

  api.get("/stories/:id/stances", async (c) => {
    parseQuery(emptyQuery, c.req.query());
    const id = c.req.param("id");
    if (!(await store.getStory(id))) notFound("story", id);
    return c.json(await stanceSeries(store, { storyId: id }));
  });

  api.get("/stories/:id/entries/:index", async (c) => {
    parseQuery(emptyQuery, c.req.query());
    const id = c.req.param("id");
    const comparison = await entryComparison(store, id, parseIndex(c.req.param("index")));
    return comparison ? c.json(comparison) : notFound("timeline entry", `${id}/${c.req.param("index")}`);
  });

  api.get("/articles", async (c) => {
    const query = parseQuery(articlesQuery, c.req.query());
    const articles = await store.listArticles({
      storyId: query.story,
      limit: query.limit,
      offset: query.offset,
    });
    const total = query.story
      ? ((await store.getStory(query.story))?.articleIds.length ?? 0)
      : await store.countArticles();
    return c.json({ articles: articles.map(articleSummary), total, ...page(query) });
  });

  api.get("/articles/:id", async (c) => {
    const query = parseQuery(articleQuery, c.req.query());
    const detail = await articleDetail(store, c.req.param("id"), { removed: query.removed ?? false });
    return detail ? c.json(detail) : notFound("article", c.req.param("id"));
  });

  api.get("/statements", async (c) =>
    c.json(await statementList(store, parseQuery(statementsQuery, c.req.query()))),
  );

  api.get("/stances", async (c) => {
    const q = parseQuery(stancesQuery, c.req.query());
    const query = {
      holder: q.holder,
      event: q.event,
      participant: q.participant,
      storyId: q.story,
      limit: q.limit,
    };
    return c.json(await stanceSeries(store, query));
  });

  api.get("/changes", async (c) => {
    const q = parseQuery(stancesQuery, c.req.query());
    const query = {
      holder: q.holder,
      event: q.event,
      participant: q.participant,
      storyId: q.story,
      limit: q.limit,
    };
    return c.json({ changes: (await stanceSeries(store, query)).changes });
  });

  api.get("/search", async (c) => c.json(await searchAll(store, parseQuery(searchQuery, c.req.query()))));

  api.get("/export.jsonl", (c) => {
    parseQuery(emptyQuery, c.req.query());
    c.header("Content-Type", "application/x-ndjson; charset=utf-8");
    c.header("Content-Disposition", 'attachment; filename="dossier.jsonl"');
    return stream(c, async (out) => {
      for (const section of EXPORT_SECTIONS) {
        for await (const record of exportSection(store, section)) {
          if (out.aborted) return;
          await out.write(`${JSON.stringify({ type: RECORD_TYPE[section], ...record })}\n`);
        }
      }
    });
  });
  return api;
}
