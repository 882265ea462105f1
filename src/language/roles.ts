/**
 * @module Titles and roles (data): the words that say what a person is ("Kremlin spokesman", "Prime Minister").
 *
 * `head` groups synonyms so "the spokesman" finds a person introduced as "spokesperson" or "press
 * secretary"; `leader` marks heads of state or government so "the Ukrainian leader" finds "Ukrainian
 * President X".
 */

export interface RoleEntry {
  /** Lower-case phrase as written in running text. */
  readonly phrase: string;
  /** The synonym group the phrase belongs to. */
  readonly head: string;
  /** A head of state or government. */
  readonly leader?: boolean;
}

export const ROLES: readonly RoleEntry[] = [
  // heads of state and government: "Russian President X", "the Ukrainian leader"
  { phrase: "president", head: "president", leader: true },
  { phrase: "vice president", head: "vice president" },
  { phrase: "prime minister", head: "prime minister", leader: true },
  { phrase: "premier", head: "prime minister", leader: true },
  // "PM Phanuwat", "the PM snapped" (not "at 5 PM": see role-finder)
  { phrase: "pm", head: "prime minister", leader: true },
  { phrase: "chancellor", head: "chancellor", leader: true },
  { phrase: "king", head: "monarch", leader: true },
  { phrase: "queen", head: "monarch", leader: true },
  { phrase: "emir", head: "monarch", leader: true },
  { phrase: "crown prince", head: "crown prince", leader: true },
  { phrase: "supreme leader", head: "leader", leader: true },
  { phrase: "leader", head: "leader", leader: true },
  { phrase: "head of state", head: "leader", leader: true },
  { phrase: "pope", head: "pope", leader: true },
  // "his Dembaran counterpart, Yohannes Tekle": the same office on the other side
  { phrase: "counterpart", head: "counterpart" },
  // ministers: "Foreign Minister X"
  { phrase: "foreign minister", head: "foreign minister" },
  { phrase: "defense minister", head: "defense minister" },
  { phrase: "defence minister", head: "defense minister" },
  { phrase: "finance minister", head: "finance minister" },
  { phrase: "interior minister", head: "interior minister" },
  ...[
    "trade",
    "economy",
    "economic",
    "energy",
    "health",
    "justice",
    "transport",
    "agriculture",
    "education",
    "labour",
    "labor",
    "environment",
    "culture",
    "industry",
    "foreign affairs",
  ].map((portfolio) => ({ phrase: `${portfolio} minister`, head: `${portfolio} minister` })),
  { phrase: "deputy foreign minister", head: "deputy foreign minister" },
  { phrase: "deputy prime minister", head: "deputy prime minister" },
  { phrase: "minister", head: "minister" },
  { phrase: "secretary of state", head: "secretary of state" },
  { phrase: "defense secretary", head: "defense secretary" },
  { phrase: "foreign secretary", head: "foreign secretary" },
  { phrase: "secretary general", head: "secretary general" },
  { phrase: "secretary-general", head: "secretary general" },
  // spokespeople: "Kremlin spokesman X", "the spokeswoman"
  { phrase: "spokesman", head: "spokesperson" },
  { phrase: "spokeswoman", head: "spokesperson" },
  { phrase: "spokesperson", head: "spokesperson" },
  { phrase: "press secretary", head: "spokesperson" },
  // "Chief Cabinet Secretary X" speaks for a cabinet
  { phrase: "chief cabinet secretary", head: "spokesperson" },
  { phrase: "cabinet secretary", head: "spokesperson" },
  { phrase: "press officer", head: "spokesperson" },
  // diplomats and negotiators: "Moscow's chief negotiator, X", "Russia's First Deputy Permanent Representative"
  { phrase: "chief negotiator", head: "negotiator" },
  { phrase: "negotiator", head: "negotiator" },
  { phrase: "ambassador", head: "ambassador" },
  { phrase: "envoy", head: "envoy" },
  { phrase: "special envoy", head: "envoy" },
  { phrase: "permanent representative", head: "permanent representative" },
  { phrase: "deputy permanent representative", head: "permanent representative" },
  { phrase: "first deputy permanent representative", head: "permanent representative" },
  { phrase: "foreign policy adviser", head: "adviser" },
  { phrase: "adviser", head: "adviser" },
  { phrase: "advisor", head: "adviser" },
  { phrase: "aide", head: "adviser" },
  // lawmakers and officials: "Senator X", "Governor X"
  { phrase: "senator", head: "senator" },
  { phrase: "congressman", head: "lawmaker" },
  { phrase: "congresswoman", head: "lawmaker" },
  { phrase: "lawmaker", head: "lawmaker" },
  { phrase: "mp", head: "lawmaker" },
  { phrase: "member of parliament", head: "lawmaker" },
  { phrase: "speaker", head: "speaker" },
  { phrase: "governor", head: "governor" },
  { phrase: "mayor", head: "mayor" },
  { phrase: "general", head: "general" },
  { phrase: "commander", head: "commander" },
  { phrase: "commander-in-chief", head: "commander" },
  { phrase: "chief of staff", head: "chief of staff" },
  { phrase: "head", head: "head" },
  { phrase: "chairman", head: "chair" },
  { phrase: "chairwoman", head: "chair" },
  { phrase: "chair", head: "chair" },
  { phrase: "director", head: "director" },
  { phrase: "chief executive", head: "chief executive" },
  { phrase: "ceo", head: "chief executive" },
  { phrase: "prosecutor", head: "prosecutor" },
  { phrase: "attorney general", head: "attorney general" },
  { phrase: "judge", head: "judge" },
  { phrase: "analyst", head: "analyst" },
];

