/**
 * @module Event frames and the words that evoke them (data). Each trigger is a regex source matched
 * case-insensitively at word boundaries; the comment names the reporting it serves.
 */

export interface EventFrame {
  readonly frame: string;
  readonly triggers: readonly string[];
  /**
   * Short words that evoke the frame only in an article that names it in full somewhere: "the exchange" is the
   * prisoner exchange in a story about one, and an exchange of views anywhere else.
   */
  readonly bare?: readonly string[];
}

export const EVENT_FRAMES: readonly EventFrame[] = [
  // "a Putin-Zelensky meeting", "a summit", "top-level meeting", "the leaders could meet"
  { frame: "meeting", triggers: ["meetings?", "summits?", "meet", "met", "face-to-face"] },
  // "direct talks", "peace negotiations", "a negotiation round"
  { frame: "talks", triggers: ["talks", "negotiations?", "negotiating (?:round|track)"] },
  // "a 30-day ceasefire", "a truce"
  { frame: "ceasefire", triggers: ["cease-?fires?", "truces?", "armistice"] },
  // "a prisoner exchange", "exchange 1,000 prisoners", "a swap of prisoners"
  {
    frame: "prisoner-exchange",
    triggers: [
      "prisoner (?:exchanges?|swaps?)",
      "exchanges? of (?:\\S+ )?(?:prisoners|captives|detainees)",
      "exchange (?:\\S+ )?(?:prisoners|captives|detainees)",
    ],
    bare: ["(?:the|this|that|an?) (?:exchange|swap)"],
  },
  // "secondary sanctions", "new sanctions on"
  { frame: "sanctions", triggers: ["sanctions"] },
  // "will visit Beijing", "a state visit"
  { frame: "visit", triggers: ["visits?", "visited", "visiting", "travel(?:led|ling)? to", "trips? to"] },
  // "a phone call", "a telephone conversation", "spoke by phone" (a bare "call" is too often an appeal)
  {
    frame: "call",
    triggers: ["(?:phone|telephone) (?:calls?|conversations?)", "spoke by (?:phone|telephone)"],
  },
  // "a peace deal", "an agreement", "a memorandum"
  { frame: "agreement", triggers: ["(?:peace )?(?:deal|agreement|accord|memorandum)s?"] },
  // "the merger", "a takeover bid"
  { frame: "merger", triggers: ["mergers?", "takeovers?", "acquisitions?"] },
  // "elections", "a referendum"
  { frame: "election", triggers: ["elections?", "referendums?", "referenda"] },
];

/** Phrases that refer back to an earlier event of the same frame rather than naming participants. */
export const ANAPHORIC_PARTICIPANTS: readonly string[] = [
  "the two leaders",
  "the two presidents",
  "both leaders",
  "the leaders",
  "such a meeting",
  "the meeting",
  "this meeting",
  "that meeting",
  "any meeting",
  "a top-level meeting",
  "any top-level meeting",
  "a summit meeting",
  "their meeting",
  "high-level talks",
];
