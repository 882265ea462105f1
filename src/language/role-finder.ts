/** @module Finds role phrases ("Kremlin spokesman", "the Ukrainian leader") and the name each one introduces. */
import { COMMON_WORDS } from "./common-words.ts";
import { GIVEN_NAMES } from "./given-names.ts";
import { INSTITUTION_COUNTRY, ORG_CUE_WORDS } from "./organisations.ts";
import { PLACES } from "./places.ts";
import { HONORIFICS, PORTFOLIO_WORDS, ROLE_TAIL_PREPOSITIONS, ROLES, type RoleEntry } from "./roles.ts";

export interface RoleMention {
  /** Start of the whole phrase (prefix included, "the" excluded). */
  readonly start: number;
  readonly end: number;
  /** Prefix + role + tail as written: "Russia's First Deputy Permanent Representative to the United Nations". */
  readonly text: string;
  /** Start and end of the role words alone. */
  readonly roleStart: number;
  readonly roleEnd: number;
  readonly head: string;
  readonly leader: boolean;
  /** Countries or institutions the prefix names, lower case ("russia" for "Kremlin", "Russian", "Moscow's"). */
  readonly affiliations: readonly string[];
  /** "the spokesman" / "The Kremlin spokesman": a description standing for a person named elsewhere. */
  readonly definite: boolean;
  /** Start of the name the role introduces ("spokesman Dmitry …", "negotiator, Vladimir …"), if any. */
  readonly nameStart: number | null;
  /** Offset of the comma in "NAME, the ROLE", where the role describes the name before it. */
  readonly appositiveComma: number | null;
}

