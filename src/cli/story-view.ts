/** @module A story's timeline with each entry's statement or event, articles and outlets resolved, for display. */
import type { Story, TimelineEntry } from "../core/records.ts";
import type { Store, StoredEvent, StoredStatement } from "../store/store.ts";
import { resolvePrefix } from "./resolve-id.ts";

export interface TimelineRow {
  readonly entry: TimelineEntry & { readonly dateFrom?: string | null };
  readonly statement: StoredStatement | null;
  readonly event: StoredEvent | null;
  readonly outlets: readonly string[];
}

export interface StoryView {
  readonly story: Omit<Story, "timeline">;
  readonly rows: readonly TimelineRow[];
}

export async function resolveStoryTimeline(store: Store, idOrPrefix: string): Promise<StoryView> {
  const stories = await store.listStories();
  const id = resolvePrefix(
    "story",
    idOrPrefix,
    stories.map((s) => s.id),
  );
  const story = stories.find((s) => s.id === id);
  if (!story) throw new Error(`story ${id} vanished while reading`);
  const statements = new Map((await store.listStatements({ storyId: id })).map((s) => [s.id, s]));
  const events = new Map((await store.listEvents()).map((e) => [e.id, e]));
  const outletOf = new Map(
    (await store.listArticles({ storyId: id })).map((a) => [a.id, a.outlet ?? a.source]),
  );
  const { timeline, ...rest } = story;
  return {
    story: rest,
    rows: timeline.map((entry) => ({
      entry,
      statement: entry.kind === "statement" ? (statements.get(entry.ref) ?? null) : null,
      event: entry.kind === "event" ? (events.get(entry.ref) ?? null) : null,
      outlets: [...new Set(entry.articleIds.map((a) => outletOf.get(a) ?? a))],
    })),
  };
}
