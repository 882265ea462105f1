/** @module `dossier serve`: the dossier in a browser (HTML pages) and as a JSON API, on loopback unless told. */
import { serve } from "@hono/node-server";
import type { Command } from "commander";
import { UsageError } from "../../core/errors.ts";
import { createApp, SERVER_CACHE_BYTES } from "../../server/app.ts";
import { DB_OPTION_HELP, openForRead, openForWrite } from "../db.ts";
import { parseByteSize } from "../options.ts";

const LOOPBACK = new Set(["127.0.0.1", "::1", "localhost"]);

interface ServeOptions {
  db?: string;
  port: string;
  host: string;
  token?: string;
  maxBytes: string;
}

function parsePort(value: string): number {
  const port = Number(value);
  if (!/^\d{1,5}$/.test(value) || port > 65535)
    throw new UsageError(`--port: expected 0–65535, got "${value}"`);
  return port;
}

export function registerServe(program: Command): void {
  program
    .command("serve")
    .description(
      "Open the dossier in a browser: stories with timelines and stance charts, statements, articles with " +
        "their statements highlighted, outlets side by side. Every page is also JSON under /api, described at " +
        "/openapi.json. POST /api/ingest adds articles, only with the token the server was started with.",
    )
    .option("--db <file>", DB_OPTION_HELP)
    .option("--port <n>", "port to listen on (0 picks a free one)", "8765")
    .option("--host <address>", "address to bind; anything but loopback exposes the dossier", "127.0.0.1")
    .option(
      "--token <secret>",
      "token POST /api/ingest requires (default: $DOSSIER_TOKEN; none disables ingest)",
    )
    .option("--max-bytes <size>", "largest ingest body, e.g. 16MB", "16MB")
    .addHelpText(
      "after",
      "\nExamples:\n  dossier serve                                  # http://127.0.0.1:8765/ on ./dossier.db\n" +
        "  dossier serve --db world.db --port 9000\n" +
        "  DOSSIER_TOKEN=change-me-now dossier serve       # enables POST /api/ingest\n" +
        "  curl -H 'Authorization: Bearer change-me-now' --data-binary @page.html \\\n" +
        "       -H 'Content-Type: text/html' http://127.0.0.1:8765/api/ingest\n\n" +
        "Stop it with Ctrl-C. Prefer DOSSIER_TOKEN to --token: other users can read command lines.",
    )
    .action(async (opts: ServeOptions) => {
      const port = parsePort(opts.port);
      const maxBytes = parseByteSize(opts.maxBytes, "--max-bytes");
      const token = opts.token ?? process.env.DOSSIER_TOKEN ?? null;
      if (token !== null && token.length < 8)
        throw new UsageError("the ingest token must be at least 8 characters");
      const store = token ? openForWrite(opts.db) : openForRead(opts.db);
      store.setCacheSize(SERVER_CACHE_BYTES);
      const app = createApp({
        store,
        token,
        maxBytes,
        onError: (error) =>
          process.stderr.write(`dossier serve: ${error instanceof Error ? error.stack : error}\n`),
      });
      await new Promise<void>((resolve, reject) => {
        const server = serve({ fetch: app.fetch, port, hostname: opts.host }, (info) => {
          const host = info.family === "IPv6" ? `[${info.address}]` : info.address;
          process.stdout.write(`Dossier serving ${store.path} at http://${host}:${info.port}/\n`);
          if (!LOOPBACK.has(opts.host)) {
            process.stderr.write(`dossier serve: listening on ${opts.host}, reachable from other machines\n`);
          }
          process.stderr.write(
            token ? "ingest: enabled (token required)\n" : "ingest: disabled (no token)\n",
          );
        });
        server.on("error", (error) =>
          reject(new UsageError(`cannot listen on ${opts.host}:${port}: ${error.message}`)),
        );
        const stop = () => {
          server.close(() => resolve());
          // open keep-alive connections would hold close() forever
          (server as { closeAllConnections?: () => void }).closeAllConnections?.();
        };
        process.once("SIGINT", stop);
        process.once("SIGTERM", stop);
      }).finally(() => store.close());
    });
}
