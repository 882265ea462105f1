/**
 * @module Undated articles: a publication date inferred from the article's own text (a dateline, its dated
 * address, "said on Saturday" after a dated event), marked `inferred` with the evidence kept; when the evidence
 * does not pin a date, the date stays null and the evidence is still kept for the analyst.
 */
import type { Article } from "../core/records.ts";
import { extractTimexes, inferPublication } from "../time/index.ts";

export function dateArticle(article: Article): Article {
  if (article.published !== null) return article;
  const inferred = inferPublication(
    article.text,
    article.removed,
    extractTimexes(article.text, { published: null }),
  );
  if (!inferred) return article;
  const dateEvidence = { notBefore: inferred.notBefore, evidence: inferred.evidence };
  if (inferred.date === null) return { ...article, dateEvidence };
  return { ...article, published: inferred.date, publishedFrom: "inferred", dateEvidence };
}
