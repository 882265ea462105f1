/**
 * @module The HTTP application: JSON API under /api (described at /openapi.json), HTML pages, static assets under
 * /static, security headers on every response, and one error mapping — JSON for the API, a page for browsers.
 */
import { Hono } from "hono";
import { HTTPException } from "hono/http-exception";
import type { Store } from "../store/store.ts";
import { apiRoutes } from "./api.ts";
import { ingestRoute } from "./ingest.ts";
import { openApiDocument } from "./openapi.ts";
import { pageRoutes } from "./pages.ts";
import { errorPage } from "./render/layout.ts";
import { securityHeaders } from "./security.ts";
import { staticRoutes, WEB_DIR } from "./static.ts";

/** SQLite page cache for the server's connection (`SqliteStore.setCacheSize`): a large dossier's hot pages stay in memory. */
export const SERVER_CACHE_BYTES = 256 * 1024 * 1024;

export interface AppOptions {
  readonly store: Store;
  /** The token POST /api/ingest requires; null disables ingest. */
  readonly token: string | null;
  readonly version?: string;
  readonly webDir?: string;
  /** Largest ingest body, in bytes. */
  readonly maxBytes?: number;
  /** Called with unexpected errors (not 4xx), e.g. to log them. */
  readonly onError?: (error: unknown) => void;
}

export function createApp(options: AppOptions): Hono {
  const app = new Hono();
  app.use(securityHeaders());
  const document = openApiDocument(options.version ?? "0.1.0");
  app.get("/openapi.json", (c) => c.json(document));
  app.route("/api/ingest", ingestRoute(options.store, options.token, options.maxBytes));
  app.route("/api", apiRoutes(options.store));
  app.route("/static", staticRoutes(options.webDir ?? WEB_DIR));
  app.route("/", pageRoutes(options.store));

  const wantsJson = (path: string) => path.startsWith("/api/") || path === "/openapi.json";
  app.notFound((c) => {
    const message = `no such page: ${c.req.path.slice(0, 200)}`;
    return wantsJson(c.req.path)
      ? c.json({ error: { status: 404, message } }, 404)
      : c.html(errorPage(404, message), 404);
  });
  app.onError((error, c) => {
    const status = error instanceof HTTPException ? error.status : 500;
    if (!(error instanceof HTTPException)) options.onError?.(error);
    const message = error instanceof HTTPException ? error.message : "internal error (see the server's log)";
    const headers = error instanceof HTTPException ? error.getResponse().headers : new Headers();
    const auth = headers.get("WWW-Authenticate") ?? c.res.headers.get("WWW-Authenticate");
    if (auth) c.header("WWW-Authenticate", auth);
    return wantsJson(c.req.path)
      ? c.json({ error: { status, message } }, status)
      : c.html(errorPage(status, message), status);
  });
  return app;
}
