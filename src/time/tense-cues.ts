/** @module Words that tell whether a clause looks forward or back, for dates written without a year or a direction. */

/** Forward-looking cues: "will meet on Monday", "is scheduled to start on June 2". */
export const FUTURE_CUES: readonly RegExp[] = [
  // Plain future: "talks will be held on June 2".
  /\bwill\b/i,
  /\b(?:he|she|it|we|they|i|you)'ll\b/i,
  /\bshall\b/i,
  // Schedules: "is scheduled to meet on Monday", "the vote is set for Sunday".
  /\b(?:is|are|was|were|be)\s+(?:scheduled|expected|set|due|slated|planned|poised|going)\b/i,
  /\b(?:scheduled|slated|planned)\s+(?:for|to)\b/i,
  // Intentions: "plans to visit in May".
  /\b(?:plans?|intends?|aims?)\s+to\b/i,
  // Upcoming events: "the upcoming summit on Friday".
  /\b(?:upcoming|forthcoming)\b/i,
  // Moved to a later date: "the match was postponed until Saturday".
  /\b(?:postponed|delayed|adjourned|deferred|rescheduled|put\s+off|pushed\s+back)\s+(?:until|till|to|for)\b/i,
  // An infinitive reaching to an end date: "a program to run through June", "a ban set to last until May".
  /\bto\s+(?:run|last|continue|remain|stay|extend|operate)\s+(?:through|until|till|into)\b/i,
  // "next" but not "next to the river".
  /\bnext\b(?!\s+to\b)/i,
];

/** Backward-looking cues: "said on Thursday", "the talks were held on May 16". */
export const PAST_CUES: readonly RegExp[] = [
  // Reporting verbs, the commonest past anchor in news copy.
  /\b(?:said|told|added|stated|noted|announced|reported|wrote|declared|confirmed|denied|claimed|warned|stressed)\b/i,
  // Past auxiliaries: "the meeting was held on May 16".
  /\b(?:was|were|had|did)\b/i,
  // Frequent past event verbs in news: "met on Friday", "signed in May".
  /\b(?:met|held|took\s+place|visited|spoke|signed|agreed|launched|killed|arrived|left|returned|began|ended)\b/i,
  /\b(?:last|ago|earlier|previously)\b/i,
];
