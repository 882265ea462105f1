/** @module `dossier digest`: what the dossier holds, at a glance — stories, top speakers, stances, a timeline. */
import type { Command } from "commander";
import { DB_OPTION_HELP, openForRead, withStore } from "../db.ts";
import { formatStoryRow, formatTimeline } from "../formatters.ts";
import { write } from "../output.ts";
import { resolveStoryTimeline } from "../story-view.ts";

export function registerDigest(program: Command): void {
  program
    .command("digest")
    .description(
      "Summarise the dossier: its stories, who is quoted most (and through whom), the stances found, and the\n" +
        "timeline of the largest story (or of --story).",
    )
    .option("--story <id>", "show this story's timeline")
    .option("--db <file>", DB_OPTION_HELP)
    .addHelpText(
      "after",
      "\nExample:\n  dossier ingest examples/corpus --db example.db && dossier digest --db example.db",
    )
    .action(async (opts: { story?: string; db?: string }) =>
      withStore(openForRead(opts.db), async (store) => {
        const stories = await store.listStories();
        const articles = await store.listArticles();
        const copies = articles.filter((a) => a.duplicateOf).length;
        await write(
          `${articles.length} articles (${copies} ${copies === 1 ? "copy" : "copies"} of others) in ` +
            `${stories.length} ${stories.length === 1 ? "story" : "stories"}\n\n`,
        );
        await write("Stories\n");
        for (const s of stories) await write(`  ${formatStoryRow(s)}\n`);

        const statements = await store.listStatements();
        const bySpeaker = new Map<string, { n: number; via: Set<string> }>();
        for (const s of statements) {
          const name = s.speaker?.name ?? "(unattributed)";
          const entry = bySpeaker.get(name) ?? { n: 0, via: new Set<string>() };
          entry.n++;
          if (s.via) entry.via.add(s.via);
          bySpeaker.set(name, entry);
        }
        await write(`\nStatements: ${statements.length}; most quoted\n`);
        const top = [...bySpeaker].sort((a, b) => b[1].n - a[1].n).slice(0, 8);
        for (const [name, { n, via }] of top) {
          await write(
            `  ${String(n).padStart(4)}  ${name}${via.size ? `  (via ${[...via].join(", ")})` : ""}\n`,
          );
        }

        const stances = await store.listStances();
        await write(`\nStances: ${stances.length}\n`);
        const sorted = [...stances].sort(
          (a, b) => a.holder.localeCompare(b.holder) || (a.date ?? "").localeCompare(b.date ?? ""),
        );
        for (const s of sorted.slice(0, 20)) {
          const about = `${s.proposition.event}${s.proposition.participants.length ? ` (${s.proposition.participants.join(" – ")})` : ""}`;
          const condition = s.condition ? ` — ${s.condition}` : "";
          await write(`  ${s.date ?? "undated   "}  ${s.holder} on ${about}: ${s.stance}${condition}\n`);
        }

        const largest = [...stories].sort((a, b) => b.articleIds.length - a.articleIds.length)[0];
        const storyId = opts.story ?? largest?.id;
        if (storyId) {
          await write("\nTimeline\n");
          await write(formatTimeline(await resolveStoryTimeline(store, storyId)));
        }
      }),
    );
}
