/**
 * @module inferPublication: a publication date for an undated article, from evidence in its own text.
 *
 * Evidence, strongest first: a dateline or stamp that writes a full date ("Fri, Sept 05, 2025"); the article's own
 * dated address in a header line or a removed stamp; a reporting weekday ("said on Saturday") after the latest event
 * the text dates with its year. A dated address the article cites ("References: [1] https://…/2025/07/25/…") only
 * says the article is not older than that, so it gives `notBefore` and no date. Nothing here guesses: when the
 * evidence does not pin a date, `date` is null and the evidence is still returned for the analyst.
 */

import type { Removal, Timex } from "../core/records.ts";
import { addDays, formatDate, weekdayOf, type Ymd } from "./calendar.ts";
import { datedUrls } from "./dated-url.ts";
import { extractTimexes } from "./timex-extractor.ts";

export type EvidenceKind = "dateline" | "own-url" | "cited-url" | "weekday-after-event";

export interface PublicationEvidence {
  readonly kind: EvidenceKind;
  /** The words or address the evidence was read from. */
  readonly text: string;
  readonly date: string;
}

export interface InferredPublication {
  /** ISO date (or `YYYY-MM` from a month-only address) when the evidence pins it; null otherwise. */
  readonly date: string | null;
  /** The earliest the article can be, from what it cites; null when nothing bounds it. */
  readonly notBefore: string | null;
  readonly evidence: readonly PublicationEvidence[];
}

// Only stamps read off the page count as datelines; a removed caption or teaser may date something else.
// An update stamp only bounds the date from above ("updated on" comes after publication), so it is not one.
const STAMP_RULES = new Set(["header-date", "byline", "dateline"]);

// A dateline is a short line at the top of the body, holding little more than a date.
const HEAD_LINES = 3;
const DATELINE_MAX = 80;

const WEEKDAYS = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];

// "Peskov said on Saturday", "the agency reported Friday": the day the words were reported.
const REPORTING_WEEKDAY = new RegExp(
  `\\b(?:said|told|announced|stated|reported|added|confirmed|wrote)\\s+(?:on\\s+)?(${WEEKDAYS.join("|")})\\b`,
);

const FULL_DATE = /^\d{4}-\d{2}-\d{2}/;

// A reference list that cleaning moved out of the body cites other pages: their dates bound, never date, this one.
const CITATION_RULE = "reference-list";

export function inferPublication(
  text: string,
  removed: readonly Removal[],
  timexes: readonly Timex[],
): InferredPublication | null {
  const evidence = [...datelines(text, removed), ...ownUrls(text, removed)];
  const cited = citedUrls(text, removed, evidence);
  const notBefore =
    cited
      .map((e) => e.date)
      .sort()
      .at(-1) ?? null;
  const pinned = evidence[0] ?? weekdayAfterEvent(text, timexes);
  const all = [...(pinned && !evidence.includes(pinned) ? [pinned] : []), ...evidence, ...cited];
  if (all.length === 0) return null;
  // A pinned date older than a source the article cites contradicts the evidence: keep none.
  const date = pinned && !(notBefore && pinned.date < notBefore) ? pinned.date : null;
  return { date, notBefore, evidence: all };
}

/** Full dates (with a written year) in removed stamps and in short lines at the top of the body. */
function datelines(text: string, removed: readonly Removal[]): PublicationEvidence[] {
  const head = text
    .split("\n")
    .map((l) => l.trim())
    .filter((l) => l.length > 0)
    .slice(0, HEAD_LINES)
    .filter((l) => l.length <= DATELINE_MAX);
  const lines = [...removed.filter((r) => STAMP_RULES.has(r.rule)).map((r) => r.text), ...head];
  const out: PublicationEvidence[] = [];
  for (const line of lines) {
    const t = extractTimexes(line, { published: null }).find(
      (x) => FULL_DATE.test(x.value ?? "") && /\b(?:19|20)\d\d\b/.test(x.text),
    );
    if (t?.value) out.push({ kind: "dateline", text: line, date: t.value.slice(0, 10) });
  }
  return out;
}

/** The article's own address: a dated URL in a removed stamp or on the first line of the body. */
function ownUrls(text: string, removed: readonly Removal[]): PublicationEvidence[] {
  const firstLine = text.trimStart().split("\n")[0] ?? "";
  const header = removed.filter((r) => r.rule !== CITATION_RULE).map((r) => r.text);
  return [...header, firstLine].flatMap((line) =>
    datedUrls(line).map((u) => ({ kind: "own-url" as const, text: u.url, date: u.date })),
  );
}

/** Dated addresses in the body that are not the article's own: it cites them, so it is no older. */
function citedUrls(
  text: string,
  removed: readonly Removal[],
  own: readonly PublicationEvidence[],
): PublicationEvidence[] {
  const ownUrls = new Set(own.map((e) => e.text));
  const references = removed.filter((r) => r.rule === CITATION_RULE).map((r) => r.text);
  return [text, ...references]
    .flatMap((t) => datedUrls(t))
    .filter((u) => !ownUrls.has(u.url))
    .map((u) => ({ kind: "cited-url" as const, text: u.url, date: u.date }));
}

/** "On May 16, 2025, the delegations met … Peskov said on Saturday": the first Saturday on or after May 16. */
function weekdayAfterEvent(text: string, timexes: readonly Timex[]): PublicationEvidence | null {
  const dated = timexes
    .filter((t) => FULL_DATE.test(t.value ?? "") && /\b(?:19|20)\d\d\b/.test(t.text))
    .sort((a, b) => ((a.value ?? "") < (b.value ?? "") ? -1 : 1));
  const latest = dated.at(-1);
  const said = REPORTING_WEEKDAY.exec(text);
  if (!latest?.value || !said) return null;
  const [y, m, d] = latest.value.slice(0, 10).split("-").map(Number);
  const event: Ymd = { year: y ?? 0, month: m ?? 1, day: d ?? 1 };
  const weekday = WEEKDAYS.indexOf(said[1] ?? "");
  const day = addDays(event, (weekday - weekdayOf(event) + 7) % 7);
  return {
    kind: "weekday-after-event",
    text: `${latest.text} … ${said[0]}`,
    date: formatDate(day),
  };
}
