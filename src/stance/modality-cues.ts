/**
 * @module Negation and modality cues that place a statement on FactBank's scale (data). Rules are tried in order;
 * the first that matches the statement's words wins, so negated forms ("does not rule out") come before their
 * positive forms ("rule out"). `condition` rules capture the condition text in group 1.
 */
import type { StanceValue } from "../core/records.ts";

export interface StanceCue {
  readonly stance: StanceValue;
  readonly pattern: RegExp;
  /** The case that needs the rule. */
  readonly why: string;
}

export const STANCE_CUES: readonly StanceCue[] = [
  {
    stance: "possible",
    pattern:
      /\b(?:(?:(?:does|do|did|has|have)\s*n[o']t|not|never)\s+(?:rule|ruled|ruling)\s+out|(?:can\s*not|cannot|can't|could\s*n[o']t|may\s+not)\s+be\s+ruled\s+out|(?:will|would)\s*n[o']t\s+refuse|(?:will|would)\s+not\s+refuse)\b/i,
    why: "'does not rule out a meeting', 'cannot be ruled out', 'will not refuse a meeting': negated refusals open",
  },
  {
    stance: "ruled_out",
    pattern:
      /\b(?:rule[sd]?\s+out|ruling\s+out|impossible|out of the question|not\s+possible|will\s+not|won't|refuses?\s+to|rejected|precluding|precludes?)\b/i,
    why: "'impossible before settlement terms are finalized', 'has ruled out any meeting'",
  },
  {
    stance: "unlikely",
    pattern:
      /\b(?:unlikely|improbable|doubtful|not\s+expected|hardly|little chance|premature|too early|no\s+(?:plans?|intention)\s+(?:to|for))\b/i,
    why: "'Obviously, it is unlikely', 'talk of a ceasefire is premature', 'there are no plans for an election'",
  },
  {
    stance: "planned",
    pattern:
      /\b(?:is|are|was|were)\s+(?:scheduled|set|due|planned)\s+to\b|\b(?:will|would)\s+(?:be\s+held|hold|meet|take place|visit|begin|start|continue|happen|go\s+ahead)\b|\bagreed\s+to\s+(?:hold|meet)\b|\baccepted\s+the\s+invitation\b|\bbeing\s+(?:prepared|arranged|organi[sz]ed)\b/i,
    why: "'talks are scheduled to take place in Istanbul on June 2'",
  },
  {
    stance: "happened",
    pattern:
      /\b(?:held|met|took place|sat down|signed|was held|were held|have met|spoke by (?:phone|telephone)|talked|visited|went ahead|was carried out|were carried out)\b/i,
    why: "'the sides met for a two-hour meeting'",
  },
  {
    stance: "possible",
    pattern:
      /\b(?:possible|possibility|could|may|might|can\s+be|open\s+to|ready\s+(?:to|for)|willing\s+to|would\s+welcome|welcomes?|interested\s+in|supports?\s+the\s+possibility|likely|expected|offer\s+to|prepared\s+to)\b/i,
    why: "'a meeting is possible', 'the presidents could meet again'",
  },
];

/**
 * Phrases that attach a condition to a possibility. Group 1 is the condition as written. A condition turns
 * "possible" into "conditional"; on "ruled_out" it says until when ("impossible before X").
 */
export const CONDITION_CUES: readonly RegExp[] = [
  /\bonly\s+(?:(?:take|took)\s+place\s+|happen\s+|be\s+(?:held|possible|arranged)\s+)?((?:as a result of|after|if|when|once|on condition that|provided that|in the event)\b[^.;!?]*)/i,
  /\b((?:provided|providing)\s+(?:that\s+)?[^.;!?]*)/i,
  /\b((?:on condition that|once|as soon as|depending on|when there is|when every|in exchange for)\b[^.;!?]*)/i,
  /\b(must be (?:well[- ])?prepared[^.;!?]*)/i,
  /\b(needs? to be (?:well[- ])?prepared[^.;!?]*)/i,
  /\b((?:would|will) require[^.;!?]*)/i,
  /\b(if\s+[^.;!?]*)/i,
  /\b((?:before|until|unless)\s+[^.;!?]*)/i,
];
