/** @module Plain-text news dumps → RawDoc: header stamps become metadata, the first other line the title. */
import type { PublishedFrom, RawDoc, Removal } from "../core/records.ts";
import { classifyHeaderLine, type HeaderFact, type HeaderRule } from "./header-line.ts";
import { dateFromUrl, outletFromUrl } from "./url-meta.ts";

// Header blocks are a handful of lines; past this a "metadata-looking" line is more likely body.
const MAX_LINES_BEFORE_TITLE = 10;
const MAX_LINES_AFTER_TITLE = 6;
// A first line this long is a paragraph, not a headline: the dump has no title.
const MAX_TITLE_LENGTH = 300;

const REASONS: Readonly<Record<HeaderRule, string>> = {
  "header-date": "date field at the top of the dump",
  "published-stamp": "publication stamp in the header",
  "update-stamp": "update stamp in the header (not the publication date)",
  dateline: "dateline in the header",
  byline: "byline",
  "source-line": "source line in the header",
  "url-line": "URL line in the header",
  "header-widget": "page-widget word in the header",
};

interface HeaderLine {
  readonly text: string;
  readonly fact: HeaderFact;
}

/** Header lines from `lines[from]` on, skipping blanks, up to `max`; stops at the first other line. */
function takeHeader(
  lines: readonly string[],
  from: number,
  max: number,
): { found: HeaderLine[]; next: number } {
  const found: HeaderLine[] = [];
  let i = from;
  for (; i < lines.length && found.length < max; i++) {
    const line = lines[i] ?? "";
    if (line.trim() === "") continue;
    const fact = classifyHeaderLine(line);
    if (fact === null) break;
    found.push({ text: line.trim(), fact });
  }
  return { found, next: i };
}

const PUBLISHED_RULES: readonly HeaderRule[] = ["header-date", "published-stamp", "dateline"];

/** The header's publication date, by rule priority (an explicit field beats a bare dateline). */
function headerDate(facts: readonly HeaderFact[]): string | null {
  for (const rule of PUBLISHED_RULES) {
    const hit = facts.find((f) => f.rule === rule && f.date !== null);
    if (hit) return hit.date;
  }
  return null;
}

const first = (facts: readonly HeaderFact[], key: "url" | "author" | "outlet"): string | null =>
  facts.find((f) => f[key] !== null)?.[key] ?? null;

/** Read one plain-text dump. `text` should already be decoded with LF line ends. */
export function readTextDump(text: string, source: string): RawDoc {
  const lines = text
    .replace(/^\uFEFF/, "")
    .replace(/\r\n?/g, "\n")
    .split("\n");
  const before = takeHeader(lines, 0, MAX_LINES_BEFORE_TITLE);
  const titleLine = (lines[before.next] ?? "").trim();
  const hasTitle = titleLine !== "" && titleLine.length <= MAX_TITLE_LENGTH;
  const after = hasTitle
    ? takeHeader(lines, before.next + 1, MAX_LINES_AFTER_TITLE)
    : { found: [], next: before.next };
  const header = [...before.found, ...after.found];
  const facts = header.map((h) => h.fact);

  const url = first(facts, "url");
  const fromHeader = headerDate(facts);
  const fromUrl = fromHeader === null ? dateFromUrl(url) : null;
  const published = fromHeader ?? fromUrl;
  const publishedFrom: PublishedFrom = fromHeader !== null ? "header" : fromUrl !== null ? "url" : null;

  const bodyLines = lines.slice(hasTitle ? after.next : before.next);
  const removed: Removal[] = header.map((h) => ({
    text: h.text,
    rule: h.fact.rule,
    reason: REASONS[h.fact.rule],
  }));

  return {
    source,
    format: "text",
    title: hasTitle ? titleLine : null,
    outlet: first(facts, "outlet") ?? outletFromUrl(url),
    url,
    published,
    publishedFrom,
    author: first(facts, "author"),
    lang: null,
    body: bodyLines
      .join("\n")
      .replace(/^\s*\n/, "")
      .trimEnd(),
    removed,
    givenId: null,
  };
}
