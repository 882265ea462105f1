/**
 * @module The frame of every page: header with navigation and search, a link to the page's JSON twin (also as
 * `<link rel="alternate">`), the stylesheet and the one script module. No inline script or style anywhere.
 */
import type { DatePrecision } from "../dates.ts";
import { type Html, type HtmlValue, html } from "../html.ts";

export interface PageOptions {
  readonly title: string;
  /** Path of the same content as JSON under /api. */
  readonly json: string | null;
  readonly body: HtmlValue;
  readonly query?: string;
}

export function page(options: PageOptions): string {
  const json = options.json;
  return html`<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${options.title} · Dossier</title>
<link rel="stylesheet" href="/static/app.css">
<link rel="icon" href="/static/favicon.svg" type="image/svg+xml">
${json ? html`<link rel="alternate" type="application/json" href="${json}">` : null}
<script type="module" src="/static/app.js"></script>
</head>
<body>
<header class="top">
  <a class="brand" href="/">Dossier</a>
  <nav><a href="/">Stories</a> <a href="/statements">Statements</a> <a href="/openapi.json">API</a></nav>
  <form class="search" action="/search" method="get" role="search">
    <input type="search" name="q" value="${options.query ?? ""}" placeholder="Search articles and statements" aria-label="Search">
    <button type="submit">Search</button>
  </form>
  ${json ? html`<a class="json-link" href="${json}">JSON</a>` : null}
</header>
<main>
${options.body}
</main>
</body>
</html>
`.value;
}

const PRECISION_NOTE: Readonly<Record<DatePrecision, string>> = {
  day: "day",
  month: "month only",
  year: "year only",
};

/** A date with how precise it is and where it came from: `2025-07 (month only)`, `~2025-08-29` from publication. */
export function dateLabel(
  date: string | null,
  precision: DatePrecision | null,
  from: string | null = null,
  notBefore: string | null = null,
): Html {
  if (!date) {
    return notBefore
      ? html`<span class="date approx" title="undated; the article cannot be earlier">≥ ${notBefore}</span>`
      : html`<span class="date none">undated</span>`;
  }
  const approx = from === "published";
  const title = [
    precision ? `precision: ${PRECISION_NOTE[precision]}` : "unusual date form",
    approx ? "dated by the article's publication" : from === "text" ? "dated by the text" : null,
  ]
    .filter(Boolean)
    .join("; ");
  return html`<span class="date p-${precision ?? "other"}${approx ? " approx" : ""}" title="${title}">${approx ? "~" : ""}${date}${
    precision && precision !== "day" ? html` <small>(${PRECISION_NOTE[precision]})</small>` : null
  }</span>`;
}

export const stanceLabel = (stance: string): string => stance.replace("_", " ");

export function errorPage(status: number, message: string): string {
  return page({
    title: `${status}`,
    json: null,
    body: html`<h1>${status === 404 ? "Not found" : status === 400 ? "Bad request" : "Error"}</h1>
<p class="error-message">${message}</p><p><a href="/">Back to the stories</a></p>`,
  });
}

export function pager(
  base: string,
  params: Record<string, string | number | undefined>,
  total: number,
): Html {
  const limit = Number(params.limit ?? 50);
  const offset = Number(params.offset ?? 0);
  const link = (to: number, label: string) => {
    const search = new URLSearchParams();
    const entries: [string, string | number | undefined][] = Object.entries({ ...params, offset: to });
    for (const [k, v] of entries) {
      if (v !== undefined && v !== "" && !(k === "offset" && Number(v) === 0)) search.set(k, String(v));
    }
    return html`<a href="${`${base}?${search.toString()}`}">${label}</a>`;
  };
  return html`<p class="pager">${offset > 0 ? link(Math.max(0, offset - limit), "← previous") : null}
<span>${total === 0 ? 0 : offset + 1}–${Math.min(total, offset + limit)} of ${total}</span>
${offset + limit < total ? link(offset + limit, "next →") : null}</p>`;
}
