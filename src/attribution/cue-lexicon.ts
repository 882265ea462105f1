/**
 * @module Reporting cues (data): verbs and phrases that attribute words or positions to a source.
 *
 * Each verb row is `base|3rd-person|past|-ing`. Past and 3rd-person forms are cues anywhere; the base
 * form only after an auxiliary ("does not rule out"), the -ing form only as an adjunct after a comma
 * (", adding that …"), because "state", "report" and "warning" are also nouns.
 *
 * The rows after "decline to comment" are the most frequent PolNeAR train cues the first rows lacked (train cue
 * counts: continued 41, accused 36, criticized 35, urged 30, described 54, promised 21, think/thinks 68, ...). The
 * last rows are refusals and hedges whose object is the position itself ("rejected calls for a truce", "played down
 * talk of a summit"; train: rejected 30 of 36 times a cue, played down 3 of 3, rebuffed 4 of 8), and "called" on
 * its own ("called talk of a truce premature"; train: 271 of 458 "called" are in a cue, "called for" among them).
 */

const VERB_ROWS = `
say|says|said|saying
tell|tells|told|telling
add|adds|added|adding
note|notes|noted|noting
stress|stresses|stressed|stressing
emphasize|emphasizes|emphasized|emphasizing
emphasise|emphasises|emphasised|emphasising
insist|insists|insisted|insisting
state|states|stated|stating
indicate|indicates|indicated|indicating
warn|warns|warned|warning
confirm|confirms|confirmed|confirming
deny|denies|denied|denying
announce|announces|announced|announcing
claim|claims|claimed|claiming
argue|argues|argued|arguing
explain|explains|explained|explaining
clarify|clarifies|clarified|clarifying
believe|believes|believed|believing
report|reports|reported|reporting
write|writes|wrote|writing
assert|asserts|asserted|asserting
acknowledge|acknowledges|acknowledged|acknowledging
admit|admits|admitted|admitting
reiterate|reiterates|reiterated|reiterating
declare|declares|declared|declaring
suggest|suggests|suggested|suggesting
predict|predicts|predicted|predicting
reply|replies|replied|replying
respond|responds|responded|responding
ask|asks|asked|asking
tweet|tweets|tweeted|tweeting
recall|recalls|recalled|recalling
allege|alleges|alleged|alleging
underline|underlines|underlined|underlining
affirm|affirms|affirmed|affirming
remark|remarks|remarked|remarking
concede|concedes|conceded|conceding
contend|contends|contended|contending
point out|points out|pointed out|pointing out
rule out|rules out|ruled out|ruling out
decline to comment|declines to comment|declined to comment|declining to comment
continue|continues|continued|continuing
urge|urges|urged|urging
accuse|accuses|accused|accusing
criticize|criticizes|criticized|criticizing
describe|describes|described|describing
promise|promises|promised|promising
pledge|pledges|pledged|pledging
vow|vows|vowed|vowing
agree|agrees|agreed|agreeing
conclude|concludes|concluded|concluding
reveal|reveals|revealed|revealing
blame|blames|blamed|blaming
dismiss|dismisses|dismissed|dismissing
question|questions|questioned|questioning
think|thinks|thought|thinking
hope|hopes|hoped|hoping
cite|cites|cited|citing
call for|calls for|called for|calling for
call|calls|called|calling
reject|rejects|rejected|rejecting
rebuff|rebuffs|rebuffed|rebuffing
turn down|turns down|turned down|turning down
brush aside|brushes aside|brushed aside|brushing aside
play down|plays down|played down|playing down
downplay|downplays|downplayed|downplaying
`;

export interface VerbForms {
  readonly base: string;
  readonly finite: readonly string[];
  readonly participle: string;
}

export const REPORTING_VERBS: readonly VerbForms[] = VERB_ROWS.trim()
  .split("\n")
  .map((row) => {
    const [base = "", third = "", past = "", participle = ""] = row.split("|");
    return { base, finite: [third, past], participle };
  });

/** Passive or multi-word cues that behave like a finite verb ("was quoted as saying"). */
export const PHRASE_CUES: readonly string[] = [
  "was quoted as saying",
  "is quoted as saying",
  "were quoted as saying",
  "expressed confidence",
  "expressed hope",
  "expressed concern",
  "made clear",
  "went on to say",
  "poured cold water on",
  "pours cold water on",
];

/** "according to X": X is the speaker, or the relay when X is an outlet and someone else speaks. */
export const ACCORDING_CUES: readonly string[] = ["according to", "as reported by"];

/** ", quoting X": X is the speaker of the clause before it. */
export const QUOTING_CUES: readonly string[] = ["quoting", "citing"];

/** Words that license a bare verb form as a cue ("does not rule out", "would say"). */
export const AUXILIARIES: readonly string[] = [
  "do",
  "does",
  "did",
  "not",
  "n't",
  "will",
  "would",
  "can",
  "could",
  "may",
  "might",
  "must",
  "should",
  "to",
  "never",
  "cannot",
];

/** Words that introduce a participial cue ("…, adding that", "while confirming that"). */
export const PARTICIPLE_LEADS: readonly string[] = [",", "while", "and", "before", "after", "also"];
