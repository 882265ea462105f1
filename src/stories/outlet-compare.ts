/**
 * @module Outlet comparison: one timeline entry (a remark or an event several articles carried) as each article
 * worded it — the sentence that carries it, the outlet, and the labels it chose (Kiev or Kyiv, "illegitimate",
 * titles) — side by side.
 */
import { articleOf } from "../core/ids.ts";
import type { Analysis, Article, Span, TimelineEntry } from "../core/records.ts";
import { labelsIn } from "./labels.ts";

export interface OutletVersion {
  readonly articleId: string;
  readonly outlet: string | null;
  readonly published: string | null;
  readonly title: string | null;
  /** The sentence (or sentences) carrying the remark or event, as this article printed it. */
  readonly sentence: string;
  readonly labels: readonly string[];
}

export function compareOutlets(
  entry: TimelineEntry,
  articles: ReadonlyMap<string, { readonly article: Article; readonly analysis: Analysis }>,
): OutletVersion[] {
  const seen = new Set<string>();
  const versions: OutletVersion[] = [];
  for (const ref of entry.refs ?? [entry.ref]) {
    const articleId = articleOf(ref);
    const found = articleId ? articles.get(articleId) : undefined;
    if (!articleId || !found || seen.has(articleId)) continue;
    const span = spanOf(ref, entry.kind, found.analysis);
    if (!span) continue;
    seen.add(articleId);
    const sentence = sentencesAround(span, found.analysis, found.article.text);
    versions.push({
      articleId,
      outlet: found.article.outlet,
      published: found.article.published,
      title: found.article.title,
      sentence,
      labels: labelsIn(sentence),
    });
  }
  return versions;
}

function spanOf(ref: string, kind: TimelineEntry["kind"], analysis: Analysis): Span | null {
  const local = ref.slice(ref.lastIndexOf(".") + 1);
  if (kind === "event") return analysis.events.find((e) => e.id === local) ?? null;
  const statement = analysis.statements.find((s) => s.id === local);
  if (!statement) return null;
  const { cue, content } = statement;
  return { start: Math.min(cue.start, content.start), end: Math.max(cue.end, content.end) };
}

function sentencesAround(span: Span, analysis: Analysis, text: string): string {
  const covering = analysis.sentences.filter((s) => s.end > span.start && s.start < span.end);
  const start = covering[0]?.start ?? span.start;
  const end = covering.at(-1)?.end ?? span.end;
  return text.slice(start, end).trim();
}
