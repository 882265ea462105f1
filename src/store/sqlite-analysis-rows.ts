/** @module Writing an article's analysis and the rows derived from it (statements with their full-text index, events). */
import type Database from "better-sqlite3";
import { scopedId } from "../core/ids.ts";
import type { Analysis, Article } from "../core/records.ts";

/** The analysis of one article and the rows derived from it: statements (with their full-text index), events. */
export function insertAnalysisRows(db: Database.Database, articleId: string, analysis: Analysis): void {
  db.prepare("INSERT INTO analyses (article_id, json) VALUES (?, ?)").run(
    articleId,
    JSON.stringify(analysis),
  );
  const insertStatement = db.prepare(
    `INSERT INTO statements (id, article_id, local_id, speaker_name, speaker_mention, speaker_local_entity, via,
       kind, cue, content, start, "end", date, json)
     VALUES (@id, @articleId, @localId, @speakerName, @speakerMention, @speakerEntity, @via, @kind, @cue,
       @content, @start, @end, @date, @json)`,
  );
  const insertStatementFts = db.prepare(
    "INSERT INTO statements_fts (statement_id, speaker, content) VALUES (?, ?, ?)",
  );
  for (const s of analysis.statements) {
    const id = scopedId(articleId, s.id);
    insertStatement.run({
      id,
      articleId,
      localId: s.id,
      speakerName: s.speaker?.name ?? null,
      speakerMention: s.speaker?.mention ?? null,
      speakerEntity: s.speaker?.entityId ?? null,
      via: s.via,
      kind: s.kind,
      cue: s.cue.text,
      content: s.content.text,
      start: s.content.start,
      end: s.content.end,
      date: s.date,
      json: JSON.stringify(s),
    });
    insertStatementFts.run(id, s.speaker?.name ?? "", s.content.text);
  }
  const insertEvent = db.prepare("INSERT INTO events (id, article_id, json) VALUES (?, ?, ?)");
  for (const e of analysis.events) insertEvent.run(scopedId(articleId, e.id), articleId, JSON.stringify(e));
}

/** An article the corpus stages dated: its date, evidence and re-dated analysis replace the stored ones. */
export function replaceDated(db: Database.Database, article: Article, analysis: Analysis): void {
  db.prepare(
    "UPDATE articles SET published = ?, published_from = ?, date_evidence_json = ? WHERE id = ?",
  ).run(
    article.published,
    article.publishedFrom,
    article.dateEvidence ? JSON.stringify(article.dateEvidence) : null,
    article.id,
  );
  db.prepare(
    "DELETE FROM statements_fts WHERE statement_id IN (SELECT id FROM statements WHERE article_id = ?)",
  ).run(article.id);
  for (const table of ["statements", "events", "analyses"]) {
    db.prepare(`DELETE FROM ${table} WHERE article_id = ?`).run(article.id);
  }
  insertAnalysisRows(db, article.id, analysis);
}
