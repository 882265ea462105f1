/**
 * @module A story's timeline: its statements and dated events, sorted by date. The same words carried by several
 * articles (a syndicated copy, two outlets quoting one remark) make one entry listing every article.
 */
import type { NewsEvent, Statement, TimelineEntry } from "../core/records.ts";
import { containment, shingleSet } from "../dedup/shingles.ts";

export interface TimelineStatement extends Statement {
  readonly articleId: string;
}

export interface TimelineEvent extends NewsEvent {
  readonly articleId: string;
}

export interface DatedEntry extends TimelineEntry {
  /** Where the date came from: the text itself, or the publication date of the article that carried it. */
  readonly dateFrom: "text" | "published" | null;
}

/** Same speaker and most of the words in common: the same remark, wherever it was printed. */
const SAME_REMARK = 0.8;

export function buildTimeline(
  statements: readonly TimelineStatement[],
  events: readonly TimelineEvent[],
  publishedOf: (articleId: string) => string | null,
): DatedEntry[] {
  const entries: { entry: DatedEntry; speaker: string | null; shingles: Set<number> }[] = [];
  // shingle → statement entries holding it: a remark is compared only with entries that share words with it
  const byShingle = new Map<number, number[]>();
  for (const s of statements) {
    const shingles = shingleSet(s.content.text, 4);
    const speaker = s.speaker?.name ?? null;
    const candidates = new Set<number>();
    for (const sh of shingles) for (const at of byShingle.get(sh) ?? []) candidates.add(at);
    const same = [...candidates]
      .sort((a, b) => a - b)
      .map((at) => entries[at])
      .find(
        (e) =>
          e !== undefined &&
          e.speaker === speaker &&
          Math.max(containment(shingles, e.shingles), containment(e.shingles, shingles)) >= SAME_REMARK,
      );
    if (same) {
      same.entry = withArticle(same.entry, s.articleId, s.id);
      continue;
    }
    const published = publishedOf(s.articleId);
    for (const sh of shingles) {
      const list = byShingle.get(sh);
      if (list) list.push(entries.length);
      else byShingle.set(sh, [entries.length]);
    }
    entries.push({
      entry: {
        date: s.date ?? published,
        dateFrom: s.date ? "text" : published ? "published" : null,
        kind: "statement",
        ref: s.id,
        articleIds: [s.articleId],
        refs: [s.id],
      },
      speaker,
      shingles,
    });
  }
  const eventKeys = new Map<string, number>();
  for (const e of events) {
    if (!e.date) continue;
    const key = `${e.frame}|${e.date}|${e.participants.join("|")}`;
    const at = eventKeys.get(key);
    const existing = at === undefined ? undefined : entries[at];
    if (existing) {
      existing.entry = withArticle(existing.entry, e.articleId, e.id);
      continue;
    }
    eventKeys.set(key, entries.length);
    entries.push({
      entry: {
        date: e.date,
        dateFrom: "text",
        kind: "event",
        ref: e.id,
        articleIds: [e.articleId],
        refs: [e.id],
      },
      speaker: null,
      shingles: new Set(),
    });
  }
  return entries.map((e) => e.entry).sort(byDate);
}

function withArticle(entry: DatedEntry, articleId: string, ref: string): DatedEntry {
  const refs = [...(entry.refs ?? [entry.ref]), ref];
  return entry.articleIds.includes(articleId)
    ? { ...entry, refs }
    : { ...entry, articleIds: [...entry.articleIds, articleId], refs };
}

/** Dated entries first, by date (a month sorts before the days in it); undated last, in reading order. */
function byDate(a: DatedEntry, b: DatedEntry): number {
  if (a.date === b.date) return 0;
  if (a.date === null) return 1;
  if (b.date === null) return -1;
  return a.date < b.date ? -1 : 1;
}
