/** @module Finds quotations: straight, curly, guillemets, clear single quotes, and quotes running over paragraphs. */

export interface Quote {
  /** Offset of the opening mark. */
  readonly start: number;
  /** Offset just after the closing mark. */
  readonly end: number;
  /** The quoted words: inside the marks. */
  readonly contentStart: number;
  readonly contentEnd: number;
}

interface Open {
  readonly mark: string;
  readonly start: number;
  /** Marks that close it. */
  readonly closers: string;
}

/** `''` is a quotation mark of its own: some newspapers type two apostrophes for a double quote. */
const MARKS = /''|[“”«»„"‘’\n]/g;
const OPENERS: Readonly<Record<string, string>> = {
  "“": "”",
  "«": "»",
  "„": "“”",
  '"': '"',
  "‘": "’",
  "''": "''",
};
/** A single curly quote is a quotation only around a clause, not a scare-quoted word ("‘possible’"). */
const MIN_SINGLE_QUOTE_WORDS = 4;

export function findQuotes(text: string): Quote[] {
  const quotes: Quote[] = [];
  let open: Open | null = null;
  for (const m of text.matchAll(MARKS)) {
    const at = m.index;
    const mark = m[0];
    if (mark === "\n") {
      if (open !== null && !continuesNextParagraph(text, at, open.mark)) open = null;
      continue;
    }
    if (open === null) {
      if (opens(text, at, mark)) open = { mark, start: at, closers: OPENERS[mark] ?? "" };
      continue;
    }
    if (!open.closers.includes(mark) || !closes(text, at, mark)) continue;
    const contentStart = open.start + open.mark.length;
    if (open.mark !== "‘" || countWords(text.slice(contentStart, at)) >= MIN_SINGLE_QUOTE_WORDS) {
      quotes.push({ start: open.start, end: at + mark.length, contentStart, contentEnd: at });
    }
    open = null;
  }
  return quotes;
}

function opens(text: string, at: number, mark: string): boolean {
  if (OPENERS[mark] === undefined) return false;
  const next = text[at + mark.length] ?? "";
  if (next === "" || /\s/.test(next)) return false;
  const prev = text[at - 1] ?? "";
  if (mark === "‘" || mark === '"' || mark === "''") {
    // An apostrophe or an inch mark follows a letter or a digit; an opening quote does not.
    return !/[\p{L}\p{N}]/u.test(prev) || /[.!?,;:]/.test(prev);
  }
  return true;
}

function closes(text: string, at: number, mark: string): boolean {
  const prev = text[at - 1] ?? "";
  if (/\s/.test(prev) && (mark === '"' || mark === "''")) return false;
  // "Russia’s" is an apostrophe inside a word, not a closing single quote.
  if (mark === "’") return !/\p{L}/u.test(text[at + 1] ?? "");
  return true;
}

/**
 * A quote left open at a line end goes on when the next paragraph opens with the same mark (the
 * multi-paragraph convention) or when the next line continues in lower case (hard-wrapped text).
 */
function continuesNextParagraph(text: string, newline: number, mark: string): boolean {
  let i = newline;
  while (i < text.length && /\s/.test(text[i] ?? "")) i += 1;
  const next = text[i] ?? "";
  return next === mark || /\p{Ll}/u.test(next);
}

function countWords(s: string): number {
  return s.split(/\s+/).filter((w) => /\p{L}/u.test(w)).length;
}
