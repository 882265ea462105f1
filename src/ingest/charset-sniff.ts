/** @module Finds the charset a page or feed declares about itself in its first bytes. */

// HTML requires the declaration within the first 1024 bytes; real pages overshoot, so look a little further.
const SNIFF_BYTES = 2048;

/** The bytes' prefix read as Latin-1: every byte maps to one char, so ASCII markup reads right whatever the charset. */
export function asciiPrefix(bytes: Uint8Array, length = SNIFF_BYTES): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.length, length)).toString("latin1");
}

/** Charset from `<meta charset>`, `<meta http-equiv content="...; charset=...">` or `<?xml encoding="...">`; lower case. */
export function sniffDeclaredCharset(bytes: Uint8Array): string | null {
  const head = asciiPrefix(bytes);
  const xml = /<\?xml[^>]*\bencoding\s*=\s*["']([\w.:-]+)["']/i.exec(head);
  if (xml?.[1]) return xml[1].toLowerCase();
  const meta = /<meta\b[^>]*?\bcharset\s*=\s*["']?\s*([\w.:-]+)/i.exec(head);
  return meta?.[1] ? meta[1].toLowerCase() : null;
}
