/**
 * @module Attributes one prose sentence: tail cues ("…, X said.") first, then forward cues ("X said that …"),
 * then adjuncts (", adding that …"), then "according to X" as a speaker or a relay.
 */
import type { Sentence, Speaker, TextSpan } from "../core/records.ts";
import { type ArticleIndex, quoteAround } from "./article-index.ts";
import { type Content, clauseContent, quotedContent } from "./content-span.ts";
import { type Cue, findCues } from "./cue-finder.ts";
import type { Quote } from "./quote-finder.ts";
import { findRelay, isOutlet } from "./relay-finder.ts";
import { type PriorSpeaker, resolveSpeaker } from "./speaker-resolver.ts";
import { type SpeakerSlot, sentenceSubject, slotAfter, slotBefore } from "./speaker-slot.ts";

export interface Found extends Content {
  readonly speaker: Speaker | null;
  via: string | null;
  readonly cue: TextSpan;
}

// "the committee", "the National Assembly's foreign affairs committee", "state television", "Radio X"
const OBJECT = String.raw`(?:reporters|journalists|the\s+press|the\s+media|those\s+(?:present|attending|gathered|assembled)(?:\s+(?:at\s+|in\s+|for\s+)?(?:his|her|their|the|a)(?:\s+[\p{L}-]+){1,4})?|(?:the\s+|a\s+)?(?:(?:\p{Lu}[\p{L}.-]*\s+){0,3}\p{Lu}[\p{L}.-]*['’]s\s+)?(?:\p{Ll}+\s+){0,2}(?:radio|television|broadcaster|newspaper|paper|agency|station|channel|website|magazine|parliament|lawmakers|legislators|senators|deputies|delegates|crowd|audience|supporters|students|workers|nation|conference|briefing|committee|council|assembly)\b|(?:the\s+)?(?:\p{Ll}+\s+){0,3}?\p{Lu}[\p{L}.'’-]*(?:\s+(?:i|de|of|the|\p{Lu}[\p{L}.'’-]*))*)`;
const ADVERBIAL = String.raw`(?:on|in|at|during|after|afterwards?|before|as\s+(?:he|she|they|we|I)|earlier|last|this|late|early|yesterday|today|tonight|to|via|outside|inside|near|from|by|following|ahead\s+of|amid|shortly|hours|minutes|days)\b(?:[^,.;:!?“”"«]|(?<=\b[ap])\.(?=m\b)){0,60}`;
/**
 * A comma after the tail cue that opens an adjunct, not the words: "…, X said on Friday, in his first interview",
 * "…, X said, nearly three weeks after the clash", "…, a day before the vote".
 */
const ADJUNCT_AFTER_COMMA = String.raw`(?:(?:[\p{Ll}\d-]+\s+){1,4}(?:after|before|since|ahead\s+of)\b|\p{Ll}+ing|according\s+to|while|but|and\s+\p{Ll}+ed|to|in|on|at|after|before|as|where|when|with|without|during|amid|despite|since|following|ahead|hours|days|weeks|shortly|just|which|who|whose)\b`;
/** "… at the regular press briefing in the capital | on Wednesday afternoon": a day may close a long adverbial. */
const DAY_AFTER = String.raw`(?:\s+(?:on|late\s+on|early\s+on)\s+\p{Lu}\p{Ll}+day(?:\s+(?:morning|afternoon|evening|night))?)?`;
/** What may follow a tail cue up to the end of the sentence: "…, Peskov told the outlet X on Friday." */
const TAIL_REST = new RegExp(
  String.raw`^(?:\s+(?:also|too|earlier|later|again|separately|recently|previously|then))?(?:\s+${OBJECT})?(?:\s+${ADVERBIAL}${DAY_AFTER})?\s*(?:[.!?…]["”’»)]*\s*$|$|,\s+${ADJUNCT_AFTER_COMMA})`,
  "u",
);
const THAT_AFTER_ADVERBIAL = new RegExp(String.raw`^\s+(?:${ADVERBIAL}\s)?that\b`, "u");
const THAT_AFTER_OBJECT = new RegExp(String.raw`^\s+(?:${OBJECT}\s+)?(?:${ADVERBIAL}\s)?that\b`, "u");
const OBJECT_BEFORE_PUNCT = new RegExp(String.raw`^\s+${OBJECT}(?:\s+${ADVERBIAL})?(?=\s*[,:])`, "u");
const TOLD = /^t[eo]l/i;
const SUBORDINATOR =
  /\b(?:if|unless|when|whenever|until|before|after|because|once|while|whether|though|although|since)\b/u;
