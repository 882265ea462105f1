/**
 * @module The web UI's static files (plain ES modules and CSS, no build step) from the top-level `web/` folder. It
 * is found from this module's own location — `src/server/` when run from source, `dist/server/` when compiled —
 * both two levels under the package root. Only files present at start are served, by exact name.
 */
import { readdirSync, readFileSync } from "node:fs";
import { extname } from "node:path";
import { fileURLToPath } from "node:url";
import { Hono } from "hono";

export const WEB_DIR = fileURLToPath(new URL("../../web/", import.meta.url));

const TYPES: Readonly<Record<string, string>> = {
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".svg": "image/svg+xml",
};

export function staticRoutes(dir = WEB_DIR): Hono {
  const files = new Map<string, { body: Buffer; type: string }>();
  for (const name of readdirSync(dir)) {
    const type = TYPES[extname(name)];
    if (type) files.set(name, { body: readFileSync(`${dir}/${name}`), type });
  }
  const route = new Hono();
  route.get("/:name", (c) => {
    const file = files.get(c.req.param("name"));
    if (!file) return c.notFound();
    c.header("Content-Type", file.type);
    c.header("Cache-Control", "no-cache");
    return c.body(new Uint8Array(file.body));
  });
  return route;
}
