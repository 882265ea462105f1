/**
 * @module Who takes part in an event mention: "between X and Y", "an X-Y meeting", "a meeting with Y" (plus the
 * sentence's subject), or, for "such a meeting" / "the two leaders", the participants of the last event of the
 * same frame in the article. Only person entities; an unclear case yields no participant rather than a guess.
 */
import type { Entity, Span } from "../core/records.ts";

export interface PersonMention extends Span {
  readonly name: string;
}

/** Every mention of a person entity, in text order. */
export function personMentions(entities: readonly Entity[]): PersonMention[] {
  const out: PersonMention[] = [];
  for (const e of entities) {
    if (e.type !== "person") continue;
    for (const m of e.mentions) out.push({ start: m.start, end: m.end, name: e.name });
  }
  return out.sort((a, b) => a.start - b.start);
}

const BETWEEN_OR_WITH = /^\s*(?:between|with|of|involving)\s/i;
const WINDOW_END =
  /[.;:!?,]|\b(?:to|on|in|after|before|if|but|that|which|who|is|are|was|were|could|would|will|can|should|must|may|might|has|have|had)\b/i;
const COMPOUND_BEFORE = /([\p{L}'’]+)[-–]([\p{L}'’]+)\s+(?:[\p{L}-]+\s+)?$/u;
const REPORTING_AFTER = /^\W{0,3}(?:\w+ly\s+)?(?:said|says|told|noted|added|stated|stressed|indicated)\b/i;
const ANAPHORA_BEFORE =
  /\b(?:(?:no\s+)?such(?:\s+an?)?|the|this|that|any|their|a top-level|any top-level|a summit|a high-level|the two leaders'?)\s+(?:[\p{L}-]+\s+)?$/iu;
// "X could meet Y", "X and Y spoke by phone": the verb takes its participants as subject and object, or both as subject.
const MEET_VERB =
  /^(?:meet|meets|met|sat|(?:sit|sits|sat) down|(?:sit|sat) at (?:one|the same) table|talked|spoke|spent|(?:speak|speaks|spoke|spoken|talk|talks|talked) (?:by|on the) (?:tele)?phone)$/i;
// "did not rule out meeting Y", "ready to sit down with Y": the object follows the trigger itself.
const OBJECT_AFTER = /^(?:meet|meets|met|meeting)$|\s(?:with|from|as|to)$/i;
// "after the meeting Dorash told reporters": the noun, not the gerund
const DETERMINER_BEFORE =
  /\b(?:the|a|an|this|that|their|his|her|its|our|any|such|every)\s+(?:[\p{L}-]+\s+)?$/iu;
// "a demand from Y for a meeting", "had invited Y to a meeting on Monday"
const REQUEST_BEFORE =
  /\b(?:(?:requests?|demands?|invitations?|calls?|proposals?|offers?|appeals?|bids?)\s+(?:from|by)\s+[^.;:!?]{1,80}?\s+for|invit(?:e|es|ed|ing)\s+[^.;:!?]{1,80}?\s+to)\s+(?:an?|the)\s+(?:[\p{L}-]+\s+)?$/iu;
const LEADERS_AFTER = /^\s*(?:between|of)\s+(?:the\s+)?(?:two\s+)?(?:leaders|presidents|heads of state)\b/i;
// "The two Presidents will hold talks", "the leaders are due to meet": the pair, as subject of the verb
const LEADERS_BEFORE =
  /\bthe\s+(?:two\s+)?(?:leaders|presidents|prime\s+ministers|premiers|heads\s+of\s+(?:state|government))\s+(?:[\p{Ll}'’-]+\s+){0,4}$/iu;

/**
 * Role nouns that name one person in this article ("the president" → the only person called President here); a
 * role two people hold names nobody.
 */
export function roleHolders(entities: readonly Entity[]): Map<string, string> {
  const found = new Map<string, string | null>();
  for (const e of entities) {
    if (e.type !== "person") continue;
    for (const role of e.roles) {
      const words = role.toLowerCase().split(/\s+/).filter(Boolean);
      // "prime minister" names one person even when "minister" names two
      for (const key of new Set([words.slice(-2).join(" "), words.at(-1) ?? ""])) {
        if (key) found.set(key, found.has(key) && found.get(key) !== e.name ? null : e.name);
      }
    }
  }
  return new Map([...found].filter((x): x is [string, string] => x[1] !== null));
}

const COUNTERPART_CLOSING = /^\s*,\s*(?:\p{Lu}[\p{L}'’-]*\s+){0,3}\p{Lu}[\p{L}'’-]*/u;
const COUNTERPART_NAMED = /^\s*(?:his|her|their)\s+(?:[\p{L}-]+\s+)?counterparts?\s*,\s*(?=\p{Lu})/u;
const ROLE_REFERENCE = /\b(?:the|their|our|your)\s+([\p{L}'’-]+)(?:\s+([\p{L}-]+))?/giu;
// "the Arvoredan prime minister": a nationality before the role
const NATIONAL_ROLE_REFERENCE =
  /\b(?:[Tt]he|[Tt]heir|[Oo]ur|[Yy]our)\s+\p{Lu}\p{Ll}+\s+(\p{Ll}[\p{L}'’-]*)(?:\s+([\p{L}-]+))?/gu;

export function findParticipants(
  text: string,
  sentence: Span,
  trigger: Span,
  persons: readonly PersonMention[],
  roles: ReadonlyMap<string, string> = new Map(),
  /** The trigger is a verb whose object follows it ("host his counterpart X"). */
  objectVerb = false,
): { names: string[]; anaphoric: boolean; leaders: boolean } {
  const inSentence = persons.filter((p) => p.start >= sentence.start && p.end <= sentence.end);
  const names = new Set<string>();

  const before = text.slice(sentence.start, trigger.start);
  const compound = COMPOUND_BEFORE.exec(before);
  if (compound) {
    const from = sentence.start + compound.index;
    const to = from + (compound[1]?.length ?? 0) + 1 + (compound[2]?.length ?? 0);
    for (const p of inSentence) if (p.start >= from && p.end <= to) names.add(p.name);
  }

  const after = text.slice(trigger.end, sentence.end);
  const verbal =
    objectVerb ||
    (OBJECT_AFTER.test(text.slice(trigger.start, trigger.end)) && !DETERMINER_BEFORE.test(before));
  const relation = BETWEEN_OR_WITH.exec(after) ?? (verbal ? /^/.exec(after) : null);
  if (relation && !LEADERS_AFTER.test(after)) {
    const rest = after.slice(relation[0].length);
    // "meet his Bozkyrian counterpart, Erlan Zhaksybekov,": the name after the comma is the object
    const counterpart = COUNTERPART_NAMED.exec(rest)?.[0].length ?? 0;
    const stop = WINDOW_END.exec(rest.slice(counterpart));
    let windowEnd =
      trigger.end + relation[0].length + counterpart + (stop ? stop.index : rest.length - counterpart);
    // "between X and his Dembaran counterpart, Yohannes Tekle": the name after the comma closes the pair
    const named = COUNTERPART_CLOSING.exec(text.slice(windowEnd, sentence.end));
    if (named !== null && /\bcounterparts?\s*$/u.test(text.slice(trigger.end, windowEnd)))
      windowEnd += named[0].length;
    for (const p of inSentence) if (p.start >= trigger.end && p.start < windowEnd) names.add(p.name);
    const window = text.slice(trigger.end, windowEnd);
    for (const m of [...window.matchAll(ROLE_REFERENCE), ...window.matchAll(NATIONAL_ROLE_REFERENCE)]) {
      const holder = roleHolder(roles, m);
      if (holder) names.add(holder);
    }
    if (!/between|of|involving/i.test(relation[0]) && names.size > 0) {
      const subject = sentenceSubject(text, sentence, trigger, inSentence, roles);
      if (subject) names.add(subject);
    }
  }

  // "turned down a demand from union leader Y for a meeting": Y and the one who turned it down
  const request = names.size === 0 ? REQUEST_BEFORE.exec(before) : null;
  if (request) {
    const from = sentence.start + request.index;
    const asking = inSentence.filter((p) => p.start >= from && p.end <= trigger.start);
    for (const p of asking) names.add(p.name);
    // "X had invited Y to a meeting": X, the person right before the verb
    const inviter = /^invit/i.test(request[0]) ? inSentence.filter((p) => p.end <= from).at(-1) : undefined;
    const subject =
      asking.length === 0
        ? null
        : (inviter?.name ?? sentenceSubject(text, sentence, trigger, inSentence, roles));
    if (subject) names.add(subject);
  }

  // "X has agreed to see me": X, and the speaker the stance adds
  if (names.size === 0 && objectVerb && /^\s+me\b/i.test(after)) {
    const subject = sentenceSubject(text, sentence, trigger, inSentence, roles);
    if (subject) names.add(subject);
  }

  if (names.size === 0 && MEET_VERB.test(text.slice(trigger.start, trigger.end))) {
    for (const name of coordinatedSubject(text, trigger, inSentence, roles)) names.add(name);
  }

  const leaders = names.size === 0 && (LEADERS_AFTER.test(after) || LEADERS_BEFORE.test(before));
  const anaphoric = leaders || (names.size === 0 && ANAPHORA_BEFORE.test(before));
  return { names: [...names].sort(), anaphoric, leaders };
}

/** "the prime minister", "Our general": a role's one or two words as groups 1 and 2, for `roleHolder`. */
export const ROLE_WORDS = String.raw`\b(?:[Tt]he|[Oo]ur|[Tt]heir)\s+([\p{L}'’-]+)(?:\s+([\p{L}-]+))?`;
const ROLE_AND_I = new RegExp(String.raw`${ROLE_WORDS}\s+and\s+(?:I|we)\s+$`, "u");
const ROLE_AND = new RegExp(String.raw`${ROLE_WORDS}\s+and\s+$`, "u");
const AND_BETWEEN = /^\s*,?\s*and\s+(?:[\p{L}'’-]+\s+){0,4}$/u;
// "X and Y met", "the presidents of A and B, X and Y, met": the names may close an apposition
const VERB_GAP = /^\s*,?\s*["“]?\s*(?:[\p{L}'’]+\s+){0,3}$/u;
const SELF_AND = /(?:^|[^\p{L}])(?:I|we|he|she)\s+and\s+(?:[\p{L}'’-]+\s+){0,4}$/iu;

/** "X and (opposition leader) Y met": both sides of a reciprocal "met" / "will meet" standing before it. */
function coordinatedSubject(
  text: string,
  trigger: Span,
  inSentence: readonly PersonMention[],
  roles: ReadonlyMap<string, string>,
): string[] {
  // mentions in text order, a mention inside the previous one ("Brenner" in "Tomas Brenner") dropped
  const before = inSentence
    .filter((p) => p.end <= trigger.start)
    .filter((p, i, all) => i === 0 || p.start >= (all[i - 1]?.end ?? 0));
  const second = before.at(-1);
  const first = before.at(-2);
  // "The general and I spoke for an hour": the one person the article gives that role, and the speaker
  const roleAndI = ROLE_AND_I.exec(text.slice(Math.max(0, trigger.start - 50), trigger.start));
  const self = roleAndI === null ? null : roleHolder(roles, roleAndI);
  if (self !== null) return [self];
  if (!second || !VERB_GAP.test(text.slice(second.end, trigger.start))) return [];
  // "he and President X could sit down": X, and the speaker once the stance knows who "he" is
  if (SELF_AND.test(text.slice(Math.max(0, second.start - 60), second.start))) return [second.name];
  // "Prime Minister X and I talked": X, and the speaker once the stance knows who "I" is
  if (/^\s+and\s+(?:I|we)\s+$/u.test(text.slice(second.end, trigger.start))) return [second.name];
  // "the prime minister and Fjeldsa had met": the one person the article gives that role
  const role = ROLE_AND.exec(text.slice(Math.max(0, second.start - 40), second.start));
  const holder = role === null ? null : roleHolder(roles, role);
  if (holder !== null && holder !== second.name) return [holder, second.name];
  if (!first || first.name === second.name) return [];
  if (!AND_BETWEEN.test(text.slice(first.end, second.start))) return [];
  return [first.name, second.name];
}

/**
 * The person the clause is about: named in the sentence's first words ("X does not rule out a meeting with Y"), or
 * just before the trigger after a reporting verb ("the spokesman said that X was ready for a meeting with Y"). A
 * person followed by a reporting verb is the one reporting it, not a participant.
 */
function sentenceSubject(
  text: string,
  sentence: Span,
  trigger: Span,
  inSentence: readonly PersonMention[],
  roles: ReadonlyMap<string, string>,
): string | null {
  const before = inSentence.filter((p) => p.end <= trigger.start);
  const byRole = () => roleSubject(text, sentence, trigger, roles);
  const first = before[0];
  if (!first) return byRole();
  const notReporting = (p: PersonMention) => !REPORTING_AFTER.test(text.slice(p.end, p.end + 40));
  const lead = text.slice(sentence.start, first.start);
  if (lead.split(/\s+/).filter(Boolean).length <= 5 && notReporting(first)) return first.name;
  const nearest = before.at(-1);
  if (!nearest || !notReporting(nearest)) return byRole();
  const gap = text.slice(nearest.end, trigger.start);
  return gap.split(/\s+/).filter(Boolean).length <= 7 && !/[.;:!?]/.test(gap) ? nearest.name : byRole();
}

const ROLE_SUBJECT = /^\W*(?:the|our|their)\s+([\p{L}-]+)(?:\s+([\p{L}-]+))?/iu;

/** "The president does not rule out a meeting with Y": a role noun opening the clause names its one holder. */
function roleSubject(
  text: string,
  sentence: Span,
  trigger: Span,
  roles: ReadonlyMap<string, string>,
): string | null {
  const lead = text.slice(sentence.start, trigger.start);
  const m = ROLE_SUBJECT.exec(lead.replace(/^.*\b(?:said|says|told\s+\S+|whether)\s+(?:that\s+)?/i, ""));
  if (!m || /^['’]s\b/.test(lead.slice((m.index ?? 0) + m[0].length).trimStart())) return null;
  return roleHolder(roles, m);
}

/**
 * The holder of the role a match names: its two words ("prime minister") first, else its first word ("president"),
 * else its second after a modifier ("the union leader" when the article calls him "leader").
 */
export function roleHolder(
  roles: ReadonlyMap<string, string>,
  m: RegExpExecArray | RegExpMatchArray,
): string | null {
  const one = (m[1] ?? "").toLowerCase();
  const two = (m[2] ?? "").toLowerCase();
  return roles.get(`${one} ${two}`) ?? roles.get(one) ?? (two ? roles.get(two) : undefined) ?? null;
}