// "al-Waziri", "bin Salman": a name may open with a lower-case prefix
const CAP_WORD = String.raw`(?:(?:\p{Lu}\.){2,}|(?:(?:al|el|ad|ash|as|at|ibn|bin|abu|d|l)[-'’])?\p{Lu}[\p{L}\p{M}'’-]*)`;
const byPhrase = new Map<string, RoleEntry>(ROLES.map((r) => [r.phrase, r]));
const ROLE_PATTERN = new RegExp(
  String.raw`(?<![\p{L}\p{N}-])(?:${[...byPhrase.keys()]
    .sort((a, b) => b.length - a.length)
    // an abbreviation ("ceo", "mp") is written in capitals; a word may open with one
    .map((p) =>
      p.length <= 3
        ? p.toUpperCase()
        : p.replace(/\b(\p{L})/gu, (c) => `[${c.toUpperCase()}${c}]`).replace(/ /g, String.raw`\s+`),
    )
    .join("|")})(?![\p{L}\p{N}-])`,
  "gu",
);
const PREFIX_PATTERN = new RegExp(String.raw`(?:${CAP_WORD}[ \u00a0]){1,3}$`, "u");
const TAIL_PATTERN = new RegExp(
  // "of Industry and Trade", "of Trade, Industry and Energy": "and" joins the last word of the portfolio; "of the
  // Ministry of Foreign Affairs": one "of" inside it
  String.raw`^\s+(?:${ROLE_TAIL_PREPOSITIONS.join("|")})\s+(?:the\s+)?(${CAP_WORD}(?:\s+(?!and\b)${CAP_WORD})*(?:\s+of\s+(?:the\s+)?${CAP_WORD}(?:\s+(?!and\b)${CAP_WORD})*)?(?:(?:,\s+${CAP_WORD})*,?\s+(?:and|&)\s+${CAP_WORD}(?=\s+\p{Lu}))?)`,
  "u",
);
// "Foreign Minister Sheikh Faisal …", "Foreign Minister Dr Rashid …", "Economy Minister Prof. Dr. Anna …": the
// holder's name starts after an honorific or an academic title (on the same line: a headline ending "…: foreign
// ministry spokeswoman" names no one on the next)
const NAME_AFTER = new RegExp(
  String.raw`^(,?[^\S\n]+(?:(?:${HONORIFICS}|Dr\.?|Prof\.?|Professor|Mr\.?|Mrs\.?|Ms\.?)[^\S\n]+){0,2})((?:(?:von|van|de|der|den|zu|ter|du|da|dos|das|del|della|di)[^\S\n]+){0,2}${CAP_WORD})`,
  "u",
);
/** " of the transition" (before ", General X"): a body in lower case after the role. */
const LOWER_BODY =
  /^[^\S\n]+of[^\S\n]+the[^\S\n]+(?:\p{Ll}[\p{L}'’-]*[^\S\n]+){0,2}\p{Ll}[\p{L}'’-]*(?=,[^\S\n]+\p{Lu})/u;
/** ", General X": a role used as a title before the name. */
const TITLE_ROLE = /^(,[^\S\n]+(\p{Lu}\p{Ll}+))(?=[^\S\n]+\p{Lu})/u;
const THE_BEFORE = /(?:^|[^\p{L}])[Tt]he\s+$/u;
// ", the ROLE", ", the Sahili government's ROLE"
const APPOSITIVE_BEFORE = /,\s+(?:(?:[Tt]he\s+)?(?:\p{Lu}[\p{L}'’-]*\s+)?[\p{L}-]+['’]s\s+|[Tt]he\s+)?$/u;
const SAYS_AFTER =
  /^\s+(?:(?:also|then|later|had|has|have|would|will)\s+)?(?:said|says|say|told|tells|added|adds|noted|stressed|replied|answered|insisted|explained|declared|announced|wrote|commented|confirmed|denied|warned|argued|recalled|acknowledged)\b/u;

/** "at 5 PM", "11:30 PM": a time, not a prime minister. */
const CLOCK_BEFORE = /\d[\s.:]*$/u;

/** The last text's roles: the entity stage and the attribution stage both ask for the same article's. */
let last: { text: string; roles: readonly RoleMention[] } | null = null;

export function findRoleMentions(text: string): RoleMention[] {
  if (last?.text === text) return [...last.roles];
  const roles = computeRoleMentions(text);
  last = { text, roles };
  return [...roles];
}

function computeRoleMentions(text: string): RoleMention[] {
  const found: RoleMention[] = [];
  for (const m of text.matchAll(ROLE_PATTERN)) {
    const entry = byPhrase.get(m[0].toLowerCase().replace(/\s+/g, " "));
    if (
      entry === undefined ||
      (m[0] === "PM" && CLOCK_BEFORE.test(text.slice(Math.max(0, m.index - 8), m.index)))
    )
      continue;
    const mention = describe(text, m.index, m.index + m[0].length, entry);
    if (mention !== null) found.push(mention);
  }
  return found;
}

function describe(text: string, roleStart: number, roleEnd: number, entry: RoleEntry): RoleMention | null {
  const prefixWords = prefixBefore(text, roleStart);
  const start = prefixWords.length > 0 ? (prefixWords[0]?.start ?? roleStart) : roleStart;
  let end = roleEnd;
  let nameStart: number | null = null;
  const tail = TAIL_PATTERN.exec(text.slice(roleEnd, roleEnd + 120));
  if (tail?.[1] !== undefined && !/['’]s$/.test(tail[1])) {
    const split = splitAtGivenName(tail[1]);
    const tailStart = roleEnd + tail[0].length - tail[1].length;
    end = tailStart + split.tailLength;
    if (split.nameOffset !== null) nameStart = tailStart + split.nameOffset;
  }
  if (nameStart === null) nameStart = nameAfter(text, end);
  // "the head of the transition, General X": a body in lower case, then the name, perhaps after a title that is a role
  const body = nameStart === null ? LOWER_BODY.exec(text.slice(end, end + 80)) : null;
  if (body !== null) {
    const at = end + body[0].length;
    const titled = TITLE_ROLE.exec(text.slice(at, at + 40));
    const title =
      titled !== null && byPhrase.has(titled[2]?.toLowerCase() ?? "") ? (titled[1]?.length ?? 0) : 0;
    const found = nameAfter(text, at + title);
    if (found !== null) {
      nameStart = found;
      end = at;
    }
  }
  const before = text.slice(Math.max(0, start - 50), start);
  // "Russia's foreign minister" stands for a person as "the Russian foreign minister" does
  const definite = THE_BEFORE.test(before) || prefixWords.some((w) => /['’]s$/u.test(w.word));
  // "…Prime Minister Kesarwal, the spokeswoman said": the role is the verb's subject, not Kesarwal's description
  const subject = SAYS_AFTER.test(text.slice(end, end + 30));
  const appositive = subject ? null : APPOSITIVE_BEFORE.exec(before);
  const appositiveComma = appositive === null ? null : start - appositive[0].length;
  if (nameStart === null && !definite && appositive === null) return null;
  return {
    start,
    end,
    text: text.slice(start, end),
    roleStart,
    roleEnd,
    head: entry.head,
    leader: entry.leader === true,
    affiliations: prefixWords.map((w) => affiliation(w.word)),
    definite,
    nameStart,
    appositiveComma,
  };
}

interface PrefixWord {
  readonly word: string;
  readonly start: number;
}

/** Capitalised words right before the role, without sentence openers ("The", "However"). */
function prefixBefore(text: string, roleStart: number): PrefixWord[] {
  const window = text.slice(Math.max(0, roleStart - 80), roleStart);
  const m = PREFIX_PATTERN.exec(window);
  if (m === null) return [];
  const base = roleStart - window.length + m.index;
  const words: PrefixWord[] = [];
  for (const w of m[0].matchAll(/\S+/g)) words.push({ word: w[0], start: base + w.index });
  while (words.length > 0 && isOpener(words[0]?.word ?? "")) words.shift();
  return words;
}

function isOpener(word: string): boolean {
  return !/^\p{Lu}{2,}$/u.test(word) && COMMON_WORDS.has(word.toLowerCase());
}

function affiliation(word: string): string {
  const bare = word.replace(/['’]s$/, "").toLowerCase();
  return INSTITUTION_COUNTRY.get(bare) ?? PLACES.get(bare)?.country ?? bare;
}

const HONORIFIC_WORD = new RegExp(String.raw`^(?:${HONORIFICS}|Dr|Mr|Mrs|Ms|Prof)\.?$`, "u");
const PORTFOLIO_LINK = new Set(["of", "the", "and", "&"]);

/**
 * "United Nations Dmitry Polyansky" → tail "United Nations", name from "Dmitry"; "Foreign Affairs Pham Quoc Bao" and
 * "Ministry of Foreign Affairs Dr Ngo Hang": the name starts at the first word that is no part of a portfolio.
 */
function splitAtGivenName(run: string): { tailLength: number; nameOffset: number | null } {
  const words = [...run.matchAll(/\S+/g)];
  const lower = (k: number) => words[k]?.[0].toLowerCase().replace(/,$/, "") ?? "";
  // "Southern Affairs": a word before a portfolio word is part of the portfolio
  const inPortfolio = (k: number) =>
    PORTFOLIO_WORDS.has(lower(k)) ||
    ORG_CUE_WORDS.has(lower(k)) ||
    PORTFOLIO_LINK.has(lower(k)) ||
    PORTFOLIO_WORDS.has(lower(k + 1));
  let portfolio = true;
  for (let i = 1; i < words.length; i += 1) {
    const w = words[i];
    if (w === undefined) break;
    const word = lower(i);
    portfolio &&= inPortfolio(i - 1);
    const opensName =
      (i < words.length - 1 && GIVEN_NAMES.has(word)) ||
      HONORIFIC_WORD.test(w[0]) ||
      (portfolio && !PORTFOLIO_WORDS.has(word) && !PORTFOLIO_LINK.has(word) && !ORG_CUE_WORDS.has(word));
    if (!opensName) continue;
    // "Dr T. N. Sundaravelan": the name starts after the honorific
    const name = HONORIFIC_WORD.test(w[0]) ? (words[i + 1] ?? w) : w;
    return { tailLength: run.slice(0, w.index).trimEnd().length, nameOffset: name.index };
  }
  return { tailLength: run.length, nameOffset: null };
}

function nameAfter(text: string, end: number): number | null {
  const m = NAME_AFTER.exec(text.slice(end, end + 60));
  if (m?.[1] === undefined || m[2] === undefined) return null;
  // ("Chancellor von der Lohe": the name starts at its particle)
  const word = (m[2].split(/\s+/).at(-1) ?? "").replace(/['’]s$/, "").toLowerCase();
  // "Prime Minister A. M. Kesarwal": an initial, not the article "a"
  const initial = /^\p{Lu}\.\s*\p{Lu}/u.test(text.slice(end + m[1].length, end + m[1].length + 4));
  if (initial) return end + m[1].length;
  if (COMMON_WORDS.has(word) || PLACES.has(word) || byPhrase.has(word)) return null;
  return end + m[1].length;
}
