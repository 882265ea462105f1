/**
 * @module One holder's stance on one proposition over time, as plain SVG: the six stances as rows (happened at the
 * top, ruled out at the bottom), each stance a point linked to the sentence that carries it, its condition and
 * words on hover, the steps joined by a line and each change between open and closed marked. A point dated only
 * to a month or year sits mid-span over a pale band covering it; an undated point placed by the earliest its
 * article can be is hollow and reads "≥ date"; unplaced points sit in a column apart.
 */
import type { StanceValue } from "../../core/records.ts";
import { dateSpan, dayScale, ticks } from "../dates.ts";
import { type Html, html } from "../html.ts";
import type { StancePoint, StanceSeries } from "../views/stances.ts";
import { stanceLabel } from "./layout.ts";

export const STANCE_ROWS: readonly StanceValue[] = [
  "happened",
  "planned",
  "possible",
  "conditional",
  "unlikely",
  "ruled_out",
];

const WIDTH = 1000;
const LEFT = 90;
const PLOT_RIGHT = 900;
const UNDATED_X = 950;
const ROW = 22;
const TOP = 34;
/** Lists this long or shorter start open under their chart; longer ones start folded. */
const OPEN_LIST = 12;

export function pointTitle(p: StancePoint): string {
  const when = p.date ?? (p.notBefore ? `undated, not before ${p.notBefore}` : "undated");
  return [
    `${when} · ${stanceLabel(p.stance)}${p.learned ? " (learned reading: no known cue in the words)" : ""}`,
    p.condition ? `condition: ${p.condition}` : null,
    p.words ? `“${p.words.slice(0, 300)}”` : null,
    p.outlet ? `— ${p.outlet}` : null,
  ]
    .filter(Boolean)
    .join("\n");
}

export const pointHref = (p: StancePoint): string | null =>
  p.articleId
    ? `/articles/${encodeURIComponent(p.articleId)}?st=${encodeURIComponent(p.localId)}#st-${p.localId}`
    : null;

