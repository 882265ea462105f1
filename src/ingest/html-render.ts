/** @module DOM nodes → text blocks: one block per paragraph-level element, `<br>` kept as a line break. */
import type { HtmlElement, HtmlNode } from "./dom-helpers.ts";
import { isJunk } from "./html-classify.ts";
import { BLOCK_TAGS } from "./html-stats.ts";

const FLUSH = Symbol("flush");

/**
 * Text blocks under `nodes`, skipping every element for which `skip` holds (by default, furniture judged by its
 * tag and class alone). Each block's whitespace is collapsed. Iterative, so deep nesting cannot overflow the stack.
 */
export function renderBlocks(
  nodes: readonly HtmlNode[],
  skip: (el: HtmlElement) => boolean = isJunk,
): string[] {
  const blocks: string[] = [];
  let buffer = "";
  const flush = (): void => {
    if (buffer === "") return;
    const text = buffer
      .replace(/[^\S\n]+/g, " ")
      .replace(/ *\n */g, "\n")
      .replace(/\n{2,}/g, "\n")
      .trim();
    if (text !== "") blocks.push(text);
    buffer = "";
  };
  const stack: (HtmlNode | typeof FLUSH)[] = [...nodes].reverse();
  while (stack.length > 0) {
    const node = stack.pop() as HtmlNode | typeof FLUSH;
    if (node === FLUSH) {
      flush();
      continue;
    }
    if (node.type === "text") {
      buffer += (node as { data: string }).data;
      continue;
    }
    if (node.type !== "tag") continue;
    const el = node as HtmlElement;
    if (el.name === "br") {
      buffer += "\n";
      continue;
    }
    if (skip(el)) continue;
    const block = BLOCK_TAGS.has(el.name);
    if (block) {
      flush();
      stack.push(FLUSH);
    }
    for (let i = el.children.length - 1; i >= 0; i--) stack.push(el.children[i] as HtmlNode);
  }
  flush();
  return blocks;
}
