/** @module Page furniture the HTML body extractor drops before choosing the article text. */

/** Elements that never hold article prose (scripts, navigation, page chrome, forms, media captions). */
export const JUNK_TAGS: ReadonlySet<string> = new Set([
  "script",
  "style",
  "noscript",
  "template",
  "nav",
  "header",
  "footer",
  "aside",
  "form",
  "figcaption",
  "iframe",
  "svg",
  "canvas",
  "button",
  "select",
  "input",
  "textarea",
  "video",
  "audio",
  "object",
  "embed",
  "head",
]);

/** ARIA landmarks for the same page chrome when sites use divs instead of semantic tags. */
export const JUNK_ROLES: ReadonlySet<string> = new Set([
  "navigation",
  "banner",
  "contentinfo",
  "complementary",
  "search",
  "dialog",
  "alert",
]);

/**
 * Class/id fragments of widgets that sit inside article containers: share bars, comment threads, "related"
 * teasers, newsletter boxes, cookie banners, ad slots. Matched as whole tokens or `-`/`_` parts.
 */
export const JUNK_CLASS_WORDS: readonly string[] = [
  "comment",
  "comments",
  "share",
  "sharing",
  "social",
  "related",
  "recommended",
  "newsletter",
  "subscribe",
  "cookie",
  "advert",
  "advertisement",
  "ad",
  "ads",
  "promo",
  "sidebar",
  "breadcrumb",
  "breadcrumbs",
  "caption",
  "byline",
  "tags",
  "popup",
  "modal",
  "paywall",
];

/**
 * Class/id fragments that mark the article's own containers. They override the junk words, because layout
 * wrappers often name the furniture beside them ("page-content and-w-sidebar", "l-sidebar-fixed l-article-body").
 */
export const CONTENT_CLASS_WORDS: readonly string[] = [
  "article",
  "body",
  "content",
  "main",
  "story",
  "post",
  "entry",
  "text",
  "prose",
];

/**
 * Class/id fragments that make a container more likely to be the article (content score +25): the words CMSs
 * give their body wrappers. Matched anywhere in the class/id string, as Readability's "positive" pattern does.
 */
export const POSITIVE_CLASS_PATTERN =
  /article|body|content|entry|hentry|h-entry|main|page|pagination|post|text|blog|story|prose/;

/**
 * Class/id fragments that make a container less likely to be the article (content score −25): page furniture
 * that may still hold prose-like text (comment threads, footers, promos, widgets, author boxes).
 */
export const NEGATIVE_CLASS_PATTERN =
  /(^|[\s_-])(ad|ads)([\s_-]|$)|hidden|banner|combx|comment|com-|contact|foot|footer|footnote|gdpr|masthead|media|meta|outbrain|taboola|promo|related|recirc|scroll|share|shoutbox|sidebar|skyscraper|sponsor|shopping|tags|tool|widget|newsletter|signup|subscribe|popular|trending|teaser/;
