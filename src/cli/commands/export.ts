/** @module `dossier export --json | --jsonl`: the whole dossier as the contract's document (CONTRACT.md §3). */
import type { Command } from "commander";
import { UsageError } from "../../core/errors.ts";
import { EXPORT_SECTIONS, exportSection, RECORD_TYPE } from "../../pipeline/export.ts";
import { DB_OPTION_HELP, openForRead, withStore } from "../db.ts";
import { write, writeJsonLine } from "../output.ts";

export function registerExport(program: Command): void {
  program
    .command("export")
    .description(
      "Write everything in the dossier: articles, entities, statements, events, stories (with timelines) and\n" +
        'stances. --json writes one document; --jsonl writes one record per line, each with a "type".',
    )
    .option("--json", "one JSON document on stdout")
    .option("--jsonl", "one record per line on stdout")
    .option("--db <file>", DB_OPTION_HELP)
    .addHelpText(
      "after",
      "\nExamples:\n  dossier export --json > dossier.json\n" +
        '  dossier export --jsonl | grep \'"type":"statement"\' | head',
    )
    .action(async (opts: { json?: boolean; jsonl?: boolean; db?: string }) => {
      if (Boolean(opts.json) === Boolean(opts.jsonl)) throw new UsageError("choose one of --json or --jsonl");
      await withStore(openForRead(opts.db), async (store) => {
        if (opts.jsonl) {
          for (const section of EXPORT_SECTIONS) {
            for await (const record of exportSection(store, section)) {
              await writeJsonLine({ type: RECORD_TYPE[section], ...record });
            }
          }
          return;
        }
        // the document is written section by section, so a large corpus is never one giant string
        await write("{");
        for (const [i, section] of EXPORT_SECTIONS.entries()) {
          await write(`${i ? "," : ""}\n  ${JSON.stringify(section)}: [`);
          let first = true;
          for await (const record of exportSection(store, section)) {
            await write(`${first ? "" : ","}\n    ${JSON.stringify(record)}`);
            first = false;
          }
          await write(first ? "]" : "\n  ]");
        }
        await write("\n}\n");
      });
    });
}
