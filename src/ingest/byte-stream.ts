/** @module Input byte streams: files or stdin, gunzipped when gzip, gathered under a size limit or split into lines. */
import { createReadStream } from "node:fs";
import { pipeline, Readable } from "node:stream";
import { createGunzip } from "node:zlib";
import { InputError } from "../core/errors.ts";

const KIB = 1024;
const MIB = 1024 * KIB;

/** "50.0 MB" / "14.7 KB" for a size; "16 MB" when `whole` and the size is a whole number of units (a limit). */
export function formatSize(bytes: number, whole = false): string {
  const [unit, name] = bytes >= MIB ? [MIB, "MB"] : [KIB, "KB"];
  const value = bytes / unit;
  return whole && Number.isInteger(value) ? `${value} ${name}` : `${value.toFixed(1)} ${name}`;
}

export function tooLarge(file: string, size: number | null, limit: number): InputError {
  const what = size === null ? "input is" : `file is ${formatSize(size)},`;
  return new InputError(
    file,
    `${what} over the ${formatSize(limit, true)} limit for one article; raise it with --max-bytes`,
  );
}

/** zlib's terse messages → what a user can act on. */
function gzipError(file: string, err: unknown): InputError {
  const e = err as { code?: string; message?: string };
  if (e.code === "Z_BUF_ERROR" || /unexpected end of file/i.test(e.message ?? "")) {
    return new InputError(file, "truncated gzip (unexpected end of file)");
  }
  return new InputError(file, `not a valid gzip file (${e.message ?? String(err)})`);
}

async function* withGzipErrors(stream: AsyncIterable<Buffer>, file: string): AsyncIterable<Buffer> {
  try {
    for await (const chunk of stream) yield chunk;
  } catch (err) {
    throw err instanceof InputError ? err : gzipError(file, err);
  }
}

async function* readErrors(stream: AsyncIterable<Buffer>, file: string): AsyncIterable<Buffer> {
  try {
    for await (const chunk of stream) yield chunk;
  } catch (err) {
    const e = err as { code?: string; message?: string };
    throw new InputError(
      file,
      e.code === "EISDIR" ? "is a directory" : `cannot read (${e.message ?? String(err)})`,
    );
  }
}

/**
 * The input's bytes as they arrive. Gzip is recognised by its magic bytes (so `.gz` files, and gzip on stdin,
 * both work) and decompressed as a stream.
 */
export async function* inputBytes(file: string, stdin: NodeJS.ReadableStream): AsyncIterable<Buffer> {
  const raw = readErrors((file === "-" ? stdin : createReadStream(file)) as AsyncIterable<Buffer>, file);
  const it = raw[Symbol.asyncIterator]();
  const head = await it.next();
  if (head.done) return;
  const rest: AsyncIterable<Buffer> = { [Symbol.asyncIterator]: () => it };
  if (!(head.value[0] === 0x1f && head.value[1] === 0x8b)) {
    yield head.value;
    yield* rest;
    return;
  }
  async function* all(): AsyncIterable<Buffer> {
    yield head.value;
    yield* rest;
  }
  const gunzipped = pipeline(Readable.from(all()), createGunzip(), () => {});
  yield* withGzipErrors(gunzipped as AsyncIterable<Buffer>, file);
}

/** All bytes of a stream, or an InputError once more than `limit` bytes have arrived (the rest is not read). */
export async function collectBytes(
  chunks: AsyncIterable<Buffer>,
  file: string,
  limit: number,
): Promise<Buffer> {
  const parts: Buffer[] = [];
  let total = 0;
  for await (const chunk of chunks) {
    total += chunk.length;
    if (total > limit) throw tooLarge(file, null, limit);
    parts.push(chunk);
  }
  return Buffer.concat(parts, total);
}

/** A line's bytes (without the newline), or `oversize` when the line ran past the limit and was skipped. */
export type ByteLine = { bytes: Buffer; oversize: false } | { bytes: null; oversize: true };

/** Split a byte stream on LF without holding more than one line (capped at `limit` bytes) in memory. */
export async function* byteLines(chunks: AsyncIterable<Buffer>, limit: number): AsyncIterable<ByteLine> {
  let parts: Buffer[] = [];
  let size = 0;
  let oversize = false;
  const take = (piece: Buffer): void => {
    if (oversize) return;
    size += piece.length;
    if (size > limit) {
      oversize = true;
      parts = [];
    } else parts.push(piece);
  };
  const emit = (): ByteLine => {
    const line: ByteLine = oversize
      ? { bytes: null, oversize: true }
      : { bytes: Buffer.concat(parts), oversize: false };
    parts = [];
    size = 0;
    oversize = false;
    return line;
  };
  let seen = false;
  for await (const chunk of chunks) {
    let start = 0;
    for (let nl = chunk.indexOf(0x0a); nl >= 0; nl = chunk.indexOf(0x0a, start)) {
      take(chunk.subarray(start, nl));
      yield emit();
      start = nl + 1;
    }
    if (start < chunk.length) {
      take(chunk.subarray(start));
      seen = true;
    } else seen = false;
  }
  if (seen || size > 0 || oversize) yield emit();
}
