/** @module Ingest entry point: paths (files, folders, `-`, `.gz`) → a stream of RawDoc results, one error per bad input. */
import { InputError } from "../core/errors.ts";
import { byteLines, collectBytes, formatSize, inputBytes, tooLarge } from "./byte-stream.ts";
import { asciiPrefix } from "./charset-sniff.ts";
import { assertTextLike } from "./decode.ts";
import { readDocument } from "./document-reader.ts";
import { kindFromName, type ReaderKind, sniffKind } from "./input-format.ts";
import { parseJsonlLine } from "./jsonl-reader.ts";
import { expandPaths } from "./path-walk.ts";
import { failure, failureFrom, type ReadResult } from "./read-result.ts";
import { firstInvalidUtf8 } from "./utf8-check.ts";

export { decodeBytes } from "./decode.ts";
export { readDocument } from "./document-reader.ts";
export { readFeed } from "./feed-reader.ts";
export { htmlToText, readHtml } from "./html-reader.ts";
export type { ReaderKind } from "./input-format.ts";
export { readJsonlLines } from "./jsonl-reader.ts";
export { parseAbsoluteDate } from "./parse-date.ts";
export type { ReadResult } from "./read-result.ts";
export { readTextDump } from "./text-reader.ts";
export { dateFromUrl, outletFromUrl } from "./url-meta.ts";

export interface ReadOptions {
  /** Where `-` reads from; defaults to `process.stdin`. */
  readonly stdin?: NodeJS.ReadableStream;
  /** Largest single document (a JSONL line counts as one); default 16 MiB. */
  readonly maxBytes?: number;
  /** Files found inside a folder for which this is true are passed over silently (the database being written). */
  readonly skip?: (file: string) => boolean;
}

export const DEFAULT_MAX_BYTES = 16 * 1024 * 1024;
// Enough of the start of a file to sniff its kind and any declared charset.
const SNIFF_BYTES = 4096;

/** Re-yields `first` chunks, then the rest of the iterator. */
async function* prepend(first: readonly Buffer[], it: AsyncIterator<Buffer>): AsyncIterable<Buffer> {
  try {
    yield* first;
    for (let r = await it.next(); !r.done; r = await it.next()) yield r.value;
  } finally {
    // Stopping early (size limit, error) must still close the file or gunzip stream.
    await it.return?.();
  }
}

async function* readJsonlStream(
  chunks: AsyncIterable<Buffer>,
  source: string,
  limit: number,
): AsyncIterable<ReadResult> {
  let lineNumber = 0;
  let docs = 0;
  for await (const line of byteLines(chunks, limit)) {
    lineNumber++;
    const where = `${source}#${lineNumber}`;
    if (line.oversize) {
      yield failure(
        where,
        `line ${lineNumber} is over the ${formatSize(limit, true)} limit for one article; raise it with --max-bytes`,
      );
      continue;
    }
    const bad = firstInvalidUtf8(line.bytes);
    if (bad >= 0) {
      yield failure(where, `line ${lineNumber} is not valid UTF-8 (byte offset ${bad} in the line)`);
      continue;
    }
    const result = parseJsonlLine(line.bytes.toString("utf8").replace(/\r$/, ""), source, lineNumber);
    if (result !== null) {
      docs++;
      yield result;
    }
  }
  if (docs === 0) yield failure(source, "empty file (no JSON lines)");
}

/** Read one input (a file or `-`) into results; every failure becomes one error result. */
async function* readInput(
  file: string,
  source: string,
  size: number | null,
  stdin: NodeJS.ReadableStream,
  limit: number,
): AsyncIterable<ReadResult> {
  const named = file === "-" ? null : kindFromName(file);
  // The size on disk is the document's size unless it is compressed; gzip is limited as it decompresses.
  const knownSize = /\.gz$/i.test(file) ? null : size;
  try {
    const it = inputBytes(file, stdin)[Symbol.asyncIterator]();
    const head: Buffer[] = [];
    let headSize = 0;
    while (headSize < SNIFF_BYTES) {
      const r = await it.next();
      if (r.done) break;
      head.push(r.value);
      headSize += r.value.length;
    }
    const prefix = Buffer.concat(head);
    const kind: ReaderKind = named ?? sniffKind(asciiPrefix(prefix, SNIFF_BYTES));
    if (kind !== "jsonl" && knownSize !== null && knownSize > limit) {
      await it.return?.();
      throw tooLarge(source, knownSize, limit);
    }
    if (kind === "jsonl") {
      if (prefix.length === 0) throw new InputError(source, "empty file");
      assertTextLike(prefix, source);
      yield* readJsonlStream(prepend(head, it), source, limit);
      return;
    }
    const bytes = await collectBytes(prepend(head, it), source, limit);
    yield* readDocument(bytes, source, kind);
  } catch (err) {
    yield failureFrom(source, err);
  }
}

/**
 * Read every input. Folders are walked recursively (sorted, dotfiles skipped), `-` is stdin, gzip is decompressed
 * on the fly, JSONL is streamed line by line. Bad inputs yield `{ok: false}` and reading goes on.
 */
export async function* readInputs(
  paths: readonly string[],
  options: ReadOptions = {},
): AsyncIterable<ReadResult> {
  const stdin = options.stdin ?? process.stdin;
  const limit = options.maxBytes ?? DEFAULT_MAX_BYTES;
  for await (const entry of expandPaths(paths)) {
    if (entry.ok && options.skip?.(entry.file) && !paths.includes(entry.file)) continue;
    if (!entry.ok) yield failure(entry.source, entry.error);
    else yield* readInput(entry.file, entry.source, entry.size, stdin, limit);
  }
}

/** All results for one path (what `dossier extract FILE` needs). */
export async function readOneFile(path: string, options: ReadOptions = {}): Promise<ReadResult[]> {
  const results: ReadResult[] = [];
  for await (const result of readInputs([path], options)) results.push(result);
  return results;
}
