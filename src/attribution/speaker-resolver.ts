/** @module Turns a speaker slot into a speaker: names as they are, pronouns and roles to a person in the article. */
import type { Entity, Speaker } from "../core/records.ts";
import { foldToken } from "../language/entity-key.ts";
import { isMediaName } from "../language/entity-typer.ts";
import { givenNameGender } from "../language/given-names.ts";
import type { RoleMention } from "../language/role-finder.ts";
import type { ArticleIndex } from "./article-index.ts";
import type { SpeakerSlot } from "./speaker-slot.ts";

/** A speaker found earlier in the article, for pronouns ("he said") to refer back to. */
export interface PriorSpeaker {
  readonly entity: Entity;
  readonly at: number;
}

/** How far back (in characters) "he" may reach for an earlier speaker before falling back to mentions. */
const PRONOUN_REACH = 1200;
/** How far back "he" may reach for a person merely mentioned as a subject. */
const MENTION_REACH = 300;

export function resolveSpeaker(
  index: ArticleIndex,
  slot: SpeakerSlot,
  prior: readonly PriorSpeaker[],
): Speaker | null {
  const honour = honoured(index, slot);
  if (honour === null && slot.kind === "name") return unlistedName(index, slot);
  const entity = honour ?? resolveEntity(index, slot, prior);
  if (entity === null) return null;
  return {
    name: entity.name,
    mention: index.text.slice(slot.start, slot.end),
    start: slot.start,
    end: slot.end,
    entityId: entity.id,
  };
}

/** "His Highness", "Her Majesty", "His Excellency", "the Sheikh" standing alone for a person. */
const HONOUR = /^(?:(?:[Hh]is|[Hh]er|[Tt]he)\s+)?(?:Royal\s+)?(Highness|Majesty|Excellency|Sheikh|Sheikha)$/u;

/**
 * "“…,” His Highness said": the person the article last named after the same honorific ("His Highness Sheikh Mansour
 * bin Rashid"), within a short gap (another honorific or title between them).
 */
function honoured(index: ArticleIndex, slot: SpeakerSlot): Entity | null {
  // (the slot may leave out the "His")
  const honour = HONOUR.exec(index.text.slice(slot.start, slot.end))?.[1];
  if (honour === undefined) return null;
  let found: Entity | null = null;
  for (const m of index.text.slice(0, slot.start).matchAll(new RegExp(`\\b${honour}\\s+`, "gu"))) {
    const after = m.index + m[0].length;
    const mention = index.mentions.find((x) => x.start >= after && x.start - after <= 12);
    if (mention !== undefined && mention.entity.type === "person") found = mention.entity;
  }
  return found;
}

/** A name the entity stage did not list: the words as written, less a title ("Mr. Burman" → "Burman"). */
function unlistedName(index: ArticleIndex, slot: SpeakerSlot): Speaker {
  const mention = index.text.slice(slot.start, slot.end);
  const name = mention
    .replace(/^(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Prof)\.\s+/, "")
    .replace(/\s+\([^)]*\)$/, "");
  return { name, mention, start: slot.start, end: slot.end, entityId: null };
}

function resolveEntity(
  index: ArticleIndex,
  slot: SpeakerSlot,
  prior: readonly PriorSpeaker[],
): Entity | null {
  // "In a statement read on television, General X gave his account. “…,” the statement said": its author
  if (slot.kind === "generic" && DOCUMENT.test(index.text.slice(slot.start, slot.end)))
    return lastPersonBefore(index, slot.start, DOCUMENT_REACH);
  switch (slot.kind) {
    case "entity":
      return slot.mention?.entity ?? null;
    case "pronoun":
      return slot.plural ? null : resolvePronoun(index, slot.start, prior);
    case "role":
      return slot.role === null ? null : resolveRole(index, slot.role, slot.start, prior);
    case "media":
      return lastMediaBefore(index, slot.start);
    default:
      return null;
  }
}

/**
 * "he": the subject of the sentence before (or of this one, before the pronoun) when a person opens it ("Dorash had
 * let the date slip. “…,” he told KTV"), else the latest person speaker nearby, else the latest person named just
 * before.
 */
