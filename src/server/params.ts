/**
 * @module Query parameters of every route as zod schemas: validated here, described in the OpenAPI document from
 * the same schemas. A bad parameter is a 400 whose message names it; unknown parameters are refused too, so a
 * misspelt filter is not silently ignored.
 */
import { HTTPException } from "hono/http-exception";
import { z } from "zod";

const isoDate = z
  .string()
  .regex(/^\d{4}(?:-\d{2}(?:-\d{2})?)?$/, "expected a date like 2025-08-29, 2025-08 or 2025");
const text = (description: string) => z.string().trim().min(1).max(200).describe(description);
const limit = (max: number, fallback: number) =>
  z.coerce.number().int().min(1).max(max).default(fallback).describe(`how many (1–${max})`);
const offset = z.coerce.number().int().min(0).default(0).describe("how many to skip");

export const storiesQuery = z.strictObject({
  q: text("words the story's articles must contain (full text)").optional(),
  limit: limit(500, 50),
  offset,
});

export const storyQuery = z.strictObject({
  limit: limit(10000, 2000).describe("timeline entries to return (1–10000)"),
  offset,
});

/** The story page also filters its statements table (the API leaves that to /api/statements?story=…). */
export const storyPageQuery = storyQuery.extend({
  speaker: text("statements table: speaker name contains").optional(),
  kind: z.enum(["direct", "indirect", "mixed"]).optional(),
  q: text("statements table: words in the content or speaker").optional(),
});

export const articlesQuery = z.strictObject({
  story: text("only the articles of this story").optional(),
  limit: limit(500, 50),
  offset,
});

export const articleQuery = z.strictObject({
  removed: z.stringbool().optional().describe("also return what cleaning removed (true/false)"),
  st: z
    .string()
    .regex(/^[a-z]\d{1,6}$/, "expected a statement's local id like s3")
    .optional()
    .describe("statement to highlight (page only)"),
});

export const statementsQuery = z.strictObject({
  speaker: text("speaker name contains (any case)").optional(),
  story: text("only statements in this story's articles").optional(),
  article: text("only statements in this article").optional(),
  from: isoDate.optional().describe("said on or after (statement date, else publication date)"),
  to: isoDate.optional().describe("said on or before; a month or year includes all of it"),
  q: text("words the content or speaker must contain (full text)").optional(),
  kind: z.enum(["direct", "indirect", "mixed"]).optional(),
  limit: limit(500, 50),
  offset,
});

export const stancesQuery = z.strictObject({
  holder: text("exact holder name, e.g. Dmitry Peskov").optional(),
  event: text("proposition's event, e.g. meeting").optional(),
  participant: text("a proposition participant, e.g. Volodymyr Zelensky").optional(),
  story: text("only stances held in this story's statements").optional(),
  limit: limit(20000, 5000).describe("stances to read at most (1–20000)"),
});

export const searchQuery = z.strictObject({
  q: text("words to find (all required)"),
  limit: limit(100, 20).describe("hits of each kind (1–100)"),
});

export const emptyQuery = z.strictObject({});

/** Parses a route's query (empty values count as absent, as an HTML form sends them) or throws a 400. */
export function parseQuery<T extends z.ZodType>(schema: T, query: Record<string, string>): z.output<T> {
  const given = Object.fromEntries(Object.entries(query).filter(([, value]) => value.trim() !== ""));
  const result = schema.safeParse(given);
  if (result.success) return result.data;
  const message = result.error.issues
    .map((issue) => (issue.path.length ? `${issue.path.join(".")}: ${issue.message}` : issue.message))
    .join("; ");
  throw new HTTPException(400, { message: `bad parameter: ${message}` });
}

/** The 0-based index in a path (`/entries/3`), or a 400. */
export function parseIndex(value: string): number {
  if (!/^\d{1,7}$/.test(value))
    throw new HTTPException(400, { message: `bad index "${value.slice(0, 40)}"` });
  return Number(value);
}
