/**
 * @module POST /api/ingest: a body of text, HTML, a feed or JSONL through the same ingest run as `dossier ingest -`.
 * Refused unless the server was started with a token and the request carries it (`Authorization: Bearer …` or
 * `X-Dossier-Token`); without a configured token ingest is disabled. Runs one at a time.
 */
import { createHash, timingSafeEqual } from "node:crypto";
import { Readable } from "node:stream";
import type { Context } from "hono";
import { Hono } from "hono";
import { bodyLimit } from "hono/body-limit";
import { HTTPException } from "hono/http-exception";
import { DEFAULT_MAX_BYTES } from "../ingest/index.ts";
import { ingestPaths } from "../pipeline/ingest-run.ts";
import type { Store } from "../store/store.ts";
import { emptyQuery, parseQuery } from "./params.ts";

const ACCEPTED_TYPES = [
  "text/plain",
  "text/html",
  "application/xhtml+xml",
  "application/x-ndjson",
  "application/jsonl",
  "application/json",
  "application/rss+xml",
  "application/atom+xml",
  "application/xml",
  "text/xml",
];

const digest = (text: string): Buffer => createHash("sha256").update(text, "utf8").digest();

/** Compares in constant time (over fixed-length digests), so the token cannot be guessed byte by byte. */
export function tokenMatches(expected: string, given: string | null): boolean {
  return given !== null && timingSafeEqual(digest(expected), digest(given));
}

function givenToken(c: Context): string | null {
  const auth = c.req.header("authorization");
  const bearer = auth ? /^Bearer\s+(.+)$/i.exec(auth.trim())?.[1] : undefined;
  return bearer ?? c.req.header("x-dossier-token") ?? null;
}

export function ingestRoute(store: Store, token: string | null, maxBytes = DEFAULT_MAX_BYTES): Hono {
  const route = new Hono();
  let queue: Promise<unknown> = Promise.resolve();

  route.post(
    "/",
    async (c, next) => {
      if (!token) {
        throw new HTTPException(403, {
          message: "ingest is disabled: start the server with --token or DOSSIER_TOKEN set",
        });
      }
      if (!tokenMatches(token, givenToken(c))) {
        c.header("WWW-Authenticate", 'Bearer realm="dossier"');
        throw new HTTPException(401, {
          message: "ingest needs the server's token (Authorization: Bearer …)",
        });
      }
      await next();
    },
    bodyLimit({
      maxSize: maxBytes,
      onError: () => {
        throw new HTTPException(413, { message: `body is over the ${maxBytes}-byte limit` });
      },
    }),
    async (c) => {
      parseQuery(emptyQuery, c.req.query());
      const type = (c.req.header("content-type") ?? "").split(";")[0]?.trim().toLowerCase() ?? "";
      if (!ACCEPTED_TYPES.includes(type)) {
        throw new HTTPException(415, {
          message: `content type "${type || "none"}" is not ingested; send text/plain, text/html or application/x-ndjson`,
        });
      }
      const body = Buffer.from(await c.req.arrayBuffer());
      if (body.length === 0) throw new HTTPException(400, { message: "empty body: nothing to ingest" });
      const errors: { source: string; error: string }[] = [];
      const run = queue.then(() =>
        ingestPaths(["-"], store, {
          stdin: Readable.from([body]),
          maxBytes,
          onError: (source, error) => errors.push({ source, error }),
        }),
      );
      queue = run.catch(() => undefined);
      const summary = await run;
      return c.json({ ...summary, errors }, summary.added + summary.unchanged > 0 ? 200 : 422);
    },
  );
  return route;
}
