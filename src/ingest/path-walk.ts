/** @module Command-line paths → the files to read: folders expanded recursively in sorted order, dotfiles skipped. */
import { readdir, stat } from "node:fs/promises";

export type WalkEntry =
  | { ok: true; file: string; source: string; size: number | null }
  | { ok: false; source: string; error: string };

function statError(err: unknown): string {
  const e = err as { code?: string; message?: string };
  if (e.code === "ENOENT") return "no such file or directory";
  if (e.code === "EACCES") return "permission denied";
  return e.message ?? String(err);
}

/** Files under a folder, sorted by name at each level (code-unit order, the same on every machine). */
async function* walkFolder(dir: string, source: string): AsyncIterable<WalkEntry> {
  let names: string[];
  try {
    names = (await readdir(dir)).filter((n) => !n.startsWith(".")).sort();
  } catch (err) {
    yield { ok: false, source, error: statError(err) };
    return;
  }
  for (const name of names) {
    const file = `${dir}/${name}`;
    const childSource = `${source}/${name}`;
    try {
      const info = await stat(file);
      if (info.isDirectory()) yield* walkFolder(file, childSource);
      else if (info.isFile()) yield { ok: true, file, source: childSource, size: info.size };
    } catch (err) {
      yield { ok: false, source: childSource, error: statError(err) };
    }
  }
}

/**
 * Expand paths as given. A file found in a folder is named by the folder as given joined with its relative path
 * (`examples/corpus/a.txt`), so sources stay stable whatever the working directory layout. `-` is stdin.
 */
export async function* expandPaths(paths: readonly string[]): AsyncIterable<WalkEntry> {
  for (const given of paths) {
    if (given === "-") {
      yield { ok: true, file: "-", source: "-", size: null };
      continue;
    }
    try {
      const info = await stat(given);
      const trimmed = given.length > 1 ? given.replace(/\/+$/, "") : given;
      if (info.isDirectory()) yield* walkFolder(trimmed, trimmed);
      else yield { ok: true, file: given, source: given, size: info.size };
    } catch (err) {
      yield { ok: false, source: given, error: statError(err) };
    }
  }
}
