/** @module Ids as users type them: the whole id or a unique prefix; anything else is a clear usage error. */
import { UsageError } from "../core/errors.ts";
import type { Store, StoredArticle } from "../store/store.ts";

export function resolvePrefix(kind: string, prefix: string, ids: readonly string[]): string {
  if (ids.includes(prefix)) return prefix;
  const matches = ids.filter((id) => id.startsWith(prefix));
  const only = matches[0];
  if (matches.length === 1 && only) return only;
  throw new UsageError(
    matches.length
      ? `"${prefix}" matches ${matches.length} ${kind}s; give more of the id`
      : `no ${kind} "${prefix}" (list them with \`dossier ${kind}s\`)`,
  );
}

export async function getArticleOrThrow(store: Store, idOrPrefix: string): Promise<StoredArticle> {
  const exact = await store.getArticle(idOrPrefix);
  if (exact) return exact;
  const ids = (await store.listArticles()).map((a) => a.id);
  const article = await store.getArticle(resolvePrefix("article", idOrPrefix, ids));
  if (!article) throw new UsageError(`no article "${idOrPrefix}"`);
  return article;
}
