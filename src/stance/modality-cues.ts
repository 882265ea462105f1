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
      /\b(?:(?:(?:does|do|did|has|have)\s*n[o']t|not|never)\s+(?:rule|ruled|ruling)\s+out|(?:can\s*not|cannot|can't|could\s*n[o']t|may\s+not)\s+be\s+ruled\s+out|(?:will|would)\s*n[o']t\s+refuse|(?:will|would)\s+not\s+refuse|(?:will|would)\s*n[o']t\s+(?:get|stand)\s+in\s+the\s+way|(?:will|would)\s+not\s+(?:get|stand)\s+in\s+the\s+way|not\s+(?:been\s+)?excluded|(?:does|do|did)\s*n[o']t\s+rule\s+(?:anything|it|this|that)\s+out|(?:am|is|are)\s+not\s+against|(?:can\s*not|cannot|can't|could\s*n[o']t|may\s+not)\s+be\s+excluded|(?:not|never)\s+(?:been\s+)?(?:taken\s+)?off\s+the\s+table)\b/i,
    why: "'does not rule out a meeting', 'cannot be ruled out', 'will not refuse a meeting', 'would not get in the way of a meeting', 'cannot be excluded', 'is not off the table': negated refusals open",
  },
  {
    stance: "ruled_out",
    pattern:
      /(?:(?:(?<![\p{L}\d,;]\s*)|\b(?:said|says|replied|answered)\s+)not\s+(?:while|until|before|as\s+long\s+as)\b|\b(?:rule[sd]?\s+out|ruling\s+out|impossible|out of the question|not\s+possible|will\s+not|won't|(?:would|could|can)\s*(?:not|n't)\s+(?:meet|take place|happen|go\s+ahead|be\s+held|hold(?!\s+(?:my|your|our|his|her|their)\s+breath)|sign|attend|visit|sit|talk|negotiate|return\s+to|hand\s+(?:over|back)|release|free|exchange|swap|accept|agree\s+to)|cannot\s+(?:take place|happen|go ahead)|(?:will|would|can|could|shall)\s+be\s+no|no\s+talk\s+of|refus(?:e|es|ed|ing)\s+to|no\s+(?:[\p{L}-]+\s+)?signatures?\s+will|declined\s+to|rejected|rebuffed|turned\s+down|dismissed|called\s+off|cancell?ed|precluding|precludes?|off\s+the\s+(?:table|agenda)\s+(?:for\s+)?(?:as\s+long\s+as|so\s+long\s+as|while|until)\b|(?:am|is|are)\s+not\s+(?:going|travell?ing|flying|coming)\s+to\s+\p{Lu}[\p{L}'’-]*|(?:does|do)\s*(?:not|n't)\s+arise|no\s+(?:[\p{L}-]+\s+){1,6}(?:will|shall|can)\s+be\s+(?:approved|signed|held|allowed|granted|agreed)|(?:is|are)\s+not\s+going\s+to\s+(?:close|happen|take\s+place|be\s+(?:signed|held))|not\s+going\s+to\s+happen|serve\s+out\s+(?:its|their|his|her|our|my|the)\s+(?:full\s+)?(?:mandate|term)|not\s+(?:one|a\s+single)\s+[\p{L}-]+\s+(?:will|shall|is\s+going\s+to)\s+(?!not\b))\b)/iu,
    why: "'impossible before settlement terms are finalized', 'I am not going to X', 'off the table as long as', 'would not accept', 'has ruled out any meeting', 'there will be no meeting', 'cannot take place until', an answer 'Not while the strike goes on', 'no transfer will be approved before the audit', 'the merger is not going to close this year', 'a call does not arise as long as X', 'not one engineer will cross that bridge until …', 'the cabinet will serve out its mandate' (no early election)",
  },
  {
    stance: "unlikely",
    pattern:
      /\b(?:(?:do|does|did)\s*(?:not|n't)\s+see\s+(?:a|an|any)\s+(?:[\p{L}-]+\s+){0,2}?(?:deal|agreement|settlement|accord|treaty|meeting|summit|ceasefire|truce|exchange|swap|visit|call|election|vote|talks|signature|signing)\b|see\s+no\s+(?:reason|need|point)\s+(?:to|for|in)\b|(?:nobody|no\s+one)\s+(?:[\p{L}'’-]+\s+){0,3}(?:is|was|are|were)\s+(?:even\s+)?(?:talking|speaking|thinking)\s+(?:about|of)|there\s+(?:is|are|was|were)\s+no\s+(?:such\s+)?(?:[\p{L}-]+\s+){1,2}(?:planned|scheduled|arranged|foreseen|envisaged)\b|(?:dropped|fallen|fell|gone|come|came)\s+off\s+(?:the|our|their|its|his|her|my)\s+(?:list|agenda|radar)|(?:dismiss(?:ed|es|ing)?|brush(?:ed|es|ing)?\s+aside|play(?:ed|s|ing)?\s+down|downplay(?:ed|s|ing)?)\s+(?:the\s+)?(?:talk|speculation|suggestions?|reports?|rumou?rs?|hopes?|expectations?|prospects?)|unlikely|improbable|doubtful|not\s+expected|hardly|little chance|premature|too early|no\s+(?:longer\s+)?(?:any\s+)?(?:plans?|intention)\s+(?:to|for)|not\s+(?:yet\s+)?(?:on|high\s+on|in)\s+(?:the|his|her|their|our|my|its)\s+(?:[\p{L}'’]+\s+)?(?:agenda|cards|table|calendar|schedule|diary)|no\s+longer\s+(?:part\s+of\s+the\s+(?:conversation|discussion|agenda)|on\s+the\s+(?:table|agenda))|(?:is|are|was|were)\s+not\s+being\s+(?:discussed|considered)|not\s+in\s+(?:[\p{L}'’-]+\s+){0,3}plans|not\s+realistic|unrealistic|(?:would|will)\s*(?:not|n't)\s+bet|postponed\s+indefinitely|shelved|on\s+hold|on\s+ice|(?:would|will)\s*(?:not|n't)\s+hold\s+(?:my|your|our|his|her|their)\s+breath|no\s+point\s+in|no\s+(?:longer\s+)?(?:any\s+)?(?:case|need|reason)\s+for|no\s+longer\s+need|(?<!\bnot\s+(?:been\s+)?(?:taken\s+)?)off\s+the\s+(?:table|agenda)|(?:do|does|did)\s*(?:not|n't)\s+see\s+(?:us|them|him|her|it|a|an|any)\s+(?:[\p{L}-]+ing|[\p{L}-]+\s+(?:happening|taking\s+place))|(?:pour(?:ed|s|ing)?\s+)?cold\s+water\s+on|no\s+(?:such\s+)?(?:[\p{L}-]+\s+){1,3}(?:is|was|are|were)\s+(?:being\s+)?(?:prepared|arranged|planned|organi[sz]ed|scheduled)|\bno\s+[^.;!?]{1,120}?\s(?:is|was|are|were)\s+(?:yet\s+)?(?:on|in)\s+(?:the|his|her|their|our|its)\s+(?:[\p{L}'’]+\s+)?(?:agenda|cards|table|calendar|schedule|diary)|none\s+(?:is|are)\s+(?:being\s+)?(?:planned|scheduled|prepared)|long\s+shot|(?:would|will)\s*(?:not|n't)\s+put\s+(?:my|his|her|our|their|any)\s+(?:own\s+)?money\s+on|(?:diary|schedule|calendar)\s+is\s+full|(?:does|do|did)\s*(?:not|n't)\s+(?:expect|believe)|not\s+being\s+(?:prepared|arranged|planned|organi[sz]ed)|nothing\s+(?:of\s+the\s+kind\s+|like\s+that\s+)?is\s+(?:planned|scheduled|being\s+prepared)|no\s+(?:such\s+plans?|plans)\b|nothing\s+in\s+(?:the|his|her|their|our)\s+(?:[\p{L}'’]+\s+)?(?:agenda|calendar|schedule|diary)|(?:hard|difficult)\s+to\s+(?:imagine|see|envisage)|no\s+preparation|no\s+sense\s+in|(?:removed|taken|dropped)\s+(?:from|off)\s+the\s+agenda|(?:has|have|had)\s+left\s+the\s+(?:table|agenda)|(?:(?<![\p{L}\d,;]\s*)|(?:said|says|replied|answered)\s+)not\s+(?:now|yet)\b)\b/iu,
    why: "'dismissed talk of a summit', 'played down hopes of a deal', 'Obviously, it is unlikely', 'talk of a ceasefire is premature', 'there are no plans for an election', 'not on the agenda', 'not on the calendar', 'no longer part of the conversation', 'is not being discussed', 'not in the prime minister's plans', 'not realistic', 'I would not bet on it', 'no such meeting is being prepared', 'sanctions have left the table', 'nothing in the prime minister's diary', 'hard to imagine', 'no such visit is planned', 'no call between X and Y was on the agenda', 'none is planned', 'a long shot', 'I would not put my own money on it', 'the diary is full', 'off the table', 'on ice', 'I do not see us signing', 'I would not hold my breath', 'no point in', 'does not expect sanctions', 'I do not believe there will be an election', 'nobody in X is talking about a summit', 'there is no call planned', 'sanctions have dropped off our list', 'I do not see a deal before March', 'I see no reason to meet them'",
  },
  {
    stance: "planned",
    pattern:
      /\b(?:we|they)\s+(?:meet|resume|reconvene)\s+again\b|\b(?:am|is|are|was|were)\s+(?:flying|travell?ing|heading|coming|going)\s+to\b|\b(?:leaves|departs)\s+for\b|\b(?:flies|travels|heads)\s+to\b|\b(?:is|are|was|were)\s+(?:scheduled|set|due|planned)\s+(?:to|for|on|in|before|after|at|during|next|this)\b|\b(?:will|shall|would)\s+(?:(?:now|then|also|soon|formally)\s+)?(?:be\s+held|hold|meet|take place|visit|(?:pay|make)\s+(?:a|an|his|her|their)\s+(?:[\p{L}-]+\s+)?(?:visit|trip)|begin|start|continue|happen|go\s+ahead|open|sign|attend|resume|host|travel|come\s+to|go\s+to|come\s+back|return|convene|elect|choose|close|go\s+through|be\s+completed|witness|sit\s+down|call|phone|speak|talk|see|receive|impose|introduce|vote|go\s+to\s+the\s+polls|be\s+at\s+the\s+(?:negotiating\s+)?table|be\s+(?:our|my|their)\s+guests?|be\s+in\s+(?!(?:doubt|danger|question|jeopardy|trouble|limbo|touch|contact|charge|talks|the|a|an|no|any|good|our|their|his|her|its)\b)|be\s+at\s+(?!(?:stake|risk|odds|war|peace|pains|fault|ease|work|home|least|most|first|best|a|an|the|this|that|our|their|his|her|its|my|your|all|any|no|some|one|each|every|times)\b))\b|\b(?:is|are)\s+going\s+to\s+(?:hold|meet|take place|visit|sign|open)\b|\bagreed\s+to\s+(?:hold|meet|exchange|swap|open|resume|sign|see|receive|host|visit|call)\b|\b(?:will|would|shall)\s+(?:soon\s+)?be\s+(?:exchanged|swapped|released|freed|signed)\b|\b(?:will|shall)\s+welcome\b|\b(?:has|have|had)\s+invited\s+[^.;!?]{1,80}?\bto\s+(?:an?|the|his|her|their)\s+(?:[\p{L}-]+\s+)?(?:meeting|talks|summit)\b|\baccepted\s+the\s+invitation\b|\b(?:will|would|shall)\s+send\s+(?:(?:a|their|its|his|her)\s+)?(?:delegations?|negotiators|envoys?|teams?)\b|\bbeing\s+(?:prepared|arranged|organi[sz]ed)\b|\b(?:will|shall)\s+(?:be\s+home|cross)\b|\b(?:begins|starts|takes\s+effect|comes\s+into\s+force)\s+(?:at|on|from|tomorrow|tonight)\b/iu,
    why: "'we meet again in X on October 10', 'talks are scheduled to take place in Istanbul on June 2', 'will open talks on September 16', 'will pay a state visit', 'the delegations will come back to X', 'will be in Osk on June 2', 'I will be at Lyngard on Tuesday', 'leaves for Osk', 'will send delegations to X for talks', 'our guards will be home on the 2nd', 'had invited X to a meeting on Monday', 'the ceasefire begins at midnight', 'the President flies to X on 6 June'",
  },
  {
    stance: "happened",
    pattern:
      /\b(?:(?:was|were|been)\s+held|held\s+(?:talks|(?:an?|the|their)\s+(?:[\p{L}-]+\s+)?(?:meeting|summit|call|round|talks|vote|election|referendum)|["“]?an?\s+(?:[\p{L}-]+\s+){0,3}conversation)|met|(?<!\bno\s+(?:such\s+)?[\p{L}-]+\s+)took place|sat down|(?<!\b(?:a|an|be)\s)signed|was held|were held|have met|(?:spoke|spoken)\s+(?:by|on\s+the)\s+(?:phone|telephone)|talked|spoke\s+(?:with|to)\s+(?:[\p{L}.'’-]+\s+){1,4}for\b|visited|went ahead|was carried out|were carried out|shook\s+hands|(?:was|were|have\s+been|had\s+been)\s+(?:exchanged|swapped)|(?:was|were|has\s+been|have\s+been|had\s+been)\s+(?:completed|concluded|carried\s+out)|(?:is|was|are|were|['’]s)\s+(?:done|over|complete)|(?:spoke|talked)\s+for|(?:conversation|call|meeting|talks|visit|summit)\s+(?:had\s+been|has\s+been|was|were)\s+["“]?(?:[\p{Ll}-]+,?\s+){0,3}(?:difficult|useful|frank|good|productive|constructive|warm|cordial|tense|long|short|friendly|open|honest|necessary|positive|fruitful|substantive|businesslike|correct|cold|hard)\b|(?:had\s+|has\s+)?lasted\s+(?:about\s+|almost\s+|nearly\s+|more\s+than\s+)?(?:an?|one|two|three|four|five|half|forty|thirty|twenty|fifty|ninety|\p{N}+)\b|(?:was|were)\s+on\s+the\s+(?:phone|telephone|line)\s+for|sat\s+(?:alone|together|privately|face\s+to\s+face|at\s+(?:one|the\s+same)\s+table)|(?:cease-?fire|truce|armistice)\s+(?:has|had)\s+held|(?:cease-?fire|truce|armistice)\s+(?:is|was)\s+holding|(?:called|phoned|rang)\s+(?:him|her)|(?<!\b(?:when|once|until|till|if|after|before|unless|as\s+soon\s+as)\s+(?:[\p{L}'’-]+\s+){0,4})(?:(?:are|were)\s+(?:all\s+)?(?:safely\s+)?home|came\s+(?:home|across)|(?:has|have)\s+come\s+home|came\s+to)|(?<=\b(?:men|boys|guards|sailors|seamen|prisoners|detainees|captives|crews?|soldiers|fishermen|ours|hostages)\s+)crossed|spent\s+(?:an?|one|two|three|four|five|\p{N}+)\s+hours?|(?:not|no)\s+(?:a\s+single\s+|one\s+)?shots?\s+(?:has|have|had)\s+been\s+fired|(?:signatures?\s+(?:is|are)|ink\s+is)\s+(?:now\s+)?dry|(?<!\b(?:be|being)\s)(?:received|hosted)|(?:was|has\s+been|had\s+been)\s+an?\s+(?:great\s+)?(?:honou?r|pleasure|privilege)\s+to\s+(?:welcome|host|receive)|(?:described|called|characteri[sz]ed|termed|labell?ed)\s+(?:the|their|that|this)\s+(?:(?!(?:planned|proposed|upcoming|possible|next|future|mooted)\b)[\p{L}-]+\s+){0,2}(?:meeting|talks|call|conversation|visit|summit|exchange|swap|encounter)\s+as)\b/iu,
    why: "'described the meeting as correct, cold and useful', 'the sides met for a two-hour meeting', 'the two men shook hands', '34 fishermen were exchanged', 'the exchange was completed', 'the exchange is done', 'the president received X this afternoon', 'all our boys are home', 'the fifteen men crossed at eleven', 'the signatures are dry', 'the conversation had lasted forty minutes', 'the call had been difficult', 'X and I spent an hour on this bridge', 'not one shot has been fired since the ceasefire'",
  },
  {
    stance: "possible",
    pattern:
      /\b(?:(?:a\s+few|only|just)\s+(?:lines|words|days|hours|steps|signatures?)\s+away\s+from|possible|possibility|could|can\s+(?:happen|take\s+place|go\s+ahead|have)|within\s+(?:reach|sight|grasp)|may(?![\s-]+\d)(?<!\b(?:in|of|since|until|by|from|early|late|mid|last|next|this)[\s-]+may)|might|can\s+be|open\s+to|ready\s+(?:to|for)|willing\s+to|would\s+(?:be\s+)?(?:welcome|willing|happy|glad|open)|welcomes?|interested\s+in|supports?\s+the\s+possibility|likely|expected|offer(?:ed|s)?\s+to|prepared\s+to|(?:remains?|is|are|still)\s+on\s+the\s+(?:table|cards)|(?:all\s+but\s+)?inevitable|all\s+options\s+are\s+(?:open|on\s+the\s+table|being\s+considered)|(?:hopes?|hoped|hoping|would\s+like|would\s+love|expects?|expecting)\s+to|would\s+(?:make|find)\s+time|(?:matter|question)\s+of\s+(?:weeks|days|months|time)|(?:would|will)\s+not\s+(?:refuse|reject|turn\s+down|say\s+no\s+to))\b/i,
    why: "'a meeting is possible', 'a few lines away from a signature', 'the presidents could meet again', 'a summit remains on the table', 'early elections are all but inevitable', 'we can have a signed agreement', 'within reach', 'hoped to visit', 'would not refuse an invitation', 'a matter of weeks' ('may', not the month: 'on May 3')",
  },
];

/**
 * Phrases that attach a condition to a possibility. Group 1 is the condition as written. A condition turns
 * "possible" into "conditional"; on "ruled_out" it says until when ("impossible before X", "out of the question
 * while X").
 */
export const CONDITION_CUES: readonly RegExp[] = [
  /\bonly\s+(?:(?:take|took)\s+place\s+|happen\s+|be\s+(?:held|possible|arranged)\s+)?((?:as a result of|after|if|when|once|on condition that|provided that|in the event)\b[^.;!?]*)/i,
  /\b((?:provided|providing)\s+(?:that\s+)?[^.;!?]*)/i,
  /\b((?:on condition that|once|as soon as|depending on|depends? on|when there is|when every|in exchange for|as long as|so long as)\b[^.;!?]*)/i,
  /\b(must be (?:well[- ])?prepared[^.;!?]*)/i,
  /\b(needs? to be (?:well[- ])?prepared[^.;!?]*)/i,
  /\b((?:would|will) require[^.;!?]*)/i,
  // "even if they do not agree" concedes, it sets no condition
  /\b(?<!\beven\s)(if\s+(?!(?:necessary|need\s+be|needed|that\s+is\s+what\s+it\s+takes|that's\s+what\s+it\s+takes|(?:they|you|he|she|we)\s+(?:likes?|wish(?:es)?|prefers?))\s*["”’'»]?\s*(?:[,.;!?]|$))[^.;!?]*)/i,
  /\b((?:before|until|unless)\s+[^.;!?]*)/i,
  // "would meet X 'the day the last barge is through the locks'", "lay down our guns on the day the army pulls back"
  // (a quoted "the day …" or "on the day …": a bare "the day" after a verb often only dates a plan)
  /(?:["“„«]\s*|\bon\s+)(the\s+day\s+(?:that\s+)?(?:our|the|their|his|her|its|we|they|he|she|every|all|a)\s[^.;!?]*)/i,
  // "Kavaria will sign the day Haneul writes forty per cent into the contract", "possible on the day Dembaran units
  // go back": a day that waits on someone's act (a clause: a name and its verb), not "the day after"
  /(?:\bon\s+|\b(?:will|would|shall|can|could)\s+[^.;!?]{0,80}?\s)(the\s+day\s+(?:that\s+)?\p{Lu}[\p{L}'’-]*\s+(?:[\p{L}'’-]+\s+){0,2}?(?:\p{Ll}+s|go|come|are|is|have|has)\b[^.;!?]*)/u,
  // "Should she win, she would seek a meeting": an inverted conditional opening a clause
  /(?:^|[.!?:"“]\s*|\b(?:said|says)\s+)((?:should|were)\s+(?:he|she|they|we|I|it)\s+[^,.;!?]+),/i,
  // "When the exchange is done, I will meet X": a "when" clause opening the words is their condition
  /(?:^|[.!?:"“]\s*|\bsaid\s+)(when\s+[^,.;!?]+),/i,
  // "the president will meet X when the exchange is done": a "when" that waits for something finished is a condition
  /\b(when\s+[^,.;!?]{1,60}?\s+(?:is|are|has\s+been|have\s+been)\s+(?:done|over|complete|completed|finished|home|back|free|freed|released|signed|settled|lifted)\b[^.;!?]*)/i,
  // "he would sit down with X when our fishermen are home": a hypothetical's "when" is its condition
  /\b(?:would|could)\s+(?:only\s+)?[^.;!?]{0,80}?\b(when\s+[^.;!?]*)/i,
];

/** What a ruling-out holds until: "impossible before X", "out of the question while X", "not as long as X". */
export const RULED_OUT_UNTIL = /\b((?:before|until|unless|while|as long as|so long as)\s+[^.;!?]*)/i;
