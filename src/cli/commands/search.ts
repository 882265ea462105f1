/** @module `dossier search QUERY`: full-text search over article text and statements. */
import type { Command } from "commander";
import { DB_OPTION_HELP, openForRead, withStore } from "../db.ts";
import { write } from "../output.ts";

export function registerSearch(program: Command): void {
  program
    .command("search")
    .description("Full-text search (all words must match, any order) over articles and statements.")
    .argument("<query...>", "words to find")
    .option("--limit <n>", "hits per kind", "20")
    .option("--json", "JSON instead of text")
    .option("--db <file>", DB_OPTION_HELP)
    .addHelpText(
      "after",
      '\nExamples:\n  dossier search ceasefire\n  dossier search "prisoner exchange" --json',
    )
    .action(async (words: string[], opts: { limit: string; json?: boolean; db?: string }) =>
      withStore(openForRead(opts.db), async (store) => {
        const hits = await store.search(words.join(" "), Math.max(1, Number.parseInt(opts.limit, 10) || 20));
        if (opts.json) return write(`${JSON.stringify(hits, null, 2)}\n`);
        if (hits.length === 0) return write("no matches\n");
        for (const h of hits) {
          await write(
            `${h.kind.padEnd(9)} ${h.id}  ${h.title ?? ""}\n          ${h.snippet.replace(/\s+/g, " ")}\n`,
          );
        }
      }),
    );
}
