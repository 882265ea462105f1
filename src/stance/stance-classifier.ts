/** @module A statement's words → a stance on FactBank's scale, with the condition attached, or null. */
import type { StanceValue } from "../core/records.ts";
import { CONDITION_CUES, RULED_OUT_UNTIL, STANCE_CUES } from "./modality-cues.ts";

export interface StanceReading {
  readonly stance: StanceValue;
  readonly condition: string | null;
}

const GLOBAL_CUES = STANCE_CUES.map((c) => ({
  ...c,
  global: new RegExp(
    c.pattern.source,
    c.pattern.flags.includes("g") ? c.pattern.flags : `${c.pattern.flags}g`,
  ),
}));

/**
 * `focus` is where the proposition is mentioned in `words`: of the cues present, the one nearest to it (a cue
 * ending in an earlier clause counts as far) speaks for it ("a meeting … was unlikely in the coming months, a week
 * after X ruled out talks" is unlikely). Equally near cues go by rule order, so a negated form beats the form it
 * contains.
 */
export function classifyStance(words: string, focus?: number): StanceReading | null {
  // quotation marks inside the words ("would be “glad to receive” him") do not break a cue; offsets stay
  // (and a curly apostrophe is the straight one: "wouldn’t")
  const cue = nearestCue(words.replace(QUOTE_MARKS, " ").replace(/’/gu, "'"), focus);
  const condition = findCondition(words);
  if (!cue) return condition ? { stance: "conditional", condition } : null;
  if ((cue.stance === "possible" || cue.stance === "planned") && condition) {
    return { stance: "conditional", condition };
  }
  if (cue.stance === "ruled_out") return { stance: "ruled_out", condition: beforeClause(words) };
  if (cue.stance === "planned" && hedged(words, focus)) return { stance: "possible", condition: null };
  return { stance: cue.stance, condition: null };
}

/**
 * "I believe both men will be home before the summer", "they will probably meet in May": a plan the speaker only
 * believes in is possible. The hedge stands in the proposition's sentence, before it.
 */
function hedged(words: string, focus: number | undefined): boolean {
  const before =
    words
      .slice(0, focus ?? words.length)
      .split(/[.!?;]\s/u)
      .at(-1) ?? "";
  return HEDGE.test(before);
}

const HEDGE =
  /\b(?:(?:I|we)\s+(?:still\s+|really\s+|honestly\s+)?(?:believe|think|reckon|trust|expect)|(?:probably|hopefully|presumably))\b/iu;

function nearestCue(words: string, focus: number | undefined): (typeof STANCE_CUES)[number] | null {
  if (focus === undefined) return STANCE_CUES.find((c) => c.pattern.test(words)) ?? null;
  let best: (typeof STANCE_CUES)[number] | null = null;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const cue of GLOBAL_CUES) {
    for (const m of words.matchAll(cue.global)) {
      const start = m.index ?? 0;
      const end = start + m[0].length;
      const distance =
        focus < start
          ? start - focus
          : focus > end
            ? focus - end + (CLAUSE_BREAK.test(words.slice(end, focus)) ? OTHER_CLAUSE : 0)
            : 0;
      if (distance < bestDistance) {
        best = cue;
        bestDistance = distance;
      }
    }
  }
  return best;
}

/**
 * "the engineers come home on Monday and sanctions are no longer being considered": a cue in a clause before the
 * proposition's own speaks for it only when no cue is nearer in its own clause.
 */
const CLAUSE_BREAK = /[,;]|\b(?:and|but)\b/u;
const OTHER_CLAUSE = 200;

const GLOBAL_CONDITIONS = CONDITION_CUES.map((p) => new RegExp(p.source, `${p.flags}g`));

/** The first condition of the first kind present; "before the end of the year, but not until X" is X. */
export function findCondition(words: string): string | null {
  for (const pattern of GLOBAL_CONDITIONS) {
    pattern.lastIndex = 0;
    // each start in turn: a time limit's match runs over the condition after it
    for (let m = pattern.exec(words); m; m = pattern.exec(words)) {
      const text = tidy(m[1]);
      if (text && !TIME_LIMIT.test(text)) return text;
      pattern.lastIndex = m.index + 1;
    }
  }
  return null;
}

const QUOTE_MARKS = /["“”«»„]/gu;

/**
 * "before the end of the year", "until next week", "before the ceremony", "before midsummer", "before the campaign
 * opens", "before the rains come in July", "before the campaign is a week old", "before the year is out", "(an election)
 * before midsummer is now likely": a time limit, not a condition on the event.
 */
const TIME_LIMIT =
  /^(?:before|until|by)\s+(?:the\s+(?:end|start|beginning|middle|turn)\s+of\b|(?:next|this|the\s+coming)\s+\p{L}+$|(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Christmas|Easter|New\s+Year|(?:polling|election)\s+day|Ramadan|Eid|Lent|midsummer|midwinter|breakfast|lunch|dinner|dawn|dusk|noon|midnight|nightfall|summer|autumn|winter|spring|year-end|the\s+(?:summer|autumn|winter|spring|weekend|holidays|new\s+year))\b[\s\p{N},]*(?:if\s+(?:they|you|he|she|we)\s+(?:likes?|wish(?:es)?|prefers?)\s*)?(?:$|\s+(?:is|are|was|were|seems?|looks?)\b)|\p{N}{4}$|\p{N}{1,2}(?:st|nd|rd|th)?\s+\p{L}+$|the\s+(?:[\p{L}-]+\s+)?(?:ceremony|signing|summit|vote|polls?|election|referendum|campaign|congress|conference|inauguration|meeting|visit|session|deadline|holidays?|weekend|recess|break|season|start|opening|launch|rains|harvest|monsoon)$|the\s+[\p{L}-]+\s+is\s+(?:out|over|(?:a|one|two|three|four|\p{N}+)\s+(?:days?|weeks?|months?)\s+old)$|the\s+(?:campaign|session|season|year|term|summit|congress|conference)\s+(?:formally\s+|officially\s+)?(?:opens|starts|begins|ends|closes)\b|the\s+(?:[\p{L}-]+\s+){1,3}(?:in|by)\s+(?:January|February|March|April|May|June|July|August|September|October|November|December)\b[\s\p{N},]*$)/iu;

/** "impossible before the terms are finalized": the ruling-out holds until that condition. */
function beforeClause(words: string): string | null {
  return tidy(RULED_OUT_UNTIL.exec(words)?.[1]);
}

/** A condition clause ends at the first comma ("before X, effectively precluding Y" → "before X"). */
function tidy(clause: string | undefined): string | null {
  const text = clause
    ?.split(",")[0]
    ?.trim()
    .replace(/\s*\[\d+\]$/u, "")
    .replace(/[”"’]+$/u, "");
  return text ? text : null;
}
