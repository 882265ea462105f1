/** @module One RSS item / Atom entry (as parsed by fast-xml-parser) → title, link, date, author, id and body text. */
import type { PublishedFrom } from "../core/records.ts";
import { htmlToText } from "./html-reader.ts";
import { parseAbsoluteDate } from "./parse-date.ts";
import { dateFromUrl, outletFromUrl, parseHttpUrl } from "./url-meta.ts";

export interface FeedItemFields {
  readonly title: string | null;
  readonly url: string | null;
  readonly published: string | null;
  readonly publishedFrom: PublishedFrom;
  readonly author: string | null;
  readonly outlet: string | null;
  readonly lang: string | null;
  readonly body: string;
  readonly givenId: string | null;
}

type Node = Record<string, unknown>;

/** Item body sources, richest first: full content before the teaser. */
const CONTENT_KEYS: readonly string[] = ["content:encoded", "content", "description", "summary"];
/** Date keys: RSS pubDate, Atom published, Dublin Core, Atom 0.3 issued; Atom's required `updated` as a last resort. */
const DATE_KEYS: readonly string[] = [
  "pubDate",
  "published",
  "dc:date",
  "issued",
  "created",
  "dcterms:created",
  "updated",
];

/** Every text leaf of a parsed value, in order (also covers inline XHTML content parsed into elements). */
function textDeep(value: unknown): string {
  if (typeof value === "string") return value;
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  if (Array.isArray(value)) return value.map(textDeep).join(" ");
  if (typeof value === "object" && value !== null) {
    return Object.entries(value)
      .filter(([k]) => !k.startsWith("@_"))
      .map(([, v]) => textDeep(v))
      .join(" ");
  }
  return "";
}

const attrOf = (value: unknown, name: string): string | null => {
  const v = typeof value === "object" && value !== null ? (value as Node)[`@_${name}`] : undefined;
  return typeof v === "string" ? v : null;
};

const first = (value: unknown): unknown => (Array.isArray(value) ? value[0] : value);

/** Text of an element; HTML-typed Atom text constructs and RSS descriptions are rendered to plain text. */
function plain(value: unknown, html: boolean): string | null {
  const node = first(value);
  const raw = textDeep(node).trim();
  if (raw === "") return null;
  const type = attrOf(node, "type");
  const isHtml = type === "html" || type === "text/html" || (type === null && html);
  const text = isHtml ? htmlToText(raw) : raw.replace(/[^\S\n]+/g, " ");
  return text.trim() || null;
}

/** The item's link: RSS `<link>` text, or the Atom `<link rel="alternate">` (or the first link without rel). */
function linkOf(item: Node): string | null {
  const links = Array.isArray(item.link) ? item.link : item.link === undefined ? [] : [item.link];
  const atom = links.find(
    (l) => attrOf(l, "href") !== null && (attrOf(l, "rel") ?? "alternate") === "alternate",
  );
  const candidates = [
    attrOf(atom, "href"),
    ...links.map((l) => (typeof l === "string" ? l.trim() : attrOf(l, "href"))),
  ];
  const guid = first(item.guid);
  if (attrOf(guid, "isPermaLink") !== "false") candidates.push(textDeep(guid).trim());
  return candidates.find((u) => parseHttpUrl(u) !== null) ?? null;
}

/** "jane@example.com (Jane Roe)" → "Jane Roe"; Atom `<author><name>`; `dc:creator`. */
function authorOf(item: Node): string | null {
  const atom = first(item.author);
  if (typeof atom === "object" && atom !== null) return plain((atom as Node).name, false);
  const raw = plain(atom, false) ?? plain(item["dc:creator"], false);
  if (raw === null) return null;
  const named = /\(([^)]+)\)\s*$/.exec(raw);
  if (named?.[1]) return named[1].trim();
  return /^\S+@\S+$/.test(raw) ? null : raw;
}

/** Fields of an item (or of the channel itself, for its title and language). */
export function feedItemFields(item: Node, feedLang: string | null): FeedItemFields {
  const url = linkOf(item);
  const dated =
    DATE_KEYS.map((k) => parseAbsoluteDate(plain(item[k], false))).find((d) => d !== null) ?? null;
  const fromUrl = dated === null ? dateFromUrl(url) : null;
  const bodyKey = CONTENT_KEYS.find((k) => plain(item[k], true) !== null);
  const id = plain(item.guid, false) ?? plain(item.id, false);
  return {
    title: plain(item.title, false),
    url,
    published: dated ?? fromUrl,
    publishedFrom: dated !== null ? "meta" : fromUrl !== null ? "url" : null,
    author: authorOf(item),
    outlet: outletFromUrl(url),
    lang:
      plain(item.language, false) ??
      plain(item["dc:language"], false) ??
      attrOf(item, "xml:lang") ??
      feedLang,
    body: bodyKey === undefined ? "" : (plain(item[bodyKey], true) ?? ""),
    givenId: id,
  };
}
