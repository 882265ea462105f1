/** @module The per-article stages in order: sentences → entities → statements and time → dated statements → events. */

import { extractStatements } from "../attribution/index.ts";
import type { AnalysisContext } from "../core/context.ts";
import type { Analysis } from "../core/records.ts";
import { extractEvents } from "../events/event-finder.ts";
import { extractEntities } from "../language/entities.ts";
import { splitSentences } from "../language/sentences.ts";
import { unshoutNames } from "../language/unshout.ts";
import { dateForSpan, dateStatements, extractTimexes } from "../time/index.ts";

/**
 * Pure: the same text and context always give the same analysis (so it can be cached by content hash). The stages
 * read the text with surnames written in capitals in ordinary case ("Abdoulaye SÉRÉMÉ"); offsets are the same, and
 * the words of statements are quoted as written.
 */
export function analyzeText(written: string, ctx: AnalysisContext): Analysis {
  const text = unshoutNames(written);
  const sentences = splitSentences(text);
  const entities = extractEntities(text, sentences);
  const timexes = extractTimexes(text, ctx);
  const found = dateStatements(text, extractStatements(text, sentences, entities), timexes);
  const statements =
    text === written
      ? found
      : found.map((s) => ({
          ...s,
          cue: { ...s.cue, text: written.slice(s.cue.start, s.cue.end) },
          content: { ...s.content, text: written.slice(s.content.start, s.content.end) },
        }));
  const events = extractEvents(
    text,
    sentences,
    entities,
    timexes,
    dateForSpan,
    statements.map((s) => s.content),
  );
  return { sentences, entities, statements, timexes, events };
}
