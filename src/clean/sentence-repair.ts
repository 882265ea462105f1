/** @module Puts back the space a page dump lost between sentences ("said.The" → "said. The"). */
import { NON_FINAL_STEMS } from "../language/abbreviations.ts";

const ABBREVIATION_SET = new Set(NON_FINAL_STEMS);

/** A sentence mark, an optional quotation mark, then a capital: the only shape repaired. */
const GLUED = /([.!?])(["“”]?)(?=\p{Lu})/gu;

/** Tokens that are addresses, where a period before a capital is part of the name. */
const URL_LIKE = /:\/\/|^[("'“]?www\.|@|\.(?:com|org|net|gov|edu|info|io|ru|uk|int|news)\b/i;

export function repairSentences(text: string): string {
  return text.replace(GLUED, (match: string, mark: string, quote: string, offset: number) => {
    if (!endsSentence(text, offset) || URL_LIKE.test(tokenAt(text, offset))) return match;
    if (quote === "") return `${mark} `;
    return opensQuote(text, offset, quote) ? `${mark} ${quote}` : `${mark}${quote} `;
  });
}

/** Whether the mark at `offset` can close a sentence, judged by what precedes it. */
function endsSentence(text: string, offset: number): boolean {
  const before = text[offset - 1];
  if (before === undefined) return false;
  if (/[)\]%”’"]/.test(before)) return true;
  if (/\d/.test(before)) {
    // "31.Ahead" is a lost space; "1.2.Section" is a numbering scheme.
    const digits = /\d+$/.exec(text.slice(0, offset))?.[0] ?? "";
    return text[offset - digits.length - 1] !== ".";
  }
  const word = /\p{L}+$/u.exec(text.slice(0, offset))?.[0] ?? "";
  // "U.S.", "a.m.", "e.g.", "Ph.D." are runs of one-letter pieces: never a sentence end here.
  if (word.length < 2 || text[offset - word.length - 1] === ".") return false;
  return !ABBREVIATION_SET.has(word.toLowerCase());
}

/** Straight quotes alternate open/close within a paragraph; curly ones say which they are. */
function opensQuote(text: string, offset: number, quote: string): boolean {
  if (quote !== '"') return quote === "“";
  const before = text.slice(0, offset).split('"').length - 1;
  return before % 2 === 0;
}

function tokenAt(text: string, offset: number): string {
  const start = text.lastIndexOf(" ", offset) + 1;
  const end = text.indexOf(" ", offset);
  return text.slice(start, end === -1 ? text.length : end);
}
