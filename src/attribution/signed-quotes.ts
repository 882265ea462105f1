/**
 * @module Quotes signed after a dash, one to a paragraph, as articles that collect voters' or readers' words lay them
 * out: “… our greatest shame.” ― Sonya Herridge. The dash is the cue (PolNeAR marks it so), the name after it the
 * speaker, the quoted words the content. No sentence of such a paragraph reads as prose (it ends with a name), so
 * the sentence rules never see it.
 */
import type { Speaker } from "../core/records.ts";
import type { ArticleIndex } from "./article-index.ts";
import type { Found } from "./sentence-attributor.ts";

/**
 * A paragraph that is one quotation (opened by any double mark: some sites open with ” too), a dash, and a name of
 * one to four capitalised words, perhaps with a final period.
 */
const SIGNED =
  /(?<=^|\n)[^\S\n]*[“”"]([^\n“”"]*(?:[“”"][^\n“”"]*[“”"][^\n“”"]*)*?)[”"][^\S\n]*(?:[―—–]|--)[^\S\n]*(\p{Lu}[\p{L}'’-]*\.?(?:[^\S\n]+\p{Lu}[\p{L}'’-]*\.?){0,3})[^\S\n]*(?=\n|$)/gu;

export function signedQuotes(index: ArticleIndex): Found[] {
  const { text } = index;
  const found: Found[] = [];
  for (const m of text.matchAll(SIGNED)) {
    const [whole, words = "", name = ""] = m;
    const open = m.index + whole.search(/[“”"]/u);
    const contentStart = open + 1;
    const contentEnd = contentStart + words.length;
    const dash = text.slice(contentEnd + 1).search(/[―—–-]/u) + contentEnd + 1;
    const dashEnd = text.startsWith("--", dash) ? dash + 2 : dash + 1;
    const nameStart = m.index + whole.trimEnd().length - name.length;
    found.push({
      content: { text: words, start: contentStart, end: contentEnd },
      kind: "direct",
      speaker: speakerAt(index, nameStart, name.replace(/\.$/, "")),
      via: null,
      cue: { text: text.slice(dash, dashEnd), start: dash, end: dashEnd },
    });
  }
  return found;
}

/** The signer: the entity the name mentions when the entity stage listed it, else the name as written. */
function speakerAt(index: ArticleIndex, start: number, name: string): Speaker {
  const end = start + name.length;
  const mention = index.mentions.find((m) => m.start < end && start < m.end);
  const entity = mention?.entity;
  return {
    // the name as written when the entity stage listed part of it ("Edwin G" for "Edwin G. Monroy")
    name: entity !== undefined && entity.name.length >= name.length ? entity.name : name,
    mention: name,
    start,
    end,
    entityId: entity?.id ?? null,
  };
}
