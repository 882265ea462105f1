/**
 * @module `dossier watch PATH...`: ingest files as they arrive and report new stance changes — as JSON lines on
 * stdout, POSTed to a webhook, or piped into a command.
 */
import { spawn } from "node:child_process";
import { resolve } from "node:path";
import type { Command } from "commander";
import { UsageError } from "../../core/errors.ts";
import { watchPaths } from "../../pipeline/watch.ts";
import { type ChangeView, resolveChanges } from "../changes-view.ts";
import { DB_OPTION_HELP, openForWrite, withStore } from "../db.ts";
import { writeJsonLine } from "../output.ts";

interface WatchOpts {
  db?: string;
  webhook?: string;
  exec?: string;
  interval: string;
  once?: boolean;
}

export function registerWatch(program: Command): void {
  program
    .command("watch")
    .description(
      "Watch files and folders: ingest what arrives or changes, and report stance changes that are new since\n" +
        "the watch began (one JSON object per change: holder, proposition, from, to). Runs until interrupted.",
    )
    .argument("<path...>", "files or folders to watch (recursively)")
    .option("--webhook <url>", "POST each new change as JSON to this URL")
    .option("--exec <command>", "run this shell command for each new change, the change as JSON on its stdin")
    .option("--interval <seconds>", "how often to look for new files", "2")
    .option("--once", "look once, ingest, report, and exit (for cron)")
    .option("--db <file>", DB_OPTION_HELP)
    .addHelpText(
      "after",
      "\nExamples:\n  dossier watch inbox/ --webhook http://127.0.0.1:9000/dossier\n" +
        "  dossier watch inbox/ --exec 'mail -s \"stance change\" desk@example.org'\n" +
        "  dossier watch inbox/ --once              # one pass, for cron",
    )
    .action(async (paths: string[], opts: WatchOpts) => {
      const seconds = Number(opts.interval);
      if (!Number.isFinite(seconds) || seconds <= 0)
        throw new UsageError("--interval must be a positive number");
      if (opts.webhook && !/^https?:\/\//.test(opts.webhook))
        throw new UsageError("--webhook must be an http(s) URL");
      const controller = new AbortController();
      const stop = () => controller.abort();
      process.once("SIGINT", stop);
      process.once("SIGTERM", stop);
      const store = openForWrite(opts.db);
      const dbFiles = new Set(["", "-wal", "-shm", "-journal"].map((s) => resolve(`${store.path}${s}`)));
      await withStore(store, (store) =>
        watchPaths(paths, store, {
          intervalMs: seconds * 1000,
          signal: controller.signal,
          skip: (file) => dbFiles.has(resolve(file)),
          onError: (source, error) => process.stderr.write(`dossier: ${source}: ${error}\n`),
          onRound: (files, summary) => {
            process.stderr.write(`watch: ${files.length} files read, ${summary.added} new articles\n`);
            if (opts.once) controller.abort();
          },
          listChanges: async (s) => (await resolveChanges(s)).map((c) => ({ ...c, key: changeKey(c) })),
          onChanges: async (changes) => {
            for (const change of changes) await deliver(change, opts);
          },
        }),
      );
      process.off("SIGINT", stop);
      process.off("SIGTERM", stop);
    });
}

function changeKey(c: ChangeView): string {
  return `${c.holder}|${c.proposition.event}|${c.proposition.participants.join(",")}|${c.from.statementId}|${c.to.statementId}`;
}

async function deliver(change: unknown, opts: WatchOpts): Promise<void> {
  const { key: _key, ...body } = change as { key: string };
  const json = JSON.stringify(body);
  if (opts.webhook) {
    try {
      const response = await fetch(opts.webhook, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: json,
      });
      if (!response.ok) process.stderr.write(`dossier: webhook answered ${response.status}\n`);
    } catch (error) {
      process.stderr.write(`dossier: webhook failed: ${error instanceof Error ? error.message : error}\n`);
    }
  }
  if (opts.exec) await runWith(opts.exec, json);
  if (!opts.webhook && !opts.exec) await writeJsonLine(body);
}

function runWith(command: string, input: string): Promise<void> {
  return new Promise((done) => {
    const child = spawn(command, { shell: true, stdio: ["pipe", "inherit", "inherit"] });
    child.on("error", (error) => {
      process.stderr.write(`dossier: --exec failed: ${error.message}\n`);
      done();
    });
    child.on("close", (code) => {
      if (code !== 0) process.stderr.write(`dossier: --exec exited with ${code}\n`);
      done();
    });
    child.stdin.end(`${input}\n`);
  });
}
