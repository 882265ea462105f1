/**
 * @module An HTML page's article body as text. Paragraphs vote for the containers above them (Readability's
 * scoring, computed in one pass); the best container and its worthy siblings are rendered, with link lists,
 * widgets and other furniture inside them dropped.
 */
import { findAll, type HtmlDocument, type HtmlElement } from "./dom-helpers.ts";
import { classWeight } from "./html-classify.ts";
import { skipInArticle } from "./html-prune.ts";
import { renderBlocks } from "./html-render.ts";
import { collectStats, type ElementStats, linkDensity, type StatsMap } from "./html-stats.ts";

/** Starting scores by tag (Readability): prose wrappers up, list and heading containers down. */
function tagScore(name: string): number {
  if (name === "div" || name === "article" || name === "section" || name === "main") return 5;
  if (name === "pre" || name === "td" || name === "blockquote") return 3;
  if ("address ol ul dl dd dt li form".includes(name)) return -3;
  if (/^h[1-6]$|^th$/.test(name)) return -5;
  return 0;
}

interface Candidate {
  readonly el: HtmlElement;
  readonly score: number;
}

/** A candidate's final score: votes plus tag and class priors, scaled down by its share of link text. */
function finalScore(el: HtmlElement, s: ElementStats): number {
  return (s.score + tagScore(el.name) + classWeight(el)) * (1 - linkDensity(s));
}

function topCandidates(stats: StatsMap, n: number): Candidate[] {
  const top: Candidate[] = [];
  for (const [el, s] of stats) {
    if (!s.candidate || el.name === "html" || el.name === "body") continue;
    const score = finalScore(el, s);
    if (top.length < n || score > (top[top.length - 1]?.score ?? 0)) {
      top.push({ el, score });
      top.sort((a, b) => b.score - a.score);
      if (top.length > n) top.pop();
    }
  }
  return top;
}

const parentOf = (el: HtmlElement): HtmlElement | null =>
  el.parent !== null && el.parent.type === "tag" ? (el.parent as HtmlElement) : null;

// Readability: when three of the top five candidates (each ≥ 75% of the best) share an ancestor, the article is
// split across them (multi-part layouts) and the ancestor is the real container.
const ALTERNATIVES_NEEDED = 3;
const ALTERNATIVE_SHARE = 0.75;

function chooseRoot(stats: StatsMap): Candidate | null {
  const top = topCandidates(stats, 5);
  const best = top[0];
  if (best === undefined) return null;
  const alternatives = top.slice(1).filter((c) => c.score >= best.score * ALTERNATIVE_SHARE);
  let root = best.el;
  if (alternatives.length >= ALTERNATIVES_NEEDED) {
    for (let up = parentOf(root); up !== null && up.name !== "body"; up = parentOf(up)) {
      const holds = alternatives.filter((c) => isAncestor(up as HtmlElement, c.el)).length;
      if (holds >= ALTERNATIVES_NEEDED) {
        root = up;
        break;
      }
    }
  }
  // A container that is its parent's only child says nothing the parent does not: climb while that holds.
  for (let up = parentOf(root); up !== null && up.name !== "body"; up = parentOf(up)) {
    if (up.children.filter((c) => c.type === "tag").length !== 1) break;
    root = up;
  }
  const s = stats.get(root);
  return { el: root, score: s === undefined ? best.score : Math.max(best.score, finalScore(root, s)) };
}

function isAncestor(a: HtmlElement, el: HtmlElement): boolean {
  for (let up = parentOf(el); up !== null; up = parentOf(up)) if (up === a) return true;
  return false;
}

/** Positions of `wanted` in document order: the stats map was filled in pre-order. */
function documentOrder(wanted: ReadonlySet<HtmlElement>, stats: StatsMap): Map<HtmlElement, number> {
  const index = new Map<HtmlElement, number>();
  let i = 0;
  for (const key of stats.keys()) {
    if (wanted.has(key)) index.set(key, i);
    i++;
  }
  return index;
}

const SENTENCE_END = /\.( |$)/;

/** The root and the siblings that continue it (Readability's sibling rule), in document order. */
function withSiblings(root: Candidate, stats: StatsMap): HtmlElement[] {
  const parent = parentOf(root.el);
  if (parent === null) return [root.el];
  const threshold = Math.max(10, root.score * 0.2);
  const rootClass = root.el.attribs.class ?? "";
  const out: HtmlElement[] = [];
  for (const child of parent.children) {
    if (child.type !== "tag") continue;
    const el = child as HtmlElement;
    const s = stats.get(el);
    if (el === root.el) out.push(el);
    else if (s !== undefined) {
      const bonus = rootClass !== "" && el.attribs.class === rootClass ? root.score * 0.2 : 0;
      const ld = linkDensity(s);
      if (s.candidate && finalScore(el, s) + bonus >= threshold) out.push(el);
      else if (el.name === "p" && s.chars > 80 && ld < 0.25) out.push(el);
      else if (
        el.name === "p" &&
        s.chars > 0 &&
        ld === 0 &&
        s.chars <= 80 &&
        SENTENCE_END.test(textTail(el, stats))
      )
        out.push(el);
    }
  }
  return out;
}

function textTail(el: HtmlElement, stats: StatsMap): string {
  return renderBlocks([el], (e) => !stats.has(e)).join(" ");
}

/**
 * Long articles that some CMSs cut into chunks (the same class repeated, ads and promos between them): other
 * elements with the root's tag and class that score like article text, outside the root, in document order.
 */
function chunks(root: Candidate, stats: StatsMap, taken: readonly HtmlElement[]): HtmlElement[] {
  const cls = root.el.attribs.class;
  if (cls === undefined || cls.trim() === "") return [];
  const threshold = Math.max(10, root.score * 0.2);
  const out: HtmlElement[] = [];
  for (const [el, s] of stats) {
    if (el === root.el || el.name !== root.el.name || el.attribs.class !== cls || !s.candidate) continue;
    if (taken.some((t) => t === el || isAncestor(t, el) || isAncestor(el, t))) continue;
    if (finalScore(el, s) >= threshold) out.push(el);
  }
  return out;
}

export interface ArticleBody {
  readonly text: string;
  /** False when no container holds article-like prose (an index, a login page): `text` is then all there is. */
  readonly probablyArticle: boolean;
}

// Prose (in paragraphs of 25+ characters, links aside) below which a page is not taken for an article.
const MIN_ARTICLE_PROSE = 200;

/** The article body, and whether the page looks like an article at all. */
export function extractArticleBody(doc: HtmlDocument): ArticleBody {
  const stats = collectStats(doc.children);
  const root = chooseRoot(stats);
  const s = root === null ? undefined : stats.get(root.el);
  if (root === null || s === undefined || s.chars - s.linkChars < MIN_ARTICLE_PROSE) {
    const body = findAll(doc, (e) => e.name === "body")[0];
    const text =
      root === null ? renderBlocks(body ? [body] : doc.children).join("\n\n") : renderRoot(root, stats);
    return { text, probablyArticle: false };
  }
  return { text: renderRoot(root, stats), probablyArticle: true };
}

function renderRoot(root: Candidate, stats: StatsMap): string {
  const siblings = withSiblings(root, stats);
  // Stats are in document order (pre-order insertion), so chunk order follows the page.
  const nodes = [...siblings, ...chunks(root, stats, siblings)];
  if (nodes.length > 1) {
    const index = documentOrder(new Set(nodes), stats);
    nodes.sort((a, b) => (index.get(a) ?? 0) - (index.get(b) ?? 0));
  }
  return renderBlocks(nodes, skipInArticle(stats, new Set(nodes))).join("\n\n");
}
