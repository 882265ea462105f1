/** @module Opening the database a command names (default ./dossier.db). */
import { existsSync } from "node:fs";
import { UsageError } from "../core/errors.ts";
import { SqliteStore } from "../store/sqlite-store.ts";

export const DEFAULT_DB = "dossier.db";

export const DB_OPTION_HELP = `SQLite database file (default: ./${DEFAULT_DB})`;

/** Opens the store for writing, creating the file if needed. */
export function openForWrite(path: string | undefined): SqliteStore {
  return SqliteStore.open(path ?? DEFAULT_DB);
}

/** Opens an existing store; a missing file is a usage error that says what to run first. */
export function openForRead(path: string | undefined): SqliteStore {
  const file = path ?? DEFAULT_DB;
  if (!existsSync(file)) {
    throw new UsageError(`no database at ${file}; run \`dossier ingest PATH --db ${file}\` first`);
  }
  return SqliteStore.open(file);
}

/** Runs `fn` with an open store and always closes it. */
export async function withStore<T>(store: SqliteStore, fn: (store: SqliteStore) => Promise<T>): Promise<T> {
  try {
    return await fn(store);
  } finally {
    await store.close();
  }
}
