/** @module The `dossier` command line: parse, call the core, print. Exit 0 ok, 1 some inputs failed, 2 usage. */
import { Command, CommanderError } from "commander";
import { InputError, UsageError } from "../core/errors.ts";
import { registerAnalyze } from "./commands/analyze.ts";
import { registerBrowse } from "./commands/browse.ts";
import { registerChanges } from "./commands/changes.ts";
import { registerDigest } from "./commands/digest.ts";
import { registerExport } from "./commands/export.ts";
import { registerExtract } from "./commands/extract.ts";
import { registerIngest } from "./commands/ingest.ts";
import { registerReport } from "./commands/report.ts";
import { registerSearch } from "./commands/search.ts";
import { registerServe } from "./commands/serve.ts";
import { registerWatch } from "./commands/watch.ts";
import { EXIT } from "./exit-codes.ts";

export function buildProgram(): Command {
  const program = new Command("dossier")
    .description(
      "Who said what, when, through whom, and how each actor's position moved: a news-intelligence engine.\n" +
        "Ingest articles (text dumps, HTML, RSS/Atom, JSONL, .gz, folders, stdin) into a SQLite dossier, then\n" +
        "browse stories, statements and timelines, or export them as JSON.",
    )
    .version("0.1.0")
    .showHelpAfterError("(run with --help for usage)")
    .addHelpText(
      "after",
      "\nExamples:\n  dossier ingest examples/corpus        # build ./dossier.db\n" +
        "  dossier digest                        # stories, top speakers, a timeline\n" +
        "  dossier export --json > dossier.json  # everything, as the contract's document",
    );
  registerIngest(program);
  registerExtract(program);
  registerAnalyze(program);
  registerExport(program);
  registerBrowse(program);
  registerSearch(program);
  registerChanges(program);
  registerReport(program);
  registerWatch(program);
  registerDigest(program);
  registerServe(program);
  program.exitOverride();
  for (const command of program.commands) command.exitOverride();
  return program;
}

export async function main(argv: readonly string[]): Promise<number> {
  const program = buildProgram();
  try {
    await program.parseAsync([...argv], { from: "user" });
    return process.exitCode === undefined ? EXIT.ok : Number(process.exitCode);
  } catch (error) {
    return exitCodeFor(error);
  }
}

function exitCodeFor(error: unknown): number {
  if (error instanceof CommanderError) {
    // help and version are successes; everything else commander rejects is a usage mistake
    if (
      error.code === "commander.helpDisplayed" ||
      error.code === "commander.version" ||
      error.code === "commander.help"
    ) {
      return EXIT.ok;
    }
    return EXIT.usage;
  }
  if (error instanceof UsageError) {
    process.stderr.write(`dossier: ${error.message}\n`);
    return EXIT.usage;
  }
  if (error instanceof InputError) {
    process.stderr.write(`dossier: ${error.toLine()}\n`);
    return EXIT.failed;
  }
  process.stderr.write(`dossier: ${error instanceof Error ? error.message : String(error)}\n`);
  return EXIT.failed;
}
