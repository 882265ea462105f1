/** @module Plain-text views for the terminal. Scripts should use --json; these are for reading. */
import type { Story } from "../core/records.ts";
import type { StoredArticle, StoredStatement } from "../store/store.ts";
import { cell } from "./output.ts";
import type { StoryView } from "./story-view.ts";

export function formatArticleRow(a: StoredArticle): string {
  const copy = a.duplicateOf ? `  (copy of ${a.duplicateOf})` : "";
  return `${a.id}  ${cell(a.published, 10)}  ${cell(a.outlet, 22)}  ${a.title ?? "(untitled)"}${copy}`;
}

export function formatStoryRow(s: Story): string {
  const dates = s.timeline
    .map((e) => e.date)
    .filter((d): d is string => d !== null)
    .sort();
  const range = dates.length ? `${dates[0]} … ${dates[dates.length - 1]}` : "undated";
  const n = s.articleIds.length;
  return `${s.id}  ${String(n).padStart(3)} article${n === 1 ? " " : "s"}  ${cell(range, 24)}  ${s.title}`;
}

export function formatStatement(s: StoredStatement): string {
  const who = s.speaker ? s.speaker.name : "(unattributed)";
  const via = s.via ? ` via ${s.via}` : "";
  // mixed content carries its own quotation marks around the quoted fragment
  const words = s.kind === "direct" ? `“${s.content.text}”` : s.content.text;
  return `${who}${via} [${s.kind}, ${s.cue.text}]: ${words}`;
}

export function formatArticle(
  a: StoredArticle,
  statements: readonly StoredStatement[],
  removed: boolean,
): string {
  const lines = [
    `${a.title ?? "(untitled)"}`,
    `id ${a.id} · ${a.outlet ?? "outlet unknown"} · published ${a.published ?? "unknown"}` +
      (a.publishedFrom ? ` (from ${a.publishedFrom})` : ""),
    `source ${a.source}${a.url ? ` · ${a.url}` : ""}${a.author ? ` · by ${a.author}` : ""}`,
    ...(a.duplicateOf ? [`copy of ${a.duplicateOf}`] : []),
    ...(a.storyId ? [`story ${a.storyId}`] : []),
    "",
    a.text,
    "",
    `Statements (${statements.length}):`,
    ...statements.map((s) => `  ${s.date ?? "          "}  ${formatStatement(s)}`),
  ];
  if (removed) {
    lines.push("", `Removed by cleaning (${a.removed.length}):`);
    for (const r of a.removed) lines.push(`  [${r.rule}] ${r.reason}: ${JSON.stringify(r.text)}`);
  }
  return `${lines.join("\n")}\n`;
}

export function formatTimeline(view: StoryView): string {
  const lines = [
    `${view.story.title}`,
    `story ${view.story.id} · ${view.story.articleIds.length} articles`,
    "",
  ];
  for (const row of view.rows) {
    const approx = row.entry.dateFrom === "published" ? "~" : " ";
    const date = `${approx}${cell(row.entry.date ?? "undated", 10)}`;
    const what = row.statement
      ? formatStatement(row.statement)
      : row.event
        ? `[${row.event.frame}] ${row.event.text}${row.event.participants.length ? ` (${row.event.participants.join(", ")})` : ""}`
        : row.entry.ref;
    lines.push(`${date}  ${what}`, `             carried by: ${row.outlets.join(", ")}`);
  }
  return `${lines.join("\n")}\n`;
}