/**
 * Nothing, or a few lower-case role words ("union leader", "government spokeswoman") before a speaker's name, perhaps
 * after a nationality ("Tarvanian presidential spokesman").
 */
const ROLE_GAP = /^\s*(?:\p{Lu}\p{Ll}+(?:an|ese|i|ish|ch)\s+)?(?:\p{Ll}[\p{L}'’-]*,?\s+){0,3}$/u;
/**
 * A longer description with capitals ("Minister of External Affairs", "Russia's First Deputy Permanent
 * Representative to the UN") after a quote that closes with a comma, "!" or "?" inside its marks.
 */
const TITLE_GAP =
  /^[^\S\n]*\p{Lu}[\p{L}.'’-]*[^\S\n]+(?:(?!(?:while|whereas|as|but|when|because|if|although|though|since|so|or|yet|after|before)\s)\p{L}[\p{L}.'’&-]*[^\S\n]+){0,9}$/u;
const QUOTE_ENDS_TAIL = /[,!?]\s*$/u;
const QUOTE_CLOSES_CLAUSE = /[.,!?…]\s*$/u;
const COORDINATED = /\b(?:and|but)\s+(?:\p{Ll}+ly\s+)?$/u;

export function attributeSentence(index: ArticleIndex, s: Sentence, prior: readonly PriorSpeaker[]): Found[] {
  const cues = findCues(index.text, s.start, s.end).filter((c) => quoteAround(index, c.start) === undefined);
  const found: Found[] = [];
  const claimed: { start: number; end: number }[] = [];
  const used = new Set<Cue>();
  const cuts = cues.filter((c) => c.kind !== "verb").map((c) => c.start);
  const history = (): PriorSpeaker[] => [...prior, ...speakersOf(found)];
  const add = (cue: Cue, speaker: Speaker | null, content: Content | null, claimFrom: number): void => {
    if (content === null) return;
    used.add(cue);
    found.push({ ...content, speaker, via: null, cue: { text: cue.text, start: cue.start, end: cue.end } });
    claimed.push({
      start: Math.min(claimFrom, content.content.start),
      end: Math.max(cue.end, content.content.end),
    });
  };
  const isClaimed = (at: number): boolean => claimed.some((c) => c.start <= at && at < c.end);

  for (const cue of cues) {
    if (cue.kind !== "verb" || isClaimed(cue.start)) continue;
    const tail = tailStatement(index, s, cue);
    if (tail !== null)
      add(cue, resolveSpeaker(index, tail.slot, history()), tail.content, tail.content.content.start);
  }
  for (const cue of cues) {
    if (cue.kind !== "verb" || used.has(cue) || isClaimed(cue.start)) continue;
    // "X, asked whether he would call Y, said: …": the question's verb reports nothing
    if (IN_ASKED.test(index.text.slice(Math.max(s.start, cue.start - 200), cue.start))) continue;
    const slot = slotBefore(index, cue.start, s.start);
    const coordinated = slot === null && COORDINATED.test(index.text.slice(s.start, cue.start));
    if (slot === null && !coordinated) continue;
    const speaker =
      slot === null
        ? (found.at(-1)?.speaker ?? subjectSpeaker(index, s, history()))
        : resolveSpeaker(index, slot, history());
    const forward = forwardContent(index, s, cue, cuts, claimed);
    const aside = slot === null || forward === null ? null : asideStart(index, s, slot.start, cue.end);
    const content =
      aside === null || forward === null || isClaimed(aside)
        ? forward
        : clauseContent(index, aside, forward.content.end);
    // “A,” X said, “B.” — the first part of a split quote ends right before the speaker. With no quote after the
    // cue (“A,” X said to the crowd, who …), the quote alone is what X said.
    const first = slot === null ? undefined : splitQuoteBefore(index, slot.start);
    const quoteOnly = first !== undefined && content?.kind === "indirect";
    if (!quoteOnly) add(cue, speaker, content, aside ?? slot?.start ?? cue.start);
    if (first !== undefined && !isClaimed(first.contentStart))
      add(cue, speaker, quotedContent(index, first), first.start);
  }
  for (const cue of cues) {
    if (cue.kind !== "participle" || isClaimed(cue.start)) continue;
    const subject = found.at(-1)?.speaker ?? subjectSpeaker(index, s, history());
    if (subject !== null) add(cue, subject, forwardContent(index, s, cue, cuts, claimed), cue.start);
  }
  for (const cue of cues) {
    if (cue.kind === "according" || cue.kind === "quoting") sourceAfter(index, s, cue, found, history(), add);
  }
  if (found.length === 0) return found;
  const via = findRelay(index, s.start, s.end);
  for (const f of found) if (f.via === null && via !== null && via !== f.speaker?.name) f.via = via;
  return found;
}

const IN_ASKED = /\basked\s+(?:[\p{L}-]+\s+){0,6}?(?:whether|if)\b[^,;:"“”]*$/u;

/** ", X said," between two parts of a clause (PolNeAR: one content around it). */
const ASIDE_CLAUSE = /^[^;“”"]*\p{L}[^;“”"]*,\s*$/u;
const ASIDE_AFTER = /^(?:\s+\p{Ll}+){0,2}\s*,\s*\S/u;

/**
 * "Acts of protest, Mr. Obama said, are acts of patriotism": where the clause around an aside starts (after ", but"
 * or ";" before it), when the speaker and cue sit between two commas; null when they do not.
 */
function asideStart(index: ArticleIndex, s: Sentence, slotStart: number, cueEnd: number): number | null {
  const { text } = index;
  if (!ASIDE_AFTER.test(text.slice(cueEnd, s.end))) return null;
  // the clause starts after the last ", but " or ";" before the speaker (found without a backtracking pattern)
  const before = text.slice(s.start, slotStart);
  const but = before.lastIndexOf(", but ");
  const semi = before.lastIndexOf(";");
  let from = 0;
  if (but >= 0 && but + 6 > semi) from = but + 6;
  else if (semi >= 0) from = semi + 1;
  while (/\s/.test(before[from] ?? "")) from += 1;
  return ASIDE_CLAUSE.test(before.slice(from)) ? s.start + from : null;
}

/** The quote whose closing mark is followed only by spaces up to `at`. */
function quoteEndingAt(index: ArticleIndex, at: number): Quote | undefined {
  return index.quotes.find((q) => q.end <= at && index.text.slice(q.end, at).trim() === "");
}

/** The first half of “A,” X said, “B.”: it ends with a comma inside the marks, on the same line. */
function splitQuoteBefore(index: ArticleIndex, at: number): Quote | undefined {
  const q = quoteEndingAt(index, at);
  if (q === undefined || index.text.slice(q.end, at).includes("\n")) return undefined;
  return /,\s*$/.test(index.text.slice(q.contentStart, q.contentEnd)) ? q : undefined;
}

function speakersOf(found: readonly Found[]): PriorSpeaker[] {
  return found.flatMap((f) =>
    f.speaker?.entityId == null ? [] : [{ entity: entityOf(f.speaker), at: f.cue.start }],
  );
}

/** A stand-in entity for pronoun lookups, rebuilt from the speaker (only type and identity are read). */
function entityOf(speaker: Speaker): PriorSpeaker["entity"] {
  return {
    id: speaker.entityId ?? "",
    name: speaker.name,
    type: "person",
    aliases: [],
    mentions: [],
    roles: [],
  };
}

function subjectSpeaker(index: ArticleIndex, s: Sentence, prior: readonly PriorSpeaker[]): Speaker | null {
  const slot = sentenceSubject(index, s.start, s.end);
  return slot === null ? null : resolveSpeaker(index, slot, prior);
}

/** "…, Peskov said." / "“…,” he said." / "…, said the spokesman.": the words come before the cue. */
function tailStatement(
  index: ArticleIndex,
  s: Sentence,
  cue: Cue,
): { slot: SpeakerSlot; content: Content } | null {
  const { text } = index;
  let slot = slotBefore(index, cue.start, s.start);
  let speakerStart = slot?.start ?? cue.start;
  let restFrom = cue.end;
  if (slot === null) {
    slot = slotAfter(index, cue.end, s.end);
    if (slot === null) return null;
    restFrom = slot.end;
    speakerStart = cue.start;
  }
  // "X, who said (that) …": a relative clause's words come after its cue
  if (/^who\b/i.test(text.slice(slot.start, slot.end))) return null;
  if (!TAIL_REST.test(text.slice(restFrom, s.end))) return null;
  // “…,” union leader X told reporters: the speaker's role may stand between the words and the name
  const quote = index.quotes.find((q) => {
    if (q.end > speakerStart) return false;
    const gap = text.slice(q.end, speakerStart);
    return (
      ROLE_GAP.test(gap) ||
      (TITLE_GAP.test(gap) && QUOTE_ENDS_TAIL.test(text.slice(q.contentStart, q.contentEnd)))
    );
  });
  if (quote !== undefined) {
    const content = quotedContent(index, quote);
    return content === null ? null : { slot, content };
  }
  const comma = /,\s*(?:\p{Ll}[\p{L}'’-]*\s+){0,3}$/u.exec(text.slice(s.start, speakerStart));
  // "…, but only if Velgrad agreed to a ceasefire": a subordinate clause, not a speaker after the words
  if (comma === null || SUBORDINATOR.test(comma[0])) return null;
  const content = clauseContent(index, s.start, s.start + comma.index);
  return content === null ? null : { slot, content };
}

/** "X said (that) …", "X told reporters: “…”", ", adding that …": the words come after the cue. */
function forwardContent(
  index: ArticleIndex,
  s: Sentence,
  cue: Cue,
  cuts: readonly number[],
  claimed: readonly { start: number; end: number }[],
): Content | null {
  const { text } = index;
  let p = cue.end;
  const rest = text.slice(p, s.end);
  const told = TOLD.test(cue.text);
  const that = (told ? THAT_AFTER_OBJECT : THAT_AFTER_ADVERBIAL).exec(rest);
  // The content starts at "that" (PolNeAR's convention, see content-span.ts), after any object or adverbial.
  if (that !== null) p += that[0].length - "that".length;
  else if (told) p += OBJECT_BEFORE_PUNCT.exec(rest)?.[0].length ?? 0;
  while (p < s.end && /[\s,:]/.test(text[p] ?? "")) p += 1;
  // "X told reporters:" then the quote in the next paragraph.
  let q = p;
  if (p >= s.end && text[s.end - 1] === ":") while (/\s/.test(text[q] ?? "")) q += 1;
  const quote = index.quotes.find((candidate) => candidate.start === q);
  // A quote right after the cue is the statement when it is a whole quoted sentence or clause.
  if (
    quote !== undefined &&
    (QUOTE_CLOSES_CLAUSE.test(text.slice(quote.contentStart, quote.contentEnd)) ||
      TAIL_REST.test(text.slice(quote.end, s.end)))
  ) {
    return quotedContent(index, quote);
  }
  let end = s.end;
  for (const at of [...cuts, ...claimed.map((c) => c.start)]) {
    // ", while confirming that …" starts a new statement at its comma, not at the verb.
    const comma = text.lastIndexOf(",", at);
    if (at > p && at < end) end = comma > p ? comma : at;
  }
  return clauseContent(index, p, end);
}

/** "according to X" and ", quoting X": X speaks, unless someone else does and X is the outlet (then a relay). */
function sourceAfter(
  index: ArticleIndex,
  s: Sentence,
  cue: Cue,
  found: Found[],
  prior: readonly PriorSpeaker[],
  add: (cue: Cue, speaker: Speaker | null, content: Content | null, claimFrom: number) => void,
): void {
  const slot = slotAfter(index, cue.end, s.end);
  if (slot === null) return;
  const outlet = slot.kind === "media" || (slot.mention !== null && isOutlet(index, slot.mention, ""));
  if (found.length > 0) {
    if (outlet && slot.mention !== null) for (const f of found) f.via ??= slot.mention.entity.name;
    return;
  }
  const { text } = index;
  const speaker = resolveSpeaker(index, slot, prior);
  if (text.slice(s.start, cue.start).trim() === "") {
    const comma = text.indexOf(",", slot.end);
    if (comma < 0 || comma >= s.end) return;
    add(cue, speaker, clauseContent(index, comma + 1, s.end), cue.start);
    return;
  }
  const before = text.slice(s.start, cue.start);
  const dash = Math.max(before.lastIndexOf(" — "), before.lastIndexOf(" – "));
  const comma = before.lastIndexOf(",");
  const cut = cue.kind === "quoting" && dash > 0 ? dash : comma;
  if (cut > 0) add(cue, speaker, clauseContent(index, s.start, s.start + cut), s.start);
}
