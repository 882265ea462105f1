/**
 * @module "LVNA quoted spokeswoman X as saying on Friday that …": the words are X's, relayed by the one who quoted
 * them. The statement the cue "quoted" found keeps its cue; its speaker becomes the person named before "as saying",
 * its relay the quoting source, and its words what follows "as saying (that)". A statement cued by that "saying"
 * repeats the same words and goes.
 */
import type { Speaker } from "../core/records.ts";
import type { ArticleIndex } from "./article-index.ts";
import type { Attributed } from "./combine.ts";

const QUOTED = /^quot(?:ed|es|ing)$/i;
/** The whole "quoted spokeswoman X as saying on Friday" taken as the cue. */
const QUOTED_IN_CUE = /^quot(?:ed|es|ing)\s.*\bas\s+(?:saying|telling)\b/isu;

/** The person named inside a "quoted X as saying" cue speaks; the quoting source relays. */
function speakerInCue(index: ArticleIndex, f: Attributed): Attributed {
  const person = index.mentions.find(
    (x) => x.entity.type === "person" && x.start >= f.cue.start && x.end <= f.cue.end,
  );
  if (person === undefined || f.speaker === null) return f;
  return { ...f, speaker: personSpeaker(index, person), via: f.speaker.name };
}

type Mention = ArticleIndex["mentions"][number];

function personSpeaker(index: ArticleIndex, person: Mention): Speaker {
  return {
    name: person.entity.name,
    mention: index.text.slice(person.start, person.end),
    start: person.start,
    end: person.end,
    entityId: person.entity.id,
  };
}
/** "as saying", "as saying on Friday that", "as telling reporters that". */
const AS_SAYING =
  /\s+as\s+(?:saying|telling\s+(?:[\p{L}'’-]+\s+){1,3}?)(?:\s+(?:on|late\s+on|early\s+on)\s+\p{L}+)?(?:\s+that)?\s+/u;

export function quotedAsSaying(index: ArticleIndex, found: readonly Attributed[]): Attributed[] {
  // the "as saying" of each quoted statement: a statement cued there ("LVNA | saying") is the same words again
  const saying: { start: number; end: number }[] = [];
  const out = found.map((f) => {
    if (f.speaker !== null && QUOTED_IN_CUE.test(f.cue.text)) return speakerInCue(index, f);
    if (f.speaker === null || !QUOTED.test(f.cue.text.trim())) return f;
    const m = AS_SAYING.exec(f.content.text);
    if (m === null || m.index > 120) return f;
    const namedEnd = f.content.start + m.index;
    const person = index.mentions.find(
      (x) => x.entity.type === "person" && x.start >= f.content.start && x.end <= namedEnd,
    );
    if (person === undefined) return f;
    const start = f.content.start + m.index + m[0].length;
    if (start >= f.content.end) return f;
    saying.push({ start: namedEnd, end: start });
    return {
      ...f,
      speaker: personSpeaker(index, person),
      via: f.speaker.name,
      content: { text: index.text.slice(start, f.content.end), start, end: f.content.end },
    };
  });
  return out.filter((f) => !saying.some((x) => x.start <= f.cue.start && f.cue.start < x.end));
}
