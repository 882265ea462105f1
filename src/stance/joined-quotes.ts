/** @module A quote its cue splits (“The exchange,” X said, “will …”) read as one statement by the stance stage. */
import type { Statement } from "../core/records.ts";

/** “The exchange,” X said at the ministry, “will …”: a comma closes the first part, no sentence ends before the next. */
const SPLIT_GAP = /^(?:,\s*["”“’»]|["”“’»]\s*,)[^.!?;“”„"«»]*,\s*["“„«]?\s*$/u;

/**
 * “The exchange,” X said, “will not take place while …”: the two parts of a quote its cue splits are one statement,
 * under the id of the longer part.
 */
export function joinedQuotes(text: string, statements: readonly Statement[]): Statement[] {
  const tails = new Set<Statement>();
  const out: Statement[] = [];
  for (const s of statements) {
    if (tails.has(s)) continue;
    const tail = statements.find(
      (t) =>
        t !== s &&
        t.cue.start === s.cue.start &&
        t.speaker?.name === s.speaker?.name &&
        s.content.end <= s.cue.start &&
        t.content.start >= s.cue.end &&
        t.content.start - s.content.end < 120 &&
        SPLIT_GAP.test(text.slice(s.content.end, t.content.start)),
    );
    if (tail === undefined) {
      out.push(s);
      continue;
    }
    tails.add(tail);
    const { start } = s.content;
    const { end } = tail.content;
    // the stance's evidence is the longer part, where the words' predicate usually stands
    const id = tail.content.text.length > s.content.text.length ? tail.id : s.id;
    out.push({ ...s, id, content: { text: text.slice(start, end), start, end } });
  }
  return out;
}
