/**
 * @module Furniture inside the chosen article container: link lists, teaser grids, form and embed boxes. Readability's
 * "clean conditionally" rules, read off the one-pass stats instead of re-walking each subtree.
 */
import type { HtmlElement } from "./dom-helpers.ts";
import { classWeight } from "./html-classify.ts";
import { linkDensity, type StatsMap } from "./html-stats.ts";

/** Containers judged as a whole; paragraphs, headings and leaf divs (paragraphs in all but name) are kept. */
const JUDGED_TAGS: ReadonlySet<string> = new Set([
  "div",
  "section",
  "ul",
  "ol",
  "table",
  "form",
  "fieldset",
  "dl",
]);
const LIST_TAGS: ReadonlySet<string> = new Set(["ul", "ol", "dl"]);
// Prose has commas; a block with this many is an article passage whatever else it holds.
const PROSE_COMMAS = 10;
// Link text share above which a container is navigation: stricter for unmarked containers than for content-classed.
const MAX_LINK_DENSITY = 0.2;
const MAX_LINK_DENSITY_CONTENT_CLASS = 0.5;
const MIN_CONTAINER_CHARS = 25;

function inFigure(el: HtmlElement): boolean {
  for (let up = el.parent; up !== null && up.type === "tag"; up = up.parent) {
    if ((up as HtmlElement).name === "figure") return true;
  }
  return false;
}

/** Two or more `<article>` siblings inside the article are a list of cards ("you may also like"), not the story. */
function isCardInList(el: HtmlElement): boolean {
  if (el.name !== "article" || el.parent === null) return false;
  let articles = 0;
  for (const c of el.parent.children)
    if (c.type === "tag" && (c as HtmlElement).name === "article") articles++;
  return articles >= 2;
}

/** Whether one container inside the article is furniture (the reasons are Readability's, case by case). */
export function isFurnitureBlock(el: HtmlElement, stats: StatsMap): boolean {
  if (isCardInList(el)) return true;
  if (!JUDGED_TAGS.has(el.name)) return false;
  const s = stats.get(el);
  if (s === undefined) return false;
  if ((el.name === "div" || el.name === "section") && !s.hasBlockChild) return false;
  const weight = classWeight(el);
  if (weight + (s.candidate ? s.score : 0) < 0) return true;
  if (s.commas >= PROSE_COMMAS) return false;
  const isList = LIST_TAGS.has(el.name);
  const ld = linkDensity(s);
  const p = s.paragraphs;
  const img = s.images;
  if (img > 1 && p / img < 0.5 && !inFigure(el)) return true; // gallery or teaser grid
  if (s.inputs > Math.floor(p / 3)) return true; // a form
  if (!isList && s.chars < MIN_CONTAINER_CHARS && (img === 0 || img > 2) && !inFigure(el)) return true;
  if (!isList && weight < 25 && ld > MAX_LINK_DENSITY) return true; // link list, "read more" box
  if (weight >= 25 && ld > MAX_LINK_DENSITY_CONTENT_CLASS) return true;
  if ((s.embeds === 1 && s.chars < 75) || s.embeds > 1) return true; // video or social embed box
  return false;
}

/**
 * A skip predicate for rendering the article: elements the stats pass dropped or never saw (furniture), and
 * furniture containers below the roots.
 */
export function skipInArticle(
  stats: StatsMap,
  roots: ReadonlySet<HtmlElement>,
): (el: HtmlElement) => boolean {
  return (el) => !stats.has(el) || (!roots.has(el) && isFurnitureBlock(el, stats));
}
