/**
 * @module Stances: for each attributed statement that mentions an event frame, the speaker's position on that
 * proposition. Ids and names are per-article here; the corpus stage maps them to corpus-wide ones.
 */
import type { NewsEvent, Stance, Statement } from "../core/records.ts";
import { classifyStance } from "./stance-classifier.ts";

/** Frames that make sense without named participants ("a ceasefire", "new sanctions"). */
const OPEN_FRAMES = new Set([
  "ceasefire",
  "sanctions",
  "prisoner-exchange",
  "agreement",
  "talks",
  "election",
  "visit",
  "call",
  "merger",
]);

/**
 * @param fallbackDate the publication date, used when the text does not say when the words were said (a report
 * published on D carries words said on or before D).
 */
export function deriveStances(
  text: string,
  statements: readonly Statement[],
  events: readonly NewsEvent[],
  fallbackDate: string | null,
): Stance[] {
  const stances: Stance[] = [];
  for (const statement of statements) {
    if (!statement.speaker) continue;
    const { content } = statement;
    const inside = events.filter((e) => e.start >= content.start && e.end <= content.end);
    const seen = new Set<string>();
    for (const event of inside) {
      if (event.participants.length === 0 && !OPEN_FRAMES.has(event.frame)) continue;
      const key = `${event.frame}|${event.participants.join("|")}`;
      if (seen.has(key)) continue;
      const prefix = `${cuePhrase(text, statement)} `;
      const reading = classifyStance(`${prefix}${content.text}`, prefix.length + event.start - content.start);
      if (!reading || insideCondition(event.start - content.start, content.text, reading.condition)) continue;
      seen.add(key);
      stances.push({
        id: `${statement.id}.t${seen.size}`,
        statementId: statement.id,
        holder: statement.speaker.name,
        proposition: { event: event.frame, participants: [...event.participants] },
        stance: reading.stance,
        condition: reading.condition,
        date: statement.date ?? fallbackDate,
      });
    }
  }
  return stances;
}

/**
 * The cue with the few words before it: "has ruled out" and "has not ruled out" carry the stance in the cue itself
 * ("Peskov has repeatedly ruled out a meeting before …"), while "said" adds nothing.
 */
function cuePhrase(text: string, statement: Statement): string {
  const { start, end } = statement.cue;
  const { content } = statement;
  if (start >= content.start && end <= content.end) return "";
  // after the words ("…,” Zorvin told reporters"): only what stands between them and the cue
  const from = start >= content.end ? Math.max(content.end, start - 40) : Math.max(0, start - 40);
  const before = text.slice(from, start).split(/\s+/).slice(-3).join(" ");
  return `${before} ${text.slice(start, end)}`.trim();
}

/** "possible only after specific agreements are reached": the agreements are the condition, not the proposition. */
function insideCondition(offset: number, words: string, condition: string | null): boolean {
  if (!condition) return false;
  const at = words.indexOf(condition);
  return at >= 0 && offset >= at && offset < at + condition.length;
}
