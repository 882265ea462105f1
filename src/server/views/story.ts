/**
 * @module A story as the API and the story page show it: its summary, its articles (without text) and one page of
 * its timeline with each entry's statement or event, outlets and date precision resolved — read by id, so a story
 * page never reads the whole corpus.
 */
import type { Story, TimelineEntry } from "../../core/records.ts";
import type { ArticleHead, Store, StoredEvent, StoredStatement, StorySummary } from "../../store/store.ts";
import { type DatePrecision, precisionOf } from "../dates.ts";

export interface StatementView {
  readonly id: string;
  readonly articleId: string;
  /** The statement's id inside its article ("s3"): the anchor `#st-s3` on the article page. */
  readonly localId: string;
  readonly speaker: string | null;
  readonly mention: string | null;
  readonly via: string | null;
  readonly kind: StoredStatement["kind"];
  readonly cue: string;
  readonly content: string;
  readonly date: string | null;
}

export interface EventView {
  readonly id: string;
  readonly articleId: string;
  readonly localId: string;
  readonly frame: string;
  readonly text: string;
  readonly date: string | null;
  readonly participants: readonly string[];
}

export interface EntryView {
  /** Position in the whole timeline (0-based): `/stories/ID/entries/N` compares its outlets. */
  readonly index: number;
  readonly date: string | null;
  /** Where the date came from: the text itself, or the publication date of the article that carried it. */
  readonly dateFrom: string | null;
  readonly precision: DatePrecision | null;
  readonly kind: TimelineEntry["kind"];
  readonly ref: string;
  readonly articleIds: readonly string[];
  readonly outlets: readonly string[];
  readonly statement: StatementView | null;
  readonly event: EventView | null;
}

export interface ArticleSummary {
  readonly id: string;
  readonly title: string | null;
  readonly outlet: string | null;
  readonly source: string;
  readonly published: string | null;
  readonly publishedFrom: string | null;
  readonly duplicateOf: string | null;
}

export interface StoryDetail {
  readonly story: StorySummary;
  readonly articles: readonly ArticleSummary[];
  readonly entries: readonly EntryView[];
  readonly total: number;
  readonly limit: number;
  readonly offset: number;
}

export const localIdOf = (scoped: string): string => scoped.slice(scoped.lastIndexOf(".") + 1);

export function statementView(s: StoredStatement): StatementView {
  return {
    id: s.id,
    articleId: s.articleId,
    localId: localIdOf(s.id),
    speaker: s.speaker?.name ?? null,
    mention: s.speaker?.mention ?? null,
    via: s.via,
    kind: s.kind,
    cue: s.cue.text,
    content: s.content.text,
    date: s.date,
  };
}

function eventView(e: StoredEvent): EventView {
  return {
    id: e.id,
    articleId: e.articleId,
    localId: localIdOf(e.id),
    frame: e.frame,
    text: e.text,
    date: e.date,
    participants: e.participants,
  };
}

export function articleSummary(a: ArticleHead): ArticleSummary {
  return {
    id: a.id,
    title: a.title,
    outlet: a.outlet,
    source: a.source,
    published: a.published,
    publishedFrom: a.publishedFrom,
    duplicateOf: a.duplicateOf,
  };
}

/** The story with timeline entries `offset … offset+limit`, or null when there is no such story. */
export async function storyDetail(
  store: Store,
  id: string,
  page: { limit: number; offset: number },
): Promise<StoryDetail | null> {
  const story = await store.getStory(id);
  if (!story) return null;
  const entries = story.timeline.slice(page.offset, page.offset + page.limit);
  const refs = (kind: TimelineEntry["kind"]) => entries.filter((e) => e.kind === kind).map((e) => e.ref);
  const [statements, events, heads] = await Promise.all([
    store.getStatements(refs("statement")),
    store.getEvents(refs("event")),
    store.getArticleHeads(story.articleIds),
  ]);
  const statementById = new Map(statements.map((s) => [s.id, statementView(s)]));
  const eventById = new Map(events.map((e) => [e.id, eventView(e)]));
  const outletOf = new Map(heads.map((a) => [a.id, a.outlet ?? a.source]));
  return {
    story: summarize(story),
    articles: heads.map(articleSummary),
    entries: entries.map((entry, i) => {
      const dateFrom = (entry as { dateFrom?: string | null }).dateFrom ?? null;
      return {
        index: page.offset + i,
        date: entry.date,
        dateFrom,
        precision: precisionOf(entry.date),
        kind: entry.kind,
        ref: entry.ref,
        articleIds: entry.articleIds,
        outlets: [...new Set(entry.articleIds.map((a) => outletOf.get(a) ?? a))],
        statement: entry.kind === "statement" ? (statementById.get(entry.ref) ?? null) : null,
        event: entry.kind === "event" ? (eventById.get(entry.ref) ?? null) : null,
      };
    }),
    total: story.timeline.length,
    limit: page.limit,
    offset: page.offset,
  };
}

/** The list view of a story, from the story itself (the same figures `listStorySummaries` gives). */
export function summarize(story: Story): StorySummary {
  const dates = story.timeline.flatMap((e) => (e.date ? [e.date] : [])).sort();
  return {
    id: story.id,
    title: story.title,
    articleCount: story.articleIds.length,
    entryCount: story.timeline.length,
    firstDate: dates[0] ?? null,
    lastDate: dates.at(-1) ?? null,
  };
}
