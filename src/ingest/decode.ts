/** @module Bytes → text: BOMs, declared charsets, strict UTF-8, and clear errors for empty, binary and mis-encoded files. */
import iconv from "iconv-lite";
import { InputError } from "../core/errors.ts";
import { firstInvalidUtf8 } from "./utf8-check.ts";

// Binary checks look at a prefix: enough to see a file format's header, cheap on big files.
const BINARY_SNIFF_BYTES = 8192;
// Text has some control characters (form feeds, stray escapes); past this share the file is not text.
const MAX_CONTROL_SHARE = 0.1;

/**
 * Labels browsers treat as windows-1252 (WHATWG Encoding): pages that say "iso-8859-1" routinely hold
 * 0x80–0x9F curly quotes and dashes, which only windows-1252 maps.
 */
const LATIN1_ALIASES: ReadonlySet<string> = new Set([
  "iso-8859-1",
  "iso8859-1",
  "latin1",
  "l1",
  "us-ascii",
  "ascii",
]);

/** Throws when the prefix looks like a binary file (NUL bytes or many control characters). */
export function assertTextLike(bytes: Uint8Array, file: string): void {
  const n = Math.min(bytes.length, BINARY_SNIFF_BYTES);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i] ?? 0;
    if (b === 0) throw new InputError(file, "binary file, not text (NUL bytes)");
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c && b !== 0x1b) control++;
  }
  if (n > 0 && control / n > MAX_CONTROL_SHARE) throw new InputError(file, "binary file, not text");
}

function normaliseNewlines(text: string): string {
  return text.replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n");
}

function strictUtf8(bytes: Uint8Array, file: string): string {
  const bad = firstInvalidUtf8(bytes);
  if (bad >= 0) {
    const hex = (bytes[bad] ?? 0).toString(16).toUpperCase().padStart(2, "0");
    throw new InputError(
      file,
      `invalid UTF-8 (byte 0x${hex} at offset ${bad}); convert the file to UTF-8 or declare its charset`,
    );
  }
  return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
}

/** The iconv-lite name for a declared charset, or null for UTF-8 and for labels iconv-lite does not know. */
function legacyCharset(hint: string | null | undefined): string | null {
  const label = hint?.trim().toLowerCase();
  if (!label || label === "utf-8" || label === "utf8") return null;
  const name = LATIN1_ALIASES.has(label) ? "windows-1252" : label;
  return iconv.encodingExists(name) ? name : null;
}

/**
 * Decode a file's bytes. A BOM wins; then a declared charset (`charsetHint`, e.g. from `<meta charset>`) unless the
 * bytes are valid UTF-8 anyway (a mislabelled UTF-8 page is far more common than Latin text that happens to
 * validate); otherwise strict UTF-8. Line ends become LF.
 */
export function decodeBytes(bytes: Uint8Array, file: string, charsetHint?: string | null): string {
  if (bytes.length === 0) throw new InputError(file, "empty file");
  const [b0, b1, b2] = [bytes[0], bytes[1], bytes[2]];
  if (b0 === 0xff && b1 === 0xfe)
    return normaliseNewlines(new TextDecoder("utf-16le").decode(bytes.subarray(2)));
  if (b0 === 0xfe && b1 === 0xff)
    return normaliseNewlines(new TextDecoder("utf-16be").decode(bytes.subarray(2)));
  const body = b0 === 0xef && b1 === 0xbb && b2 === 0xbf ? bytes.subarray(3) : bytes;
  assertTextLike(body, file);
  const legacy = body === bytes ? legacyCharset(charsetHint) : null;
  if (legacy !== null && firstInvalidUtf8(body) >= 0)
    return normaliseNewlines(iconv.decode(Buffer.from(body), legacy));
  const text = normaliseNewlines(strictUtf8(body, file));
  if (text.trim() === "") throw new InputError(file, "empty file (only whitespace)");
  return text;
}
