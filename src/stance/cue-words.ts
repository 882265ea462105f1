/** @module The words of a statement's cue: the phrase that may carry a stance itself, and what it says of the words. */
import { isTurnCue } from "../attribution/labelled-turns.ts";
import type { Statement } from "../core/records.ts";
import { classifyStance, type StanceReading } from "./stance-classifier.ts";

/**
 * The cue with the few words before it: "has ruled out" and "has not ruled out" carry the stance in the cue itself
 * ("Peskov has repeatedly ruled out a meeting before …"), while "said" adds nothing.
 */
export function cuePhrase(text: string, statement: Statement): string {
  const { start, end } = statement.cue;
  const { content } = statement;
  if (start >= content.start && end <= content.end) return "";
  // after the words ("…,” Zorvin told reporters"): only what stands between them and the cue
  const from = start >= content.end ? Math.max(content.end, start - 40) : Math.max(0, start - 40);
  // within the cue's own clause: "X, who rejected the plan, said" does not reject what X said
  const clause = text.slice(from, start).split(/[,;:]/).at(-1) ?? "";
  const before = clause.trimEnd().split(/\s+/).slice(-3).join(" ");
  return `${before} ${text.slice(start, end)}`.trim();
}

/** The cue phrase and what stands between it and the words after it ("brushed aside suggestions" before "that …"). */
export function cueWords(text: string, statement: Statement): string {
  const { cue, content } = statement;
  const upTo = content.start >= cue.end && content.start - cue.end <= 40 ? content.start : cue.end;
  return `${cuePhrase(text, statement)}${text.slice(cue.end, upTo)}`;
}

/**
 * "brushed aside suggestions that the two could meet", "rejected claims that talks were possible": a cue that
 * dismisses the words outranks the possibility or plan they state.
 */
export function refusedByCue(cue: string, reading: StanceReading | null): StanceReading | null {
  // "denied a report that the two had met": a denied happening is no stance on the event's prospects
  if (reading?.stance === "happened" && DENIAL.test(cue.trim())) return null;
  if (reading === null || !OPEN_STANCES.has(reading.stance)) return reading;
  const dismissal = classifyStance(cue.trim());
  return dismissal !== null && (dismissal.stance === "ruled_out" || dismissal.stance === "unlikely")
    ? { stance: dismissal.stance, condition: null }
    : reading;
}

const DENIAL = /^(?:\p{L}+\s+)?(?:denied|denies|deny|denying|dismissed|rejected)$/iu;
const OPEN_STANCES: ReadonlySet<string> = new Set(["possible", "planned", "conditional"]);

/**
 * A cue that only reports speech ("said", "told reporters", "added", "according to"): the words after it are the
 * speaker's own. Other cues ("agreed a ceasefire", "asked to be received") act on the words, and a transcript's turn
 * answers a question the words alone do not show.
 */
export function speechCue(text: string, statement: Statement): boolean {
  return !isTurnCue(text, statement.cue) && SPEECH.test(statement.cue.text);
}

const SPEECH =
  /^(?:(?:has|have|had|was|were|is|also|then|later|again)\s+)*(?:said|says|say|saying|told|tells|tell|added|adds|stressed|insisted|noted|explained|stated|declared|announced|warned|argued|wrote|writes|replied|answered|remarked|commented|continued|concluded|recalled|acknowledged|admitted|confirmed|emphasi[sz]ed|underlined|reiterated|assured|according\s+to|quoted)\b/iu;
