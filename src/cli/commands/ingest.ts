/** @module `dossier ingest PATH...`: read, clean, analyse and store; idempotent on re-run. */
import { resolve } from "node:path";
import type { Command } from "commander";
import { ingestPaths } from "../../pipeline/ingest-run.ts";
import { DB_OPTION_HELP, openForWrite, withStore } from "../db.ts";
import { EXIT } from "../exit-codes.ts";
import { parseByteSize } from "../options.ts";
import { startProgress } from "../progress.ts";

export function registerIngest(program: Command): void {
  program
    .command("ingest")
    .description(
      "Read articles into the dossier: text dumps, HTML pages, RSS/Atom feeds, JSONL, their .gz versions,\n" +
        "folders (recursively) and '-' for stdin. Each article is cleaned, analysed and stored once: re-ingesting\n" +
        "the same content changes nothing. A bad input is named on stderr with its cause; the rest goes on.",
    )
    .argument("<path...>", "files, folders or '-' (stdin)")
    .option("--db <file>", DB_OPTION_HELP)
    .option("-q, --quiet", "no progress line and no summary")
    .option("--max-bytes <size>", "largest single document to accept, e.g. 16MB", "16MB")
    .addHelpText(
      "after",
      "\nExamples:\n  dossier ingest examples/corpus\n  dossier ingest feeds/*.xml --db world.db\n" +
        "  zcat dump.jsonl.gz | dossier ingest - --quiet\n\n" +
        "Exit status: 0 all inputs stored, 1 some inputs failed (each named on stderr), 2 usage error.",
    )
    .action(async (paths: string[], opts: { db?: string; quiet?: boolean; maxBytes: string }) => {
      const maxBytes = parseByteSize(opts.maxBytes, "--max-bytes");
      const progress = startProgress({ quiet: Boolean(opts.quiet) });
      const store = openForWrite(opts.db);
      const dbFiles = new Set(
        ["", "-wal", "-shm", "-journal"].map((suffix) => resolve(`${store.path}${suffix}`)),
      );
      const errors: string[] = [];
      const summary = await withStore(store, (store) =>
        ingestPaths(paths, store, {
          stdin: process.stdin,
          maxBytes,
          skip: (file) => dbFiles.has(resolve(file)),
          onDocument: (source, ok) => progress.tick(source, ok),
          onError: (source, error) => errors.push(`${source}: ${error}`),
        }),
      ).finally(() => progress.stop());
      for (const line of errors) process.stderr.write(`dossier: ${line}\n`);
      if (!opts.quiet) {
        process.stderr.write(
          `${summary.added} new, ${summary.unchanged} already stored, ${summary.failed} failed · ` +
            `${summary.articles} articles in ${summary.stories} ${summary.stories === 1 ? "story" : "stories"}, ` +
            `${summary.statements} timeline statements\n`,
        );
      }
      process.exitCode = summary.failed > 0 ? EXIT.failed : EXIT.ok;
    });
}
