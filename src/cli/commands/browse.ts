/** @module Reading the dossier: `articles`, `show ID`, `stories`, `timeline STORY`. Tables for eyes, --json for scripts. */
import type { Command } from "commander";
import { DB_OPTION_HELP, openForRead, withStore } from "../db.ts";
import { formatArticle, formatArticleRow, formatStoryRow, formatTimeline } from "../formatters.ts";
import { write } from "../output.ts";
import { getArticleOrThrow } from "../resolve-id.ts";
import { resolveStoryTimeline } from "../story-view.ts";

type DbOpts = { db?: string; json?: boolean };

const printJson = (value: unknown) => write(`${JSON.stringify(value, null, 2)}\n`);

export function registerBrowse(program: Command): void {
  program
    .command("articles")
    .description("List stored articles: id, date, outlet, title, and whether it is a copy of another.")
    .option("--story <id>", "only the articles of this story")
    .option("--json", "JSON instead of a table")
    .option("--db <file>", DB_OPTION_HELP)
    .addHelpText("after", "\nExample:\n  dossier articles --story st_1a2b3c4d5e6f")
    .action(async (opts: DbOpts & { story?: string }) =>
      withStore(openForRead(opts.db), async (store) => {
        const articles = await store.listArticles({ storyId: opts.story });
        if (opts.json) return printJson(articles.map(({ text: _text, removed: _removed, ...rest }) => rest));
        for (const a of articles) await write(`${formatArticleRow(a)}\n`);
      }),
    );

  program
    .command("show")
    .description("Show one article: metadata, clean text, and the statements found in it.")
    .argument("<id>", "article id (from `dossier articles`); a unique prefix is enough")
    .option("--removed", "also list what cleaning removed, and why")
    .option("--json", "JSON: the article with its statements (and removals with --removed)")
    .option("--db <file>", DB_OPTION_HELP)
    .addHelpText("after", "\nExample:\n  dossier show a_1f2e3d4c --removed")
    .action(async (id: string, opts: DbOpts & { removed?: boolean }) =>
      withStore(openForRead(opts.db), async (store) => {
        const article = await getArticleOrThrow(store, id);
        const statements = await store.listStatements({ articleId: article.id });
        if (opts.json) {
          const { removed, ...rest } = article;
          return printJson({ ...rest, ...(opts.removed ? { removed } : {}), statements });
        }
        await write(formatArticle(article, statements, Boolean(opts.removed)));
      }),
    );

  program
    .command("stories")
    .description("List stories: id, number of articles, date range, title.")
    .option("--json", "JSON instead of a table")
    .option("--db <file>", DB_OPTION_HELP)
    .action(async (opts: DbOpts) =>
      withStore(openForRead(opts.db), async (store) => {
        const stories = await store.listStories();
        if (opts.json) return printJson(stories.map(({ timeline: _t, ...rest }) => rest));
        for (const s of stories) await write(`${formatStoryRow(s)}\n`);
      }),
    );

  program
    .command("timeline")
    .description(
      "A story as a dated timeline: who said what (and through whom) and what happened, each entry with the\n" +
        "articles and outlets that carried it. Entries dated only by publication are marked '~'.",
    )
    .argument("<story>", "story id (from `dossier stories`); a unique prefix is enough")
    .option("--json", "JSON: the timeline entries with their statements and events resolved")
    .option("--db <file>", DB_OPTION_HELP)
    .addHelpText("after", "\nExample:\n  dossier timeline st_9f8e")
    .action(async (storyId: string, opts: DbOpts) =>
      withStore(openForRead(opts.db), async (store) => {
        const view = await resolveStoryTimeline(store, storyId);
        if (opts.json) return printJson(view);
        await write(formatTimeline(view));
      }),
    );
}