export function stanceChart(series: StanceSeries, id: string): Html {
  const placed = series.points.flatMap((p) => {
    const span = dateSpan(p.place);
    return span ? [{ p, span }] : [];
  });
  const unplaced = series.points.filter((p) => !dateSpan(p.place));
  const from = placed.length ? Math.min(...placed.map((d) => d.span.start)) - 3 : 0;
  const to = placed.length ? Math.max(...placed.map((d) => d.span.end)) + 3 : 1;
  const x = dayScale(from, to, LEFT, PLOT_RIGHT);
  const y = (stance: StanceValue) => TOP + STANCE_ROWS.indexOf(stance) * ROW + ROW / 2;
  const axisY = TOP + STANCE_ROWS.length * ROW;
  const height = axisY + 24;
  const xOf = (span: { start: number; end: number }) => x((span.start + span.end) / 2);
  const line = placed.map(({ p, span }) => `${xOf(span).toFixed(1)},${y(p.stance)}`).join(" ");
  const unplacedX = (i: number) => UNDATED_X + ((i % 3) - 1) * 12;
  const point = (p: StancePoint, cx: number) => {
    const href = pointHref(p);
    const shape = html`<circle cx="${cx.toFixed(1)}" cy="${y(p.stance)}" r="6" class="pt ${p.leaning}${p.date ? "" : " approx"}"></circle><title>${pointTitle(p)}</title>`;
    return href
      ? html`<a href="${href}" class="stance-point" data-stance="${p.stance}" data-place="${p.place ?? ""}">${shape}</a>`
      : html`<g class="stance-point">${shape}</g>`;
  };
  const changeMarks = series.changes.flatMap((c, i) => {
    const span = dateSpan(c.place);
    if (!span) return [];
    const cx = xOf(span);
    return [
      html`<g class="change ${c.toLeaning}"><line x1="${cx.toFixed(1)}" x2="${cx.toFixed(1)}" y1="${TOP - 28}" y2="${axisY}"></line><text x="${(cx > 650 ? cx - 4 : cx + 4).toFixed(1)}" y="${i % 2 ? TOP - 18 : TOP - 4}" text-anchor="${cx > 650 ? "end" : "start"}">turn: ${stanceLabel(c.fromStance)} → ${stanceLabel(c.toStance)} (${c.place})</text><title>Change from ${c.fromLeaning} to ${c.toLeaning} at ${c.place ?? "?"}</title></g>`,
    ];
  });
  const axis = placed.length
    ? ticks(from, to, 8).map(
        (t) =>
          html`<g class="tick"><line x1="${x(t.day).toFixed(1)}" x2="${x(t.day).toFixed(1)}" y1="${TOP}" y2="${axisY}"></line><text x="${x(t.day).toFixed(1)}" y="${axisY + 16}" text-anchor="middle">${t.label}</text></g>`,
      )
    : [];
  const about = [series.proposition.event, ...series.proposition.participants].join(" · ");
  return html`<figure class="stance-figure" id="${id}">
<figcaption><b>${series.holder}</b> on <b>${about}</b> — ${series.points.length} ${series.points.length === 1 ? "stance" : "stances"}${
    series.changes.length
      ? `, ${series.changes.length} ${series.changes.length === 1 ? "change" : "changes"}`
      : ""
  }</figcaption>
<svg class="stance-chart" viewBox="0 0 ${WIDTH} ${height}" width="100%" role="img" aria-label="${series.holder}'s stance on ${about} over time">
<g class="rows">${STANCE_ROWS.map(
    (s) =>
      html`<g class="row"><line x1="${LEFT}" x2="${UNDATED_X + 30}" y1="${y(s)}" y2="${y(s)}"></line><text x="${LEFT - 8}" y="${y(s) + 4}" text-anchor="end" class="s-${s}">${stanceLabel(s)}</text></g>`,
  )}</g>
<g class="axis">${axis}</g>
${unplaced.length ? html`<text class="undated-label" x="${UNDATED_X}" y="${axisY + 16}" text-anchor="middle">undated</text><line class="divider" x1="${UNDATED_X - 25}" x2="${UNDATED_X - 25}" y1="${TOP}" y2="${axisY}"></line>` : null}
${placed.length > 1 ? html`<polyline class="steps" points="${line}"></polyline>` : null}
${changeMarks}
<g class="spans">${placed
    .filter(({ span }) => span.precision !== "day")
    .map(
      ({ p, span }) =>
        html`<rect class="pt-span ${p.leaning}" x="${x(span.start).toFixed(1)}" y="${y(p.stance) - 4}" width="${(x(span.end) - x(span.start)).toFixed(1)}" height="8" rx="4"></rect>`,
    )}</g>
<g class="points">${spread(placed.map(({ p, span }) => ({ p, x: xOf(span) }))).map(({ p, x }) => point(p, x))}${unplaced.map((p, i) => point(p, unplacedX(i)))}</g>
</svg>
<details class="stance-list"${series.points.length <= OPEN_LIST ? html` open` : null}><summary>the ${series.points.length} statements</summary>
<ol class="stance-points">${series.points.map((p) => {
    const href = pointHref(p);
    const when = p.date ?? (p.notBefore ? `≥ ${p.notBefore}` : "undated");
    return html`<li><span class="date">${when}</span> <span class="s-${p.stance}">${stanceLabel(p.stance)}</span>${
      p.learned
        ? html` <span class="muted" title="read by the learned model: no known cue in the words">(learned)</span>`
        : null
    }${
      p.condition ? html` <span class="condition">if/when: ${p.condition}</span>` : null
    } — ${href ? html`<a href="${href}">“${p.words ?? "statement"}”</a>` : html`“${p.words ?? ""}”`} <span class="muted">${p.outlet ?? ""}</span></li>`;
  })}</ol></details>
</figure>`;
}

/** Points that would sit on one another (same stance, same place) are set side by side, 9 px apart. */
function spread(points: readonly { p: StancePoint; x: number }[]): { p: StancePoint; x: number }[] {
  const seen = new Map<string, number>();
  return points.map(({ p, x }) => {
    const key = `${Math.round(x)}|${p.stance}`;
    const k = seen.get(key) ?? 0;
    seen.set(key, k + 1);
    return { p, x: x + (k % 2 ? 1 : -1) * Math.ceil(k / 2) * 9 };
  });
}