function resolvePronoun(index: ArticleIndex, at: number, prior: readonly PriorSpeaker[]): Entity | null {
  const fits = genderFits(index.text.slice(at, at + 4));
  // a subject the names do not type counts when it spoke before ("Abu Samir said he would …. “…,” he said")
  const spoke = new Set(prior.filter((p) => namelike(p.entity)).map((p) => p.entity.id));
  const subject =
    recentSubject(index, at, (e) => (e.type === "person" || spoke.has(e.id)) && fits(e)) ??
    roleSubject(index, at, prior, fits);
  if (subject !== null) return subject;
  const speaker = priorSpeaker(prior, at, (e) => e.type === "person" && fits(e));
  if (speaker !== null) return speaker;
  for (let i = index.mentions.length - 1; i >= 0; i -= 1) {
    const m = index.mentions[i];
    if (m === undefined || m.end > at) continue;
    if (at - m.end > MENTION_REACH) break;
    // "“Mrs X and I spent two hours together,” he told reporters": not a name inside the words
    if (index.quotes.some((q) => q.contentStart <= m.start && m.end <= q.contentEnd)) continue;
    if (m.entity.type === "person" && fits(m.entity)) return m.entity;
  }
  // last, a speaker the names do not type ("Her host, Maarten Oudekerk, said …. “…,” he told reporters")
  return priorSpeaker(prior, at, (e) => namelike(e) && fits(e));
}

/** An untyped name that may be a person's: not an outlet's, not one opened by an article ("La Ribera Hoy"). */
const namelike = (e: Entity): boolean =>
  e.type === "other" &&
  !isMediaName(e.name) &&
  !/^(?:The|La|Le|Les|El|Los|Las|Il|Der|Die|Das|De|Het)\s/u.test(e.name);

/** The latest earlier speaker within reach that `wanted` accepts. */
function priorSpeaker(
  prior: readonly PriorSpeaker[],
  at: number,
  wanted: (e: Entity) => boolean,
): Entity | null {
  for (let i = prior.length - 1; i >= 0; i -= 1) {
    const p = prior[i] as PriorSpeaker;
    if (p.at < at && at - p.at <= PRONOUN_REACH && wanted(p.entity)) return p.entity;
  }
  return null;
}

/** A document that speaks for the person who issued it. */
const DOCUMENT =
  /^the\s+(?:(?:written|joint|short|brief|official)\s+)?(?:statement|communiqu[eé]|declaration|press\s+release|letter|message)$/iu;

const DOCUMENT_REACH = 400;

/** The person named last before `at`, outside quotation marks, within `reach` characters. */
function lastPersonBefore(index: ArticleIndex, at: number, reach: number): Entity | null {
  for (let i = index.mentions.length - 1; i >= 0; i -= 1) {
    const m = index.mentions[i];
    if (m === undefined || m.end > at) continue;
    if (at - m.end > reach) break;
    const quoted = index.quotes.some((q) => q.contentStart <= m.start && m.end <= q.contentEnd);
    if (m.entity.type === "person" && !quoted) return m.entity;
  }
  return null;
}

/**
 * "Asked about the river, the president was brief. “…,” she said": the holder of the role that opens the sentence
 * before (or this one), when no name does.
 */
function roleSubject(
  index: ArticleIndex,
  at: number,
  prior: readonly PriorSpeaker[],
  fits: (e: Entity) => boolean,
): Entity | null {
  const here = index.sentences.findIndex((s) => s.start <= at && at < s.end);
  for (const s of [index.sentences[here], index.sentences[here - 1]]) {
    if (s === undefined) continue;
    const role = index.roles.find(
      (r) =>
        r.definite &&
        r.start >= s.start &&
        r.end <= at &&
        ROLE_OPENING.test(index.text.slice(s.start, r.start)) &&
        // "“The President will travel on Monday. …,” he said": a role inside the words is not their speaker
        !index.quotes.some((q) => q.contentStart <= r.start && r.end <= q.contentEnd),
    );
    if (role === undefined) continue;
    const holder = resolveRole(index, role, role.start, prior);
    return holder !== null && fits(holder) ? holder : null;
  }
  return null;
}

/** "she" is no man the given names know, "he" no woman; anyone else fits either. */
function genderFits(pronoun: string): (entity: Entity) => boolean {
  const wanted = /^she\b/i.test(pronoun) ? "f" : /^he\b/i.test(pronoun) ? "m" : null;
  if (wanted === null) return () => true;
  return (entity) => {
    // the given name opens the name, or closes it when the family name is written first ("Tanaka Noriko")
    const words = entity.name.split(/\s+/);
    const gender =
      givenNameGender(foldToken(words[0] ?? "")) ??
      (words.length > 1 ? givenNameGender(foldToken(words.at(-1) ?? "")) : null);
    return gender === null || gender === wanted;
  };
}

