/** @module One whole document's bytes → results: decode with the right charset, then the reader for its kind. */
import { sniffDeclaredCharset } from "./charset-sniff.ts";
import { decodeBytes } from "./decode.ts";
import { readFeed } from "./feed-reader.ts";
import { readHtml } from "./html-reader.ts";
import type { ReaderKind } from "./input-format.ts";
import { parseJsonlLine } from "./jsonl-reader.ts";
import { failureFrom, type ReadResult, success } from "./read-result.ts";
import { readTextDump } from "./text-reader.ts";

/** Read a document held in memory (also what the stream path uses once it has the bytes). Never throws. */
export function readDocument(bytes: Uint8Array, source: string, kind: ReaderKind): ReadResult[] {
  try {
    // Only markup can declare its own charset; a plain-text dump must be UTF-8 (or carry a BOM).
    const hint = kind === "html" || kind === "feed" ? sniffDeclaredCharset(bytes) : null;
    const text = decodeBytes(bytes, source, hint);
    switch (kind) {
      case "text":
        return [success(readTextDump(text, source))];
      case "html":
        return [success(readHtml(text, source))];
      case "feed":
        return readFeed(text, source);
      case "jsonl":
        return text.split("\n").flatMap((line, i) => parseJsonlLine(line, source, i + 1) ?? []);
    }
  } catch (err) {
    return [failureFrom(source, err)];
  }
}
