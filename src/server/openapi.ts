/**
 * @module The OpenAPI 3.1 document served at /openapi.json. Query parameters come from the same zod schemas the
 * routes validate with, so the document cannot drift from what the server accepts.
 */
import { z } from "zod";
import {
  articleQuery,
  articlesQuery,
  emptyQuery,
  searchQuery,
  stancesQuery,
  statementsQuery,
  storiesQuery,
  storyQuery,
} from "./params.ts";

type JsonObject = Record<string, unknown>;

function queryParameters(schema: z.ZodType): JsonObject[] {
  const json = z.toJSONSchema(schema, { io: "input" }) as {
    properties?: Record<string, JsonObject>;
    required?: string[];
  };
  return Object.entries(json.properties ?? {}).map(([name, property]) => {
    const { description, ...rest } = property;
    return {
      name,
      in: "query",
      required: json.required?.includes(name) ?? false,
      ...(description ? { description } : {}),
      schema: rest,
    };
  });
}

const pathId = (name: string, description: string): JsonObject => ({
  name,
  in: "path",
  required: true,
  description,
  schema: { type: "string" },
});

const errorRef = { $ref: "#/components/responses/Error" };
const json = (description: string): JsonObject => ({
  description,
  content: { "application/json": { schema: { type: "object" } } },
});

function get(summary: string, query: z.ZodType, ok: string, path: JsonObject[] = []): JsonObject {
  return {
    get: {
      summary,
      parameters: [...path, ...queryParameters(query)],
      responses: { "200": json(ok), "400": errorRef, ...(path.length ? { "404": errorRef } : {}) },
    },
  };
}

export function openApiDocument(version: string): JsonObject {
  const storyId = pathId("id", "story id (st_…)");
  return {
    openapi: "3.1.0",
    info: {
      title: "Dossier",
      version,
      description:
        "Who said what, when, through whom, and how each actor's position moved. Every HTML page of the web UI " +
        "has its JSON here. Dates are ISO (YYYY-MM-DD, or YYYY-MM / YYYY where only that much is known).",
    },
    paths: {
      "/api/stories": get("Stories in list order, or those whose articles match q", storiesQuery, "stories"),
      "/api/stories/{id}": get(
        "A story with one page of its timeline (statements and events resolved, outlets, date precision)",
        storyQuery,
        "story detail",
        [storyId],
      ),
      "/api/stories/{id}/stances": get(
        "Stance series of the story: per holder and proposition, points over time and changes",
        emptyQuery,
        "stance series",
        [storyId],
      ),
      "/api/stories/{id}/entries/{index}": get(
        "One timeline entry as each outlet that carried it worded it",
        emptyQuery,
        "entry comparison",
        [storyId, pathId("index", "0-based position in the timeline")],
      ),
      "/api/articles": get("Articles without their text", articlesQuery, "articles"),
      "/api/articles/{id}": get(
        "One article: cleaned text, sentences, statements and events with offsets; removals on request",
        articleQuery,
        "article detail",
        [pathId("id", "article id (a_…)")],
      ),
      "/api/statements": get(
        "Statements filtered by speaker, story, article, date range, kind and text",
        statementsQuery,
        "statements",
      ),
      "/api/stances": get(
        "Stances by holder and proposition, as series with changes",
        stancesQuery,
        "series",
      ),
      "/api/changes": get("Stance changes between open and closed leanings", stancesQuery, "changes"),
      "/api/search": get(
        "Full-text search over articles and statements, and the stories they belong to",
        searchQuery,
        "hits",
      ),
      "/api/export.jsonl": {
        get: {
          summary: "Everything, one record per line with its type (streamed, no cap)",
          responses: { "200": { description: "JSONL", content: { "application/x-ndjson": {} } } },
        },
      },
      "/api/ingest": {
        post: {
          summary: "Ingest a text dump, HTML page, feed or JSONL body (needs the server's token)",
          security: [{ token: [] }],
          requestBody: {
            required: true,
            content: Object.fromEntries(
              ["text/plain", "text/html", "application/x-ndjson"].map((t) => [
                t,
                { schema: { type: "string" } },
              ]),
            ),
          },
          responses: {
            "200": json("ingest summary: read, added, unchanged, failed, errors"),
            "401": errorRef,
            "403": errorRef,
            "413": errorRef,
            "415": errorRef,
            "422": json("nothing could be ingested; errors say why"),
          },
        },
      },
    },
    components: {
      securitySchemes: { token: { type: "http", scheme: "bearer" } },
      responses: {
        Error: {
          description: "error with a message",
          content: {
            "application/json": {
              schema: {
                type: "object",
                properties: {
                  error: {
                    type: "object",
                    properties: { status: { type: "integer" }, message: { type: "string" } },
                  },
                },
              },
            },
          },
        },
      },
    },
  };
}
