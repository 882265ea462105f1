/**
 * @module Event frames and the words that evoke them (data). Each trigger is a regex source matched
 * case-insensitively at word boundaries; the comment names the reporting it serves. A trigger that needs words
 * before it starts with its own words and looks behind from there (the look-behind runs only where they match).
 */

export interface EventFrame {
  readonly frame: string;
  readonly triggers: readonly string[];
  /**
   * Short words that evoke the frame only in an article that names it in full somewhere: "the exchange" is the
   * prisoner exchange in a story about one, and an exchange of views anywhere else.
   */
  readonly bare?: readonly string[];
  /** Words that also let `bare` count: "the exchange" in an article about people held somewhere. */
  readonly bareContext?: string;
  /**
   * Verbs that evoke the frame only with a named person as their object ("to see Haske", "will host his
   * counterpart Lina Haske", "would call Haske"): "see the point" and "call for calm" are no meeting and no call.
   */
  readonly withPerson?: readonly string[];
  /** Verbs and their preposition that evoke the frame before a capitalised place ("going to Sarykent", not "going to
   * sign"; "leaves for Osk"). */
  readonly toPlace?: readonly string[];
}

/** People who are exchanged: "a swap of the detained crews", "exchange 300 prisoners", "the hostages were freed". */
export const EXCHANGED =
  "(?:prisoners(?: of war)?|POWs|captives|detainees|hostages|crews?|sailors|fishermen|soldiers|servicemen|civilians|journalists|bodies|(?:border |prison |coast )?guards(?:men)?|coastguards(?:men)?|marines|airmen|conscripts|reservists|seafarers|nationals|citizens|personnel|workers|seamen|mariners|crew members|engineers|boatmen|boys|detained|farmers|pilots|students|activists|officers|troops|fighters|militants|inmates|doctors|volunteers|villagers|residents|miners|drivers)";

/** "Delegations from X and Y will meet …": what delegations meet for is talks, not a meeting of leaders. */
const BY_DELEGATIONS =
  "\\b(?:delegations|negotiators|negotiating teams)\\b[^.;!?]{0,60}?\\b(?:will|would|shall|to|are to)\\s+";

/** "the two presidents" as the ones who sign, not in a clause of time ("published after the leaders have signed"). */
const LEADERS =
  "(?<!\\b(?:after|once|when|until|before|if)\\s+)the (?:two )?(?:presidents|leaders|prime ministers)";

/** Up to three words between "swap of the" and the people, none of them a preposition ("exchanged fire with"). */
const MIDDLE = "(?:(?!(?:with|between|about|on|of|for|from|to|at|by|in|and)\\b)[\\p{L}\\d,-]+ ){0,3}";

/**
 * Sides that sit down for talks rather than a meeting of leaders: "sit down with the company", "with the union", "with
 * them" (a side; one leader is "him" or "her").
 */
const PARTIES_TO_TALKS =
  "(?:company|companies|firm|employers?|management|operators?|owners|bosses|unions?|strikers|workers|rebels|insurgents|opposition|negotiators|delegations?|them)\\b";

/** Frames whose participants are people who gather or speak together ("meet", "call"; a visit has one). */
export const GATHERING_FRAMES: ReadonlySet<string> = new Set(["meeting", "call"]);

