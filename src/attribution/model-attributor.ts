/**
 * @module Statements from the trained model: the tagger's source, cue and content spans, linked cue by cue (each
 * source and content span goes to the nearest cue whose sentence holds it), contents of one cue merged into one
 * span, speakers resolved as the rules resolve them. A cue the tagger gave no content gets the clause its position
 * implies ("…, X said." the clause before, "X said:" the next sentence, "according to X, …" the rest).
 */
import type { Entity, Sentence, Speaker, StatementKind } from "../core/records.ts";
import type { ArticleIndex } from "./article-index.ts";
import { labelSpans, type TokenSpan } from "./model/decode.ts";
import { B_CUE, B_SOURCE, O, type TokenContext } from "./model/features.ts";
import { tokenMentions } from "./model/prepare.ts";
import { type AttributionModel, tagTokens } from "./model/tagger.ts";
import { hashString, type Tokens, TRIMMED, tokenize } from "./model/tokens.ts";
import { type TokenRange, windowOf } from "./model/windows.ts";
import { findRelay } from "./relay-finder.ts";
import { type PriorSpeaker, resolveSpeaker } from "./speaker-resolver.ts";
import { type SpeakerSlot, sourceSlot } from "./speaker-slot.ts";

export interface ModelFound {
  readonly speaker: Speaker | null;
  readonly via: string | null;
  readonly kind: StatementKind;
  readonly cue: { text: string; start: number; end: number };
  readonly content: { text: string; start: number; end: number };
  /** The tagger marked the content (false: the clause the cue's position implies). */
  readonly tagged: boolean;
}

type Range = TokenRange;

export function modelStatements(
  model: AttributionModel,
  index: ArticleIndex,
  prose: readonly Sentence[],
  entities: readonly Entity[],
  rules: Uint8Array | null,
  tokens: Tokens = tokenize(index.text),
): ModelFound[] {
  const { text } = index;
  const { ctx, labels } = tagTokens(model, {
    text,
    tokens,
    sentences: index.sentences,
    quotes: index.quotes,
    mentions: tokenMentions(entities),
    rules,
  });
  const spans = labelSpans(labels);
  const cues = spans.filter((s) => s.role === "cue");
  if (cues.length === 0) return [];
  const windows = cues.map((c) => windowOf(ctx, c));
  const contents = new Map<TokenSpan, TokenSpan[]>();
  const sources = new Map<TokenSpan, TokenSpan[]>();
  for (const span of spans) {
    if (span.role === "cue") continue;
    const owner = nearestCue(span, cues, windows);
    if (owner === null) continue;
    const map = span.role === "content" ? contents : sources;
    const list = map.get(owner) ?? [];
    list.push(span);
    map.set(owner, list);
  }
  const inProse = proseTokens(tokens, prose);
  const out: ModelFound[] = [];
  const prior: PriorSpeaker[] = [];
  const byId = new Map(entities.map((e) => [e.id, e]));
  const relays = new Map<number, string | null>();
  let previous: { cue: TokenSpan; speaker: Speaker | null } | null = null;
  for (const cue of cues) {
    if (inProse[cue.from] !== 1) continue;
    const cueStart = tokens.start[cue.from] as number;
    const cueEnd = tokens.end[bareVerbEnd(ctx, cue) - 1] as number;
    const source = nearestSource(sources.get(cue) ?? [], cue);
    const own = contents.get(cue);
    const range =
      own === undefined
        ? impliedContent(ctx, cue, source)
        : throughNested(ctx, labels, cue, extendToClauseEnd(ctx, labels, cue, ownContent(ctx, cue, own)));
    if (range === null) continue;
    const start = tokens.start[range.from] as number;
    const end = tokens.end[range.to - 1] as number;
    let speaker: Speaker | null = null;
    if (source !== null) {
      const slot = sourceSlot(
        index,
        tokens.start[source.from] as number,
        tokens.end[source.to - 1] as number,
      );
      speaker = resolveSpeaker(index, slot, prior) ?? unresolved(index, slot, prior);
    } else if (previous !== null && ctx.sentStart[previous.cue.from] === ctx.sentStart[cue.from]) {
      speaker = previous.speaker;
    }
    const entity = speaker?.entityId == null ? undefined : byId.get(speaker.entityId);
    if (entity !== undefined) prior.push({ entity, at: cueStart });
    previous = { cue, speaker };
    const sentenceFrom = ctx.sentStart[cue.from] as number;
    let relay = relays.get(sentenceFrom);
    if (relay === undefined) {
      relay = findRelay(
        index,
        tokens.start[sentenceFrom] as number,
        tokens.end[(ctx.sentEnd[cue.from] as number) - 1] as number,
      );
      relays.set(sentenceFrom, relay);
    }
    out.push({
      speaker,
      via: relay !== null && relay !== speaker?.name ? relay : null,
      kind: kindOf(ctx, range),
      cue: { text: text.slice(cueStart, cueEnd), start: cueStart, end: cueEnd },
      content: { text: text.slice(start, end), start, end },
      tagged: own !== undefined,
    });
  }
  return out;
}

