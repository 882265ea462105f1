/** @module Sentence splitting with offsets into the original text and blank-line paragraph indices. */
import type { Sentence } from "../core/records.ts";
import { MAYBE_FINAL_ABBREVIATIONS, NON_FINAL_ABBREVIATIONS } from "./abbreviations.ts";
import { COMMON_WORDS } from "./common-words.ts";

const PARAGRAPH_BREAK = /\n[ \t\r]*\n\s*/g;
/** Terminal punctuation with the closing quotes/brackets that belong to the same sentence. */
const TERMINAL = /[.!?…]+["”’'»)\]]*|\n/g;
const WORD_BEFORE_PERIOD = /[\p{L}\p{N}.]*$/u;
const OPENER = /^["“„‘'«([\p{Lu}\p{N}]/u;
const GLUED_OPENER = /^(?:\p{Lu}\p{Ll}|["“„]\p{Lu})/u;
const NEXT_WORD = /^["“„‘'«([]*([\p{L}]+)/u;

export function splitSentences(text: string): Sentence[] {
  const sentences: Sentence[] = [];
  let paragraph = 0;
  let blockStart = 0;
  for (const m of text.matchAll(PARAGRAPH_BREAK)) {
    splitBlock(text, blockStart, m.index, paragraph, sentences);
    paragraph += 1;
    blockStart = m.index + m[0].length;
  }
  splitBlock(text, blockStart, text.length, paragraph, sentences);
  return sentences;
}

function splitBlock(text: string, start: number, end: number, paragraph: number, out: Sentence[]): void {
  const block = text.slice(start, end);
  let sentenceStart = 0;
  for (const m of block.matchAll(TERMINAL)) {
    const after = m.index + m[0].length;
    const cut =
      m[0] === "\n" ? lineBreakCut(block, m.index, after) : punctuationCut(block, m.index, m[0], after);
    if (cut < 0) continue;
    push(text, start + sentenceStart, start + cut, paragraph, out);
    sentenceStart = cut;
  }
  push(text, start + sentenceStart, end, paragraph, out);
}

/** A line break ends a sentence unless the next line continues it in lower case (hard-wrapped text). */
function lineBreakCut(block: string, at: number, after: number): number {
  const next = block.slice(after).trimStart();
  return /^\p{Ll}/u.test(next) ? -1 : at;
}

/** Where the sentence ending at this mark is cut, or -1 when the mark does not end it. */
function punctuationCut(block: string, at: number, mark: string, after: number): number {
  const rest = block.slice(after, after + 40);
  if (rest.length === 0) return after;
  if (!/^\s/.test(rest)) return gluedCut(block, at, mark, after);
  const next = rest.trimStart();
  if (next.length === 0 || next.startsWith("\n")) return after;
  if (!OPENER.test(next)) return -1;
  if (mark !== ".") return after;
  return periodEnds(block, at, next) ? after : -1;
}

/** "said.The talks" / 'Monday."We' — a period glued to the next sentence, as page dumps lose the space. */
function gluedCut(block: string, at: number, mark: string, after: number): number {
  const word = WORD_BEFORE_PERIOD.exec(block.slice(Math.max(0, at - 30), at))?.[0] ?? "";
  // "said.The", "August 31.Ahead": a lower-case word or a number glued to a capitalised one.
  if (word.includes(".") || !/^[\p{L}\p{N}]*[\p{Ll}\p{N}]$/u.test(word) || word.length < 2) return -1;
  const terminal = /^[.!?…]+/.exec(mark)?.[0] ?? "";
  // A straight quote right after the period and before a capital opens the next sentence.
  if (mark.endsWith('"') && /^\p{Lu}/u.test(block.slice(after, after + 1))) {
    return at + mark.length - 1;
  }
  return GLUED_OPENER.test(block.slice(after, after + 3)) ? at + Math.max(terminal.length, mark.length) : -1;
}

function periodEnds(block: string, at: number, next: string): boolean {
  const word = WORD_BEFORE_PERIOD.exec(block.slice(Math.max(0, at - 30), at))?.[0] ?? "";
  if (word.length === 0) return true;
  const withPeriod = `${word}.`;
  if (NON_FINAL_ABBREVIATIONS.has(withPeriod)) return false;
  // An initial ("J. Smith") is never the end of a sentence.
  if (/^\p{Lu}$/u.test(word)) return false;
  if (MAYBE_FINAL_ABBREVIATIONS.has(withPeriod) || /^(?:\p{L}\.)+\p{L}$/u.test(word)) {
    const nextWord = NEXT_WORD.exec(next)?.[1]?.toLowerCase() ?? "";
    return COMMON_WORDS.has(nextWord);
  }
  return true;
}

function push(text: string, from: number, to: number, paragraph: number, out: Sentence[]): void {
  let start = from;
  let end = to;
  while (start < end && /\s/.test(text[start] ?? "")) start += 1;
  while (end > start && /\s/.test(text[end - 1] ?? "")) end -= 1;
  if (end > start) out.push({ start, end, paragraph });
}
