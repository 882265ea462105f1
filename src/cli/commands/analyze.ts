/** @module `dossier analyze`: articles → statements, time expressions, entities and events, as JSONL. */
import { createReadStream } from "node:fs";
import { createInterface } from "node:readline";
import type { Command } from "commander";
import { UsageError } from "../../core/errors.ts";
import { analyzeFiles, analyzeJsonlLine } from "../analyze-inputs.ts";
import { EXIT } from "../exit-codes.ts";
import { parseIsoDate } from "../options.ts";
import { writeJsonLine } from "../output.ts";

interface AnalyzeOptions {
  published?: string;
  plain?: boolean;
  inputJsonl?: string;
}

export function registerAnalyze(program: Command): void {
  program
    .command("analyze")
    .description(
      "Analyse articles without storing them: one JSON object per article on stdout (JSONL), in input order,\n" +
        "with statements (speaker, via, kind, cue, content), time expressions, entities and events.\n" +
        "Offsets index the article text printed in the same object; with --plain they index the input exactly.",
    )
    .argument("[file...]", "article files (text, HTML, feeds, JSONL, .gz); '-' for stdin")
    .option("--published <date>", "publication date to resolve relative dates against (YYYY-MM-DD)")
    .option("--plain", "the text is already clean: take it verbatim (no header parsing, no cleaning)")
    .option(
      "--input-jsonl <file>",
      'read {"id","text","published"?,"title"?,"url"?,"outlet"?} lines ("-" = stdin)',
    )
    .addHelpText(
      "after",
      "\nExamples:\n  dossier analyze article.txt --published 2025-08-29\n" +
        '  echo \'{"id":"1","text":"Ana Varga said on Friday that talks will resume.","published":"2025-05-16"}\' \\\n' +
        "    | dossier analyze --input-jsonl - --plain",
    )
    .action(async (files: string[], opts: AnalyzeOptions) => {
      const published = opts.published ? parseIsoDate(opts.published, "--published") : null;
      if (opts.inputJsonl && files.length > 0)
        throw new UsageError("give either FILE... or --input-jsonl, not both");
      if (!opts.inputJsonl && files.length === 0)
        throw new UsageError("nothing to analyse: give FILE... or --input-jsonl");
      let failed = 0;
      if (opts.inputJsonl) {
        const input = opts.inputJsonl === "-" ? process.stdin : createReadStream(opts.inputJsonl);
        let lineNumber = 0;
        for await (const line of createInterface({ input, crlfDelay: Number.POSITIVE_INFINITY })) {
          lineNumber++;
          if (line.trim() === "") continue;
          const out = analyzeJsonlLine(line, `${opts.inputJsonl}#${lineNumber}`, {
            published,
            plain: Boolean(opts.plain),
          });
          if ("error" in out) failed++;
          await writeJsonLine(out);
        }
      } else {
        for await (const out of analyzeFiles(files, { published, plain: Boolean(opts.plain) })) {
          if ("error" in out) {
            failed++;
            process.stderr.write(`dossier: ${out.file}: ${out.error}\n`);
          }
          await writeJsonLine(out);
        }
      }
      process.exitCode = failed > 0 ? EXIT.failed : EXIT.ok;
    });
}
