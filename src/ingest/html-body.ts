/** @module An HTML page's article body as text: page furniture skipped, the article container chosen, blocks kept. */
import { DomUtils } from "htmlparser2";
import {
  attr,
  classAndId,
  findAll,
  type HtmlDocument,
  type HtmlElement,
  type HtmlNode,
  isElement,
} from "./dom-helpers.ts";
import { CONTENT_CLASS_WORDS, JUNK_CLASS_WORDS, JUNK_ROLES, JUNK_TAGS } from "./html-junk.ts";

/** Elements that start a new block of text (paragraph, heading, list item, quote, cell...). */
const BLOCK_TAGS: ReadonlySet<string> = new Set(
  "p div section article main h1 h2 h3 h4 h5 h6 li ul ol dl dt dd blockquote pre table thead tbody tr td th figure address hr center details summary".split(
    " ",
  ),
);
const JUNK_WORDS: ReadonlySet<string> = new Set(JUNK_CLASS_WORDS);
const CONTENT_WORDS: ReadonlySet<string> = new Set(CONTENT_CLASS_WORDS);
// Containers that are the article by definition; a class like "has-comments" on them must not drop the article.
const PROTECTED_TAGS: ReadonlySet<string> = new Set(["html", "body", "article", "main"]);
// A semantic container with less text than this is a teaser card, not the article.
const MIN_ARTICLE_CHARS = 140;

/** Junk words in class/id, unless a content word is there too (Readability's "unlikely unless maybe" rule). */
function hasJunkClass(el: HtmlElement): boolean {
  const parts = classAndId(el)
    .split(/[\s\-_]+/)
    .filter((p) => p !== "");
  return parts.some((p) => JUNK_WORDS.has(p)) && !parts.some((p) => CONTENT_WORDS.has(p));
}

/** Whether an element is page furniture to skip with everything inside it. */
export function isJunk(el: HtmlElement): boolean {
  if (JUNK_TAGS.has(el.name)) return true;
  if (JUNK_ROLES.has((attr(el, "role") ?? "").toLowerCase())) return true;
  if (attr(el, "hidden") !== null || attr(el, "aria-hidden") === "true") return true;
  if (PROTECTED_TAGS.has(el.name) || /articlebody/i.test(attr(el, "itemprop") ?? "")) return false;
  return hasJunkClass(el);
}

/** Text blocks under `nodes`, skipping furniture: each block's whitespace collapsed, `<br>` kept as a line break. */
export function renderBlocks(nodes: readonly HtmlNode[]): string[] {
  const blocks: string[] = [];
  let buffer = "";
  const flush = (): void => {
    const text = buffer
      .replace(/[^\S\n]+/g, " ")
      .replace(/ *\n */g, "\n")
      .trim();
    if (text !== "") blocks.push(text);
    buffer = "";
  };
  const walk = (node: HtmlNode): void => {
    if (DomUtils.isText(node)) {
      buffer += node.data;
      return;
    }
    if (!isElement(node) || isJunk(node)) return;
    if (node.name === "br") {
      buffer += "\n";
      return;
    }
    const block = BLOCK_TAGS.has(node.name);
    if (block) flush();
    for (const child of node.children) walk(child);
    if (block) flush();
  };
  for (const node of nodes) walk(node);
  flush();
  return blocks;
}

const textLength = (el: HtmlElement): number => renderBlocks([el]).join("\n\n").length;

/** The container whose direct `<p>` children hold the most text: the article on pages without semantic markup. */
function densestContainer(doc: HtmlDocument): HtmlElement | null {
  const scores = new Map<HtmlElement, number>();
  for (const p of findAll(doc, (e) => e.name === "p")) {
    let skip = false;
    for (
      let up: HtmlElement | null = p;
      up !== null;
      up = up.parent && isElement(up.parent) ? up.parent : null
    ) {
      if (isJunk(up)) skip = true;
    }
    const parent = p.parent;
    if (skip || parent === null || !isElement(parent)) continue;
    scores.set(parent, (scores.get(parent) ?? 0) + textLength(p));
  }
  let best: HtmlElement | null = null;
  let bestScore = 0;
  for (const [el, score] of scores) {
    if (score > bestScore) [best, bestScore] = [el, score];
  }
  return best;
}

/** The element holding the article: itemprop=articleBody, then the fullest `<article>`, then `<main>`, then the densest container. */
export function articleRoot(doc: HtmlDocument): HtmlElement | null {
  const byItemprop = findAll(doc, (e) => /(^|\s)articlebody(\s|$)/i.test(attr(e, "itemprop") ?? ""));
  const articles = findAll(doc, (e) => e.name === "article" && !isJunk(e));
  const mains = findAll(doc, (e) => e.name === "main" || attr(e, "role") === "main");
  for (const group of [byItemprop, articles, mains]) {
    const fullest = group.map((el) => ({ el, n: textLength(el) })).sort((a, b) => b.n - a.n)[0];
    if (fullest !== undefined && fullest.n >= MIN_ARTICLE_CHARS) return fullest.el;
  }
  return densestContainer(doc);
}

/** The article body: blocks joined with blank lines. Falls back to the whole `<body>` when no container stands out. */
export function extractHtmlBody(doc: HtmlDocument): string {
  const root = articleRoot(doc) ?? findAll(doc, (e) => e.name === "body")[0] ?? null;
  return renderBlocks(root ? [root] : doc.children).join("\n\n");
}
