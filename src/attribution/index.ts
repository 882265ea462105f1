/** @module Attributed statements: who said what, through whom, found with quotes, cues, speakers and relays. */
import type { Entity, Sentence, Statement } from "../core/records.ts";
import { indexArticle } from "./article-index.ts";
import { continuationQuotes } from "./continuation.ts";
import { proseSentences } from "./prose-filter.ts";
import { attributeSentence, type Found } from "./sentence-attributor.ts";
import type { PriorSpeaker } from "./speaker-resolver.ts";

export function extractStatements(
  text: string,
  sentences: readonly Sentence[],
  entities: readonly Entity[],
): Statement[] {
  const index = indexArticle(text, sentences, entities);
  const prose = proseSentences(text, sentences);
  const byId = new Map(entities.map((e) => [e.id, e]));
  const found: Found[] = [];
  const prior: PriorSpeaker[] = [];
  for (const s of prose) {
    for (const f of attributeSentence(index, s, prior)) {
      found.push(f);
      const entity = f.speaker?.entityId == null ? undefined : byId.get(f.speaker.entityId);
      if (entity !== undefined) prior.push({ entity, at: f.cue.start });
    }
  }
  const all = [...found, ...continuationQuotes(index, prose, found)];
  all.sort((a, b) => Math.min(a.content.start, a.cue.start) - Math.min(b.content.start, b.cue.start));
  return all.map((f, i) => ({
    id: `s${i + 1}`,
    speaker: f.speaker,
    via: f.via,
    kind: f.kind,
    cue: f.cue,
    content: f.content,
    date: null,
  }));
}
