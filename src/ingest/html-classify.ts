/** @module What an element's tag, role and class/id say about it: furniture to skip, or a likely article container. */
import { attr, type HtmlElement } from "./dom-helpers.ts";
import {
  CONTENT_CLASS_WORDS,
  JUNK_CLASS_WORDS,
  JUNK_ROLES,
  JUNK_TAGS,
  NEGATIVE_CLASS_PATTERN,
  POSITIVE_CLASS_PATTERN,
} from "./html-junk.ts";

const JUNK_WORDS: ReadonlySet<string> = new Set(JUNK_CLASS_WORDS);
const CONTENT_WORDS: ReadonlySet<string> = new Set(CONTENT_CLASS_WORDS);
// Containers that are the article by definition; a class like "has-comments" on them must not drop the article.
const PROTECTED_TAGS: ReadonlySet<string> = new Set(["html", "body", "article", "main"]);
const NEGATIONS: ReadonlySet<string> = new Set(["non", "no", "not", "without", "sans"]);
const HIDDEN_STYLE = /display\s*:\s*none|visibility\s*:\s*hidden/i;

/** The class and id of an element as one lower-case string ("" when it has neither). */
export function classAndId(el: HtmlElement): string {
  const { class: cls, id } = el.attribs;
  if (cls === undefined && id === undefined) return "";
  return `${cls ?? ""} ${id ?? ""}`.toLowerCase();
}

/** Junk words in class/id, unless a content word is there too (Readability's "unlikely unless maybe" rule). */
function hasJunkClass(names: string): boolean {
  const parts = names.split(/[\s\-_]+/);
  let junk = false;
  for (let i = 0; i < parts.length; i++) {
    const p = parts[i] as string;
    if (CONTENT_WORDS.has(p)) return false;
    // "non-ad-column", "no-sidebar", "without-comments": a negated junk word names the content beside the junk.
    if (JUNK_WORDS.has(p) && !NEGATIONS.has(parts[i - 1] ?? "")) junk = true;
  }
  return junk;
}

/**
 * How sure we are that an element is page furniture: "hard" (scripts, navigation, hidden: skip unseen), "soft"
 * (a furniture-like class, or a form: skip unless it turns out to wrap the article), or null.
 */
export function junkKind(el: HtmlElement): "hard" | "soft" | null {
  // ASP.NET and some CMSs wrap the whole page in one <form>; it is judged like a furniture class.
  if (el.name === "form") return "soft";
  if (JUNK_TAGS.has(el.name)) return "hard";
  const a = el.attribs;
  if (a.role !== undefined && JUNK_ROLES.has(a.role.trim().toLowerCase())) return "hard";
  if (a.hidden !== undefined || a["aria-hidden"] === "true") return "hard";
  if (a.style !== undefined && HIDDEN_STYLE.test(a.style)) return "hard";
  if (PROTECTED_TAGS.has(el.name) || /articlebody/i.test(attr(el, "itemprop") ?? "")) return null;
  const names = classAndId(el);
  return names !== "" && hasJunkClass(names) ? "soft" : null;
}

/** Whether an element is page furniture to skip with everything inside it (for fragments, judged alone). */
export function isJunk(el: HtmlElement): boolean {
  return junkKind(el) !== null;
}

/** Marks of the article itself: an element holding one is a layout wrapper, whatever its class says. */
export function isArticleMarker(el: HtmlElement): boolean {
  return el.name === "h1" || /articlebody/i.test(el.attribs.itemprop ?? "");
}

/** Readability's class weight: +25 for a content-like class or id, −25 for a furniture-like one. */
export function classWeight(el: HtmlElement): number {
  // Class and id together count once: a wrapper named twice ("main" id, "main-section" class) is no likelier
  // the article than one named once, and counting both let layout wrappers outscore the body.
  const names = classAndId(el);
  if (names === "") return 0;
  return (POSITIVE_CLASS_PATTERN.test(names) ? 25 : 0) - (NEGATIVE_CLASS_PATTERN.test(names) ? 25 : 0);
}
