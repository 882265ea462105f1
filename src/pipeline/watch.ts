/**
 * @module Watching folders: every `interval`, the files under the watched paths are listed; files that are new or
 * changed since the last look (size or modification time) are ingested, and the stance changes that were not there
 * before are handed to `onChanges`. Ingest is idempotent, so a file seen twice costs a read, nothing more.
 */
import { stat } from "node:fs/promises";
import { expandPaths } from "../ingest/path-walk.ts";
import type { Store } from "../store/store.ts";
import { type IngestOptions, type IngestSummary, ingestPaths } from "./ingest-run.ts";

export interface WatchOptions extends IngestOptions {
  readonly intervalMs: number;
  readonly signal: AbortSignal;
  /** Lists the stance changes now in the store, each with a stable key. */
  readonly listChanges: (store: Store) => Promise<readonly { readonly key: string }[]>;
  readonly onChanges: (changes: readonly { readonly key: string }[]) => Promise<void>;
  readonly onRound?: (files: readonly string[], summary: IngestSummary) => void;
}

export async function watchPaths(
  paths: readonly string[],
  store: Store,
  options: WatchOptions,
): Promise<void> {
  const seen = new Map<string, string>();
  const known = new Set((await options.listChanges(store)).map((c) => c.key));
  while (!options.signal.aborted) {
    const fresh: string[] = [];
    for await (const entry of expandPaths(paths)) {
      if (!entry.ok || entry.file === "-" || options.skip?.(entry.file)) continue;
      const stamp = await fileStamp(entry.file);
      if (stamp !== null && seen.get(entry.file) !== stamp) {
        seen.set(entry.file, stamp);
        fresh.push(entry.file);
      }
    }
    if (fresh.length > 0) {
      const summary = await ingestPaths(fresh, store, options);
      options.onRound?.(fresh, summary);
      const now = await options.listChanges(store);
      const added = now.filter((c) => !known.has(c.key));
      for (const c of added) known.add(c.key);
      // the first round only catches up with what was already on disk; changes found then are reported too
      if (added.length > 0) await options.onChanges(added);
    }
    await sleep(options.intervalMs, options.signal);
  }
}

async function fileStamp(file: string): Promise<string | null> {
  try {
    const info = await stat(file);
    return `${info.size}:${info.mtimeMs}`;
  } catch {
    return null;
  }
}

function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    if (signal.aborted) return resolve();
    const timer = setTimeout(done, ms);
    function done() {
      clearTimeout(timer);
      signal.removeEventListener("abort", done);
      resolve();
    }
    signal.addEventListener("abort", done, { once: true });
  });
}
