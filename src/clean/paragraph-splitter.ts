/** @module Splits a reader's body into candidate paragraphs (units), unwrapping hard-wrapped prose. */
import { keptUnit, type Unit } from "./clean-unit.ts";
import { normaliseLine } from "./text-normaliser.ts";

/** Hard-wrapped text dumps use fixed widths around 72–80; page dumps put a whole paragraph on a line. */
const MAX_WRAP_WIDTH = 100;
const MIN_WRAPPED_LINE = 40;
const SENTENCE_END = /[.!?:;"”’)\]]$/;

/** Body → units: each line of a block is a unit, unless the block is hard-wrapped prose. */
export function splitUnits(body: string): Unit[] {
  const units: Unit[] = [];
  for (const block of splitBlocks(body)) {
    const paragraphs = isHardWrapped(block) ? unwrap(block) : block;
    for (const paragraph of paragraphs) units.push(keptUnit(paragraph));
  }
  return units;
}

function splitBlocks(body: string): string[][] {
  const blocks: string[][] = [];
  let current: string[] = [];
  for (const raw of body.split(/\r\n?|\n/)) {
    const line = normaliseLine(raw);
    if (line === "") {
      if (current.length > 0) blocks.push(current);
      current = [];
    } else {
      current.push(line);
    }
  }
  if (current.length > 0) blocks.push(current);
  return blocks;
}

/**
 * A block is hard-wrapped when its lines are short (a fixed width) and most lines stop mid-sentence;
 * a page dump with one sentence or heading per line does not qualify and keeps its line breaks.
 */
export function isHardWrapped(lines: readonly string[]): boolean {
  if (lines.length < 2) return false;
  const width = Math.max(...lines.map((line) => line.length));
  if (width > MAX_WRAP_WIDTH) return false;
  const inner = lines.slice(0, -1);
  const midSentence = inner.filter((line) => line.length >= MIN_WRAPPED_LINE && !SENTENCE_END.test(line));
  return midSentence.length * 2 >= inner.length;
}

/** Joins wrapped lines; a line well short of the wrap width ends its paragraph (or is a heading). */
function unwrap(lines: readonly string[]): string[] {
  const width = Math.max(...lines.map((line) => line.length));
  const paragraphs: string[] = [];
  let current: string[] = [];
  for (const line of lines) {
    current.push(line);
    if (line.length < width * 0.6) {
      paragraphs.push(current.join(" "));
      current = [];
    }
  }
  if (current.length > 0) paragraphs.push(current.join(" "));
  return paragraphs;
}
