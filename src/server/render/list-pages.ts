/**
 * @module The list pages: stories (with search), corpus-wide statements (filterable), and search results.
 */
import type { SearchHit, StorySummary } from "../../store/store.ts";
import type { searchAll, statementList, storyList } from "../api.ts";
import { precisionOf } from "../dates.ts";
import { type Html, html, queryString, snippetHtml } from "../html.ts";
import { statementHref } from "./entries-table.ts";
import { dateLabel, page, pager } from "./layout.ts";

type StoryList = Awaited<ReturnType<typeof storyList>>;
type StatementList = Awaited<ReturnType<typeof statementList>>;
type SearchResult = Awaited<ReturnType<typeof searchAll>>;

function storiesTable(stories: readonly StorySummary[]): Html {
  return html`<table class="stories"><thead><tr><th>story</th><th>articles</th><th>entries</th><th>dates</th></tr></thead><tbody>
${stories.map(
  (
    s,
  ) => html`<tr><td><a href="/stories/${s.id}">${s.title}</a></td><td>${s.articleCount}</td><td>${s.entryCount}</td>
<td>${s.firstDate ?? "?"} … ${s.lastDate ?? "?"}</td></tr>`,
)}</tbody></table>`;
}

export function storiesPage(list: StoryList): string {
  const body = html`<h1>Stories</h1>
<form class="filters" method="get" action="/" role="search">
<label>Find stories <input type="search" name="q" value="${list.q ?? ""}" placeholder="words in their articles"></label>
<button type="submit">Find</button></form>
${list.stories.length ? storiesTable(list.stories) : html`<p class="muted">No stories${list.q ? " match" : " yet: ingest some articles"}.</p>`}
${pager("/", { q: list.q ?? undefined, limit: list.limit, offset: list.offset }, list.total)}`;
  return page({
    title: list.q ? `Stories matching ${list.q}` : "Stories",
    json: `/api/stories${queryString({ q: list.q, limit: list.limit, offset: list.offset || null })}`,
    body,
  });
}

export interface StatementFilterView {
  readonly speaker?: string;
  readonly story?: string;
  readonly article?: string;
  readonly from?: string;
  readonly to?: string;
  readonly q?: string;
  readonly kind?: string;
  readonly limit: number;
  readonly offset: number;
}

export function statementsPage(list: StatementList, filter: StatementFilterView): string {
  const input = (name: keyof StatementFilterView, label: string, placeholder = "") =>
    html`<label>${label} <input type="search" name="${name}" value="${filter[name] ?? ""}" placeholder="${placeholder}"></label>`;
  const body = html`<h1>Statements</h1>
<form class="filters" method="get" action="/statements">
${input("speaker", "Speaker")}${input("q", "Words")}${input("from", "From", "2025-07")}${input("to", "To", "2025-09-05")}
${input("story", "Story", "st_…")}
<label>Kind <select name="kind">${["", "direct", "indirect", "mixed"].map(
    (k) => html`<option value="${k}"${filter.kind === k ? html` selected` : null}>${k || "any"}</option>`,
  )}</select></label>
<button type="submit">Filter</button></form>
<table class="entries"><thead><tr><th>date</th><th>speaker</th><th>via</th><th>kind</th><th>words</th><th>outlet</th></tr></thead><tbody>
${list.statements.map(
  (
    s,
  ) => html`<tr><td>${dateLabel(s.date ?? s.published, precisionOf(s.date ?? s.published), s.date ? "text" : "published")}</td>
<td>${s.speaker ?? html`<span class="muted">unattributed</span>`}</td><td>${s.via ?? ""}</td><td>${s.kind}</td>
<td><a href="${statementHref(s.articleId, s.localId)}">${s.content}</a></td><td>${s.outlet ?? ""}</td></tr>`,
)}</tbody></table>
${pager("/statements", { ...filter }, list.total)}`;
  const { limit, offset, ...rest } = filter;
  return page({
    title: "Statements",
    json: `/api/statements${queryString({ ...rest, limit, offset: offset || null })}`,
    body,
  });
}

function hitLink(hit: SearchHit): string {
  if (hit.kind === "article") return `/articles/${encodeURIComponent(hit.articleId)}`;
  const local = hit.id.slice(hit.id.lastIndexOf(".") + 1);
  return statementHref(hit.articleId, local);
}

export function searchPage(result: SearchResult): string {
  const hits = (title: string, list: readonly SearchHit[], matches: number) =>
    html`<section><h2>${title} (${matches} ${matches === 1 ? "match" : "matches"})</h2>${
      list.length
        ? html`<ol class="hits">${list.map(
            (h) =>
              html`<li><a href="${hitLink(h)}">${h.title ?? h.articleId}</a><br><span class="snippet">${snippetHtml(h.snippet)}</span></li>`,
          )}</ol>`
        : html`<p class="muted">None.</p>`
    }</section>`;
  const body = html`<h1>Search: ${result.q}</h1>
${result.windowed ? html`<p class="muted">Many matches: the most recent 1,000 of each kind were ranked by relevance.</p>` : null}
<section><h2>Stories</h2>${result.stories.length ? storiesTable(result.stories) : html`<p class="muted">None.</p>`}</section>
${hits("Statements", result.statements, result.statementMatches)}
${hits("Articles", result.articles, result.articleMatches)}`;
  return page({
    title: `Search: ${result.q}`,
    json: `/api/search${queryString({ q: result.q })}`,
    body,
    query: result.q,
  });
}
