/**
 * @module Reads a TimeML document (TempEval-3 style) into plain text plus its gold TIMEX3 spans.
 *
 * Only the `<TEXT>` element becomes text: the `<DCT>` timex is the document creation time and is passed to the system
 * as `published`, never scored as a mention. Offsets are UTF-16 offsets into the returned text, after tags are
 * removed and XML entities decoded, so `text.slice(start, end)` is the annotated extent.
 */

export interface GoldTimex {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly tid: string | null;
  readonly type: string;
  readonly value: string;
}

export interface TimemlDoc {
  readonly id: string;
  /** The DCT value (`2013-03-22`), or null when the document has none. */
  readonly dct: string | null;
  readonly text: string;
  readonly timexes: readonly GoldTimex[];
}

const ENTITIES: Readonly<Record<string, string>> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

/** Parses one TimeML document; `fallbackId` names it when it has no `<DOCID>`. */
export function parseTimeml(xml: string, fallbackId = ""): TimemlDoc {
  const id = decodeEntities(/<DOCID>([\s\S]*?)<\/DOCID>/.exec(xml)?.[1]?.trim() ?? "") || fallbackId;
  const dctTag = /<DCT>\s*(<TIMEX3\b[^>]*>)/.exec(xml)?.[1];
  const dct = dctTag ? (attributesOf(dctTag).value ?? null) : null;
  const body = /<TEXT>([\s\S]*?)<\/TEXT>/.exec(xml)?.[1] ?? "";
  const { text, timexes } = stripTags(body);
  return { id, dct, text, timexes };
}

/** Removes every tag from a TimeML fragment, keeping the TIMEX3 extents as offsets into the plain text. */
export function stripTags(fragment: string): { text: string; timexes: GoldTimex[] } {
  let text = "";
  const open: { start: number; attrs: Record<string, string> }[] = [];
  const timexes: GoldTimex[] = [];
  const token =
    /<(\/?)([A-Za-z][\w:-]*)([^>]*?)(\/?)>|<!--[\s\S]*?-->|<\?[\s\S]*?\?>|&(#x?[0-9a-fA-F]+|\w+);/g;
  let last = 0;
  for (const m of fragment.matchAll(token)) {
    text += fragment.slice(last, m.index);
    last = m.index + m[0].length;
    if (m[5] !== undefined) {
      text += decodeEntity(m[5]) ?? m[0];
      continue;
    }
    if (m[2]?.toUpperCase() !== "TIMEX3") continue;
    const closing = m[1] === "/";
    const selfClosing = m[4] === "/";
    // An empty TIMEX3 (an implicit anchor, `<TIMEX3 ... />`) has no extent to find in the text.
    if (selfClosing) continue;
    if (!closing) {
      open.push({ start: text.length, attrs: attributesOf(m[0]) });
      continue;
    }
    const tag = open.pop();
    if (!tag) continue;
    timexes.push({
      start: tag.start,
      end: text.length,
      text: text.slice(tag.start, text.length),
      tid: tag.attrs.tid ?? null,
      type: tag.attrs.type ?? "",
      value: tag.attrs.value ?? "",
    });
  }
  text += fragment.slice(last);
  return { text, timexes: timexes.sort((a, b) => a.start - b.start) };
}

/** The attributes of one start tag, entity-decoded. */
export function attributesOf(tag: string): Record<string, string> {
  const attrs: Record<string, string> = {};
  for (const m of tag.matchAll(/([\w:-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) {
    attrs[m[1] ?? ""] = decodeEntities(m[2] ?? m[3] ?? "");
  }
  return attrs;
}

function decodeEntities(s: string): string {
  return s.replace(/&(#x?[0-9a-fA-F]+|\w+);/g, (whole, name: string) => decodeEntity(name) ?? whole);
}

function decodeEntity(name: string): string | null {
  if (name.startsWith("#x") || name.startsWith("#X"))
    return String.fromCodePoint(Number.parseInt(name.slice(2), 16));
  if (name.startsWith("#")) return String.fromCodePoint(Number.parseInt(name.slice(1), 10));
  return ENTITIES[name] ?? null;
}