/**
 * The cue's content spans as one range. Parts on both sides of the cue stay one (PolNeAR's outer extent) only for a
 * quote the cue splits (“A,” X said, “B.”) or an aside ("A, X said, B"); otherwise the part after the cue is the
 * content.
 */
function ownContent(ctx: TokenContext, cue: TokenSpan, own: readonly TokenSpan[]): Range {
  const from = Math.min(...own.map((s) => s.from));
  const to = Math.max(...own.map((s) => s.to));
  if (from >= cue.to || to <= cue.from) return { from, to };
  const before = own.filter((s) => s.to <= cue.from);
  const after = own.filter((s) => s.from >= cue.to);
  if (before.length === 0 || after.length === 0) return { from, to };
  const lastBefore = Math.max(...before.map((s) => s.to)) - 1;
  const firstAfter = Math.min(...after.map((s) => s.from));
  if ((ctx.quoteOf[lastBefore] as number) >= 0 && (ctx.quoteOf[firstAfter] as number) >= 0)
    return { from, to };
  if (parenthetical(ctx, lastBefore + 1, firstAfter)) return { from, to };
  return { from: firstAfter, to: Math.max(...after.map((s) => s.to)) };
}

/** Tokens `from`..`to` are ", X said," between two parts of one clause: a comma at each end, none between. */
function parenthetical(ctx: TokenContext, from: number, to: number): boolean {
  if (ctx.wh[from + 2] !== COMMA || ctx.wh[to - 1 + 2] !== COMMA || to - from > 12) return false;
  for (let i = from + 1; i < to - 1; i++) if (ctx.wh[i + 2] === COMMA) return false;
  return true;
}

/** 1 for tokens of prose sentences (not headlines, captions, teasers). */
function proseTokens(tokens: Tokens, prose: readonly Sentence[]): Uint8Array {
  const out = new Uint8Array(tokens.count);
  let t = 0;
  for (const s of prose) {
    while (t < tokens.count && (tokens.start[t] as number) < s.start) t++;
    while (t < tokens.count && (tokens.start[t] as number) < s.end) out[t++] = 1;
  }
  return out;
}

/**
 * A source the resolver left unnamed keeps the words the text names it by (the contract's `name` may be "he" or "the
 * Kremlin spokesman"), with no entity. "he"/"she" with no person speaking or named just before: the person named
 * last before it, however far back (news reports keep to their protagonist). A description ("the campaign", "the
 * poll"), a plural group ("officials", "several dock workers") or another pronoun ("they"): its words as written.
 * (Dropping the groups and pronouns instead cost 3 points of source F1 on PolNeAR dev.)
 */
function unresolved(index: ArticleIndex, slot: SpeakerSlot, prior: readonly PriorSpeaker[]): Speaker {
  const mention = index.text.slice(slot.start, slot.end);
  const asWritten = { name: mention, mention, start: slot.start, end: slot.end, entityId: null };
  if (slot.kind !== "pronoun" || slot.plural) return asWritten;
  const person = lastPerson(index, slot.start, prior);
  return person === null ? asWritten : { ...asWritten, name: person.name, entityId: person.id };
}

