/** @module Finds the words that name a cue's speaker: before the verb, after it ("said Peskov"), or in apposition. */
import { COMMON_WORDS } from "../language/common-words.ts";
import type { RoleMention } from "../language/role-finder.ts";
import { HONORIFIC_BEFORE, HONORIFICS } from "../language/roles.ts";
import type { ArticleIndex, MentionRef } from "./article-index.ts";
import { DATELINE } from "./content-span.ts";
import {
  GENERIC_SOURCES,
  MEDIA_REFERENCES,
  PLURAL_PRONOUNS,
  SINGULAR_PRONOUNS,
  SPEAKER_FILLERS,
} from "./source-nouns.ts";

/**
 * entity: a name the entity stage found; name: capitalised words it did not ("Mr. Burman"); pronoun: he/she/they;
 * role: "the spokesman"; media: "the agency"; generic: "officials", "several cast members".
 */
export type SlotKind = "entity" | "name" | "pronoun" | "role" | "media" | "generic";

export interface SpeakerSlot {
  readonly kind: SlotKind;
  readonly start: number;
  readonly end: number;
  readonly mention: MentionRef | null;
  readonly role: RoleMention | null;
  readonly plural: boolean;
}

const WORD_BEFORE = /(\p{L}+)\s*$/u;
const DESCRIPTION = /^(?:the\s+|an?\s+)?(?:\p{Ll}+\s+){1,3}/u;
const WORD_AFTER = /^\s*(\p{L}+)/u;
const MEDIA_NOUNS_BEFORE_NAME =
  /^(?:\p{Lu}[\p{L}'’]*\s+)?(?:\p{Ll}+\s+){0,3}?(?:news agency|news outlet|agency|newspaper|outlet|broadcaster|channel|magazine|daily|tabloid|website)\s+/u;

const ASKED_ASIDE =
  /,\s+(?:when\s+)?asked\s+(?:(?:later|earlier|again|also|separately)\s+)?(?:(?:at|on|in|during|after|by)\s+[^,;:"“”]{1,60}?\s)?(?:whether|if|about|how|when|why|what|to)\b[^;:"“”]*,\s*$/u;

/** The speaker slot that ends right before `at` (the cue), within the sentence starting at `floor`. */
export function slotBefore(index: ArticleIndex, at: number, floor: number): SpeakerSlot | null {
  const { text } = index;
  let pos = skipBack(text, at, floor);
  // "Spokesman X, asked whether the president would call his counterpart, Y, said:": X, before the question
  const asked = ASKED_ASIDE.exec(text.slice(floor, pos));
  if (asked !== null) pos = skipBack(text, floor + asked.index, floor);
  if (text[pos - 1] === ",") {
    const appositive = appositiveBefore(index, pos - 1, floor) ?? relativeBefore(index, pos - 1, floor);
    if (appositive !== null) return appositive;
    const open = text.lastIndexOf(",", pos - 2);
    const aside = text.slice(open + 1, pos - 1).trim();
    const described = open >= floor ? describedPerson(index, open, aside) : null;
    if (described !== null) return described;
    // "Zelensky, on the other hand, has emphasized": step over a short lower-case aside.
    if (open < floor || !/^\p{Ll}[\p{L}\s]*$/u.test(aside) || aside.split(/\s+/).length > 5) return null;
    pos = skipBack(text, open, floor);
  }
  return slotEndingAt(index, pos, floor);
}

/** The speaker slot that starts right after `at` ("said Peskov", "according to Russia's agency X"). */
export function slotAfter(index: ArticleIndex, at: number, ceiling: number): SpeakerSlot | null {
  const { text } = index;
  let pos = at;
  while (pos < ceiling && /\s/.test(text[pos] ?? "")) pos += 1;
  const role = index.roles.find((r) => r.start === pos || (r.definite && r.start === pos + 4));
  if (role !== undefined) return roleSlot(index, role, pos);
  const title = TITLE_AFTER.exec(text.slice(pos, pos + 40))?.[0].length ?? 0;
  const mention = index.mentionStartingAt.get(pos + title);
  if (mention !== undefined) return entitySlot(index, mention);
  const word = WORD_AFTER.exec(text.slice(pos, ceiling))?.[1]?.toLowerCase() ?? "";
  if (SINGULAR_PRONOUNS.has(word) || PLURAL_PRONOUNS.has(word)) {
    return {
      kind: "pronoun",
      start: pos,
      end: pos + word.length,
      mention: null,
      role: null,
      plural: PLURAL_PRONOUNS.has(word),
    };
  }
  const lead = MEDIA_NOUNS_BEFORE_NAME.exec(text.slice(pos, Math.min(ceiling, pos + 60)));
  const named = lead === null ? undefined : index.mentionStartingAt.get(pos + lead[0].length);
  if (named !== undefined) return { ...entitySlot(index, named), start: pos };
  // "according to engineer Tomas Ferro", "said the senior analyst Ana Ruiz": a description, then the name.
  const described = DESCRIPTION.exec(text.slice(pos, Math.min(ceiling, pos + 50)));
  const person = described === null ? undefined : index.mentionStartingAt.get(pos + described[0].length);
  if (person?.entity.type === "person") return { ...entitySlot(index, person), start: pos };
  const the = /^the\s+(\p{Ll}+)/u.exec(text.slice(pos, ceiling));
  if (the?.[1] !== undefined && MEDIA_REFERENCES.has(the[1]))
    return plainSlot("media", pos, pos + the[0].length);
  return null;
}

/** The subject at the start of a sentence, for adjuncts with no speaker of their own ("Russia …, insisting that"). */
export function sentenceSubject(index: ArticleIndex, start: number, end: number): SpeakerSlot | null {
  let pos = start;
  while (pos < end && /["“«'‘\s]/.test(index.text[pos] ?? "")) pos += 1;
  // "QASR AL-MINA — Sheikh X has refused …": a dateline is no subject
  const dateline = DATELINE.exec(index.text.slice(pos, Math.min(end, pos + 80)));
  if (dateline !== null) pos += dateline[0].length;
  return slotAfter(index, pos, end);
}

/**
 * A time or setting adjunct between a speaker and the verb ("X on Tuesday dismissed", "X late on Monday said",
 * "X in a statement said", "X earlier this week told").
 */
const ADJUNCT_BEFORE =
  /\s(?:(?:late|early|earlier|later)\s+)?(?:on\s+(?:\p{Lu}\p{Ll}+day|\p{Lu}\p{Ll}{2,8}\.?\s+\d{1,2})|(?:last|this)\s+(?:week|month|year|night|morning|evening|weekend)|(?:earlier|later)\s+(?:this|that)\s+(?:week|month|day)|in\s+(?:a|an|his|her|their)\s+(?:statement|interview|speech|address|letter|post|video\s+address|televised\s+address))$/u;

function skipBack(text: string, at: number, floor: number): number {
  let pos = at;
  for (let guard = 0; guard < 8; guard += 1) {
    while (pos > floor && /\s/.test(text[pos - 1] ?? "")) pos -= 1;
    const adjunct = ADJUNCT_BEFORE.exec(text.slice(Math.max(floor, pos - 40), pos));
    if (adjunct !== null && pos - adjunct[0].length > floor) {
      pos -= adjunct[0].length;
      continue;
    }
    const word = WORD_BEFORE.exec(text.slice(Math.max(floor, pos - 20), pos))?.[1];
    if (word === undefined || !SPEAKER_FILLERS.has(word.toLowerCase()) || /^\p{Lu}/u.test(word)) break;
    pos -= word.length;
  }
  return pos;
}

/** "The head of the delegation, Vladimir Medinsky, said": the name between two commas is the speaker. */
function appositiveBefore(index: ArticleIndex, comma: number, floor: number): SpeakerSlot | null {
  const mention = index.mentionEndingAt.get(comma);
  if (mention === undefined || mention.start < floor || mention.entity.type !== "person") return null;
  // "…,” the host, Foreign Minister X, said": the name's title may stand after the comma
  const role = index.roleBeforeName.get(mention.start);
  const titled =
    role !== undefined && role.start >= floor && /^\s*$/.test(index.text.slice(role.end, mention.start));
  const after = (at: number) => /,\s*$/.test(index.text.slice(floor, at));
  return after(mention.start) || (titled && after(role.start)) ? entitySlot(index, mention) : null;
}

/**
 * "Danel Ruus, the leader of the Dockworkers' Union of Varnia, poured cold water on": a person, then a description
 * of him between commas.
 */
function describedPerson(index: ArticleIndex, comma: number, aside: string): SpeakerSlot | null {
  // "X, Minister of State for Southern Affairs, said": a title without an article describes too
  const titled = index.roles.some(
    (r) => r.roleStart > comma && /^[\s,]*$/.test(index.text.slice(comma, r.roleStart)),
  );
  if (!(DESCRIBING.test(aside) || titled) || aside.split(/\s+/).length > 20 || /["“”«»]/u.test(aside))
    return null;
  const mention = index.mentionEndingAt.get(comma);
  return mention !== undefined && mention.entity.type === "person" ? entitySlot(index, mention) : null;
}

// "the leader of …", "one of …", "known to his supporters as Skipperen", "receiving a delegation at the palace"
const DESCRIBING =
  /^(?:(?:the|a|an|his|her|their|its|one\s+of)\s+\p{L}|(?:(?:also|better|widely|popularly|commonly)\s+)?(?:known|nicknamed|dubbed)\b|\p{Ll}+ing\s)/iu;

/**
 * "Minister X, who will lead the delegation in Y, told parliament", "X of the Y Party, whose petition …, said": the
 * person before the relative clause (and before the body he belongs to).
 */
function relativeBefore(index: ArticleIndex, comma: number, floor: number): SpeakerSlot | null {
  const span = index.text.slice(floor, comma);
  const who = /,\s+whos?e?\s[^,;:"“”]*$/u.exec(span);
  if (who === null) return null;
  const of = OF_PLACE_BEFORE.exec(span.slice(0, who.index));
  const mention =
    index.mentionEndingAt.get(floor + who.index) ??
    (of === null ? undefined : index.mentionEndingAt.get(floor + who.index - of[0].length));
  return mention !== undefined && mention.start >= floor && mention.entity.type === "person"
    ? entitySlot(index, mention)
    : null;
}

// "President X of Merovia said", "Y from the ministry said": the person, not the place or body after "of"
const OF_PLACE_BEFORE = /\s+(?:of|from)\s+(?:the\s+)?(?:\p{Lu}[\p{L}'’-]*\s+){0,2}\p{Lu}[\p{L}'’-]*$/u;

const ROLE_OF_BODY = /^\s+of\s+the\s+(?:\p{L}[\p{L}'’-]*\s+){0,2}\p{Ll}[\p{L}'’-]*$/u;

function slotEndingAt(index: ArticleIndex, pos: number, floor: number): SpeakerSlot | null {
  const of = OF_PLACE_BEFORE.exec(index.text.slice(Math.max(floor, pos - 60), pos));
  const head = of ? index.mentionEndingAt.get(pos - of[0].length) : undefined;
  if (head !== undefined && head.start >= floor && head.entity.type === "person")
    return entitySlot(index, head);
  const mention = index.mentionEndingAt.get(pos);
  if (mention !== undefined && mention.start >= floor) return entitySlot(index, mention);
  const role = index.roles.find(
    (r) => r.end === pos && r.definite && r.nameStart === null && r.start >= floor,
  );
  if (role !== undefined) return roleSlot(index, role, role.start - theLength(index.text, role.start));
  // "the head of the transition replied", "the leader of the opposition said": the role, not the body after "of"
  const headed = index.roles.find(
    (r) =>
      r.definite &&
      r.nameStart === null &&
      r.start >= floor &&
      r.end < pos &&
      pos - r.end < 60 &&
      ROLE_OF_BODY.test(index.text.slice(r.end, pos)),
  );
  if (headed !== undefined)
    return roleSlot(index, headed, headed.start - theLength(index.text, headed.start));
  const word = WORD_BEFORE.exec(index.text.slice(Math.max(floor, pos - 30), pos))?.[1];
  if (word === undefined) return null;
  const lower = word.toLowerCase();
  const start = pos - word.length;
  if (lower === "who") return relativeSlot(index, start, pos);
  if (SINGULAR_PRONOUNS.has(lower) || PLURAL_PRONOUNS.has(lower)) {
    return {
      kind: "pronoun",
      start,
      end: pos,
      mention: null,
      role: null,
      plural: PLURAL_PRONOUNS.has(lower),
    };
  }
  if (MEDIA_REFERENCES.has(lower) && /\bthe\s+$/i.test(index.text.slice(start - 4, start))) {
    return plainSlot("media", start - 4, pos);
  }
  if (GENERIC_SOURCES.has(lower)) return plainSlot("generic", start, pos);
  return nameEndingAt(index.text, pos, floor) ?? nounPhraseEndingAt(index.text, pos, floor);
}

const TITLE = String.raw`(?:(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Lt|Col|Prof|Rev|Sgt|Capt|St)\.\s+)`;
/** "Mr. X", "Sheikh X", "His Highness Sheikh X": what may stand before the name a speaker slot starts with. */
const TITLE_AFTER = new RegExp(String.raw`^(?:${TITLE}|(?:${HONORIFICS}\s+){1,2})`, "u");
const TITLE_BEFORE = new RegExp(String.raw`(?<![\p{L}.])${TITLE}$`, "u");
const CAPITALISED = String.raw`\p{Lu}[\p{L}'’.-]*`;
/** "Mr. Burman", "O'Neill", "Claire McCaskill (D-Mo.)": a name the entity stage did not find, right before a cue. */
const NAME_BEFORE = new RegExp(
  String.raw`${TITLE}?(?:${CAPITALISED}\s+){0,3}${CAPITALISED}(?:\s+\([A-Z]-[\p{L}.]+\))?$`,
  "u",
);
/** "several cast members", "the experts", "a source close to the campaign" is left to the generic list. */
const NOUN_PHRASE_BEFORE =
  /\b(?:[Tt]he|[Aa]n?|[Ss]ome|[Ss]everal|[Mm]any|[Mm]ost|[Oo]ther|[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]ix|[Bb]oth|[Aa]ll|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|[Oo]ur)\s+(?:\p{Ll}[\p{Ll}-]*\s+){0,2}\p{Ll}{3,}s$/u;

function nameEndingAt(text: string, pos: number, floor: number): SpeakerSlot | null {
  const from = Math.max(floor, pos - 60);
  const m = NAME_BEFORE.exec(text.slice(from, pos));
  if (m === null) return null;
  let start = from + m.index;
  // A capitalised opener ("But Fowler", "In Ohio") is not part of the name.
  for (let w = /^\S+/.exec(text.slice(start, pos)); w !== null; w = /^\S+/.exec(text.slice(start, pos))) {
    if (!COMMON_WORDS.has(w[0].toLowerCase().replace(/[.'’]+$/, ""))) break;
    start += w[0].length;
    while (/\s/.test(text[start] ?? "")) start += 1;
  }
  if (start >= pos || /[\p{L}\p{N}]/u.test(text[start - 1] ?? "")) return null;
  return plainSlot("name", start, pos);
}

function nounPhraseEndingAt(text: string, pos: number, floor: number): SpeakerSlot | null {
  const from = Math.max(floor, pos - 50);
  const m = NOUN_PHRASE_BEFORE.exec(text.slice(from, pos));
  return m === null ? null : plainSlot("generic", from + m.index, pos);
}

function theLength(text: string, at: number): number {
  return /[Tt]he\s+$/.exec(text.slice(Math.max(0, at - 4), at))?.[0].length ?? 0;
}

function entitySlot(index: ArticleIndex, mention: MentionRef): SpeakerSlot {
  // "Kremlin spokesman Dmitry Peskov": the role words belong to the mention as written.
  const role = index.roleBeforeName.get(mention.start);
  let start = role !== undefined && role.start < mention.start ? role.start : mention.start;
  // "Mr. Burman", "U Thein Lwin": the courtesy title or honorific is part of the words as written.
  const title =
    TITLE_BEFORE.exec(index.text.slice(Math.max(0, start - 8), start)) ??
    HONORIFIC_BEFORE.exec(index.text.slice(Math.max(0, start - 30), start));
  if (title !== null) start -= title[0].length;
  return { kind: "entity", start, end: mention.end, mention, role: role ?? null, plural: false };
}

function roleSlot(index: ArticleIndex, role: RoleMention, start: number): SpeakerSlot {
  const named = role.nameStart === null ? undefined : index.mentionStartingAt.get(role.nameStart);
  if (named !== undefined) return { ...entitySlot(index, named), start };
  return { kind: "role", start, end: role.end, mention: null, role, plural: false };
}

function plainSlot(kind: SlotKind, start: number, end: number): SpeakerSlot {
  return { kind, start, end, mention: null, role: null, plural: false };
}

/** Pronouns that stand for a source but are not resolved to a person. */
const OTHER_PRONOUNS: ReadonlySet<string> = new Set(["it", "i", "you", "him", "her", "them", "us", "me"]);

const NAME_ONLY = new RegExp(String.raw`^${TITLE}?(?:${CAPITALISED}\s+){0,3}${CAPITALISED}$`, "u");

/**
 * The slot of a source span the tagger found (`start`..`end`, as written): an entity mention that ends it or stands
 * first in apposition ("Rep. X (D-N.C.), head of …"), a pronoun, a role ("the Kremlin spokesman"), an outlet
 * reference ("the agency"), an unlisted name, or a generic source ("officials", "the poll").
 */
const PERSON_THEN_CLAUSE = /^\.?(?:\s+of\s+(?:the\s+)?(?:\p{Lu}[\p{L}'’-]*\s*){1,4})?\s*[,(]/u;

export function sourceSlot(index: ArticleIndex, start: number, end: number): SpeakerSlot {
  const { text } = index;
  // "VELL, April 11 (Nordpress) - The union's leader said": the dateline opens the sentence, not the source
  const dateline = DATELINE.exec(text.slice(start, end));
  if (dateline !== null && start + dateline[0].length < end)
    return sourceSlot(index, start + dateline[0].length, end);
  const written = text.slice(start, end);
  const lower = written.toLowerCase();
  const last = index.mentionEndingAt.get(end);
  if (last !== undefined && last.start >= start) {
    // "Opposition leader X of the Y Party": the person, not the body after "of"
    const of = last.entity.type === "person" ? null : OF_PLACE_BEFORE.exec(text.slice(start, last.end));
    const head = of === null ? undefined : index.mentionEndingAt.get(last.end - of[0].length);
    const slot = entitySlot(
      index,
      head !== undefined && head.start >= start && head.entity.type === "person" ? head : last,
    );
    return { ...slot, start, end };
  }
  for (const m of index.mentions) {
    if (m.start < start) continue;
    if (m.end > end) break;
    // "X, whose party …", "X of Civic Path, whose party …", "Renata Sotomayor Q., whose …": the person before it
    if (m.entity.type === "person" && PERSON_THEN_CLAUSE.test(text.slice(m.end, end)))
      return { ...entitySlot(index, m), start, end };
  }
  if (/^whos?e?\b/.test(lower)) {
    const antecedent = relativeSlot(index, start, end);
    if (antecedent !== null) return antecedent;
  }
  if (SINGULAR_PRONOUNS.has(lower) || PLURAL_PRONOUNS.has(lower) || OTHER_PRONOUNS.has(lower)) {
    // "it", "I", "you" are left unresolved, as "they" and "we" are.
    const plural = !SINGULAR_PRONOUNS.has(lower);
    return { kind: "pronoun", start, end, mention: null, role: null, plural };
  }
  // "the head of the transition": a span that keeps only the body after the role
  const headed = index.roles.find(
    (r) =>
      r.definite &&
      r.nameStart === null &&
      r.end < start &&
      end - r.end < 60 &&
      ROLE_OF_BODY.test(text.slice(r.end, end)),
  );
  if (headed !== undefined) {
    const from = headed.start - theLength(text, headed.start);
    return { ...roleSlot(index, headed, from), start: from, end };
  }
  const role = index.roles.find((r) => r.start >= start && r.end === end);
  if (role !== undefined && role.nameStart === null) return { ...roleSlot(index, role, start), start, end };
  const media = /^the\s+(\p{Ll}+)$/u.exec(lower);
  if (media?.[1] !== undefined && MEDIA_REFERENCES.has(media[1])) return plainSlot("media", start, end);
  if (NAME_ONLY.test(written)) return plainSlot("name", start, end);
  return plainSlot("generic", start, end);
}

/** "Prime Minister X, who said last week that …": "who" (or "whose") is the person named right before its comma. */
function relativeSlot(index: ArticleIndex, start: number, end: number): SpeakerSlot | null {
  const { text } = index;
  for (let i = index.mentions.length - 1; i >= 0; i -= 1) {
    const m = index.mentions[i];
    if (m === undefined || m.end > start) continue;
    if (!/^\s*,\s*$/.test(text.slice(m.end, start))) return null;
    if (m.entity.type === "person") return { ...entitySlot(index, m), start, end };
    // "Opposition leader X of the Y Party, whose …": the person before the body
    const of = OF_PLACE_BEFORE.exec(text.slice(Math.max(0, m.end - 60), m.end));
    const head = of === null ? undefined : index.mentionEndingAt.get(m.end - of[0].length);
    return head?.entity.type === "person" ? { ...entitySlot(index, head), start, end } : null;
  }
  return null;
}
