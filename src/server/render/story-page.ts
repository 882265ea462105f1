/**
 * @module The story page: stance charts per holder and proposition, the visual timeline, the filterable table of
 * statements and events, and the articles with their outlets.
 */
import { dateSpan, precisionOf } from "../dates.ts";
import { html, queryString } from "../html.ts";
import type { StanceSeriesPage } from "../views/stances.ts";
import type { EntryView, StoryDetail } from "../views/story.ts";
import { type EntryFilter, entriesTable } from "./entries-table.ts";
import { dateLabel, page, pager } from "./layout.ts";
import { stanceChart } from "./stance-chart.ts";
import { timelineSvg } from "./timeline-svg.ts";

/** Charts drawn in full; smaller series are listed below them. */
const CHARTS = 8;

export function storyPage(detail: StoryDetail, stances: StanceSeriesPage, filter: EntryFilter): string {
  const { story } = detail;
  const charted = stances.series.slice(0, CHARTS);
  const rest = stances.series.slice(CHARTS);
  const outlets = new Set(detail.articles.flatMap((a) => (a.outlet ? [a.outlet] : [])));
  const partial = detail.total > detail.entries.length;
  const zoomed = closeUp(detail.entries);
  const body = html`<h1>${story.title}</h1>
<p class="meta">${story.articleCount} articles, ${outlets.size} named ${outlets.size === 1 ? "outlet" : "outlets"} ·
${story.entryCount} timeline entries · ${story.firstDate ?? "?"} … ${story.lastDate ?? "?"}</p>
<nav class="toc"><a href="#stances">Stances</a> <a href="#timeline">Timeline</a> <a href="#statements">Statements</a> <a href="#articles">Articles</a></nav>
<section id="stances"><h2>Stances over time</h2>
<p class="legend muted">Each point is a statement: filled when dated, hollow when undated and placed at the earliest its
article can be (≥); a pale band behind a point is the month or year its date names. Green leans open (happened, planned, possible, conditional), red closed (unlikely, ruled out);
a dashed line marks a change between them. Hover for the words and the condition; click to open the sentence.</p>
${
  charted.length
    ? charted.map((s, i) => stanceChart(s, `stance-${i}`))
    : html`<p class="muted">No stances found in this story.</p>`
}
${
  rest.length
    ? html`<details><summary>${rest.length} more holders and propositions</summary><ul>${rest.map(
        (s) =>
          html`<li>${s.holder} on ${[s.proposition.event, ...s.proposition.participants].join(" · ")}: ${s.points
            .map((p) => p.stance.replace("_", " "))
            .join(", ")}</li>`,
      )}</ul></details>`
    : null
}
</section>
<section id="timeline"><h2>Timeline</h2>
${partial ? html`<p class="muted">A long timeline: one page of its entries at a time.</p>${pager(`/stories/${story.id}`, { limit: detail.limit, offset: detail.offset }, detail.total)}` : null}
${timelineSvg(detail.entries)}
${zoomed ? html`<h3>Close-up: ${zoomed.from} … ${zoomed.to}</h3>${timelineSvg(zoomed.entries)}` : null}
</section>
<section id="statements"><h2>Statements and events</h2>
${entriesTable(story.id, detail.entries, filter)}
</section>
<section id="articles"><h2>Articles</h2>
<table class="articles"><thead><tr><th>published</th><th>outlet</th><th>title</th><th></th></tr></thead><tbody>
${detail.articles.map(
  (
    a,
  ) => html`<tr><td>${dateLabel(a.published, precisionOf(a.published))}</td><td>${a.outlet ?? html`<span class="muted">${a.source}</span>`}</td>
<td><a href="/articles/${a.id}">${a.title ?? a.id}</a></td><td>${a.duplicateOf ? html`copy of <a href="/articles/${a.duplicateOf}">${a.duplicateOf}</a>` : ""}</td></tr>`,
)}
</tbody></table>
</section>`;
  return page({
    title: story.title,
    json: `/api/stories/${encodeURIComponent(story.id)}${queryString({
      limit: partial ? detail.limit : null,
      offset: detail.offset || null,
    })}`,
    body,
  });
}

/**
 * When day-dated entries crowd into a small part of an axis stretched by a year- or month-dated one ("2022"),
 * a second timeline over just their days, so they can be told apart.
 */
function closeUp(entries: readonly EntryView[]): { from: string; to: string; entries: EntryView[] } | null {
  const days = entries.flatMap((e) => (e.precision === "day" && e.date ? [e.date] : [])).sort();
  const all = entries.flatMap((e) => {
    const span = dateSpan(e.date);
    return span ? [span] : [];
  });
  const first = dateSpan(days[0]);
  const last = dateSpan(days.at(-1));
  if (!first || !last || all.length === 0) return null;
  const full = Math.max(...all.map((s) => s.end)) - Math.min(...all.map((s) => s.start));
  if (last.end - first.start > full / 4) return null;
  const inside = entries.filter((e) => {
    const span = dateSpan(e.date);
    return span && span.start >= first.start && span.end <= last.end;
  });
  return { from: days[0] ?? "", to: days.at(-1) ?? "", entries: inside };
}
