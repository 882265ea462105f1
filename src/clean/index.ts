/** @module The cleaning stage: a reader's RawDoc → an Article with body text only and a record of removals. */
import { sha256Hex, shortId } from "../core/hash.ts";
import type { Article, RawDoc, Removal } from "../core/records.ts";
import { removeCaptions } from "./caption-finder.ts";
import type { Unit } from "./clean-unit.ts";
import { applyLineRules } from "./line-rules.ts";
import { extractMetaLines } from "./meta-lines.ts";
import { splitUnits } from "./paragraph-splitter.ts";
import { removeReferenceList } from "./reference-list.ts";
import { removeRepeats } from "./repeat-remover.ts";
import { repairSentences } from "./sentence-repair.ts";

export type { LineRule } from "./boilerplate-rules.ts";
export { BOILERPLATE_RULES } from "./boilerplate-rules.ts";
export { matchLineRule } from "./line-rules.ts";

/**
 * Order matters: metadata lines first (a byline is not boilerplate to lose), then widgets, so the
 * reference list is found at the true end of the article, then captions before repeats, so a caption
 * printed twice loses both copies instead of keeping one as a "first occurrence".
 */
export function cleanDocument(doc: RawDoc): Article {
  const meta = extractMetaLines(splitUnits(doc.body));
  let units: readonly Unit[] = meta.units;
  units = applyLineRules(units);
  units = removeReferenceList(units);
  units = removeCaptions(units);
  units = removeRepeats(units, doc.title, doc.format !== "html");

  const text = units
    .filter((unit) => unit.removal === null)
    .map((unit) => repairSentences(unit.text))
    .join("\n\n");
  const removals = units.flatMap((unit): Removal[] => (unit.removal === null ? [] : [unit.removal]));
  const dateFromText = doc.published === null && meta.published !== null;
  const contentHash = articleHash(doc.title, text);
  return {
    id: shortId("a", contentHash),
    source: doc.source,
    format: doc.format,
    title: doc.title,
    outlet: doc.outlet,
    url: doc.url,
    published: dateFromText ? meta.published : doc.published,
    publishedFrom: dateFromText ? "text" : doc.publishedFrom,
    author: doc.author ?? meta.author,
    lang: doc.lang,
    text,
    removed: [...doc.removed, ...removals],
    contentHash,
    givenId: doc.givenId,
  };
}

/** Whitespace-insensitive, so re-reading the same page through another reader gives the same hash. */
export function articleHash(title: string | null, text: string): string {
  const normalise = (value: string) => value.normalize("NFC").replace(/\s+/g, " ").trim();
  return sha256Hex(`${normalise(title ?? "")}\n${normalise(text)}`);
}
