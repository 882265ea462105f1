/** @module A statement's words → a stance on FactBank's scale, with the condition attached, or null. */
import type { StanceValue } from "../core/records.ts";
import { CONDITION_CUES, STANCE_CUES } from "./modality-cues.ts";

export interface StanceReading {
  readonly stance: StanceValue;
  readonly condition: string | null;
}

export function classifyStance(words: string): StanceReading | null {
  const cue = STANCE_CUES.find((c) => c.pattern.test(words));
  const condition = findCondition(words);
  if (!cue) return condition ? { stance: "conditional", condition } : null;
  if (cue.stance === "possible" && condition) return { stance: "conditional", condition };
  if (cue.stance === "ruled_out") return { stance: "ruled_out", condition: beforeClause(words) };
  return { stance: cue.stance, condition: null };
}

function findCondition(words: string): string | null {
  for (const pattern of CONDITION_CUES) {
    const text = tidy(pattern.exec(words)?.[1]);
    if (text) return text;
  }
  return null;
}

/** "impossible before the terms are finalized": the ruling-out holds until that condition. */
function beforeClause(words: string): string | null {
  return tidy(/\b((?:before|until|unless)\s+[^.;!?]*)/i.exec(words)?.[1]);
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
