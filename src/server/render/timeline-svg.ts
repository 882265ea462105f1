/**
 * @module The story's visual timeline as plain SVG: a date axis, events in the upper band and statements below,
 * a day drawn as a dot and a month or year as a bar over the span it covers (a date is never more precise on
 * screen than in the text). Each mark links to its row in the table below and says what it is on hover.
 */
import { dateSpan, dayScale, ticks } from "../dates.ts";
import { type Html, html } from "../html.ts";
import type { EntryView } from "../views/story.ts";

const WIDTH = 1000;
const LEFT = 70;
const RIGHT = WIDTH - 20;
const LANE = 10;
const MAX_LANES = 24;

interface Placed {
  readonly entry: EntryView;
  readonly x0: number;
  readonly x1: number;
  lane: number;
}

/** Greedy lanes: each mark goes to the first lane where it does not touch the previous mark. */
function assignLanes(marks: Placed[]): number {
  const ends: number[] = [];
  for (const mark of marks.sort((a, b) => a.x0 - b.x0)) {
    let lane = ends.findIndex((end) => end + 2 <= mark.x0 - 4);
    if (lane < 0) lane = ends.length < MAX_LANES ? ends.length : ends.indexOf(Math.min(...ends));
    ends[lane] = Math.max(mark.x1, mark.x0 + 4);
    mark.lane = lane;
  }
  return Math.max(1, ends.length);
}

export function entryTitle(entry: EntryView): string {
  const when = entry.date ? `${entry.dateFrom === "published" ? "~" : ""}${entry.date}` : "undated";
  if (entry.statement) {
    const s = entry.statement;
    const who = `${s.speaker ?? "unattributed"}${s.via ? ` via ${s.via}` : ""}`;
    return `${when} · ${who} (${s.kind}): ${s.content.slice(0, 240)} — ${entry.outlets.join(", ")}`;
  }
  const e = entry.event;
  return `${when} · event: ${e?.frame ?? "?"} ${e ? `(${e.participants.join(", ")})` : ""} — ${entry.outlets.join(", ")}`;
}

export function timelineSvg(entries: readonly EntryView[]): Html {
  const dated = entries.flatMap((entry) => {
    const span = dateSpan(entry.date);
    return span ? [{ entry, span }] : [];
  });
  if (dated.length === 0) return html`<p class="muted">No dated entries to draw.</p>`;
  const from = Math.min(...dated.map((d) => d.span.start));
  const to = Math.max(...dated.map((d) => d.span.end));
  const x = dayScale(from, to, LEFT, RIGHT);
  const place = (kind: EntryView["kind"]): Placed[] =>
    dated
      .filter((d) => d.entry.kind === kind)
      .map(({ entry, span }) => ({
        entry,
        x0: x(span.start),
        x1: span.precision === "day" ? x(span.start) : Math.max(x(span.end), x(span.start) + 3),
        lane: 0,
      }));
  const events = place("event");
  const statements = place("statement");
  const eventLanes = events.length ? assignLanes(events) : 0;
  const statementLanes = statements.length ? assignLanes(statements) : 0;
  const eventTop = 24;
  const statementTop = eventTop + eventLanes * LANE + (eventLanes ? 18 : 0);
  const axisY = statementTop + statementLanes * LANE + 10;
  const height = axisY + 24;
  const mark = (m: Placed, top: number) => {
    const y = top + m.lane * LANE + LANE / 2;
    const kind = m.entry.kind;
    const approx = m.entry.dateFrom === "published" ? " approx" : "";
    const shape =
      m.entry.precision === "day"
        ? html`<circle cx="${m.x0.toFixed(1)}" cy="${y}" r="3.5" class="mark ${kind}${approx}"></circle>`
        : html`<rect x="${m.x0.toFixed(1)}" y="${y - 3}" width="${(m.x1 - m.x0).toFixed(1)}" height="6" rx="3" class="mark span ${kind}${approx}"></rect>`;
    return html`<a href="#entry-${m.entry.index}" class="tl-mark" data-entry="${m.entry.index}">${shape}<title>${entryTitle(m.entry)}</title></a>`;
  };
  const axis = ticks(from, to, 10).map(
    (t) =>
      html`<g class="tick"><line x1="${x(t.day).toFixed(1)}" x2="${x(t.day).toFixed(1)}" y1="${eventTop - 6}" y2="${axisY}"></line><text x="${x(t.day).toFixed(1)}" y="${axisY + 16}" text-anchor="middle">${t.label}</text></g>`,
  );
  const undated = entries.length - dated.length;
  return html`<figure class="timeline-figure">
<svg class="timeline" viewBox="0 0 ${WIDTH} ${height}" width="100%" role="img" aria-label="Timeline of ${entries.length} entries">
<g class="axis">${axis}<line class="baseline" x1="${LEFT}" x2="${RIGHT}" y1="${axisY}" y2="${axisY}"></line></g>
${events.length ? html`<text class="band-label" x="4" y="${eventTop + 8}">events</text>` : null}
<text class="band-label" x="4" y="${statementTop + 8}">statements</text>
<g class="events">${events.map((m) => mark(m, eventTop))}</g>
<g class="statements">${statements.map((m) => mark(m, statementTop))}</g>
</svg>
<figcaption>${dated.length} dated entries: a dot is a day, a bar a month or a year (the date is only that precise); hollow marks are dated by publication, not by the text.${
    undated
      ? ` ${undated} undated ${undated === 1 ? "entry is" : "entries are"} listed in the table only.`
      : ""
  }</figcaption>
</figure>`;
}
