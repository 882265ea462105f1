/** @module A simple regex sentence finder, enough to keep a date with its own sentence until the real splitter lands. */

import type { Span } from "../core/records.ts";
import { NON_FINAL_STEMS } from "../language/abbreviations.ts";

const ABBREVIATIONS = new Set(NON_FINAL_STEMS);

// A sentence ends at . ! ? (plus closing quotes/brackets) before white space and a capital, digit or quote, or
// at a line break; wire copy also glues sentences together ("said.The talks"), so a period before a capital ends one.
const BOUNDARY = /[.!?]["'”’)\]]*(?:\s+(?=[\p{Lu}\d"“‘'(])|(?=[\p{Lu}“"]))|\n+/gu;

let lastText: string | null = null;
let lastSpans: readonly Span[] = [];

/**
 * The sentences of `text` as spans, trimmed of surrounding white space. The last text's spans are kept: dating each
 * event and statement of an article asks for the same text's sentences many times.
 */
export function sentenceSpans(text: string): readonly Span[] {
  if (text === lastText) return lastSpans;
  lastSpans = splitSpans(text);
  lastText = text;
  return lastSpans;
}

function splitSpans(text: string): Span[] {
  const spans: Span[] = [];
  let start = 0;
  for (const m of text.matchAll(BOUNDARY)) {
    const at = m.index;
    if (m[0][0] === "." && isAbbreviationBefore(text, at)) continue;
    if (m[0][0] === "." && /\d/.test(text[at - 1] ?? "") && /\d/.test(text[at + 1] ?? "")) continue;
    const end = m[0][0] === "\n" ? at : at + m[0].trimEnd().length;
    pushTrimmed(text, start, end, spans);
    start = at + m[0].length;
  }
  pushTrimmed(text, start, text.length, spans);
  return spans;
}

/** The sentence holding `offset`, or the whole text when none does. */
export function sentenceAt(spans: readonly Span[], offset: number, textLength: number): Span {
  for (const s of spans) if (offset >= s.start && offset < s.end) return s;
  for (const s of spans) if (offset <= s.end && offset >= s.start) return s;
  return { start: 0, end: textLength };
}

function isAbbreviationBefore(text: string, dotIndex: number): boolean {
  const word = /([\p{L}.]+)$/u.exec(text.slice(Math.max(0, dotIndex - 12), dotIndex))?.[1] ?? "";
  const lower = word.toLowerCase();
  // A single capital ("J. Smith") is an initial, not a sentence end.
  return ABBREVIATIONS.has(lower) || /^\p{Lu}$/u.test(word);
}

function pushTrimmed(text: string, start: number, end: number, out: Span[]): void {
  let s = start;
  let e = end;
  while (s < e && /\s/.test(text[s] ?? "")) s++;
  while (e > s && /\s/.test(text[e - 1] ?? "")) e--;
  if (e > s) out.push({ start: s, end: e });
}
