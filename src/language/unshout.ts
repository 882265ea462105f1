/**
 * @module Surnames some outlets write in capitals after the given name or a title ("Abdoulaye SÉRÉMÉ", "General
 * KOLOGO", "Ms Luísa TEIXEIRA DO AMARAL"), written in ordinary case so the name stages read them as names. The text
 * keeps its length, so every offset into it is an offset into the original.
 */
import { COMMON_WORDS, NAME_PARTICLES } from "./common-words.ts";

/** A capitalised word, then a run of words in capitals (particles among them). */
const SHOUTED_AFTER_NAME =
  /(?<![\p{L}\p{N}])(\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?)(\s+)(\p{Lu}[\p{Lu}'’-]+(?:\s+\p{Lu}[\p{Lu}'’-]*)*)(?![\p{L}\p{N}])/gu;

/**
 * The run is a surname, not an acronym ("the UN", "Minister NATO"): one of its words has five letters or more, or a
 * letter outside A–Z ("SÉRÉMÉ").
 */
const isSurnameRun = (words: readonly string[]): boolean =>
  words.some((w) => w.replace(/[-'’]/g, "").length >= 5 || /[^A-Z'’-]/.test(w));

/** A name's word in capitals, in ordinary case: "SÉRÉMÉ" → "Sérémé", "DIALLO-TOURÉ" → "Diallo-Touré", "DO" → "do". */
export const ordinaryCase = (word: string): string =>
  NAME_PARTICLES.has(word.toLowerCase())
    ? word.toLowerCase()
    : word.replace(/(^|[-'’])(\p{Lu})(\p{Lu}*)/gu, (_, mark: string, first: string, rest: string) => {
        return mark + first + rest.toLowerCase();
      });

export function unshoutNames(text: string): string {
  return text.replace(SHOUTED_AFTER_NAME, (match, before: string, gap: string, run: string) => {
    if (COMMON_WORDS.has(before.toLowerCase())) return match;
    const words = run.split(/(\s+)/);
    const names = words.filter((w) => /\S/.test(w));
    if (!isSurnameRun(names)) return match;
    const written = `${before}${gap}${words.map((w) => (/\S/.test(w) ? ordinaryCase(w) : w)).join("")}`;
    return written.length === match.length ? written : match;
  });
}
