/**
 * @module One fact as each outlet carried it, side by side: per article the outlet, date, title, the sentence in
 * its own words, and the labels that tell the wordings apart, each linked to the sentence in its article.
 */
import { precisionOf } from "../dates.ts";
import { html } from "../html.ts";
import type { EntryComparison } from "../views/compare.ts";
import { statementHref } from "./entries-table.ts";
import { dateLabel, page } from "./layout.ts";
import { entryTitle } from "./timeline-svg.ts";

export function comparePage(c: EntryComparison): string {
  const { entry } = c;
  const body = html`<p><a href="/stories/${c.story.id}#entry-${entry.index}">← ${c.story.title}</a></p>
<h1>How ${c.versions.length} ${c.versions.length === 1 ? "article" : "articles"} carried it</h1>
<p class="meta">${entryTitle(entry)}</p>
<div class="versions">
${c.versions.map(
  (v) => html`<article class="version">
<h2>${v.outlet ?? html`<span class="muted">unknown outlet</span>`}</h2>
<p class="muted">${dateLabel(v.published, precisionOf(v.published))} · ${v.title ?? v.articleId}</p>
<blockquote>${v.sentence}</blockquote>
${v.labels.length ? html`<p class="labels">${v.labels.map((l) => html`<span class="label">${l}</span> `)}</p>` : null}
<p><a href="${v.localId && entry.kind === "statement" ? statementHref(v.articleId, v.localId) : `/articles/${encodeURIComponent(v.articleId)}`}">in the article →</a></p>
</article>`,
)}
</div>
${c.versions.length === 0 ? html`<p class="muted">The articles of this entry could not be read.</p>` : null}`;
  return page({
    title: `Outlets: ${c.story.title}`,
    json: `/api/stories/${encodeURIComponent(c.story.id)}/entries/${entry.index}`,
    body,
  });
}