const OPENER = String.raw`[\s"“'‘]*(?:(?:In|At|On|From|After|Later|Meanwhile)\b[^,]{0,45},\s*|(?:Asked|Speaking|Responding|Writing|Addressing|Pressed)\b[^,]{0,60},\s*)?`;
const SAID_LEAD =
  /\b(?:said|says|told|tells|added|adds|noted|stressed|insisted|warned|announced|confirmed)\b/u;
const QUESTION_LEAD = /^(?:Asked|Pressed|Questioned)\s+(?:whether|if|about|why|when|how|what|who)\b[^,]*$/u;
/** "the" after a short opening phrase, or alone, before a role. */
const ROLE_OPENING = new RegExp(String.raw`^${OPENER}[Tt]he\s+$`, "u");

const SUBJECT_LEAD = new RegExp(String.raw`^${OPENER}(?:\p{Lu}[\p{L}'’]*\s+){0,3}$`, "u");
const REPORTED_AFTER =
  /^\s+(?:\p{Ll}+ly\s+)?(?:said|says|told|added|insisted|stressed|noted|replied|declared|wrote)\b/u;
/** Before a role ("presidential spokesman X"), its modifiers in any case, not a phrase ("A summit between X"). */
const ROLE_LEAD = new RegExp(
  String.raw`^${OPENER}(?:(?!(?:between|with|of|for|to|about|on|at|from|by|and|or|than)\b)[\p{L}'’-]+\s+){0,3}$`,
  "u",
);

/**
 * The person opening the sentence holding `at` or the one before, if a person opens it in its first words. When
 * `at` follows a quote of several sentences ("Koutroulis spoke on Friday. “We met. That is more,” he told ASTRA"),
 * "the one before" is the sentence before the quote opened.
 */
