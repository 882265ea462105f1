/** @module Which reader an input needs: from its file extension, else sniffed from its first bytes. */

/** A reader family; "feed" covers RSS and Atom (the feed reader tells them apart). */
export type ReaderKind = "text" | "html" | "jsonl" | "feed";

/** File extensions (lower case, after removing `.gz`) → reader. */
export const EXTENSION_KINDS: Readonly<Record<string, ReaderKind>> = {
  ".txt": "text",
  ".text": "text",
  ".md": "text",
  ".html": "html",
  ".htm": "html",
  ".xhtml": "html",
  ".jsonl": "jsonl",
  ".ndjson": "jsonl",
  ".xml": "feed",
  ".rss": "feed",
  ".atom": "feed",
};

/** The file name without a trailing `.gz`. */
export const withoutGz = (name: string): string => name.replace(/\.gz$/i, "");

export function kindFromName(name: string): ReaderKind | null {
  const base = withoutGz(name).toLowerCase();
  const dot = base.lastIndexOf(".");
  if (dot < 0 || dot < base.lastIndexOf("/")) return null;
  return EXTENSION_KINDS[base.slice(dot)] ?? null;
}

/** Sniff a reader from the start of a document (ASCII-compatible prefix; a BOM is skipped). */
export function sniffKind(prefix: string): ReaderKind {
  const head = prefix
    .replace(/^\uFEFF/, "")
    .trimStart()
    .slice(0, 4096)
    .toLowerCase();
  if (/^<!doctype\s+html|^<html[\s>]/.test(head)) return "html";
  if (/<rss[\s>]|<feed[\s>]|<rdf:rdf[\s>]/.test(head)) return "feed";
  if (head.startsWith("<?xml")) return /<html[\s>]|<!doctype\s+html/.test(head) ? "html" : "feed";
  // Fragments and pages without a doctype still open with markup.
  if (/^<(?:head|body|meta|title|div|p|article|!--)[\s>]/.test(head)) return "html";
  if (head.startsWith("{")) return "jsonl";
  return "text";
}