/** The person who spoke or was named last before `at`. */
function lastPerson(index: ArticleIndex, at: number, prior: readonly PriorSpeaker[]): Entity | null {
  let best: { entity: Entity; at: number } | null = null;
  for (const p of prior)
    if (p.at < at && p.entity.type === "person" && (best === null || p.at > best.at)) best = p;
  for (let i = index.mentions.length - 1; i >= 0; i--) {
    const m = index.mentions[i];
    if (m === undefined || m.end > at) continue;
    if (m.entity.type === "person") {
      if (best === null || m.start > best.at) best = { entity: m.entity, at: m.start };
      break;
    }
  }
  return best?.entity ?? null;
}

function gap(a: TokenSpan, b: TokenSpan): number {
  return a.to <= b.from ? b.from - a.to : a.from >= b.to ? a.from - b.to : 0;
}

/** The cue whose window holds the span and that lies nearest to it; ties go to the cue before a content span. */
function nearestCue(
  span: TokenSpan,
  cues: readonly TokenSpan[],
  windows: readonly { from: number; to: number }[],
): TokenSpan | null {
  let best: TokenSpan | null = null;
  let bestGap = Number.POSITIVE_INFINITY;
  cues.forEach((cue, i) => {
    const w = windows[i] as { from: number; to: number };
    if (span.to <= w.from || span.from >= w.to) return;
    const g =
      gap(span, cue) * 2 +
      (span.role === "content" ? (cue.to <= span.from ? 0 : 1) : cue.from >= span.to ? 0 : 1);
    if (g < bestGap) {
      bestGap = g;
      best = cue;
    }
  });
  return best;
}

function nearestSource(spans: readonly TokenSpan[], cue: TokenSpan): TokenSpan | null {
  let best: TokenSpan | null = null;
  for (const s of spans) if (best === null || gap(s, cue) < gap(best, cue)) best = s;
  return best;
}

const isTrimmed = (ctx: TokenContext, i: number): boolean =>
  ((ctx.tokens.flags[i] as number) & TRIMMED) !== 0;

/** `from`..`to` without the tokens the scoring trims at either end; null when nothing is left. */
function trimmed(ctx: TokenContext, from: number, to: number): Range | null {
  let f = from;
  let t = to;
  while (f < t && isTrimmed(ctx, f)) f++;
  while (t > f && isTrimmed(ctx, t - 1)) t--;
  return t > f ? { from: f, to: t } : null;
}

/**
 * Content that starts right after its cue and stops before a word no span claims ("said the campaign violated
 * federal | and state law …") runs on to the end of the sentence: on PolNeAR dev that is right 74 times where
 * stopping is right 29.
 */
function extendToClauseEnd(ctx: TokenContext, labels: Uint8Array, cue: TokenSpan, range: Range): Range {
  if (range.from !== cue.to || range.to >= ctx.n) return range;
  if (labels[range.to] !== 0 || isTrimmed(ctx, range.to)) return range;
  if (ctx.sentStart[range.to] !== ctx.sentStart[range.from]) return range;
  const end = ctx.sentEnd[range.from] as number;
  for (let i = range.to; i < end; i++) if (labels[i] !== 0) return range;
  return trimmed(ctx, range.from, end) ?? range;
}

/**
 * Content after its cue that stops where the tagger starts another source or cue in the same sentence ("did not
 * address | his series of tweets in which | he | called | …") runs on over that statement to the end of the tagged
 * words: PolNeAR seldom nests one attribution inside another's content (26 of 19,889 train contents), so the inner
 * cue is mostly a word of the outer content. PolNeAR dev exact F1 content 52.3 -> 53.0 (train 55.1 -> 55.4).
 */
function throughNested(ctx: TokenContext, labels: Uint8Array, cue: TokenSpan, range: Range): Range {
  if (range.from < cue.to || range.to >= ctx.n) return range;
  const next = labels[range.to] as number;
  if (next !== B_SOURCE && next !== B_CUE) return range;
  if (ctx.sentStart[range.to] !== ctx.sentStart[range.from]) return range;
  const end = ctx.sentEnd[range.from] as number;
  let to = range.to;
  while (to < end && labels[to] !== O) to++;
  return trimmed(ctx, range.from, to) ?? range;
}

