/** @module RSS 2.0, RSS 1.0 (RDF) and Atom feeds → one RawDoc per item, with the feed's title as the outlet. */
import { XMLParser, XMLValidator } from "fast-xml-parser";
import type { InputFormat, RawDoc } from "../core/records.ts";
import { type FeedItemFields, feedItemFields } from "./feed-item.ts";
import { failure, type ReadResult, success } from "./read-result.ts";

type Node = Record<string, unknown>;

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: "@_",
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: true,
  processEntities: true,
  htmlEntities: true,
  isArray: (name) => name === "item" || name === "entry" || name === "link",
});

const asNode = (v: unknown): Node | null =>
  typeof v === "object" && v !== null && !Array.isArray(v) ? (v as Node) : null;
function asList(v: unknown): Node[] {
  const list: unknown[] = Array.isArray(v) ? v : v === undefined ? [] : [v];
  return list.map(asNode).filter((n): n is Node => n !== null);
}

interface FeedShape {
  readonly format: InputFormat;
  readonly channel: Node;
  readonly items: Node[];
}

/** Locate the channel and its items under an RSS, RDF or Atom root; null when the XML is some other document. */
function feedShape(root: Node): FeedShape | null {
  const rss = asNode(root.rss);
  const rssChannel = asNode(asList(rss?.channel)[0]);
  if (rssChannel) return { format: "rss", channel: rssChannel, items: asList(rssChannel.item) };
  const rdf = asNode(root["rdf:RDF"]);
  if (rdf) {
    const channel = asNode(asList(rdf.channel)[0]) ?? {};
    return { format: "rss", channel, items: asList(rdf.item).concat(asList(channel.item)) };
  }
  const atom = asNode(root.feed);
  if (atom) return { format: "atom", channel: atom, items: asList(atom.entry) };
  return null;
}

function toDoc(f: FeedItemFields, format: InputFormat, source: string, outlet: string | null): RawDoc {
  return { ...f, source, format, outlet: outlet ?? f.outlet, lang: f.lang, removed: [] };
}

/** Read a feed. A malformed feed is one error; an item without any text is an error for that item only. */
export function readFeed(xml: string, source: string): ReadResult[] {
  const valid = XMLValidator.validate(xml);
  if (valid !== true)
    return [failure(source, `malformed feed: ${valid.err.msg.replace(/\.$/, "")} at line ${valid.err.line}`)];
  let root: Node;
  try {
    root = asNode(parser.parse(xml)) ?? {};
  } catch (err) {
    return [failure(source, `malformed feed: ${err instanceof Error ? err.message : String(err)}`)];
  }
  const shape = feedShape(root);
  if (shape === null) {
    const name = Object.keys(root).find((k) => !k.startsWith("?")) ?? "none";
    return [failure(source, `not an RSS or Atom feed (root element <${name}>)`)];
  }
  const fields = feedItemFields(shape.channel, null);
  const feedTitle = fields.title;
  const feedLang = fields.lang;
  return shape.items.map((item, i) => {
    const where = `${source}#${i + 1}`;
    const f = feedItemFields(item, feedLang);
    if (f.body === "" && f.title === null)
      return failure(where, `feed item ${i + 1} has neither title nor text`);
    if (f.body === "")
      return failure(where, `feed item ${i + 1} has a title but no text (only a link to the page)`);
    return success(toDoc(f, shape.format, where, feedTitle));
  });
}