/** Person titles written with a period before a name ("Dr. Ada Brook"); the name they precede is a person. */
export const PERSON_TITLE_ABBREVIATIONS: ReadonlySet<string> = new Set([
  "Mr",
  "Mrs",
  "Ms",
  "Mx",
  "Dr",
  "Prof",
  "Sen",
  "Rep",
  "Gov",
  "Gen",
  "Lt",
  "Col",
  "Capt",
  "Sgt",
  "Maj",
  "Adm",
  "Rev",
  "Amb",
  "Sir",
  "Dame",
]);

/**
 * Honorifics written without a period before a name ("Sheikh Mansour", "Datuk Seri Azman Yusof", "Pak Surya",
 * "Encik Zulkarnain", "Ato Haile", "Daw Khin Nwe Aye", "Khun Somchai"): not part of the name, and the name they
 * precede is a person's.
 */
export const HONORIFICS = String.raw`(?:(?:His|Her)\s+(?:Royal\s+)?(?:Excellency|Highness|Majesty)|Excellency|Sheikh|Sheikha|Shaikh|Sardar|Shri|Sri|Smt|Shrimati|Begum|Datuk(?:\s+Seri)?|Dato['’]?(?:\s+S(?:e)?ri)?|Datin|Tan\s+Sri|Puan\s+Sri|Puan|Encik|Pak|Bu|Ibu|Haji|Hajjah|Sayyid|Ato|Woizero|Weizero|W\/ro|Daw|U|Khun|Mheshimiwa|Doña|Sayın)`;

/** An honorific right before a name, as a whole word ("U Thein Lwin", not the "U" of "EU"). */
export const HONORIFIC_BEFORE = new RegExp(String.raw`(?<![\p{L}.])${HONORIFICS}\s+$`, "u");

/** Words between a role and its holder's country ("Permanent Representative to the United Nations"). */
export const ROLE_TAIL_PREPOSITIONS: readonly string[] = ["to", "of", "for", "at"];

const LEADER_PHRASES = ROLES.filter((r) => r.leader).map((r) => r.phrase);

/** A role of a head of state or government, or of a party or union leader ("Karsovian President", "union leader"). */
export function isLeaderRole(role: string): boolean {
  // "the President's spokesman", "spokesman for the President", "deputy prime minister": not the leader (a
  // country's possessive is: "Bozkyria's President")
  if (
    /\b(?:president|minister|premier|chancellor|leader|king|queen|emir|sultan|ruler)['’]s\b|\b(?:for|of|to)\s+the\b|\b(?:vice|deputy|spokes\w*|adviser|advisor|aide|chief of staff|press)\b/i.test(
      role,
    )
  )
    return false;
  const words = role
    .toLowerCase()
    .replace(/[^\p{L}\s-]/gu, " ")
    .replace(/\s+/g, " ")
    .trim();
  return LEADER_PHRASES.some((p) => words === p || words.endsWith(` ${p}`));
}

/**
 * Words of a ministry's or a minister's portfolio ("Minister of Foreign Affairs", "Ministry of Natural Resources and
 * Environment"): a name that follows them is the holder's, not more of the portfolio.
 */
export const PORTFOLIO_WORDS: ReadonlySet<string> = new Set(
  `foreign affairs external internal home interior defence defense finance finances economy economic economics
  justice health education higher trade industry industries commerce energy agriculture agricultural transport
  transportation labour labor employment development culture cultural tourism environment environmental climate
  information communications communication media public security emergency emergencies situations national state
  planning investment investments natural resources science technology innovation digital social welfare
  protection youth sport sports women gender family children water mines mining minerals petroleum oil gas
  hydrocarbons fisheries fishery forestry forests land lands housing urban rural works infrastructure ecology
  human rights maritime aviation civil service administration religious religion heritage immigration migration
  overseas diaspora european integration food consumer power electricity post telecommunications arts statistics
  treasury veterans relations cooperation co-operation international regional local government legal
  parliamentary solidarity reconstruction care policy services safety reform reforms pensions revenue budget customs
  police prisons borders sea oceans space research universities schools roads railways ports shipping livestock
  irrigation parks wildlife enterprise enterprises productivity equality minorities unification reconciliation
  rehabilitation relief disaster disasters management intelligence homeland constitutional endowments municipal
  municipalities provincial federal citizenship competition broadcasting.`
    .replace(/\.$/, "")
    .split(/\s+/),
);
