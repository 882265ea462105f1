/**
 * @module The HTML pages, rendered on the server from the same views the JSON API returns (each page links to its
 * JSON twin): stories, a story, one entry's outlets, an article, statements, search.
 */
import { Hono } from "hono";
import type { Store } from "../store/store.ts";
import { notFound, searchAll, statementList, storyList } from "./api.ts";
import {
  articleQuery,
  emptyQuery,
  parseIndex,
  parseQuery,
  searchQuery,
  statementsQuery,
  storiesQuery,
  storyPageQuery,
} from "./params.ts";
import { articlePage } from "./render/article-page.ts";
import { comparePage } from "./render/compare-page.ts";
import { searchPage, statementsPage, storiesPage } from "./render/list-pages.ts";
import { storyPage } from "./render/story-page.ts";
import { articleDetail } from "./views/article.ts";
import { entryComparison } from "./views/compare.ts";
import { stanceSeries } from "./views/stances.ts";
import { storyDetail } from "./views/story.ts";

export function pageRoutes(store: Store): Hono {
  const pages = new Hono();
  pages.get("/", async (c) =>
    c.html(storiesPage(await storyList(store, parseQuery(storiesQuery, c.req.query())))),
  );

  pages.get("/stories/:id", async (c) => {
    const query = parseQuery(storyPageQuery, c.req.query());
    const id = c.req.param("id");
    const detail = await storyDetail(store, id, { limit: query.limit, offset: query.offset });
    if (!detail) notFound("story", id);
    const stances = await stanceSeries(store, { storyId: id });
    return c.html(storyPage(detail, stances, { speaker: query.speaker, kind: query.kind, q: query.q }));
  });

  pages.get("/stories/:id/entries/:index", async (c) => {
    parseQuery(emptyQuery, c.req.query());
    const id = c.req.param("id");
    const comparison = await entryComparison(store, id, parseIndex(c.req.param("index")));
    return comparison
      ? c.html(comparePage(comparison))
      : notFound("timeline entry", `${id}/${c.req.param("index")}`);
  });

  pages.get("/articles/:id", async (c) => {
    const query = parseQuery(articleQuery, c.req.query());
    const detail = await articleDetail(store, c.req.param("id"), { removed: true });
    return detail ? c.html(articlePage(detail, query.st ?? null)) : notFound("article", c.req.param("id"));
  });

  pages.get("/statements", async (c) => {
    const query = parseQuery(statementsQuery, c.req.query());
    return c.html(statementsPage(await statementList(store, query), query));
  });

  pages.get("/search", async (c) => {
    const q = c.req.query("q");
    if (!q?.trim()) return c.redirect("/");
    return c.html(searchPage(await searchAll(store, parseQuery(searchQuery, c.req.query()))));
  });
  return pages;
}