function recentSubject(
  index: ArticleIndex,
  at: number,
  fits: (e: Entity) => boolean = (e) => e.type === "person",
): Entity | null {
  const here = index.sentences.findIndex((s) => s.start <= at && at < s.end);
  if (here < 0) return null;
  const own = index.sentences[here] as (typeof index.sentences)[number];
  const closed = index.quotes.find((q) => q.end <= at && q.contentEnd > own.start && q.start < own.start);
  const opened =
    closed === undefined
      ? here
      : index.sentences.findIndex((s) => s.start <= closed.start && closed.start < s.end);
  for (const s of [own, index.sentences[(opened < 0 ? here : opened) - 1]]) {
    if (s === undefined) continue;
    // "“There will be no vote,” Lameira said, …": a sentence opening with a quote has its speaker for subject
    const opening = index.quotes.find(
      (q) => q.start >= s.start && /^[\s"“'‘]*$/.test(index.text.slice(s.start, q.start)),
    );
    const from = opening !== undefined && opening.end < s.end ? opening.end : s.start;
    const first = describedFirst(index, from, Math.min(s.end, at));
    if (first === undefined || !fits(first.entity)) continue;
    // "“Dorash is lying,” he added" and "Abrantes's spokesman X … He added": not the subject
    if (/^['’]s\b/.test(index.text.slice(first.end, first.end + 3))) continue;
    if (index.quotes.some((q) => q.contentStart <= first.start && first.end <= q.contentEnd)) continue;
    // "In Trenograd, President X …", "Asked about it, presidential spokesman X was brief": a short opening
    // phrase, the subject's title or role
    const role = index.roleBeforeName.get(first.start);
    const titled = role !== undefined && role.start >= s.start;
    const lead = index.text.slice(from, titled ? role.start : first.start).replace(/^[\s,”"’]+/u, "");
    // "Asked whether President X would travel, she said": X is in the question, not its answer's speaker
    if (QUESTION_LEAD.test(lead)) continue;
    // "He said President X's visit would go ahead. “…,” he said": X is in the words said, not their speaker
    if (SAID_LEAD.test(lead)) continue;
    // after the quote, its speaker: "…,” Lameira said", not "…,” said the minister, not Lameira"
    if (from !== s.start && !REPORTED_AFTER.test(index.text.slice(first.end, first.end + 30))) continue;
    if ((titled ? ROLE_LEAD : SUBJECT_LEAD).test(lead) || DESCRIBED_OPENING.test(lead)) return first.entity;
  }
  return null;
}

/**
 * The first name between `from` and `to`; past an opening description of a role in an organisation ("The leader of
 * the Union pour le Renouveau, Séraphin Dabiré, answered"), the person it describes.
 */
function describedFirst(index: ArticleIndex, from: number, to: number) {
  const inside = index.mentions.filter((m) => m.start >= from && m.end <= to);
  const first = inside[0];
  if (first === undefined || first.entity.type === "person") return first;
  const person = inside.find((m) => m.entity.type === "person");
  if (person === undefined) return first;
  return DESCRIBED_OPENING.test(index.text.slice(from, person.start)) ? person : first;
}

const DESCRIBED_OPENING = /^[\s"“]*The\s+(?:\p{Ll}[\p{Ll}-]*\s+){1,4}of\s+[^,;:.]{2,80},\s*$/u;

/**
 * "the Kremlin spokesman", "the Ukrainian leader": the holder of a matching role named last before it — unless that
 * holder is named in the cue's own sentence or an earlier paragraph and a holder has spoken nearby: then the one who
 * spoke last ("Foreign Minister X said …¶ Y, the mediator's foreign minister, will chair the session.¶ Asked about
 * sanctions, the minister said" is X; "Deputy Foreign Minister Y will lead, the minister said" is not Y).
 */
function resolveRole(
  index: ArticleIndex,
  role: RoleMention,
  at: number,
  prior: readonly PriorSpeaker[] = [],
): Entity | null {
  let best: { entity: Entity; at: number } | null = null;
  const holders = new Set<string>();
  for (const holder of index.roles) {
    if (holder.nameStart === null || holder.start >= at || !rolesMatch(role, holder)) continue;
    const named = index.mentionStartingAt.get(holder.nameStart);
    if (named === undefined || named.entity.type !== "person") continue;
    holders.add(named.entity.id);
    if (best === null || holder.start > best.at) best = { entity: named.entity, at: holder.start };
  }
  if (best === null) return profiled(index, role, at);
  const sentence = index.sentences.find((s) => s.start <= at && at < s.end);
  const skipLast =
    (sentence !== undefined && best.at >= sentence.start) || index.text.slice(best.at, at).includes("\n");
  if (!skipLast) return best.entity;
  for (let i = prior.length - 1; i >= 0; i -= 1) {
    const p = prior[i] as PriorSpeaker;
    if (p.at < at && at - p.at <= PRONOUN_REACH && holders.has(p.entity.id)) return p.entity;
  }
  return best.entity;
}

/**
 * A role nobody in the article is named with, in a piece about one person: the person the lede opens with (else
 * the one the sentence before opens with), unless the article gives that person another role ("X has spent the autumn asking for a meeting. … “…,” the Civic Path
 * leader told the Courier").
 */
/** The lede's reach: a headline and a standfirst may stand before it. */
const LEDE_SENTENCES = 4;

function profiled(index: ArticleIndex, role: RoleMention, at: number): Entity | null {
  // "X, who had refused to go there, will travel this weekend. “…,” the Prime Minister said": the sentence before
  const own = index.sentences.findIndex((s) => s.start <= at && at < s.end);
  const before = own > 0 ? index.sentences.slice(own - 1, own) : [];
  for (const s of [...before, ...index.sentences.slice(0, LEDE_SENTENCES)]) {
    const first = index.mentions.find((m) => m.start >= s.start && m.end <= s.end);
    if (first === undefined || first.entity.type !== "person" || first.start >= at) continue;
    if (!SUBJECT_LEAD.test(index.text.slice(s.start, first.start))) continue;
    const id = first.entity.id;
    const other = index.roles.some(
      (r) =>
        r.nameStart !== null &&
        index.mentionStartingAt.get(r.nameStart)?.entity.id === id &&
        !rolesMatch(role, r),
    );
    if (!other) return first.entity;
    if (s !== before[0]) return null;
  }
  return null;
}

function rolesMatch(wanted: RoleMention, holder: RoleMention): boolean {
  // "the minister" is whichever minister was named ("Foreign Minister Ivo Markesh"), the prime minister apart;
  // "the foreign minister" is not any minister.
  const sameHead =
    wanted.head === holder.head ||
    (holder.head.endsWith(` ${wanted.head}`) && !holder.leader) ||
    (wanted.head === "leader" && holder.leader);
  if (!sameHead) return false;
  if (wanted.affiliations.length === 0 || holder.affiliations.length === 0) return true;
  return wanted.affiliations.some((a) => holder.affiliations.includes(a));
}

/** "the agency": the outlet named last before it. */
function lastMediaBefore(index: ArticleIndex, at: number): Entity | null {
  for (let i = index.mentions.length - 1; i >= 0; i -= 1) {
    const m = index.mentions[i];
    if (m === undefined || m.end > at) continue;
    if (m.entity.type === "organization" && isMediaName(m.entity.name)) return m.entity;
  }
  return null;
}
