/** @module Small helpers over htmlparser2's DOM (types derived from its API so we depend on htmlparser2 alone). */
import { DomUtils, parseDocument } from "htmlparser2";

export type HtmlDocument = ReturnType<typeof parseDocument>;
export type HtmlNode = HtmlDocument["children"][number];
export type HtmlElement = Parameters<typeof DomUtils.getAttributeValue>[0];

/** Parse HTML leniently; entities are decoded in text and attributes. */
export function parseHtml(html: string): HtmlDocument {
  return parseDocument(html, { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true });
}

export const isElement = (node: HtmlNode): node is HtmlElement => DomUtils.isTag(node);

export function attr(el: HtmlElement, name: string): string | null {
  const value = DomUtils.getAttributeValue(el, name);
  return value === undefined ? null : value.trim();
}

/** All elements under `root` (document order) for which `test` holds. */
export function findAll(
  root: HtmlNode | readonly HtmlNode[],
  test: (el: HtmlElement) => boolean,
): HtmlElement[] {
  const nodes = Array.isArray(root) ? (root as HtmlNode[]) : [root as HtmlNode];
  return DomUtils.findAll(test, nodes);
}

/** The first element (document order) for which `test` holds; iterative, unlike DomUtils.findOne, so deep nesting is safe. */
export function findFirst(
  root: HtmlNode | readonly HtmlNode[],
  test: (el: HtmlElement) => boolean,
): HtmlElement | null {
  const nodes = Array.isArray(root) ? (root as HtmlNode[]) : [root as HtmlNode];
  const stack: HtmlNode[] = [...nodes].reverse();
  while (stack.length > 0) {
    const node = stack.pop() as HtmlNode;
    if (!isElement(node)) {
      if (node.type === "root")
        for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i] as HtmlNode);
      continue;
    }
    if (test(node)) return node;
    for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i] as HtmlNode);
  }
  return null;
}

/** Text content with whitespace collapsed. */
export function textOf(node: HtmlNode | readonly HtmlNode[]): string {
  return DomUtils.textContent(node as HtmlNode)
    .replace(/\s+/g, " ")
    .trim();
}

/** The class and id of an element as one lower-case string, for furniture patterns. */
export function classAndId(el: HtmlElement): string {
  return `${attr(el, "class") ?? ""} ${attr(el, "id") ?? ""}`.toLowerCase();
}
