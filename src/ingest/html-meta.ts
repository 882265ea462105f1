/** @module An HTML page's metadata: title, publication date and its provenance, author, outlet, URL, language. */
import type { ArticleMeta, PublishedFrom } from "../core/records.ts";
import { attr, findAll, findFirst, type HtmlDocument, type HtmlElement, textOf } from "./dom-helpers.ts";
import { AUTHOR_META_KEYS, PUBLISHED_META_KEYS } from "./html-date-keys.ts";
import { jsonLdArticle } from "./html-jsonld.ts";
import { parseAbsoluteDate } from "./parse-date.ts";
import { dateFromUrl, outletFromUrl, parseHttpUrl } from "./url-meta.ts";

/** `<meta name|property|itemprop=... content=...>` as a map with lower-case keys; the first value of a key wins. */
export function metaTags(doc: HtmlDocument): ReadonlyMap<string, string> {
  const map = new Map<string, string>();
  for (const el of findAll(doc, (e) => e.name === "meta")) {
    const key = attr(el, "property") ?? attr(el, "name") ?? attr(el, "itemprop");
    const content = attr(el, "content");
    if (key && content && !map.has(key.toLowerCase())) map.set(key.toLowerCase(), content);
  }
  return map;
}

const TITLE_SEPARATORS = /\s+[|–—\-:·•]\s+|\s+::\s+/u;
// A trailing segment this short after a separator is a site name ("... | Example Times"), not part of the headline.
const MAX_SUFFIX_WORDS = 5;

/** `<title>` without the site name tacked on: the last separated segment when it is the site's name or short. */
export function stripSiteSuffix(title: string, siteName: string | null): string {
  const parts = title.split(TITLE_SEPARATORS);
  if (parts.length < 2) return title.trim();
  const last = (parts[parts.length - 1] ?? "").trim();
  const isSite =
    (siteName !== null && last.toLowerCase() === siteName.toLowerCase()) ||
    (/\s+\|\s+/.test(title) && last.split(/\s+/).length <= MAX_SUFFIX_WORDS);
  if (!isSite) return title.trim();
  const cut = title.lastIndexOf(last);
  return title
    .slice(0, cut)
    .replace(/[\s|–—\-:·•]+$/u, "")
    .trim();
}

function firstMeta(
  meta: ReadonlyMap<string, string>,
  keys: readonly string[],
  ok: (v: string) => boolean,
): string | null {
  for (const key of keys) {
    const value = meta.get(key);
    if (value !== undefined && ok(value)) return value;
  }
  return null;
}

/** A `<time datetime>` that states publication: itemprop/class/pubdate markers first, else the first one in `<article>`. */
function timeElementDate(doc: HtmlDocument): string | null {
  const times = findAll(doc, (e) => e.name === "time" && attr(e, "datetime") !== null);
  const marked = times.find((t: HtmlElement) =>
    /datepublished|publish|pubdate/i.test(
      `${attr(t, "itemprop") ?? ""} ${attr(t, "class") ?? ""} ${t.attribs.pubdate !== undefined ? "pubdate" : ""}`,
    ),
  );
  const article = findFirst(doc, (e) => e.name === "article");
  const inArticle = article
    ? findFirst(article, (e) => e.name === "time" && attr(e, "datetime") !== null)
    : null;
  const chosen = marked ?? inArticle;
  return chosen ? parseAbsoluteDate(attr(chosen, "datetime")) : null;
}

function canonicalUrl(
  doc: HtmlDocument,
  meta: ReadonlyMap<string, string>,
  jsonLdUrl: string | null,
): string | null {
  const link = findFirst(
    doc,
    (e) => e.name === "link" && /(^|\s)canonical(\s|$)/i.test(attr(e, "rel") ?? ""),
  );
  const candidates = [link ? attr(link, "href") : null, meta.get("og:url") ?? null, jsonLdUrl];
  return candidates.find((u) => parseHttpUrl(u) !== null) ?? null;
}

/** Everything a page says about itself. `published` comes from JSON-LD, then meta tags, then `<time>`, then the URL. */
export function extractHtmlMeta(doc: HtmlDocument): ArticleMeta {
  const meta = metaTags(doc);
  const ld = jsonLdArticle(doc);
  const url = canonicalUrl(doc, meta, ld?.url ?? null);
  const siteName = meta.get("og:site_name") ?? ld?.publisher ?? null;

  const titleEl = findFirst(doc, (e) => e.name === "title");
  const h1 = findFirst(doc, (e) => e.name === "h1");
  const docTitle = titleEl ? stripSiteSuffix(textOf(titleEl), siteName) : "";
  const title =
    meta.get("og:title") ?? meta.get("twitter:title") ?? ld?.headline ?? (docTitle || (h1 ? textOf(h1) : ""));

  const dated: [string | null, PublishedFrom][] = [
    [parseAbsoluteDate(ld?.datePublished), "jsonld"],
    [parseAbsoluteDate(firstMeta(meta, PUBLISHED_META_KEYS, (v) => parseAbsoluteDate(v) !== null)), "meta"],
    [timeElementDate(doc), "meta"],
    [dateFromUrl(url), "url"],
  ];
  const [published, publishedFrom] = dated.find(([d]) => d !== null) ?? [null, null];

  const author = ld?.author ?? firstMeta(meta, AUTHOR_META_KEYS, (v) => parseHttpUrl(v) === null);
  const html = findFirst(doc, (e) => e.name === "html");
  return {
    title: title.trim() || null,
    published,
    publishedFrom,
    author,
    outlet: siteName ?? outletFromUrl(url),
    url,
    lang: (html ? attr(html, "lang") : null) || meta.get("og:locale")?.replace("_", "-") || null,
  };
}
