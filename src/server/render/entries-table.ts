/**
 * @module The story's statements and events as a table (date with precision, speaker, via, kind, words, outlets),
 * filterable by speaker, kind and words: a plain GET form that works without scripts, which the page script turns
 * into live filtering. Each statement's words link to its sentence in its article; an entry carried by several
 * outlets links to their wording side by side.
 */
import { type Html, html } from "../html.ts";
import type { EntryView } from "../views/story.ts";
import { dateLabel } from "./layout.ts";

export interface EntryFilter {
  readonly speaker?: string;
  readonly kind?: string;
  readonly q?: string;
}

const fold = (text: string): string => text.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase();

export function entryMatches(entry: EntryView, filter: EntryFilter): boolean {
  const s = entry.statement;
  if (filter.speaker && !(s?.speaker && fold(s.speaker).includes(fold(filter.speaker)))) return false;
  if (filter.kind && s?.kind !== filter.kind) return false;
  if (filter.q) {
    const words = fold(`${s?.speaker ?? ""} ${s?.content ?? ""} ${entry.event?.text ?? ""}`);
    if (
      !fold(filter.q)
        .split(/\s+/)
        .filter(Boolean)
        .every((w) => words.includes(w))
    )
      return false;
  }
  return true;
}

export const statementHref = (articleId: string, localId: string): string =>
  `/articles/${encodeURIComponent(articleId)}?st=${encodeURIComponent(localId)}#st-${localId}`;

function row(storyId: string, entry: EntryView, hidden: boolean): Html {
  const s = entry.statement;
  const e = entry.event;
  const compare =
    entry.articleIds.length > 1
      ? html` <a class="compare" href="/stories/${storyId}/entries/${entry.index}">compare ${entry.articleIds.length} articles</a>`
      : null;
  const words = s
    ? html`<a class="words" href="${statementHref(s.articleId, s.localId)}">${s.content}</a>`
    : e
      ? html`<a class="words" href="/articles/${e.articleId}">${e.frame}: ${e.text}</a>${
          e.participants.length ? html` <span class="muted">(${e.participants.join(", ")})</span>` : null
        }`
      : html`<span class="muted">missing ${entry.ref}</span>`;
  return html`<tr id="entry-${entry.index}" class="entry ${entry.kind}" data-speaker="${s?.speaker ?? ""}" data-kind="${s?.kind ?? "event"}"${hidden ? html` hidden` : null}>
<td>${dateLabel(entry.date, entry.precision, entry.dateFrom)}</td>
<td>${s ? (s.speaker ?? html`<span class="muted">unattributed</span>`) : html`<span class="event-tag">event</span>`}</td>
<td>${s?.via ?? ""}</td>
<td>${s ? html`${s.kind} <span class="muted">(${s.cue})</span>` : ""}</td>
<td>${words}</td>
<td>${entry.outlets.join(", ")}${compare}</td>
</tr>`;
}

export function entriesTable(storyId: string, entries: readonly EntryView[], filter: EntryFilter): Html {
  const speakers = [
    ...new Set(entries.flatMap((e) => (e.statement?.speaker ? [e.statement.speaker] : []))),
  ].sort((a, b) => a.localeCompare(b));
  const shown = entries.filter((e) => entryMatches(e, filter)).length;
  const option = (value: string, label: string, selected: boolean) =>
    html`<option value="${value}"${selected ? html` selected` : null}>${label}</option>`;
  return html`<form class="filters" method="get" action="/stories/${storyId}#statements" data-filter-table="entries">
<label>Speaker <select name="speaker">${option("", "everyone", !filter.speaker)}${speakers.map((s) =>
    option(s, s, filter.speaker === s),
  )}</select></label>
<label>Kind <select name="kind">${option("", "any", !filter.kind)}${["direct", "indirect", "mixed"].map((k) =>
    option(k, k, filter.kind === k),
  )}</select></label>
<label>Words <input type="search" name="q" value="${filter.q ?? ""}"></label>
<button type="submit">Filter</button>
<output class="count" data-total="${entries.length}">${shown} of ${entries.length} entries</output>
</form>
<table class="entries" id="entries">
<thead><tr><th>date</th><th>speaker</th><th>via</th><th>kind</th><th>words</th><th>outlets</th></tr></thead>
<tbody>${entries.map((e) => row(storyId, e, !entryMatches(e, filter)))}</tbody>
</table>`;
}
