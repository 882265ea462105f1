/**
 * @module Event mentions (talks, meetings, exchanges, ceasefires, visits, calls …) with their frame, participants
 * and date. One event per frame per sentence: a sentence that says "meeting" twice describes one meeting.
 */
import type { Entity, NewsEvent, Sentence, Span, Timex } from "../core/records.ts";
import { EVENT_FRAMES } from "./event-frames.ts";
import { findParticipants, personMentions } from "./participants.ts";

/** Dates an event mention; the time stage provides it (same-sentence DATE timex near the span). */
export type SpanDater = (span: Span, text: string, timexes: readonly Timex[]) => string | null;

const COMPILED = EVENT_FRAMES.map((f) => ({
  frame: f.frame,
  pattern: new RegExp(`(?<![\\p{L}-])(?:${f.triggers.join("|")})(?![\\p{L}])`, "giu"),
}));

export function extractEvents(
  text: string,
  sentences: readonly Sentence[],
  entities: readonly Entity[],
  timexes: readonly Timex[],
  dateOf: SpanDater,
): NewsEvent[] {
  const persons = personMentions(entities);
  const lastByFrame = new Map<string, readonly string[]>();
  const events: NewsEvent[] = [];
  for (const sentence of sentences) {
    const slice = text.slice(sentence.start, sentence.end);
    for (const { frame, pattern } of COMPILED) {
      pattern.lastIndex = 0;
      const match = pattern.exec(slice);
      if (!match) continue;
      const trigger = {
        start: sentence.start + match.index,
        end: sentence.start + match.index + match[0].length,
      };
      const found = findParticipants(text, sentence, trigger, persons);
      let participants: readonly string[] = found.names;
      if (found.anaphoric) participants = lastByFrame.get(frame) ?? [];
      if (participants.length >= 2) lastByFrame.set(frame, participants);
      events.push({
        id: `v${events.length + 1}`,
        text: match[0],
        ...trigger,
        frame,
        date: dateOf(trigger, text, timexes),
        participants,
      });
    }
  }
  return events;
}
