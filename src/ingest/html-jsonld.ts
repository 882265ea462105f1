/** @module schema.org JSON-LD blocks → the article's own headline, dates, author, publisher and URL. */
import { attr, findAll, type HtmlDocument, textOf } from "./dom-helpers.ts";

export interface JsonLdArticle {
  readonly headline: string | null;
  readonly datePublished: string | null;
  readonly author: string | null;
  readonly publisher: string | null;
  readonly url: string | null;
}

/** schema.org types that describe the page's article (not the site, breadcrumb or video beside it). */
const ARTICLE_TYPES: ReadonlySet<string> = new Set([
  "newsarticle",
  "article",
  "reportagenews",
  "analysisnewsarticle",
  "opinionnewsarticle",
  "backgroundnewsarticle",
  "reviewnewsarticle",
  "blogposting",
  "liveblogposting",
  "socialmediaposting",
  "report",
]);

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

const isObject = (v: Json | undefined): v is JsonObject =>
  typeof v === "object" && v !== null && !Array.isArray(v);

/** Every object in a JSON-LD value, looking into arrays and `@graph`. */
function objects(value: Json | undefined, out: JsonObject[] = []): JsonObject[] {
  if (Array.isArray(value)) for (const v of value) objects(v, out);
  else if (isObject(value)) {
    out.push(value);
    objects(value["@graph"], out);
  }
  return out;
}

function types(obj: JsonObject): string[] {
  const t = obj["@type"];
  const list = Array.isArray(t) ? t : [t];
  return list.filter((x): x is string => typeof x === "string").map((x) => x.toLowerCase());
}

function str(value: Json | undefined): string | null {
  if (typeof value === "string") return value.trim() || null;
  if (typeof value === "number") return String(value);
  return null;
}

/** A person/organization value as a name: "Jane", {name: "Jane"}, or a list of them joined with ", ". */
function nameOf(value: Json | undefined): string | null {
  if (Array.isArray(value)) {
    const names = value.map(nameOf).filter((n): n is string => n !== null);
    return names.length > 0 ? [...new Set(names)].join(", ") : null;
  }
  if (isObject(value)) return str(value.name);
  return str(value);
}

function urlOf(value: Json | undefined): string | null {
  if (isObject(value)) return str(value["@id"]) ?? str(value.url);
  return str(value);
}

/** Parse each `<script type="application/ld+json">`; broken JSON (common: trailing commas, raw newlines) is skipped. */
export function jsonLdObjects(doc: HtmlDocument): JsonObject[] {
  const scripts = findAll(
    doc,
    (el) => el.name === "script" && (attr(el, "type") ?? "").toLowerCase() === "application/ld+json",
  );
  const out: JsonObject[] = [];
  for (const script of scripts) {
    try {
      objects(JSON.parse(textOf(script)) as Json, out);
    } catch {
      // A site's broken JSON-LD must not stop the page from being read; other sources still give metadata.
    }
  }
  return out;
}

/** The article described by the page's JSON-LD, or null when there is none. */
export function jsonLdArticle(doc: HtmlDocument): JsonLdArticle | null {
  const all = jsonLdObjects(doc);
  const article =
    all.find((o) => types(o).some((t) => ARTICLE_TYPES.has(t))) ??
    all.find((o) => str(o.datePublished) !== null);
  if (article === undefined) return null;
  return {
    headline: str(article.headline) ?? str(article.name),
    datePublished: str(article.datePublished) ?? str(article.dateCreated),
    author: nameOf(article.author) ?? nameOf(article.creator),
    publisher: nameOf(article.publisher) ?? nameOf(article.sourceOrganization),
    url: urlOf(article.mainEntityOfPage) ?? str(article.url),
  };
}
