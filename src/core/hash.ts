/** @module Content hashes: ids that follow from content, so re-ingesting the same text is a no-op. */
import { createHash } from "node:crypto";

export function sha256Hex(text: string): string {
  return createHash("sha256").update(text, "utf8").digest("hex");
}

/** A short, stable id with a prefix naming the record kind, e.g. `a_1f2e3d4c5b6a`. */
export function shortId(prefix: string, text: string, length = 12): string {
  return `${prefix}_${sha256Hex(text).slice(0, length)}`;
}
