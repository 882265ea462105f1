/** @module Finds the outlet that relayed a statement: "according to … RIA Novosti", "told the newspaper X". */
import { isMediaName } from "../language/entity-typer.ts";
import { MEDIA_NOUNS } from "../language/organisations.ts";
import type { ArticleIndex, MentionRef } from "./article-index.ts";

const NOUNS = MEDIA_NOUNS.map((n) => n.replace(/ /g, String.raw`\s+`)).join("|");
const MEDIA_NOUN_END = new RegExp(String.raw`(?:${NOUNS})\s+$`, "iu");
/** What may stand between the relay phrase and the outlet's name: "Russia's state news agency". */
const LEAD = String.raw`(?:the\s+)?(?:\p{L}+['’]s\s+)?(?:(?:state|official|independent|private|local|online|national|daily|business|Russian|Ukrainian|American|British|German|French|Chinese)\s+){0,2}(?:(?:${NOUNS})\s+)?`;

/** Relay phrases, each followed by the outlet; "told reporters" names no outlet and is left out. */
const RELAY_PATTERNS: readonly RegExp[] = [
  new RegExp(String.raw`\b[Aa]ccording\s+to\s+${LEAD}`, "gu"),
  new RegExp(String.raw`\b(?:told|tells|telling)\s+${LEAD}`, "gu"),
  new RegExp(
    String.raw`\b[Ii]n\s+an?\s+(?:\p{Ll}+\s+)?interview\s+(?:\p{Ll}+\s+)?(?:(?:on|last|this)\s+\p{L}+\s+)?(?:with|by|to|for)\s+${LEAD}`,
    "gu",
  ),
  new RegExp(String.raw`\b(?:quoted|cited|reported)\s+by\s+${LEAD}`, "gu"),
];

/** A word every relay phrase holds: a cheap test before the patterns. */
const ANY_RELAY = /ccording|\bt(?:old|ells|elling)\s|interview|(?:quoted|cited|reported)\s+by\b/;

/** The relaying outlet's canonical name in `from..to`, or null. A person after "according to" is no relay. */
export function findRelay(index: ArticleIndex, from: number, to: number): string | null {
  const region = index.text.slice(from, to);
  if (!ANY_RELAY.test(region)) return null;
  for (const pattern of RELAY_PATTERNS) {
    for (const m of region.matchAll(pattern)) {
      const named = index.mentionStartingAt.get(from + m.index + m[0].length);
      if (named !== undefined && isOutlet(index, named, m[0])) return named.entity.name;
    }
  }
  return null;
}

/** A known outlet, or any organisation introduced by a media noun ("the news outlet X"). */
export function isOutlet(index: ArticleIndex, mention: MentionRef, lead: string): boolean {
  if (mention.entity.type !== "organization") return false;
  if (isMediaName(mention.entity.name) || MEDIA_NOUN_END.test(lead)) return true;
  return index.mentions.some(
    (m) =>
      m.entity === mention.entity &&
      MEDIA_NOUN_END.test(index.text.slice(Math.max(0, m.start - 24), m.start)),
  );
}
