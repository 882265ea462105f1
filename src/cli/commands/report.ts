/** @module `dossier report STORY`: a readable dossier of one story as Markdown or a self-contained HTML page. */
import { writeFileSync } from "node:fs";
import type { Command } from "commander";
import { UsageError } from "../../core/errors.ts";
import { renderHtml } from "../../report/html.ts";
import { renderMarkdown } from "../../report/markdown.ts";
import { buildReport } from "../../report/model.ts";
import { DB_OPTION_HELP, openForRead, withStore } from "../db.ts";
import { write } from "../output.ts";

export function registerReport(program: Command): void {
  program
    .command("report")
    .description(
      "Write a story's dossier: summary, each holder's stances over time (with conditions), the changes, the\n" +
        "timeline with the outlets that carried each entry, how outlets worded shared facts, and the sources.",
    )
    .argument("<story>", "story id (from `dossier stories`); a unique prefix is enough")
    .option("--format <md|html>", "Markdown or a self-contained HTML page (no scripts)", "md")
    .option("-o, --output <file>", "write to this file instead of stdout")
    .option("--db <file>", DB_OPTION_HELP)
    .addHelpText(
      "after",
      "\nExamples:\n  dossier report st_9f8e > story.md\n  dossier report st_9f8e --format html -o story.html",
    )
    .action(async (storyId: string, opts: { format: string; output?: string; db?: string }) => {
      if (opts.format !== "md" && opts.format !== "html") {
        throw new UsageError(`--format must be md or html, not "${opts.format}"`);
      }
      await withStore(openForRead(opts.db), async (store) => {
        const model = await buildReport(store, storyId, new Date().toISOString().slice(0, 10));
        const text = opts.format === "html" ? renderHtml(model) : renderMarkdown(model);
        if (opts.output) writeFileSync(opts.output, text);
        else await write(text);
      });
    });
}
