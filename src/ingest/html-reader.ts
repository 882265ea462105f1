/** @module HTML pages → RawDoc, and HTML fragments (feed item content) → plain text. */
import type { RawDoc } from "../core/records.ts";
import { parseHtml } from "./dom-helpers.ts";
import { extractArticleBody } from "./html-body.ts";
import { extractHtmlMeta } from "./html-meta.ts";
import { renderBlocks } from "./html-render.ts";

/** Plain text of an HTML fragment: blocks separated by blank lines, entities decoded, scripts and furniture dropped. */
export function htmlToText(fragment: string): string {
  return renderBlocks(parseHtml(fragment).children).join("\n\n");
}

/** Read one HTML page. The headline repeated as the body's first block is dropped (it is the title, not body). */
export function readHtml(html: string, source: string): RawDoc {
  const doc = parseHtml(html);
  const meta = extractHtmlMeta(doc);
  const extracted = extractArticleBody(doc);
  let body = extracted.text;
  if (meta.title !== null) {
    const firstBlock = body.split("\n\n", 1)[0] ?? "";
    if (firstBlock.trim().toLowerCase() === meta.title.trim().toLowerCase())
      body = body.slice(firstBlock.length).trimStart();
  }
  return {
    ...meta,
    source,
    format: "html",
    body,
    removed: [],
    givenId: null,
    probablyArticle: extracted.probablyArticle,
  };
}
