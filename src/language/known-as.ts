/**
 * @module A name the article defines as another's is that person, in the article and, through the entity's aliases,
 * across the corpus: "Khaled al-Hadrami, who goes by the kunya Abu Yassin", "Torbjørn Fjeldså, known to his
 * supporters as Skipperen", "Fjeldså, the party leader whom the Echo calls "Skipperen"", "Jaswant Singh Grewala
 * (nicknamed Jassi Paaji)", "Khalid al-Hadrami - Abu Yasin - ".
 */
import type { Span } from "../core/records.ts";

const DEFINITION =
  /^(?:\s+[-–—](?=\s+\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,2}\s+[-–—]\s)|(?:,|\s*\()\s*(?:(?:who\s+(?:is\s+)?)?(?:also\s+|better\s+|widely\s+|popularly\s+|commonly\s+|universally\s+)?(?:known|called|nicknamed|dubbed)(?:\s+(?:to|by|among)(?:\s+[\p{Ll}'’-]+){1,3}?)?(?:\s+as)?|who\s+goes\s+by|\s*(?:[^,;"“”]{0,60}?\s)?whom\s+(?:[\p{L}'’-]+\s+){1,4}?(?:calls?|dubs?|(?:has\s+)?dubbed|nicknames?|knows?)(?:\s+as)?|(?:who\s+is\s+)?(?:also\s+)?(?:nicknamed|dubbed)))\s+(?:the\s+(?:kunya|nickname|name|nom\s+de\s+guerre|moniker|title)\s+)?["“‘']?(\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,2})/u;

/** The spans of the aliases the text defines right after these mentions. */
export function definedAliases(text: string, mentions: readonly Span[]): Span[] {
  const out: Span[] = [];
  for (const m of mentions) {
    const after = text.slice(m.end, m.end + 120);
    const d = DEFINITION.exec(after);
    const alias = d?.[1];
    if (d === null || alias === undefined) continue;
    const start = m.end + d[0].length - alias.length;
    out.push({ start, end: start + alias.length });
  }
  return out;
}
