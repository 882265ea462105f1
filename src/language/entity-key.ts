/** @module Normalised keys that make transliteration variants of one name compare equal. */
import { NAME_PARTICLES } from "./common-words.ts";
import {
  GIVEN_NAME_VARIANTS,
  PLACE_VARIANTS,
  SURNAME_SUFFIX_RULES,
  SURNAME_VARIANTS,
} from "./transliteration.ts";

const SURNAME_VARIANT: ReadonlyMap<string, string> = new Map(
  SURNAME_VARIANTS.flatMap((set) => set.map((name) => [name, set[0] ?? name] as const)),
);

function variantIndex(sets: readonly (readonly string[])[]): ReadonlyMap<string, string> {
  const index = new Map<string, string>();
  for (const set of sets) for (const name of set) index.set(name, set[0] ?? name);
  return index;
}

const GIVEN_VARIANT = variantIndex(GIVEN_NAME_VARIANTS);
const PLACE_VARIANT = variantIndex(PLACE_VARIANTS);

/** Memoised results of the pure functions below (names recur within and across articles); cleared when large. */
function memo(fn: (s: string) => string): (s: string) => string {
  const cache = new Map<string, string>();
  return (s: string): string => {
    let out = cache.get(s);
    if (out === undefined) {
      out = fn(s);
      if (cache.size >= 50_000) cache.clear();
      cache.set(s, out);
    }
    return out;
  };
}

/** Letters no decomposition splits into a base letter and a mark, by the letters they are written as. */
const PLAIN_LETTERS: Readonly<Record<string, string>> = {
  ø: "o",
  æ: "ae",
  œ: "oe",
  ð: "d",
  þ: "th",
  ß: "ss",
  ł: "l",
  đ: "d",
  ı: "i",
};

/** Lower-case ø, æ, œ, ð, þ, ß, ł, đ, ı written as o, ae, oe, d, th, ss, l, d, i ("sølvik" → "solvik"). */
export function plainLetters(text: string): string {
  return text.replace(/[øæœðþßłđı]/g, (c) => PLAIN_LETTERS[c] ?? c);
}

/**
 * Lower case, no diacritics (ø, æ, ð … as o, ae, d …), no apostrophes, no possessive "'s": "Zelenskyy’s" →
 * "zelenskyy", "Sølvik" → "solvik".
 */
