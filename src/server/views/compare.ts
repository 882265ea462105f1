/**
 * @module One timeline entry as each outlet worded it: the entry, and per article that carried it the sentence,
 * outlet, date and labels (from the stories stage's outlet comparison), with the anchor of that article's version.
 */
import { articleOf } from "../../core/ids.ts";
import type { Analysis } from "../../core/records.ts";
import type { Store, StoredArticle } from "../../store/store.ts";
import { compareOutlets, type OutletVersion } from "../../stories/outlet-compare.ts";
import { type EntryView, localIdOf, storyDetail } from "./story.ts";

export interface EntryComparison {
  readonly story: { readonly id: string; readonly title: string };
  readonly entry: EntryView;
  readonly versions: readonly (OutletVersion & { readonly localId: string | null })[];
}

export async function entryComparison(
  store: Store,
  storyId: string,
  index: number,
): Promise<EntryComparison | null> {
  const detail = await storyDetail(store, storyId, { limit: 1, offset: index });
  const entry = detail?.entries[0];
  const story = await store.getStory(storyId);
  const raw = story?.timeline[index];
  if (!detail || !entry || !raw) return null;
  const materials = new Map<string, { article: StoredArticle; analysis: Analysis }>();
  for (const articleId of raw.articleIds) {
    const [article, analysis] = await Promise.all([
      store.getArticle(articleId),
      store.getAnalysis(articleId),
    ]);
    if (article && analysis) materials.set(articleId, { article, analysis });
  }
  const refOf = new Map((raw.refs ?? [raw.ref]).map((ref) => [articleOf(ref), ref]));
  return {
    story: { id: detail.story.id, title: detail.story.title },
    entry,
    versions: compareOutlets(raw, materials).map((v) => {
      const ref = refOf.get(v.articleId);
      return { ...v, localId: ref ? localIdOf(ref) : null };
    }),
  };
}
