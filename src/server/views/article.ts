/**
 * @module One article as the API and the article page show it: metadata, the cleaned text, its sentences and the
 * statements and events found in it with their offsets, its story, and — on request — what cleaning removed.
 */
import type { Removal, Sentence } from "../../core/records.ts";
import type { Store, StoredArticle, StoredEvent, StorySummary } from "../../store/store.ts";
import { localIdOf, type StatementView, statementView } from "./story.ts";

export interface PlacedStatement extends StatementView {
  readonly contentSpan: { readonly start: number; readonly end: number };
  readonly cueSpan: { readonly start: number; readonly end: number };
  /** Index of the sentence where the content starts, or null. */
  readonly sentence: number | null;
}

export interface ArticleDetail {
  readonly article: Omit<StoredArticle, "removed">;
  readonly story: Pick<StorySummary, "id" | "title"> | null;
  readonly copyOf: {
    readonly id: string;
    readonly title: string | null;
    readonly outlet: string | null;
  } | null;
  readonly sentences: readonly Sentence[];
  readonly statements: readonly PlacedStatement[];
  readonly events: readonly (StoredEvent & { readonly localId: string })[];
  /** What cleaning took out, and why; only when asked for. */
  readonly removed?: readonly Removal[];
}

export async function articleDetail(
  store: Store,
  id: string,
  options: { removed: boolean },
): Promise<ArticleDetail | null> {
  const stored = await store.getArticle(id);
  if (!stored) return null;
  const { removed, ...article } = stored;
  const analysis = await store.getAnalysis(id);
  const sentences = analysis?.sentences ?? [];
  const { statements } = await store.findStatements({ articleId: id });
  const [story] = article.storyId ? await store.listStorySummaries({ ids: [article.storyId] }) : [];
  const [original] = article.duplicateOf ? await store.getArticleHeads([article.duplicateOf]) : [];
  const sentenceAt = (offset: number): number | null => {
    const i = sentences.findIndex((s) => s.start <= offset && offset < s.end);
    return i >= 0 ? i : null;
  };
  return {
    article,
    story: story ? { id: story.id, title: story.title } : null,
    copyOf: original ? { id: original.id, title: original.title, outlet: original.outlet } : null,
    sentences,
    statements: statements.map((s) => ({
      ...statementView(s),
      contentSpan: { start: s.content.start, end: s.content.end },
      cueSpan: { start: s.cue.start, end: s.cue.end },
      sentence: sentenceAt(s.content.start),
    })),
    events: (analysis?.events ?? []).map((e) => ({
      ...e,
      id: `${id}.${e.id}`,
      articleId: id,
      localId: localIdOf(`${id}.${e.id}`),
    })),
    ...(options.removed ? { removed } : {}),
  };
}
