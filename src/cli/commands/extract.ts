/** @module `dossier extract FILE...`: one web page or text dump → one clean article (CONTRACT.md §1). */
import type { Command } from "commander";
import { cleanDocument } from "../../clean/index.ts";
import { readInputs } from "../../ingest/index.ts";
import { EXIT } from "../exit-codes.ts";
import { write, writeJsonLine } from "../output.ts";

export function registerExtract(program: Command): void {
  program
    .command("extract")
    .description(
      "Extract the article from each file: title, publication date (and where it came from), author, outlet,\n" +
        "URL, language and the clean body text (paragraphs separated by a blank line). Nothing is stored.\n" +
        '"probablyArticle": false marks a page that does not look like an article (its text is what there is).',
    )
    .argument("<file...>", ".html, .htm, .html.gz, .txt files; '-' reads stdin")
    .option("--jsonl", "one JSON object per line, in input order (default: pretty JSON)")
    .addHelpText(
      "after",
      "\nExamples:\n  dossier extract page.html\n  dossier extract --jsonl pages/*.html.gz > articles.jsonl\n\n" +
        'A file that cannot be read gives {"file","error"} in its place and exit status 1; the rest go on.',
    )
    .action(async (files: string[], opts: { jsonl?: boolean }) => {
      let failed = 0;
      const emit = opts.jsonl ? writeJsonLine : (v: unknown) => write(`${JSON.stringify(v, null, 2)}\n`);
      for await (const result of readInputs(files, { stdin: process.stdin })) {
        if (!result.ok) {
          failed++;
          process.stderr.write(`dossier: ${result.source}: ${result.error}\n`);
          await emit({ file: result.source, error: result.error });
          continue;
        }
        const article = cleanDocument(result.doc);
        await emit({
          file: article.source,
          title: article.title,
          published: article.published,
          publishedFrom: article.publishedFrom,
          author: article.author,
          outlet: article.outlet,
          url: article.url,
          lang: article.lang,
          probablyArticle: result.doc.probablyArticle ?? true,
          text: article.text,
        });
      }
      process.exitCode = failed > 0 ? EXIT.failed : EXIT.ok;
    });
}
