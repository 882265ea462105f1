/** @module Capitalised word runs that may name something ("Dmitry Peskov", "Argumenty i Fakty", "Bank of England"). */
import type { Span } from "../core/records.ts";
import { CALENDAR_WORDS, COMMON_WORDS, NAME_PARTICLES, NAME_PREFIX_PATTERN } from "./common-words.ts";
import { entityKey } from "./entity-key.ts";
import { GIVEN_NAMES } from "./given-names.ts";
import { KNOWN_ORGANISATIONS, ORG_CUE_WORDS } from "./organisations.ts";
import { PLACES } from "./places.ts";
import { HONORIFICS, PERSON_TITLE_ABBREVIATIONS } from "./roles.ts";

export interface Token extends Span {
  readonly text: string;
  /** Starts with a capital, or with a name prefix such as "al-". */
  readonly cap: boolean;
  /** Ends with a possessive "'s", which also ends a name. */
  readonly possessive: boolean;
}

export interface NameChunk extends Span {
  /** The words as written, possessive removed. */
  readonly text: string;
  readonly words: readonly string[];
  /** Preceded by a personal title such as "Dr." */
  readonly afterTitle: boolean;
}

const TOKEN = /(?:\p{Lu}\.){2,}|[\p{L}\p{M}\p{N}]+(?:[-'’][\p{L}\p{M}\p{N}]+)*/gu;
const TITLE_BEFORE = new RegExp(
  String.raw`(?:^|\s)(?:(?:${[...PERSON_TITLE_ABBREVIATIONS].join("|")})\.?|${HONORIFICS})\s+$`,
  "u",
);
/** An honorific opening a run of capitalised words, with a name after it. */
// ("His" goes as a common word: "Highness Sheikh Mansour" still opens with one)
const HONORIFIC_START = new RegExp(
  String.raw`^(?:${HONORIFICS}|(?:Royal\s+)?(?:Highness|Majesty|Excellency))\s+(?=\p{Lu})`,
  "u",
);

const UPPER_START = /^\p{Lu}/u;
/** First letters of the NAME_PREFIX_PATTERN prefixes: only words starting so are tested against it. */
const PREFIX_FIRST = new Set([..."abdeil"].map((c) => c.charCodeAt(0)));

/** Starts with a capital, or with a name prefix such as "al-" (a cheap test first: this runs on every word). */
function capitalised(word: string): boolean {
  const c = word.charCodeAt(0);
  if (c >= 65 && c <= 90) return true;
  if (c >= 128 && UPPER_START.test(word)) return true;
  return PREFIX_FIRST.has(c) && NAME_PREFIX_PATTERN.test(word);
}

/** Ends with a possessive "'s" or "’s". */
function possessiveEnd(word: string): boolean {
  const n = word.length;
  if (n < 2 || word.charCodeAt(n - 1) !== 115) return false;
  const a = word.charCodeAt(n - 2);
  return a === 39 || a === 0x2019;
}

export function tokenize(text: string, from: number, to: number): Token[] {
  const tokens: Token[] = [];
  TOKEN.lastIndex = from;
  for (let m = TOKEN.exec(text); m !== null && m.index < to; m = TOKEN.exec(text)) {
    const word = m[0];
    const cap = capitalised(word);
    tokens.push({
      start: m.index,
      end: m.index + word.length,
      text: word,
      cap,
      possessive: cap && possessiveEnd(word),
    });
  }
  return tokens;
}

/** A single space (or no-break space) between two offsets. */
/** "George W. Bush", "T. N. Sundaravelan": a capital initial, its period and one space inside a name. */
function afterInitial(text: string, prev: Token, tok: Token): boolean {
  return (
    tok.cap &&
    /^\p{Lu}$/u.test(prev.text) &&
    /^\. $/.test(text.slice(prev.end, tok.start)) &&
    !isFiller(tok.text)
  );
}

function singleSpace(text: string, from: number, to: number): boolean {
  if (to - from !== 1) return false;
  const c = text.charCodeAt(from);
  return c === 32 || c === 0xa0;
}

/**
 * A headline written in title case ("Putin Does Not Rule Out Meeting"), where capitals say nothing:
 * no final punctuation, and most long words capitalised.
 */
export function isTitleCase(text: string, tokens: readonly Token[]): boolean {
  const last = tokens.at(-1);
  if (last === undefined || /[.!?…]/.test(text.slice(last.end, last.end + 3))) return false;
  const long = tokens.filter((t) => t.text.length >= 4 && /^\p{L}/u.test(t.text));
  return long.length >= 3 && long.filter((t) => t.cap).length / long.length >= 0.6;
}

/**
 * Name-like runs in one sentence's tokens; `isRoleWord` marks words that belong to a role phrase, `startsName` the
 * first word of a name a role introduces.
 */
export function findNameChunks(
  text: string,
  tokens: readonly Token[],
  isRoleWord: (offset: number) => boolean,
  startsName: (offset: number) => boolean = () => false,
): NameChunk[] {
  const chunks: NameChunk[] = [];
  let run: Token[] = [];
  const flush = (): void => {
    for (const part of splitRun(trimRun(text, run))) {
      const chunk = toChunk(text, part);
      if (chunk !== null) chunks.push(chunk);
    }
    run = [];
  };
  for (let i = 0; i < tokens.length; i += 1) {
    const tok = tokens[i] as Token;
    const prev = run.at(-1);
    const joinable =
      prev !== undefined &&
      !prev.possessive &&
      (singleSpace(text, prev.end, tok.start) || afterInitial(text, prev, tok));
    if (isRoleWord(tok.start)) {
      flush();
    } else if (tok.cap) {
      if (!joinable || startsName(tok.start)) flush();
      run.push(tok);
    } else if (joinable && isInnerParticle(text, tokens, i, run)) {
      run.push(tok);
    } else if (run.length === 0 && startsName(tok.start) && NAME_PARTICLES.has(tok.text)) {
      // "Chancellor von der Lohe": a name a role introduces may open with its particle
      run.push(tok);
    } else {
      flush();
    }
  }
  flush();
  return chunks;
}

/** "i" in "Argumenty i Fakty", "of" in "Bank of England": only between two capitalised words. */
function isInnerParticle(text: string, tokens: readonly Token[], i: number, run: readonly Token[]): boolean {
  const tok = tokens[i] as Token;
  const next = tokens[i + 1];
  if (next === undefined || !singleSpace(text, tok.end, next.start)) return false;
  const last = run.at(-1)?.text.toLowerCase() ?? "";
  if (tok.text === "the") return last === "of" && next.cap;
  if (tok.text === "of") return ORG_CUE_WORDS.has(last) && (next.cap || next.text === "the");
  if (!NAME_PARTICLES.has(tok.text)) return false;
  if (next.cap) return true;
  // "van der Linden", "von der Heide": two particles before the capital
  const after = tokens[i + 2];
  return NAME_PARTICLES.has(next.text) && after?.cap === true && singleSpace(text, next.end, after.start);
}

function trimRun(text: string, run: readonly Token[]): Token[] {
  let from = 0;
  let to = run.length;
  while (to > from && !(run[to - 1] as Token).cap) to -= 1;
  // "A. M. Kesarwal": an initial is no filler, even the one that spells the article "a"
  while (from < to - 1 && isFiller((run[from] as Token).text) && !isInitial(text, run[from] as Token))
    from += 1;
  if (from === to - 1 && isFiller((run[from] as Token).text)) from += 1;
  // "Sheikh Mansour", "Datuk Seri Azman Yusof": the honorific is no part of the name
  const first = run[from];
  const words =
    first === undefined
      ? ""
      : run
          .slice(from, to)
          .map((t) => t.text)
          .join(" ");
  // "Highness Sheikh Mansour": each honorific in turn
  let rest = words;
  for (
    let honorific = HONORIFIC_START.exec(rest);
    honorific !== null;
    honorific = HONORIFIC_START.exec(rest)
  ) {
    const dropped = honorific[0].trim().split(/\s+/).length;
    if (to - from <= dropped) break;
    from += dropped;
    rest = rest.slice(honorific[0].length);
  }
  return run.slice(from, to);
}

function isInitial(text: string, t: Token): boolean {
  return t.text.length === 1 && text[t.end] === "." && /^\p{Lu}$/u.test(t.text);
}

function isFiller(word: string): boolean {
  const lower = bare(word).toLowerCase();
  // "US" is a country even though "us" is a pronoun: all-capital words are never fillers.
  if (/^\p{Lu}{2,}$/u.test(word)) return false;
  return COMMON_WORDS.has(lower) || CALENDAR_WORDS.has(lower) || !/^\p{L}/u.test(word);
}

/** "United Nations Dmitry Polyansky" is two names: an organisation or place glued to a given name. */
function splitRun(run: readonly Token[]): Token[][] {
  // "External Affairs Dr T. N. Sundaravelan": a title inside the run opens the person's name
  const title = run.findIndex(
    (t, k) => k > 0 && k < run.length - 1 && PERSON_TITLE_ABBREVIATIONS.has(t.text),
  );
  if (title > 0) return [run.slice(0, title), run.slice(title + 1)];
  for (let k = 1; k < run.length - 1; k += 1) {
    if (!GIVEN_NAMES.has((run[k] as Token).text.toLowerCase())) continue;
    const head = run.slice(0, k);
    const headKey = entityKey(head.map((t) => bare(t.text)).join(" "));
    const lastWord = bare((head.at(-1) as Token).text).toLowerCase();
    if (PLACES.has(headKey) || KNOWN_ORGANISATIONS.has(headKey) || ORG_CUE_WORDS.has(lastWord)) {
      return [head, run.slice(k)];
    }
  }
  return [run as Token[]];
}

function bare(word: string): string {
  return word.replace(/['’]s$/, "");
}

function toChunk(text: string, run: readonly Token[]): NameChunk | null {
  const first = run[0];
  const last = run.at(-1);
  if (first === undefined || last === undefined) return null;
  // A lone "Putin-Zelensky" compound is two names used as a modifier; the mention pass finds each part.
  if (run.length === 1 && /\p{Lu}[^-]*-\p{Lu}/u.test(first.text)) return null;
  if (run.length === 1 && CALENDAR_WORDS.has(bare(first.text).toLowerCase())) return null;
  // "Turkish-mediated" is an adjective, not a name.
  if (run.length === 1 && /-\p{Ll}+$/u.test(first.text)) return null;
  const end = last.possessive ? last.end - 2 : last.end;
  return {
    start: first.start,
    end,
    text: text.slice(first.start, end),
    // an initial keeps its period ("George W. Bush")
    words: run.map((t, i) =>
      i === run.length - 1
        ? bare(t.text)
        : text[t.end] === "." && /^\p{Lu}$/u.test(t.text)
          ? `${t.text}.`
          : t.text,
    ),
    afterTitle: TITLE_BEFORE.test(text.slice(Math.max(0, first.start - 16), first.start)),
  };
}
