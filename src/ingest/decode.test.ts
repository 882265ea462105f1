/** @module Tests for decode.ts. */
import assert from "node:assert/strict";
import { test } from "node:test";
import iconv from "iconv-lite";
import { InputError } from "../core/errors.ts";
import { sniffDeclaredCharset } from "./charset-sniff.ts";
import { decodeBytes } from "./decode.ts";
import { firstInvalidUtf8 } from "./utf8-check.ts";

const bytes = (...b: number[]): Uint8Array => Uint8Array.from(b);
const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);

function throwsInput(fn: () => unknown, cause: RegExp): void {
  assert.throws(
    fn,
    (err: unknown) => err instanceof InputError && err.file === "f.txt" && cause.test(err.message),
  );
}

test("UTF-8 with and without BOM; CRLF and CR become LF", () => {
  assert.equal(decodeBytes(utf8("a\r\nb\rc"), "f.txt"), "a\nb\nc");
  assert.equal(decodeBytes(bytes(0xef, 0xbb, 0xbf, 0x68, 0x69), "f.txt"), "hi");
});

test("UTF-16 byte-order marks", () => {
  assert.equal(decodeBytes(bytes(0xff, 0xfe, 0x68, 0x00, 0x69, 0x00), "f.txt"), "hi");
  assert.equal(decodeBytes(bytes(0xfe, 0xff, 0x00, 0x68, 0x00, 0x69), "f.txt"), "hi");
});

test("a declared legacy charset decodes Cyrillic windows-1251 and KOI8-R", () => {
  const text = "Пресс-секретарь сообщил";
  assert.equal(decodeBytes(iconv.encode(text, "windows-1251"), "f.txt", "windows-1251"), text);
  assert.equal(decodeBytes(iconv.encode(text, "koi8-r"), "f.txt", "KOI8-R"), text);
  // Latin-1 labels mean windows-1252, where 0x93/0x94 are curly quotes.
  assert.equal(decodeBytes(bytes(0x93, 0x68, 0x69, 0x94), "f.txt", "iso-8859-1"), "\u201chi\u201d");
});

test("valid UTF-8 wins over a wrong declaration", () => {
  assert.equal(decodeBytes(utf8("Café"), "f.txt", "windows-1251"), "Café");
});

test("empty, binary and invalid UTF-8 files give one clear cause", () => {
  throwsInput(() => decodeBytes(new Uint8Array(0), "f.txt"), /^empty file$/);
  throwsInput(() => decodeBytes(bytes(0x89, 0x50, 0x4e, 0x47, 0x00, 0x01), "f.txt"), /binary file, not text/);
  throwsInput(() => decodeBytes(bytes(1, 2, 3, 4, 5, 6, 0x41), "f.txt"), /binary file, not text/);
  throwsInput(() => decodeBytes(utf8("\n \n"), "f.txt"), /empty file/);
  throwsInput(
    () => decodeBytes(bytes(0x43, 0x61, 0x66, 0xe9, 0x20), "f.txt"),
    /invalid UTF-8 \(byte 0xE9 at offset 3\)/,
  );
});

test("firstInvalidUtf8 rejects overlongs, surrogates and truncated sequences", () => {
  assert.equal(firstInvalidUtf8(utf8("ok ✓ 𝄞")), -1);
  assert.equal(firstInvalidUtf8(bytes(0x61, 0xc0, 0x80)), 1);
  assert.equal(firstInvalidUtf8(bytes(0xed, 0xa0, 0x80)), 0);
  assert.equal(firstInvalidUtf8(bytes(0x61, 0x62, 0xe2, 0x82)), 2);
});

test("declared charsets are sniffed from meta tags and XML declarations", () => {
  assert.equal(sniffDeclaredCharset(utf8('<html><head><meta charset="Windows-1251">')), "windows-1251");
  assert.equal(
    sniffDeclaredCharset(utf8('<meta http-equiv="Content-Type" content="text/html; charset=koi8-r">')),
    "koi8-r",
  );
  assert.equal(sniffDeclaredCharset(utf8('<?xml version="1.0" encoding="ISO-8859-1"?><rss>')), "iso-8859-1");
  assert.equal(sniffDeclaredCharset(utf8("<html><body>no declaration</body></html>")), null);
});
