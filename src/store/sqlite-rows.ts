/** @module Row shapes of the SQLite tables and their mapping back to records. */
import type { Article, InputFormat, PublishedFrom, Removal, Statement } from "../core/records.ts";
import type { StoredArticle, StoredStatement } from "./store.ts";

export interface ArticleRow {
  seq: number;
  id: string;
  content_hash: string;
  source: string;
  format: InputFormat;
  given_id: string | null;
  title: string | null;
  outlet: string | null;
  url: string | null;
  published: string | null;
  published_from: PublishedFrom;
  author: string | null;
  lang: string | null;
  text: string;
  removed_json: string;
  date_evidence_json: string | null;
  duplicate_of: string | null;
  story_id: string | null;
}

export function rowToArticle(row: ArticleRow): StoredArticle {
  return {
    id: row.id,
    seq: row.seq,
    source: row.source,
    format: row.format,
    givenId: row.given_id,
    title: row.title,
    outlet: row.outlet,
    url: row.url,
    published: row.published,
    publishedFrom: row.published_from,
    author: row.author,
    lang: row.lang,
    text: row.text,
    removed: JSON.parse(row.removed_json) as Removal[],
    ...(row.date_evidence_json
      ? { dateEvidence: JSON.parse(row.date_evidence_json) as Article["dateEvidence"] }
      : {}),
    contentHash: row.content_hash,
    duplicateOf: row.duplicate_of,
    storyId: row.story_id,
  };
}

export interface StatementRow {
  id: string;
  article_id: string;
  json: string;
  corpus_entity: string | null;
  corpus_name: string | null;
}

/** A stored statement with corpus-wide ids and names: its scoped id, its speaker's corpus entity and name. */
export function rowToStatement(row: StatementRow): StoredStatement {
  const s = JSON.parse(row.json) as Statement;
  return {
    ...s,
    id: row.id,
    articleId: row.article_id,
    speaker: s.speaker
      ? { ...s.speaker, name: row.corpus_name ?? s.speaker.name, entityId: row.corpus_entity }
      : null,
  };
}

/**
 * Plain words → an FTS5 query that cannot be a syntax error: each word quoted, all required.
 * `Putin-Zelensky meeting` → `"Putin" "Zelensky" "meeting"`.
 */
export function toFtsQuery(text: string): string {
  const words = text.match(/[\p{L}\p{N}_]+/gu) ?? [];
  return words.map((w) => `"${w}"`).join(" ");
}