export const EVENT_FRAMES: readonly EventFrame[] = [
  // "a Putin-Zelensky meeting", "a summit", "top-level meeting", "the leaders could meet", "sit down with"
  {
    frame: "meeting",
    triggers: [
      "meetings?",
      "summits?",
      `(?<!${BY_DELEGATIONS})meets?`,
      "met",
      "face-to-face",
      // "will come face to face with X"
      "face to face(?= with\\b)",
      `(?:sit|sits|sat|sitting) down (?:together )?with(?! (?:the |its |their |our |his |her )?${PARTIES_TO_TALKS})`,
      "(?:shake|shook|shaking) hands with",
      // "I am not against shaking his hand": the one the article last named gathering
      "(?:shake|shook|shaking)(?= (?:his|her) hand\\b)",
      // "I hope to shake the Sheikh's hand before the summer"
      "(?:shake|shook|shaking)(?= the (?:president|prime minister|premier|chancellor|king|queen|emir|sheikh|sultan|general)['’]s hand\\b)",
      // "sit across a table from X", "sit across from X", "sit at the same table as X", "sit in a room with him"
      // "We sat alone for two hours", "we talked for ninety minutes": the article's pair, in person
      // (for days on end it is talks: "we talked for three days and nobody walked out")
      "(?:sat|talked)(?<=\\b(?:we|they|and\\s+I)\\s+(?:sat|talked))(?= (?:alone|together|privately|in private|face to face|for))(?! for (?:[\\p{L}\\d-]+ ){1,2}(?:minutes|hours) (?:by|on the|over the) (?:tele)?phone)(?!(?: together| alone)? for (?:[\\p{L}\\d-]+ ){0,2}days\\b)",
      "spoke(?<=\\b(?:we|they|and\\s+I)\\s+spoke)(?= (?:alone|together|privately|in private|face to face)\\b)",
      // "Prime Minister X and I talked for two hours": in person, unless the phone is named
      // (not "…, and we spoke about the sea": a clause of its own)
      "(?:talked|spoke)(?<=\\band\\s+I\\s+(?:talked|spoke))(?! (?:by|on the|over the) (?:tele)?phone)",
      // "President X and I spent three hours alone this morning"
      "spent(?<=\\b(?:and\\s+I|we|they)\\s+spent)(?= (?:an?|one|two|three|four|five|\\p{N}+) hours?\\b)",
      // "Ms X and I had a civil hour together"
      "had(?<=\\b(?:and\\s+I|we|they)\\s+had)(?= (?:an?|one|two|three|four|five|\\p{N}+) (?:[\\p{L}-]+ )?hours? together\\b)",
      "(?:sit|sits|sat|sitting) (?:across (?:(?:a|the) table )?from|at (?:a|the|one) (?:same )?table (?:as|with)|in (?:a|one|the same) room with)",
      // "I sat with President X this morning", "I will be ready to sit with him", "we sat with His Highness"
      "(?:sit|sits|sat|sitting) with(?= (?:him|her|them|(?:a|the|this|that) (?:man|woman)\\b|(?:His|Her) (?:Highness|Majesty|Excellency)|(?:the )?(?:President|Prime Minister|Chancellor|King|Queen|Emir|Sheikh|Premier)\\b|(?:Mr|Mrs|Ms|Dr|General)\\b))",
      // "he did not see the two men in one room before the summer" (named people: "see X and Y" names them)
      "(?:in|into) (?:one|the same) room(?<=\\b(?:the two [\\p{L}-]+|both(?: of them)?|them|the pair) (?:in|into) (?:one|the same) room)(?! (?:as|with)\\b)",
      // "My door is open to Mr X", "the president's door remains open to her"
      "doors? (?:is|are|remains?|stays?|will be|would be) (?:always |still |wide )?open(?= (?:to|for) (?:him|her|them|(?:Mr|Mrs|Ms|Dr|President|Prime Minister|General)\\b))",
      // "President X and I sat at one table for two hours", "we drank tea, we shook hands"
      "(?:sat|sit) at (?:one|the same) table(?<=\\b(?:and\\s+I|we|they)\\s+(?:sat|sit) at (?:one|the same) table)",
      "(?:shook|shake) hands(?<=\\b(?:we|they)\\s+(?:shook|shake) hands)(?! with\\b)",
      // "the two leaders will sit down in Osk": reciprocal, its participants are the leaders named before
      "(?:sit|sits|sat) down(?<=\\b(?:leaders|presidents|sides|two|both)\\s+(?:[\\p{L}'’]+\\s+){0,2}(?:sit|sits|sat) down)(?! to\\b)",
      // "he and President X could sit down"
      "(?:sit|sits|sat) down(?<=\\band\\s+(?:\\S+\\s+){1,6}(?:sit|sits|sat) down)(?! to\\b)",
    ],
    // "asked to be received by the president"
    withPerson: [
      "see",
      "seeing",
      "host",
      "hosts",
      "hosted",
      "hosting",
      "receive",
      "receives",
      "received",
      "received by(?<=\\b(?:be|been|being|was|were)\\s+received by)",
      // "to shake President X's hand in his own capital"
      "(?:shake|shook|shaking)(?= [^.;:!?]{1,50}?['’]s hand\\b)",
      // "would make time for opposition leader X"
      "(?:make|makes|made|making|find|finds|found) time for",
      // "I sat with Nguyen Van Lan this morning"
      `(?:sit|sits|sat|sitting) (?:down )?with(?! (?:the |its |their |our |his |her )?${PARTIES_TO_TALKS})`,
    ],
  },
  // "direct talks", "peace negotiations", "a negotiation round"
  {
    frame: "talks",
    triggers: [
      "talks",
      "negotiations?",
      "negotiating (?:round|track|table)",
      // "ready to talk anywhere, any day" (not "ready to talk about the weather")
      "talk(?<=\\b(?:ready|willing|prepared|happy|open) to talk)(?! (?:about|of|to (?:reporters|the press|journalists))\\b)",
      // "we will not sit down with the company": a firm, a union or management sit down for talks, not a meeting
      `(?:sit|sits|sat|sitting) down (?:together )?with(?= (?:the |its |their |our |his |her )?${PARTIES_TO_TALKS})`,
      // "we sat together for three days": a round of talks
      "(?:sat|talked|negotiated)(?<=\\b(?:we|they)\\s+(?:sat|talked|negotiated))(?= (?:together |alone )?for (?:[\\p{L}\\d-]+ ){0,2}days\\b)",
      // "there is nothing to talk about while the reservoir is filling"
      "talk(?<=\\bnothing to talk)(?= about\\b)",
      // "We do not negotiate with a gun to our temple", "ready to negotiate again" (not "negotiated a price")
      '(?:negotiate|negotiates|negotiated|negotiating)(?<!\\bnot to negotiate)(?= with\\b| (?:again|directly|in good faith|face to face|under|while|until|on|over|about)\\b|\\s*[.,;!?"”])',
      // "the delegations will meet again in April"
      "(?:meet|met)(?<=\\b(?:delegations|negotiators|negotiating teams)\\s+(?:[\\p{L}'’]+\\s+){0,2}(?:meet|met))",
      // "the delegations will come back to Osterby in April", "the negotiators return to the table"
      "(?:(?:come|came|go|went|be)\\s+back|returns?|returned|returning)" +
        "(?<=\\b(?:delegations?|negotiators|negotiating teams?)\\s+(?:[\\p{L}'’]+\\s+){0,2}(?:come|came|go|went|be)\\s+back|" +
        "\\b(?:delegations?|negotiators|negotiating teams?)\\s+(?:[\\p{L}'’]+\\s+){0,2}(?:returns?|returned|returning))",
      // "would send negotiators", "ready to host the two delegations", "the delegation would go to Tanjung Arum"
      "(?:send|sends|sent|sending) (?:(?:a|an|its|their|our|his|her) )?(?:delegations?|negotiators|negotiating teams?)",
      "(?:host|hosts|hosted|hosting|receive|receives|received) (?:the )?(?:two |both )?(?:delegations|negotiators)",
      "(?:go|goes|travel|travels|fly|flies)(?<=\\bdelegations?\\s+(?:will|would|shall)\\s+(?:go|goes|travel|travels|fly|flies))(?= to)",
      // "Delegations from X and Y will meet at the guesthouse": delegations meeting are talks
      `meets?(?<=${BY_DELEGATIONS}meets?)`,
      // "Our delegation packs its bags"
      "(?:packs?|packed|packing) (?:its|their|our) bags(?<=\\bdelegations?\\s+(?:[\\p{L}'’]+\\s+){0,2}(?:packs?|packed|packing) (?:its|their|our) bags)",
    ],
    // "a second round in October" in an article about the talks, or about the delegation that led them
    bare: ["(?:first|second|third|fourth|next|new|another|fresh|final) round"],
    bareContext: String.raw`\b(?:delegations?|negotiators?|negotiating teams?|mediators?|mediation)\b`,
  },
  // "a 30-day ceasefire", "a truce", "a cessation of hostilities"
  // "we will lay down our guns", "our fighters will hold their fire", "the guns will fall silent"
  {
    frame: "ceasefire",
    triggers: [
      "cease-?fires?",
      "truces?",
      "armistice",
      "cessation of hostilities",
      "(?:lay|lays|laid|laying) down (?:our|their|its|his|her|the) (?:guns|arms|weapons)",
      "(?:hold|holds|held|holding) (?:our|their|its|his|her) fire",
      "(?:stop|stops|stopped|stopping|halt|halts|halted|halting) (?:all )?(?:the )?(?:shooting|firing|shelling)",
      // "firing around the shoal would stop at midnight", "the guns around X will be quiet from Sunday"
      "(?:firing|shooting|shelling)(?= (?:[\\p{L}'’-]+ ){0,4}(?:will|would|shall|is to|must|to) (?:stop|cease|end|halt)\\b)",
      "guns(?= (?:[\\p{L}'’-]+ ){0,4}(?:(?:will|would|shall) (?:be|fall|stay|remain)|have been|has been|fell|went) (?:quiet|silent)\\b)",
      "guns (?:will |would |shall )?fall silent",
    ],
  },
  // "a prisoner exchange", "exchange 1,000 prisoners", "a swap of the detained crews", "34 fishermen were exchanged"
  {
    frame: "prisoner-exchange",
    triggers: [
      "(?:prisoner|hostage|crew|POW) (?:exchanges?|swaps?)",
      `(?:exchanges?|swaps?) of (?:the )?${MIDDLE}${EXCHANGED}`,
      `(?:exchange|swap|exchanged|swapped|exchanging|swapping) (?:the )?${MIDDLE}(?:${EXCHANGED}|men|women)\\b`,
      // "would be exchanged for the 23 engineers", "will not trade its engineers for men who …"
      `(?:exchanged|swapped|traded) for (?:the )?${MIDDLE}${EXCHANGED}`,
      `(?:trade|trades|traded|trading) (?:(?:its|our|their|the|his|her) )?${MIDDLE}${EXCHANGED} for\\b`,
      `(?:${EXCHANGED}|men) (?:[\\p{L}]+ ){0,6}(?:were|was|are|be|been) (?:exchanged|swapped|traded)`,
      // "Nine engineers and five sailors exchanged at the locks" (not "soldiers exchanged fire")
      `${EXCHANGED} (?:[\\p{L}\\d]+ ){0,5}(?:exchanged|swapped)(?! (?:fire|shots|blows|words|insults|views|greetings|gifts|notes|letters|messages|glances)\\b)`,
      // "the crew would be released only if Osk frees our fishermen": a release for a release
      "(?:released|freed|release|free)(?= [^.;!?]{0,60}\\b(?:if|once|when|in return for|in exchange for|provided)\\b[^.;!?]{0,60}\\b(?:frees|releases|free|release|freed|released)\\b)",
      // "the boatmen would go home only if Osk sends our engineers across the bridge"
      `(?:go|come|return) home(?= [^.;!?]{0,40}\\b(?:if|once|when|provided)\\b[^.;!?]{0,40}\\b(?:sends?|returns?|frees|releases|hands? (?:over|back)) (?:[\\p{L}\\d,-]+ ){0,3}${EXCHANGED})`,
      // "the fishermen can go home when all nine of her crew are back", "they would be handed over only after our nine
      // coast guards have set foot in Nanjiang": a release that waits on the return of others
      `(?:(?:go|come|return) home|(?:be |been )?(?:handed|hand) (?:over|back)|(?:be |been )?(?:released|freed))(?= [^.;!?]{0,40}\\b(?:if|once|when|after|until|provided|on the day)\\b[^.;!?]{0,60}?\\b(?:${EXCHANGED}|crew|men)\\b[^.;!?]{0,40}?\\b(?:are|is|have|has|get|gets)\\s+(?:back|home|free|freed|released|returned|come\\s+home|set\\s+foot))`,
    ],
    // (or whose people are to come home: "the fishermen come home on the fifteenth")
    bareContext: String.raw`\b(?:detained|detainees?|captives?|prisoners?|hostages?|arrested|jailed|imprisoned|interned|captured|seized|abducted|kidnapped|taken prisoner|in (?:custody|captivity)|held (?:in|at|by|since)|sentenced|convicted|on trial|behind bars|in (?:a |his |her |their )?(?:prison )?(?:cell|prison|jail)|${EXCHANGED} (?:(?:will|would|shall|can|could) )?(?:come|comes|came|go|goes|went|are going|get|gets|got) home)\b`,
    bare: [
      "(?:the|this|that|an?|any|no) (?:exchange|swap|handover|hand-over)(?! of (?:views|fire|shots|letters|notes|ideas|information|experience|documents)\\b)",
      // "a release could come within days", "there will be no release until …" in an article about people held
      "(?:a|the|any|no|their|his|her|an early) release(?! (?:of|date|notes?|statement|figures)\\b)",
      // "the twelve were handed over at noon", "they had been released, not pardoned", "the three are free"
      '(?:were|was|have been|had been|has been|will be|would be) (?:safely )?["“]?(?:handed (?:over|back)|released|freed)\\b',
      "(?:are|were)(?<!\\b(?:when|once|until|till|if|after|before|unless) (?:[\\p{L}'’-]+ ){0,4}(?:are|were)) (?:now |finally |all )?free\\b(?! (?:to|of|from|trade|market|press|speech|vote)\\b)",
      // "would hand back the six border guards" in an article about an exchange
      `(?:hand|hands|handed|handing) (?:back|over) (?:the )?${MIDDLE}${EXCHANGED}`,
      `(?:release|releases|released|releasing|free|frees|freed|freeing) (?:the )?${MIDDLE}${EXCHANGED}`,
      // "all our boys are home", "eleven of ours are home", "our guards will be home on the second" (not "once our
      // soldiers are home": a condition's clause)
      `(?:${EXCHANGED}|men|ours|our [\\p{L}\\d-]+)(?<!\\b(?:when|once|until|till|if|after|before|unless|as soon as) (?:[\\p{L}'’-]+ ){0,3}(?:${EXCHANGED}|men|ours|our [\\p{L}\\d-]+))(?: of (?:the )?(?:[\\p{Lu}\\d][\\p{L}\\d-]* ?){1,3})? ?["“]?(?:will |would |shall |could |can |may |might )?(?:be|are|were|came|come|have come|had come|got|are going|were going|go|goes|went) (?:back home|home|across)`,
      // "we are ready to bring our nine engineers home"
      `(?:bring|brings|bringing|brought) (?:back )?(?:our |the |them |all )?(?:[\\p{L}\\d-]+ ){0,2}(?:${EXCHANGED} |men |ours )?(?:back )?home`,
      // "they would be flown to X and exchanged there on Tuesday"
      "exchanged(?<=\\b(?:be|been|being|were|was|are|is|and)\\s+exchanged)(?! (?:fire|shots|blows|words|insults|views|greetings|gifts|notes|letters|messages|glances|rings|vows|ideas|information)\\b)",
      // "the fishermen will go home the same day as your sailors"
      `(?:go|goes|went|come|comes|came|return|returns) home(?= (?:on )?the same day as (?:[\\p{L}'’-]+ ){0,3}(?:${EXCHANGED}|men|ours)\\b)`,
      // "the fifteen men crossed at twenty past eleven", "our boys will cross the bridge"
      `(?:${EXCHANGED}|men|ours) (?:(?:will|would|shall) (?:cross|walk across)|crossed|walked across)\\b`,
    ],
  },
  // "secondary sanctions", "new sanctions on", "an oil embargo"
  // "will not sanction either side", "voted to sanction Osk"
  {
    frame: "sanctions",
    triggers: [
      "sanctions",
      "embargo(?:es)?",
      // trade measures: "counter-duties on our machines", "punitive tariffs", "anti-dumping duties" (not "his duties")
      "counter-?(?:duties|tariffs)",
      "(?:punitive|retaliatory|anti-dumping|countervailing|provisional|import|customs|steel|pipe) (?:duties|tariffs)",
      "tariffs",
      "duties(?= on\\b)",
      "sanction(?<=\\b(?:to|will|would|shall|not|never|could|can|may|might)\\s+sanction)(?= (?:either|both|any|the|its|their|\\p{Lu}))",
      // "economic measures against X", "suspend imports of palm oil", "an import ban"
      "(?:economic|trade|punitive|retaliatory|restrictive|financial) (?:counter-?)?measures",
      "(?:suspend|suspends|suspended|suspending|halt|halts|halted|halting|ban|bans|banned|banning|block|blocks|blocked|blocking) (?:all |the |its |their |our )?(?:imports|exports) of",
      "(?:suspension|halt) of (?:all |the |its |their |our )?(?:[\\p{L}-]+ ){0,2}(?:imports|exports)",
      "(?:import|export) bans?",
      // "a ban on Oostermark dairy imports", "a ban on their lamb"
      "bans?(?= on (?:[\\p{L}'’-]+ ){0,3}(?:imports|exports|goods|products|produce|dairy|meat|beef|lamb|pork|poultry|fish|grain|wheat|steel|timber|wine|fruit)\\b)",
    ],
    // "There will be no ban" in an article that names the trade measures
    bare: ["(?:a|the|any|no|this|that) ban(?! on\\b)"],
  },
  // "will visit Beijing", "a state visit"
  // "will come to Osk in September" (not "come to terms", "come to an end"), "my first trip abroad"
  {
    frame: "visit",
    triggers: [
      "visits?",
      "visited",
      "visiting",
      "travel(?:led|ling)? to",
      "(?:trips?|journeys?) (?:to|abroad)",
      // "a trip by the President to Nyandoro"
      "(?:trips?|journeys?)(?= by [^.,;:]{1,40}? to )",
      // "Sheikh Mansour will be our guest in November"
      "guests?(?<=\\b(?:be|is|was|were|been)\\s+(?:our|my|their|the\\s+president's)\\s+guests?)",
      "(?:come|comes|coming) to(?<=\\b(?:will|would|to|shall|'ll|’ll)\\s+(?:come|comes|coming) to)(?! (?:an?|the|terms|power|pass|light|mind|life|blows|grips|nothing|fruition|help|rest|us|me|you|them|him|her|\\p{N}+)\\b)",
    ],
    toPlace: [
      "(?:go|goes|going|fly|flies|flying|flew|travel|travels|head|heading) to",
      // "the prime minister leaves for Osterby on June 2", "the president will be in Osk from the 2nd to the 4th"
      // (a stay: "will be in Osk on the 18th" may be his own capital)
      "(?:leave|leaves|leaving|depart|departs|departing) for",
      "(?:will|would|shall) be in(?= \\p{Lu}[\\p{L}-]*(?: \\p{Lu}[\\p{L}-]*)? (?:from|for)\\b)",
      // "I would like to be in Osk when the papers are signed", "I came to Osk for two signatures"
      "be in(?<=\\b(?:like|love|hope|hopes|hoped|want|wants|wanted|plan|plans|planned|intend|intends)\\s+to\\s+be\\s+in)",
      "came to",
      // "the President will arrive in Thyra on May 7"
      "arrive in(?<=\\b(?:will|would|shall|to|is due to|are due to)\\s+arrive in)",
      // "Markovic would be welcome in Sepidar"
      "(?:would|will) be welcome (?:in|to)",
    ],
    // "I will welcome President X to Askøby": the guest is the traveller
    // "we hope to welcome President X before the summer" (not "welcome President X's decision")
    withPerson: [
      "(?:welcome|welcomes|welcomed|welcoming)(?= [^.;!?]{1,60}? to )",
      "(?:welcome|welcoming)(?<=\\b(?:to|will|would|shall)\\s+(?:welcome|welcoming))(?= (?:President|Prime Minister|Chancellor|King|Queen|Emir|Sheikh)\\b)(?! [^.;!?]{0,40}?['’]s\\b)",
    ],
  },
  // "a phone call", "a telephone conversation", "spoke by phone" (a bare "call" is too often an appeal)
  {
    frame: "call",
    triggers: [
      "(?:phone|telephone|video) (?:calls?|conversations?)",
      "(?:spoke|spoken) (?:by|on the) (?:phone|telephone)",
      // "spoke for fifty minutes by telephone"
      "(?:speak|speaks|spoke|spoken|talk|talks|talked)(?: for (?:[\\p{L}\\d-]+ ){1,3}(?:minutes|hours?))? (?:by|over the|on the) (?:phone|telephone)",
      "(?:phoned|telephoned)",
      // "she had also thanked X's prime minister, Y, by phone"
      "by (?:tele)?phone(?<=\\b(?:thanked|congratulated|briefed|assured|told|informed|warned|consoled)\\s+[^.;!?]{1,60}?\\s+by\\s+(?:tele)?phone)",
      // "the two presidents were on the line for almost an hour"
      "on the (?:phone|telephone|line)(?<=\\b(?:were|was|been|are|is)\\s+on the (?:phone|telephone|line))(?= for\\b)",
      // "asked whether he would pick up the telephone to X"
      "(?:pick|picks|picked|picking) up the (?:tele)?phone(?: to)?",
      // "a call between the two presidents", "a call took place on Monday"
      "calls?(?= between\\b)",
      // "there has been no call, and none is planned", "no conversation between the prime minister and X"
      "call(?<=\\b(?:been|was|is|be)\\s+(?:no|a)\\s+(?:phone\\s+)?call)(?!\\s+(?:for|to|from)\\b)",
      "conversations?(?= between\\b)(?<=\\bno\\s+conversations?)",
      "call(?<=\\b(?:the|a|their)\\s+(?:[\\p{L}-]+\\s+)?call)(?= (?:took place|was held|lasted|went ahead)\\b)",
    ],
    // "the two spoke for fifty minutes", "I called him", "I spoke with X for an hour" in an article about the call
    bare: [
      "(?:spoke|talked) for (?:[\\p{L}\\d-]+ ){1,2}(?:minutes|hours)",
      // "the two leaders had held a frank and useful conversation"
      '(?:held|had) ["“]?(?:a|an) (?:[\\p{L}-]+ ){0,3}conversation',
      // "the conversation had lasted forty minutes" in an article about the call
      "the (?:telephone |phone )?conversation(?= (?:had |has )?(?:lasted|been|was)\\b)",
      // "I spoke with President X for forty minutes last night"
      "(?:spoke|talked) (?:with|to)(?= (?:[\\p{L}.'’-]+ ){1,4}for (?:[\\p{L}\\d-]+ ){1,2}(?:minutes|hours)\\b)",
      // "I spoke to President X this morning and thanked him"
      "(?:spoke|talked) (?:with|to)(?= (?:[\\p{L}.'’-]+ ){1,4}(?:this morning|this afternoon|this evening|last night|yesterday|earlier today)\\b)",
      "(?:called|rang|phoned) (?:him|her)(?! (?:a|an|the)\\b)",
      // "I will not call him while …"
      "(?:call|ring|phone)(?<=\\b(?:will|would|to|not|never)\\s+(?:call|ring|phone)) (?:him|her)\\b(?! (?:a|an|the)\\b)",
      // "The president will not call."
      "(?:call|ring|phone)(?<=\\b(?:will|would)\\s+(?:not\\s+|never\\s+)?(?:call|ring|phone))(?=\\s*[.;!?])",
    ],
    // "he would call Haske on Friday"; a past "called X" is as often "called X a liar", but not "I called X at nine"
    withPerson: [
      "(?:call|ring|phone|telephone)(?<=\\b(?:will|would|to|could|may|might|shall|'ll|’ll)\\s+(?:call|ring|phone|telephone))",
      "(?:called|rang|phoned)(?<=\\b(?:I|we|he|she)\\s+(?:called|rang|phoned))(?= (?:[\\p{L}.'’-]+ ){1,4}(?:at|on|last|this|yesterday|twice|again)\\b)",
    ],
    // "The prime minister will not be ringing Amba Selam": a capital called
    toPlace: [
      "(?:ring|ringing|phone|phoning)(?<=\\b(?:be|will|would|not|to)\\s+(?:ring|ringing|phone|phoning))",
    ],
  },
  // "a peace deal", "an agreement", "a memorandum"; "the merger", "a takeover bid" (a deal between companies)
  // "We signed at four in the morning" in an article about the deal
  {
    frame: "agreement",
    triggers: [
      "(?:peace )?(?:deal|agreement|accord|memorandum|protocol|treaty|pact|contract)s?",
      "treaties",
      "mergers?",
      "takeovers?",
      "acquisitions?",
      // "the concession for the terminal" (not "made concessions to the opposition")
      "concession(?<=\\bthe\\s+(?:[\\p{L}-]+\\s+)?concession)(?!s)",
      // "a settlement this month was unlikely" (not "settlements" of houses, not "settlement terms" in a condition)
      "settlement(?<=\\b(?:a|the|any|peace|political|negotiated|final)\\s+settlement)(?!s|\\s+terms)",
    ],
    // "signing in April looks unlikely", "the leaders will sign it on 9 May"
    bare: [
      `(?:we|they|the two sides|both sides|${LEADERS}) (?:have )?signed`,
      `(?:we|they|the two sides|both sides|${LEADERS}) (?:will|would|shall|are going to|could|can|may|might) (?:not |never )?sign`,
      "(?:the )?signing(?! (?:of|up|on)\\b)",
      "sign (?:it|the text|the document)",
      // "The text will be signed exactly as it was written"
      "(?:the )?(?:text|document) (?:will|would|shall|is to|was|has been) (?:be )?signed",
      "(?:a|the) signatures?",
      // "The ink is dry", "we could put pen to paper by March"
      "(?:the )?ink (?:is|was) (?:now )?dry",
      "(?:put|puts|putting) pen to paper",
    ],
  },
  // "elections", "a referendum", "an early vote", "snap polls"
  {
    frame: "election",
    triggers: [
      "elections?",
      "referendums?",
      "referenda",
      "(?:early|snap|general|presidential) (?:vote|polls?)",
      // "will elect a new parliament", "bring the vote forward"
      // "Sanlucans will choose their president and a new Congress"
      "(?:elect|elects|elected|electing|choose|chooses|chose|choosing) (?:an? new|their(?: next| new)?|a) (?:parliament|president|assembly|legislature|congress)",
      "(?:bring|brings|brought|bringing|move|moves|moved|moving) (?:the )?(?:vote|polls?|elections?) forward",
      // "asked the president to dissolve parliament", "voters will go to the polls on June 20"
      "(?:dissolve|dissolves|dissolved|dissolving|dissolution of) (?:the )?(?:parliament|assembly|legislature)",
      // "Kanzaki had ruled out a dissolution this year"
      "dissolution(?<=\\b(?:a|an|the|early|snap)\\s+dissolution)(?! of\\b)",
      "(?:go|goes|going|went) to the polls",
      // "polling stations will open at seven" (not "before polling day": a date), "when eight million people vote", "no reason for X to vote a year early"
      "polling(?= (?:would|will|shall|is to|was to|is due to|to) (?:take place|be held)\\b)",
      "polling (?:stations?|booths?|places?)(?! (?:company|companies|firm|firms|data|numbers))",
      "(?:vote|votes|voted|voting)(?<=\\b(?:people|voters|citizens|electors|the electorate|the country|the nation)\\s+(?:(?:will|would|shall|can|could|should|to|must|may|might|do|does|did)\\s+)?(?:not\\s+)?(?:vote|votes|voted|voting))(?! (?:on|for|against|in favou?r|to|with|down|through)\\b)",
      "(?:vote|voting)(?= (?:a year|months|weeks|two years|\\p{N}+ (?:months|years)) early\\b)",
      // "the vote of 20 February will take place"
      "(?:vote|polls?)(?<=\\bthe\\s+(?:vote|polls?))(?= (?:of|on) (?:\\d{1,2}(?:st|nd|rd|th)? (?:January|February|March|April|May|June|July|August|September|October|November|December)|(?:January|February|March|April|May|June|July|August|September|October|November|December) \\d{1,2})\\b)",
      // "Norrholm will vote on Sunday, June 17" (not "will vote on the budget")
      "(?:vote|votes)(?<=\\b(?:will|to|shall)\\s+vote)(?= on (?:(?:Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday),? )?(?:January|February|March|April|May|June|July|August|September|October|November|December|\\d{1,2}(?:st|nd|rd|th)?\\b))",
    ],
  },
];
