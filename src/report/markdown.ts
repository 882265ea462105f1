/** @module A story report as Markdown: summary, stances per holder over time, changes, timeline, outlets, sources. */
import type { TimelineRow } from "../cli/story-view.ts";
import type { ReportModel } from "./model.ts";

const md = (text: string | null | undefined): string =>
  (text ?? "—").replace(/\s+/g, " ").replace(/([\\`*_[\]<>|#])/g, "\\$1");

const quote = (text: string | null, max = 240): string =>
  text ? `“${md(text.length > max ? `${text.slice(0, max - 1)}…` : text)}”` : "—";

/** What "(learned)" beside a stance means. */
export const LEARNED_NOTE =
  "A stance marked (learned) was read by a model trained on annotated quotes: its words hold no cue the rules know. Check it against the words.";

export function renderMarkdown(r: ReportModel): string {
  const out: string[] = [];
  const dates = r.rows
    .map((row) => row.entry.date)
    .filter((d): d is string => d !== null)
    .sort();
  const outlets = [...new Set(r.articles.map((a) => a.outlet ?? a.source))];
  out.push(`# ${md(r.story.title)}`, "");
  out.push(
    `Story \`${r.story.id}\` · ${r.articles.length} articles from ${outlets.length} outlets · ` +
      `${dates.length ? `${dates[0]} – ${dates.at(-1)}` : "undated"} · report of ${r.generated}`,
    "",
  );
  if (r.speakers.length) {
    out.push("## Who speaks", "", r.speakers.map((s) => `${md(s.name)} (${s.statements})`).join(" · "), "");
  }
  out.push("## Stances over time", "");
  if (r.stances.length === 0) out.push("No stances found.", "");
  else if (r.stances.some((l) => l.points.some((p) => p.learned))) out.push(LEARNED_NOTE, "");
  for (const line of r.stances) {
    const about = [line.proposition.event, ...line.proposition.participants].join(" · ");
    out.push(
      `### ${md(line.holder)} on ${md(about)}`,
      "",
      "| date | stance | condition | words | outlet |",
      "|---|---|---|---|---|",
    );
    for (const p of line.points) {
      const date = p.date ?? (p.notBefore ? `undated, ≥ ${p.notBefore}` : "undated");
      out.push(
        `| ${date} | **${p.stance}**${p.learned ? " (learned)" : ""} | ${md(p.condition)} | ${quote(p.words, 160)} | ${md(p.outlet)} |`,
      );
    }
    out.push("");
  }
  out.push("## Changes", "");
  if (r.changes.length === 0) out.push("No stance changes found.", "");
  for (const c of r.changes) {
    const about = [c.proposition.event, ...c.proposition.participants].join(" · ");
    out.push(
      `- **${md(c.holder)}** on ${md(about)}: ${c.from.stance} (${c.from.date ?? `≥ ${c.from.notBefore ?? "?"}`}) → ` +
        `**${c.to.stance}** (${c.to.date ?? `≥ ${c.to.notBefore ?? "?"}`})`,
      `  - before: ${quote(c.from.words, 160)} — ${md(c.from.outlet)}`,
      `  - after: ${quote(c.to.words, 160)} — ${md(c.to.outlet)}`,
    );
  }
  out.push("", "## Timeline", "", "| date | who / what | words | carried by |", "|---|---|---|---|");
  for (const row of r.rows) out.push(timelineRow(row));
  if (r.comparisons.length) {
    out.push("", "## How outlets worded it", "");
    for (const c of r.comparisons) {
      out.push(`### ${c.row.entry.date ?? "undated"} · ${md(whoOf(c.row))}`, "");
      for (const v of c.versions) {
        const labels = v.labels.length ? ` _(labels: ${v.labels.map(md).join(", ")})_` : "";
        out.push(`- **${md(v.outlet)}** (${v.published ?? "undated"}): ${quote(v.sentence, 400)}${labels}`);
      }
      out.push("");
    }
  }
  out.push("", "## Sources", "");
  for (const a of r.articles) {
    const copy = a.duplicateOf ? ` — copy of \`${a.duplicateOf}\`` : "";
    out.push(
      `- \`${a.id}\` ${a.published ?? "undated"}${a.publishedFrom === "inferred" ? " (inferred)" : ""} · ` +
        `${md(a.outlet ?? a.source)} · ${md(a.title)}${a.url ? ` · <${a.url}>` : ""}${copy}`,
    );
  }
  return `${out.join("\n")}\n`;
}

function whoOf(row: TimelineRow): string {
  if (row.statement)
    return `${row.statement.speaker?.name ?? "unattributed"}${row.statement.via ? ` via ${row.statement.via}` : ""}`;
  return row.event ? `[${row.event.frame}]` : row.entry.ref;
}

function timelineRow(row: TimelineRow): string {
  const approx = row.entry.dateFrom === "published" ? "~" : "";
  const words = row.statement ? quote(row.statement.content.text, 200) : md(row.event?.text);
  return `| ${approx}${row.entry.date ?? "undated"} | ${md(whoOf(row))} | ${words} | ${row.outlets.map(md).join(", ")} |`;
}
