/**
 * @module An ingest run: read every input, clean and analyse each article, store them in batches (one transaction
 * each), then bring the corpus stages up to date for the new articles (incrementally). A bad input is reported and skipped; the rest of the batch goes on and
 * nothing stored is touched by it.
 */

import { cleanDocument } from "../clean/index.ts";
import type { Analysis, Article } from "../core/records.ts";
import { readInputs } from "../ingest/index.ts";
import type { Store } from "../store/store.ts";
import { analyzeText } from "./analyze-article.ts";
import { refreshCorpus } from "./corpus-refresh.ts";
import { dateArticle } from "./date-article.ts";

export interface IngestOptions {
  readonly stdin?: NodeJS.ReadableStream;
  readonly maxBytes?: number;
  /** Files inside the given folders to pass over (the database itself when it sits in the corpus folder). */
  readonly skip?: (file: string) => boolean;
  readonly batchSize?: number;
  /** Called after each input document, good or bad. */
  readonly onDocument?: (source: string, ok: boolean) => void;
  readonly onError?: (source: string, error: string) => void;
}

export interface IngestSummary {
  readonly read: number;
  readonly added: number;
  readonly unchanged: number;
  readonly failed: number;
  readonly articles: number;
  readonly stories: number;
  readonly statements: number;
}

export async function ingestPaths(
  paths: readonly string[],
  store: Store,
  options: IngestOptions = {},
): Promise<IngestSummary> {
  const batchSize = options.batchSize ?? 64;
  let batch: { article: Article; analysis: Analysis }[] = [];
  let read = 0;
  let added = 0;
  let unchanged = 0;
  let failed = 0;
  const flush = async () => {
    if (batch.length === 0) return;
    const outcome = await store.saveArticles(batch);
    added += outcome.added.length;
    unchanged += outcome.unchanged.length;
    batch = [];
  };

  for await (const result of readInputs(paths, {
    stdin: options.stdin,
    maxBytes: options.maxBytes,
    skip: options.skip,
  })) {
    read++;
    if (!result.ok) {
      failed++;
      options.onError?.(result.source, result.error);
      options.onDocument?.(result.source, false);
      continue;
    }
    try {
      const article = dateArticle(cleanDocument(result.doc));
      if (article.text.trim() === "") throw new Error("no article text left after cleaning");
      batch.push({ article, analysis: analyzeText(article.text, { published: article.published }) });
      options.onDocument?.(result.doc.source, true);
    } catch (error) {
      failed++;
      options.onError?.(result.doc.source, error instanceof Error ? error.message : String(error));
      options.onDocument?.(result.doc.source, false);
    }
    if (batch.length >= batchSize) await flush();
  }
  await flush();

  const corpus = refreshCorpus(store.corpusIndex());
  return {
    read,
    added,
    unchanged,
    failed,
    articles: await store.countArticles(),
    stories: corpus.stories,
    statements: corpus.statements,
  };
}
