/**
 * @module A story report as one self-contained HTML file: no scripts, a Content-Security-Policy that forbids them,
 * every piece of article text escaped. Stances per holder are drawn as a small SVG strip over a date axis.
 */
import type { TimelineRow } from "../cli/story-view.ts";
import type { StanceValue } from "../core/records.ts";
import { LEARNED_NOTE } from "./markdown.ts";
import type { ReportModel, StanceLine } from "./model.ts";

const ESCAPES: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#39;",
};
export const esc = (text: string | null | undefined): string =>
  (text ?? "—").replace(/[&<>"']/g, (c) => ESCAPES[c] ?? c);

const LEVEL: Record<StanceValue, number> = {
  happened: 5,
  planned: 4,
  possible: 3,
  conditional: 2,
  unlikely: 1,
  ruled_out: 0,
};

const STYLE = `body{font:15px/1.45 system-ui,sans-serif;max-width:72rem;margin:2rem auto;padding:0 1rem;color:#222}
table{border-collapse:collapse;width:100%;margin:.5rem 0 1.5rem}td,th{border-bottom:1px solid #ddd;padding:.3rem .5rem;
text-align:left;vertical-align:top}th{background:#f5f5f5}.s-ruled_out,.s-unlikely{color:#b00020}.s-possible,
.s-conditional{color:#8a5a00}.s-planned,.s-happened{color:#106b21}.muted{color:#777}svg text{font-size:11px}
blockquote{margin:.3rem 0 .3rem 1rem;color:#333}`;

export function renderHtml(r: ReportModel): string {
  const outlets = new Set(r.articles.map((a) => a.outlet ?? a.source));
  const body = [
    `<h1>${esc(r.story.title)}</h1>`,
    `<p class="muted">Story ${esc(r.story.id)} · ${r.articles.length} articles from ${outlets.size} outlets · report of ${esc(r.generated)}</p>`,
    r.speakers.length
      ? `<p>Who speaks: ${r.speakers.map((s) => `${esc(s.name)} (${s.statements})`).join(" · ")}</p>`
      : "",
    "<h2>Stances over time</h2>",
    r.stances.some((l) => l.points.some((p) => p.learned)) ? `<p class="muted">${LEARNED_NOTE}</p>` : "",
    ...(r.stances.length ? r.stances.map(stanceSection) : ["<p>No stances found.</p>"]),
    "<h2>Changes</h2>",
    r.changes.length
      ? `<ul>${r.changes
          .map(
            (c) =>
              `<li><b>${esc(c.holder)}</b> on ${esc([c.proposition.event, ...c.proposition.participants].join(" · "))}: ` +
              `<span class="s-${c.from.stance}">${c.from.stance}</span> (${esc(c.from.date ?? `≥ ${c.from.notBefore ?? "?"}`)}) → ` +
              `<span class="s-${c.to.stance}"><b>${c.to.stance}</b></span> (${esc(c.to.date ?? `≥ ${c.to.notBefore ?? "?"}`)})` +
              `<blockquote>before: “${esc(c.from.words)}” — ${esc(c.from.outlet)}</blockquote>` +
              `<blockquote>after: “${esc(c.to.words)}” — ${esc(c.to.outlet)}</blockquote></li>`,
          )
          .join("")}</ul>`
      : "<p>No stance changes found.</p>",
    "<h2>Timeline</h2>",
    `<table><tr><th>date</th><th>who / what</th><th>words</th><th>carried by</th></tr>${r.rows.map(timelineRow).join("")}</table>`,
    ...(r.comparisons.length
      ? [
          "<h2>How outlets worded it</h2>",
          ...r.comparisons.map(
            (c) =>
              `<h3>${esc(c.row.entry.date ?? "undated")} · ${esc(whoOf(c.row))}</h3><table><tr><th>outlet</th><th>wording</th><th>labels</th></tr>` +
              c.versions
                .map(
                  (v) =>
                    `<tr><td>${esc(v.outlet)}<br><span class="muted">${esc(v.published ?? "undated")}</span></td>` +
                    `<td>${esc(v.sentence)}</td><td>${esc(v.labels.join(", ") || "—")}</td></tr>`,
                )
                .join("") +
              "</table>",
          ),
        ]
      : []),
    "<h2>Sources</h2>",
    `<ul>${r.articles
      .map(
        (a) =>
          `<li><code>${esc(a.id)}</code> ${esc(a.published ?? "undated")}${a.publishedFrom === "inferred" ? " (inferred)" : ""} · ` +
          `${esc(a.outlet ?? a.source)} · ${esc(a.title)}${a.url ? ` · <span class="muted">${esc(a.url)}</span>` : ""}` +
          `${a.duplicateOf ? ` — copy of <code>${esc(a.duplicateOf)}</code>` : ""}</li>`,
      )
      .join("")}</ul>`,
  ];
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(r.story.title)}</title><style>${STYLE}</style></head>
<body>${body.join("\n")}</body></html>
`;
}

function stanceSection(line: StanceLine): string {
  const about = [line.proposition.event, ...line.proposition.participants].join(" · ");
  const rows = line.points
    .map(
      (p) =>
        `<tr><td>${esc(p.date ?? (p.notBefore ? `undated, ≥ ${p.notBefore}` : "undated"))}</td>` +
        `<td class="s-${p.stance}"><b>${p.stance}</b>${p.learned ? ' <span class="muted">(learned)</span>' : ""}</td><td>${esc(p.condition)}</td>` +
        `<td>“${esc(p.words)}”</td><td>${esc(p.outlet)}</td></tr>`,
    )
    .join("");
  return `<h3>${esc(line.holder)} on ${esc(about)}</h3>${stanceStrip(line)}
<table><tr><th>date</th><th>stance</th><th>condition</th><th>words</th><th>outlet</th></tr>${rows}</table>`;
}

/** Stance level (ruled out … happened) against the order of the dated points; undated points are left off. */
function stanceStrip(line: StanceLine): string {
  const points = line.points.filter((p) => p.date ?? p.notBefore);
  if (points.length < 2) return "";
  const width = 640;
  const step = (width - 120) / (points.length - 1);
  const y = (s: StanceValue) => 10 + (5 - LEVEL[s]) * 14;
  const coords = points.map((p, i) => [100 + i * step, y(p.stance)] as const);
  const labels = (Object.keys(LEVEL) as StanceValue[])
    .map((s) => `<text x="0" y="${y(s) + 4}">${s}</text>`)
    .join("");
  const path = coords.map(([x, yy], i) => `${i ? "L" : "M"}${x.toFixed(1)},${yy}`).join(" ");
  const dots = points
    .map((p, i) => {
      const [x, yy] = coords[i] ?? [0, 0];
      const when = p.date ?? `≥ ${p.notBefore}`;
      return `<circle cx="${x.toFixed(1)}" cy="${yy}" r="4" class="s-${p.stance}" fill="currentColor"><title>${esc(`${when}: ${p.stance}${p.condition ? ` — ${p.condition}` : ""}`)}</title></circle><text x="${(x - 28).toFixed(1)}" y="100">${esc(when)}</text>`;
    })
    .join("");
  return `<svg width="${width}" height="108" role="img" aria-label="stance over time">${labels}<path d="${path}" fill="none" stroke="#999"/>${dots}</svg>`;
}

function whoOf(row: TimelineRow): string {
  if (row.statement)
    return `${row.statement.speaker?.name ?? "unattributed"}${row.statement.via ? ` via ${row.statement.via}` : ""}`;
  return row.event ? `[${row.event.frame}]` : row.entry.ref;
}

function timelineRow(row: TimelineRow): string {
  const approx = row.entry.dateFrom === "published" ? "~" : "";
  const words = row.statement ? `“${esc(row.statement.content.text)}”` : esc(row.event?.text);
  return `<tr><td>${approx}${esc(row.entry.date ?? "undated")}</td><td>${esc(whoOf(row))}</td><td>${words}</td><td>${esc(row.outlets.join(", "))}</td></tr>`;
}
