/** @module JSONL (one `{"id","text","title","url","published","outlet"}` object a line) → one RawDoc per line. */
import type { RawDoc } from "../core/records.ts";
import { ymd } from "./parse-date.ts";
import { failure, type ReadResult, success } from "./read-result.ts";
import { dateFromUrl, outletFromUrl } from "./url-meta.ts";

type Fields = Record<string, unknown>;

const optString = (v: unknown): string | null => (typeof v === "string" && v.trim() !== "" ? v.trim() : null);

/**
 * A given date kept only when it is ISO: `YYYY-MM-DD` (also the date part of an ISO timestamp), `YYYY-MM` or `YYYY`,
 * the partial forms the contract allows. Anything else is dropped rather than guessed at.
 */
export function givenIsoDate(value: unknown): string | null {
  if (typeof value !== "string") return null;
  const full = /^(\d{4})-(\d{2})-(\d{2})(?:$|[T ]\d{2}:\d{2})/.exec(value.trim());
  if (full) return ymd(Number(full[1]), Number(full[2]), Number(full[3]));
  const month = /^(\d{4})-(\d{2})$/.exec(value.trim());
  if (month) return ymd(Number(month[1]), Number(month[2]), 1) === null ? null : value.trim();
  const year = /^(\d{4})$/.exec(value.trim());
  return year && ymd(Number(year[1]), 1, 1) !== null ? value.trim() : null;
}

function toDoc(fields: Fields, source: string, text: string): RawDoc {
  const url = optString(fields.url);
  const given = givenIsoDate(fields.published);
  const fromUrl = given === null ? dateFromUrl(url) : null;
  const id = typeof fields.id === "number" ? String(fields.id) : optString(fields.id);
  return {
    source,
    format: "jsonl",
    title: optString(fields.title),
    outlet: optString(fields.outlet) ?? outletFromUrl(url),
    url,
    published: given ?? fromUrl,
    publishedFrom: given !== null ? "given" : fromUrl !== null ? "url" : null,
    author: optString(fields.author),
    lang: optString(fields.lang),
    // The text is kept verbatim: `analyze --plain` offsets must index it exactly.
    body: text,
    removed: [],
    givenId: id,
  };
}

/** One JSONL line → a result, or null for a blank line. `lineNumber` is 1-based. */
export function parseJsonlLine(line: string, source: string, lineNumber: number): ReadResult | null {
  const trimmed = line.replace(/^\uFEFF/, "").trim();
  if (trimmed === "") return null;
  const where = `${source}#${lineNumber}`;
  let value: unknown;
  try {
    value = JSON.parse(trimmed);
  } catch (err) {
    const why = err instanceof Error ? err.message : String(err);
    return failure(where, `line ${lineNumber} is not valid JSON (${why})`);
  }
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return failure(where, `line ${lineNumber} is not a JSON object`);
  }
  const fields = value as Fields;
  if (typeof fields.text !== "string" || fields.text.trim() === "") {
    return failure(where, `line ${lineNumber} has no "text" string`);
  }
  return success(toDoc(fields, where, fields.text));
}

/** Read JSONL lines as they arrive; a bad line gives an error result for that line and reading goes on. */
export async function* readJsonlLines(
  lines: AsyncIterable<string>,
  source: string,
): AsyncIterable<ReadResult> {
  let lineNumber = 0;
  for await (const line of lines) {
    lineNumber++;
    const result = parseJsonlLine(line, source, lineNumber);
    if (result !== null) yield result;
  }
}
