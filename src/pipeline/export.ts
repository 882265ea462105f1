/**
 * @module The contract's export document (CONTRACT.md §3) as a stream of typed records, so `--jsonl` and
 * `--json` can both be written without holding the corpus in memory twice.
 */
import type { Store } from "../store/store.ts";

export type ExportSection = "articles" | "entities" | "statements" | "events" | "stories" | "stances";

export const EXPORT_SECTIONS: readonly ExportSection[] = [
  "articles",
  "entities",
  "statements",
  "events",
  "stories",
  "stances",
];

/** The JSONL `type` of each section's records. */
export const RECORD_TYPE: Record<ExportSection, string> = {
  articles: "article",
  entities: "entity",
  statements: "statement",
  events: "event",
  stories: "story",
  stances: "stance",
};

export async function* exportSection(store: Store, section: ExportSection): AsyncIterable<object> {
  switch (section) {
    case "articles":
      for (const a of await store.listArticles()) {
        yield {
          id: a.id,
          source: a.source,
          title: a.title,
          outlet: a.outlet,
          url: a.url,
          published: a.published,
          publishedFrom: a.publishedFrom,
          dateEvidence: a.dateEvidence ?? null,
          author: a.author,
          lang: a.lang,
          text: a.text,
          duplicateOf: a.duplicateOf,
          storyId: a.storyId,
        };
      }
      return;
    case "entities":
      yield* await store.listEntities();
      return;
    case "statements":
      for (const s of await store.listStatements()) {
        yield {
          id: s.id,
          articleId: s.articleId,
          speaker: s.speaker
            ? { name: s.speaker.name, mention: s.speaker.mention, entityId: s.speaker.entityId }
            : null,
          via: s.via,
          kind: s.kind,
          cue: s.cue.text,
          content: s.content.text,
          start: s.content.start,
          end: s.content.end,
          date: s.date,
        };
      }
      return;
    case "events":
      for (const e of await store.listEvents()) {
        yield {
          id: e.id,
          articleId: e.articleId,
          text: e.text,
          event: e.frame,
          date: e.date,
          participants: e.participants,
        };
      }
      return;
    case "stories":
      yield* await store.listStories();
      return;
    case "stances":
      yield* await store.listStances();
      return;
  }
}
