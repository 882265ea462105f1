/** @module The per-article stages in order: sentences → entities → statements and time → dated statements → events. */

import { extractStatements } from "../attribution/index.ts";
import type { AnalysisContext } from "../core/context.ts";
import type { Analysis } from "../core/records.ts";
import { extractEvents } from "../events/event-finder.ts";
import { extractEntities } from "../language/entities.ts";
import { splitSentences } from "../language/sentences.ts";
import { dateForSpan, dateStatements, extractTimexes } from "../time/index.ts";

/** Pure: the same text and context always give the same analysis (so it can be cached by content hash). */
export function analyzeText(text: string, ctx: AnalysisContext): Analysis {
  const sentences = splitSentences(text);
  const entities = extractEntities(text, sentences);
  const timexes = extractTimexes(text, ctx);
  const statements = dateStatements(text, extractStatements(text, sentences, entities), timexes);
  const events = extractEvents(text, sentences, entities, timexes, dateForSpan);
  return { sentences, entities, statements, timexes, events };
}