const SAYING = new Set(
  ["said", "says", "say", "wrote", "writes", "added", "adds", "told", "tells"].map(hashString),
);
/** What PolNeAR mostly leaves out of a cue after a verb of saying ("said on Tuesday", "said at a rally", "said of"). */
const ADJUNCT_OPENERS = new Set(
  [
    "on",
    "at",
    "of",
    "via",
    "after",
    "during",
    "in",
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
  ].map(hashString),
);

/**
 * One past the cue's last token, without the adjunct after a verb of saying: PolNeAR train marks "said on" 17 times
 * and "said" before "on" 49, "said at" 16 and "said" 34, "said of" 25 and 36. ("said in" is near even, 98 and 117;
 * cutting it or leaving the tagger's choice scores the same on dev, exact cue F1 66.9 either way.)
 */
function bareVerbEnd(ctx: TokenContext, cue: TokenSpan): number {
  if (cue.to - cue.from < 2 || !SAYING.has(ctx.wh[cue.from + 2] as number)) return cue.to;
  return ADJUNCT_OPENERS.has(ctx.wh[cue.from + 3] as number) ? cue.from + 1 : cue.to;
}

/** The clause a cue's position implies when the tagger marked no content for it. */
function impliedContent(ctx: TokenContext, cue: Range, source: TokenSpan | null): Range | null {
  const from = ctx.sentStart[cue.from] as number;
  const to = ctx.sentEnd[cue.from] as number;
  const after = trimmed(ctx, cue.to, to);
  // "X said:" closing its sentence: the next sentence, or the whole quote it opens.
  if (after === null && ctx.wh[to - 1 + 2] === COLON && to < ctx.n) {
    const quote = ctx.quoteOf[to] as number;
    let end = ctx.sentEnd[to] as number;
    while (quote !== -1 && end < ctx.n && ctx.quoteOf[end] === quote) end = ctx.sentEnd[end] as number;
    return trimmed(ctx, to, end);
  }
  // "…, a source said." / "…, said X." / "…, according to X.": the clause before, up to its last comma.
  const according = ctx.wh[cue.from + 2] === ACCORDING;
  const tail =
    after === null ||
    (according && cue.from > from) ||
    (source !== null && source.from >= cue.to && trimmed(ctx, source.to, to) === null);
  if (tail) {
    const speakerFrom = source !== null && source.to <= cue.from ? source.from : cue.from;
    let comma = speakerFrom - 1;
    while (comma > from && ctx.wh[comma + 2] !== COMMA) comma--;
    return comma > from ? trimmed(ctx, from, comma) : null;
  }
  // "A, X said, B.": the sentence around the aside.
  const asideFrom = source !== null && source.to <= cue.from ? source.from : cue.from;
  if (asideFrom > from && cue.to < to) {
    let comma = asideFrom - 1;
    while (comma > from && ctx.wh[comma + 2] !== COMMA && asideFrom - comma < 4) comma--;
    if (parenthetical(ctx, comma, cue.to + 1)) return trimmed(ctx, from, to);
  }
  // "According to X, …": what follows the first comma after the cue.
  if (cue.from === from) {
    let comma = cue.to;
    while (comma < to && ctx.wh[comma + 2] !== COMMA) comma++;
    return comma < to ? trimmed(ctx, comma + 1, to) : null;
  }
  return after;
}

const COMMA = hashString(",");
const COLON = hashString(":");
const ACCORDING = hashString("according");

/** direct: every word inside quotation marks; mixed: some; indirect: none. */
function kindOf(ctx: TokenContext, range: Range): StatementKind {
  let quoted = 0;
  let words = 0;
  for (let i = range.from; i < range.to; i++) {
    if (isTrimmed(ctx, i)) continue;
    words++;
    if (ctx.quoteState[i] === 1) quoted++;
  }
  if (quoted === 0) return "indirect";
  return quoted === words ? "direct" : "mixed";
}
