/**
 * @module What a story report says, gathered from the store once: the story, its timeline resolved, every holder's
 * stances in date order, the changes, the facts several outlets carried (worded side by side), and the sources.
 * The renderers (Markdown, HTML) only format this.
 */

import { type ChangeView, resolveChanges } from "../cli/changes-view.ts";
import { resolveStoryTimeline, type TimelineRow } from "../cli/story-view.ts";
import type { Analysis, Stance, Story } from "../core/records.ts";
import { placeOf } from "../stance/changes.ts";
import type { Store, StoredArticle, StoredStatement } from "../store/store.ts";
import { compareOutlets, type OutletVersion } from "../stories/outlet-compare.ts";

export interface StanceLine {
  readonly holder: string;
  readonly proposition: Stance["proposition"];
  readonly points: readonly (Stance & { readonly words: string | null; readonly outlet: string | null })[];
}

export interface ReportModel {
  readonly story: Omit<Story, "timeline">;
  readonly generated: string;
  readonly rows: readonly TimelineRow[];
  readonly stances: readonly StanceLine[];
  readonly changes: readonly ChangeView[];
  readonly comparisons: readonly { readonly row: TimelineRow; readonly versions: readonly OutletVersion[] }[];
  readonly articles: readonly StoredArticle[];
  readonly speakers: readonly { readonly name: string; readonly statements: number }[];
}

export async function buildReport(store: Store, storyId: string, today: string): Promise<ReportModel> {
  const view = await resolveStoryTimeline(store, storyId);
  const articles = await store.listArticles({ storyId: view.story.id });
  const outletOf = new Map(articles.map((a) => [a.id, a.outlet ?? a.source]));
  const statements = await store.listStatements({ storyId: view.story.id });
  const byId = new Map(statements.map((s) => [s.id, s]));
  const inStory = (await store.listStances()).filter((s) => byId.has(s.statementId));
  const materials = new Map<string, { article: StoredArticle; analysis: Analysis }>();
  for (const article of articles) {
    const analysis = await store.getAnalysis(article.id);
    if (analysis) materials.set(article.id, { article, analysis });
  }
  const comparisons = view.rows
    .filter((row) => new Set(row.outlets).size > 1)
    .map((row) => ({ row, versions: compareOutlets(row.entry, materials) }))
    .filter((c) => c.versions.length > 1);
  const changes = (await resolveChanges(store)).filter((c) => c.to.articleId && outletOf.has(c.to.articleId));
  return {
    story: view.story,
    generated: today,
    rows: view.rows,
    stances: stanceLines(inStory, byId, outletOf),
    changes,
    comparisons,
    articles,
    speakers: topSpeakers(statements),
  };
}

function stanceLines(
  stances: readonly Stance[],
  statements: ReadonlyMap<string, StoredStatement>,
  outletOf: ReadonlyMap<string, string>,
): StanceLine[] {
  const lines = new Map<string, StanceLine & { points: StanceLine["points"][number][] }>();
  for (const s of stances) {
    const key = `${s.holder}|${s.proposition.event}|${[...s.proposition.participants].sort().join("|")}`;
    const statement = statements.get(s.statementId);
    const point = {
      ...s,
      words: statement?.content.text ?? null,
      outlet: statement ? (outletOf.get(statement.articleId) ?? null) : null,
    };
    const line = lines.get(key);
    if (line) line.points.push(point);
    else lines.set(key, { holder: s.holder, proposition: s.proposition, points: [point] });
  }
  for (const line of lines.values()) {
    line.points.sort((a, b) => (placeOf(a) ?? "9999").localeCompare(placeOf(b) ?? "9999"));
  }
  return [...lines.values()].sort(
    (a, b) => b.points.length - a.points.length || a.holder.localeCompare(b.holder),
  );
}

function topSpeakers(statements: readonly StoredStatement[]): { name: string; statements: number }[] {
  const counts = new Map<string, number>();
  for (const s of statements)
    if (s.speaker) counts.set(s.speaker.name, (counts.get(s.speaker.name) ?? 0) + 1);
  return [...counts]
    .map(([name, n]) => ({ name, statements: n }))
    .sort((a, b) => b.statements - a.statements || a.name.localeCompare(b.name))
    .slice(0, 10);
}