export const foldToken: (token: string) => string = memo((token) =>
  plainLetters(token.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase())
    .replace(/['’]s$/, "")
    .replace(/['’]/g, ""),
);

/** A surname or single-word name with its transliterated ending unified: "Zelenskiy" → "zelensky". */
export function surnameKey(token: string): string {
  const folded = foldToken(token);
  const place = PLACE_VARIANT.get(folded);
  if (place !== undefined) return place;
  for (const [pattern, replacement] of SURNAME_SUFFIX_RULES) {
    if (pattern.test(folded)) return folded.replace(pattern, replacement);
  }
  return folded;
}

/** The given name's variant-set key: "Volodymyr" → "vladimir"; unknown names are only folded. */
export function givenNameKey(token: string): string {
  const folded = foldToken(token);
  return GIVEN_VARIANT.get(folded) ?? folded;
}

/**
 * A looser given-name key for matching spellings across articles: the variant set when one is known, else the name
 * with the regular transliteration differences folded — an initial "Ye" ("Yevgen" / "Evgeni"), Ukrainian "h" for
 * Russian "g" ("Yevhen" / "Yevgeny"), the soft endings -iy / -ii / -y / -i, doubled letters ("Gennadiy" / "Genadi").
 */
export const looseGivenKey: (token: string) => string = memo((token) => {
  const folded = foldToken(token);
  return GIVEN_VARIANT.get(folded) ?? LOOSE_VARIANT.get(looseForm(folded)) ?? looseForm(folded);
});

function looseForm(folded: string): string {
  const s = folded
    .replace(/^j(?=[aeiou])/, "y")
    .replace(/^y(?=e)/, "")
    .replace(/(?<![kzsctgp])h/g, "g")
    .replace(/(.)\1/g, "$1");
  const stem = s.replace(/(?:iy|ii|yi|ij|y|i)$/, "");
  return stem.length >= 3 ? stem : s;
}

/**
 * A name's consonant skeleton for matching transliterations across outlets: "Nurzhanov" / "Nurjanov" /
 * "Nourzhanov" / "Nurzhonov", "Kholikov" / "Kholiqov" / "Holikov", "Seitkali" / "Seytkali", "Ermatova" /
 * "Irmatova", "al-Waziri" / "Vaziri", "Baptista" / "Batista" all share one. Vowels are reduced to their places, so it is only ever
 * compared together with another part of the name (the given name, or the one person a corpus has with that
 * skeleton).
 */
export const nameSkeleton: (token: string) => string = memo((token) =>
  // a Korean family name in another romanisation: "Chung" / "Jeong"
  (SURNAME_VARIANT.get(foldToken(token)) ?? foldToken(token))
    // the Arabic article: "al-Waziri", "el-Sayed" / "Waziri", "Sayed"
    .replace(/^(?:al|el|ad|ar|as|at|az|ash|ad-d)[-‐]/, "")
    // the South Slavic -ić as English writes it from Cyrillic or Persian: "Marković" / "Markovich"
    .replace(/ich$/, "ic")
    .replace(/dzh|dj|j/g, "zh")
    // Slavic and Turkish š, č (folded to s, c) as English writes them from another script: "Aşkın" / "Ashkin"
    .replace(/(?<!z)sh/g, "s")
    .replace(/(?<![st])ch/g, "c")
    // Persian and Arabic ghain and qaf as English writes them: "Ghorbanpour" / "Qorbanpour"
    .replace(/gh/g, "q")
    .replace(/kh|q|ck|c(?=[aou])/g, "k")
    .replace(/(?<![zsctk])h/g, "k")
    .replace(/ph/g, "f")
    // a silent p: "Baptista" / "Batista"
    .replace(/pt/g, "t")
    .replace(/w/g, "v")
    .replace(/y/g, "i")
    .replace(/(.)\1+/g, "$1")
    .replace(/[aeiou]+/g, "*"),
);

const LOOSE_VARIANT: ReadonlyMap<string, string> = new Map(
  GIVEN_NAME_VARIANTS.flatMap((set) => set.map((name) => [looseForm(name), set[0] ?? name] as const)),
);

/**
 * A key that is equal for two spellings of the same name, usable across articles: "Volodymyr Zelenskyy"
 * and "Vladimir Zelensky" share one; "Vladimir Putin" does not, because the surname differs.
 */
export const entityKey: (name: string) => string = memo(computeEntityKey);

function computeEntityKey(name: string): string {
  const whole = foldToken(name.trim()).replace(/\s+/g, " ");
  const place = PLACE_VARIANT.get(whole);
  if (place !== undefined) return place;
  const tokens = name
    .trim()
    // "Hisham Al Waziri" is "Hisham al-Waziri": the Arabic article joins the name it stands before
    .replace(/(?<=\S\s+)(?:al|el|Al|El)\s+(?=\p{Lu})/gu, "al-")
    .split(/\s+/)
    .filter((t) => t.length > 0);
  if (tokens.length === 0) return "";
  if (tokens.length === 1) return surnameKey(tokens[0] ?? "");
  const [first = "", ...rest] = tokens;
  return [givenNameKey(first), ...rest.map(surnameKey)].join(" ");
}

/**
 * The first of two surnames in a name of three words or more, past the particles before the second: "Villalba" of
 * "Héctor Villalba Ruiz", "Brandão" of "Otávio Brandão de Meneses"; none when only the given name is left.
 */
export function firstSurname(tokens: readonly string[]): string | undefined {
  if (tokens.length < 3) return undefined;
  let i = tokens.length - 2;
  while (i > 0 && NAME_PARTICLES.has(tokens[i] ?? "")) i -= 1;
  return i > 0 ? tokens[i] : undefined;
}
