/**
 * @module The SQLite Store: one file, WAL, migrations by `user_version`, one transaction per batch, FTS5 indexes.
 */
import Database from "better-sqlite3";
import { articleOf } from "../core/ids.ts";
import type { Analysis, Article, DuplicateLink, Stance, Story } from "../core/records.ts";
import type { CorpusIndex } from "./corpus-index.ts";
import { insertAnalysisRows } from "./sqlite-analysis-rows.ts";
import { SqliteBrowse } from "./sqlite-browse.ts";
import { CORPUS_TABLES, SqliteCorpusIndex } from "./sqlite-corpus-index.ts";
import { SQLITE_MIGRATIONS } from "./sqlite-migrations.ts";
import {
  type ArticleRow,
  rowToArticle,
  rowToStatement,
  type StatementRow,
  toFtsQuery,
} from "./sqlite-rows.ts";
import type {
  ArticleQuery,
  CorpusEntity,
  CorpusState,
  SaveOutcome,
  SearchHit,
  StatementQuery,
  Store,
  StoredArticle,
  StoredEvent,
  StoredStatement,
} from "./store.ts";

export class SqliteStore extends SqliteBrowse implements Store {
  readonly path: string;

  private constructor(path: string, db: Database.Database) {
    super(db);
    this.path = path;
  }

  /** Opens (creating if needed) the database at `path` and brings its schema up to date. */
  static open(path: string): SqliteStore {
    const db = new Database(path);
    db.pragma("journal_mode = WAL");
    db.pragma("foreign_keys = ON");
    db.pragma("busy_timeout = 5000");
    migrate(db);
    return new SqliteStore(path, db);
  }

  /**
   * Lets SQLite keep up to `bytes` of the file's pages in memory (its default is 2 MB). A long-lived reader such
   * as the HTTP server on a large database then reads a story's rows from memory instead of the file.
   */
  setCacheSize(bytes: number): void {
    this.db.pragma(`cache_size = -${Math.max(2048, Math.floor(bytes / 1024))}`);
  }

  async saveArticles(batch: readonly { article: Article; analysis: Analysis }[]): Promise<SaveOutcome> {
    const added: string[] = [];
    const unchanged: string[] = [];
    const exists = this.db.prepare<[string], { id: string }>(
      "SELECT id FROM articles WHERE content_hash = ?",
    );
    const insertArticle = this.db.prepare(
      `INSERT INTO articles (id, content_hash, source, format, given_id, title, outlet, url, published,
         published_from, author, lang, text, removed_json, date_evidence_json)
       VALUES (@id, @contentHash, @source, @format, @givenId, @title, @outlet, @url, @published,
         @publishedFrom, @author, @lang, @text, @removed, @dateEvidence)`,
    );
    this.db.transaction(() => {
      for (const { article, analysis } of batch) {
        const known = exists.get(article.contentHash);
        if (known) {
          unchanged.push(known.id);
          continue;
        }
        insertArticle.run({
          ...article,
          removed: JSON.stringify(article.removed),
          dateEvidence: article.dateEvidence ? JSON.stringify(article.dateEvidence) : null,
        });
        insertAnalysisRows(this.db, article.id, analysis);
        added.push(article.id);
      }
    })();
    return { added, unchanged };
  }

  corpusIndex(): CorpusIndex {
    return new SqliteCorpusIndex(this.db);
  }

  /** Bulk-loads a computed corpus state (benchmarks, imports); the incremental indexes start again from it. */
  async saveCorpusState(state: CorpusState): Promise<void> {
    const db = this.db;
    db.transaction(() => {
      // A bulk load leaves the incremental indexes empty: the next ingest rebuilds them from every article.
      for (const table of CORPUS_TABLES) db.prepare(`DELETE FROM ${table}`).run();
      db.prepare("UPDATE articles SET duplicate_of = NULL, story_id = NULL, indexed = 0").run();
      const insertEntity = db.prepare(
        "INSERT INTO entities (id, name, type, aliases_json) VALUES (?, ?, ?, ?)",
      );
      for (const e of state.entities) insertEntity.run(e.id, e.name, e.type, JSON.stringify(e.aliases));
      const insertMap = db.prepare(
        "INSERT INTO article_entities (article_id, local_id, entity_id) VALUES (?, ?, ?)",
      );
      for (const [articleId, map] of state.entityIds) {
        for (const [local, global] of map) insertMap.run(articleId, local, global);
      }
      const insertDup = db.prepare(
        "INSERT INTO duplicates (article_id, duplicate_of, kind, containment) VALUES (?, ?, ?, ?)",
      );
      const markDup = db.prepare("UPDATE articles SET duplicate_of = ? WHERE id = ?");
      for (const d of state.duplicates) {
        insertDup.run(d.articleId, d.duplicateOf, d.kind, d.containment);
        markDup.run(d.duplicateOf, d.articleId);
      }
      const insertStory = db.prepare(
        "INSERT INTO stories (id, position, json, statement_count) VALUES (?, ?, ?, ?)",
      );
      const markStory = db.prepare("UPDATE articles SET story_id = ? WHERE id = ?");
      state.stories.forEach((story, position) => {
        const statements = story.timeline.filter((e) => e.kind === "statement").length;
        insertStory.run(story.id, position, JSON.stringify(story), statements);
        for (const a of story.articleIds) markStory.run(story.id, a);
      });
      const insertStance = db.prepare(
        "INSERT INTO stances (id, statement_id, json, article_id) VALUES (?, ?, ?, ?)",
      );
      for (const s of state.stances)
        insertStance.run(s.id, s.statementId, JSON.stringify(s), articleOf(s.statementId));
    })();
  }

  async getArticle(id: string): Promise<StoredArticle | null> {
    const row = this.db.prepare<[string], ArticleRow>("SELECT * FROM articles WHERE id = ?").get(id);
    return row ? rowToArticle(row) : null;
  }

  async getAnalysis(articleId: string): Promise<Analysis | null> {
    const row = this.db
      .prepare<[string], { json: string }>("SELECT json FROM analyses WHERE article_id = ?")
      .get(articleId);
    return row ? (JSON.parse(row.json) as Analysis) : null;
  }

  async listArticles(query: ArticleQuery = {}): Promise<StoredArticle[]> {
    const where = query.storyId ? "WHERE story_id = @storyId" : "";
    const rows = this.db
      .prepare<Record<string, unknown>, ArticleRow>(
        `SELECT * FROM articles ${where} ORDER BY seq LIMIT @limit OFFSET @offset`,
      )
      .all({ storyId: query.storyId ?? null, limit: query.limit ?? -1, offset: query.offset ?? 0 });
    return rows.map(rowToArticle);
  }

  async countArticles(): Promise<number> {
    return this.db.prepare<[], { n: number }>("SELECT count(*) AS n FROM articles").get()?.n ?? 0;
  }

  async listEntities(): Promise<CorpusEntity[]> {
    return this.db
      .prepare<[], { id: string; name: string; type: CorpusEntity["type"]; aliases_json: string }>(
        "SELECT * FROM entities ORDER BY name",
      )
      .all()
      .map((r) => ({
        id: r.id,
        name: r.name,
        type: r.type,
        aliases: JSON.parse(r.aliases_json) as string[],
      }));
  }

  async listStatements(query: StatementQuery = {}): Promise<StoredStatement[]> {
    const conditions: string[] = [];
    if (query.articleId) conditions.push("s.article_id = @articleId");
    if (query.storyId) conditions.push("a.story_id = @storyId");
    if (query.speaker) conditions.push("s.speaker_name LIKE @speaker");
    const where = conditions.length ? `WHERE ${conditions.join(" AND ")}` : "";
    return this.db
      .prepare<Record<string, unknown>, StatementRow>(
        `SELECT s.id, s.article_id, s.json, m.entity_id AS corpus_entity, en.name AS corpus_name FROM statements s
         JOIN articles a ON a.id = s.article_id
         LEFT JOIN article_entities m ON m.article_id = s.article_id AND m.local_id = s.speaker_local_entity
         LEFT JOIN entities en ON en.id = m.entity_id
         ${where} ORDER BY a.seq, s.start`,
      )
      .all({
        articleId: query.articleId ?? null,
        storyId: query.storyId ?? null,
        speaker: query.speaker ? `%${query.speaker}%` : null,
      })
      .map(rowToStatement);
  }

  async listEvents(): Promise<StoredEvent[]> {
    return this.db
      .prepare<[], { id: string; article_id: string; json: string }>(
        "SELECT e.* FROM events e JOIN articles a ON a.id = e.article_id ORDER BY a.seq, e.rowid",
      )
      .all()
      .map((r) => ({ ...(JSON.parse(r.json) as StoredEvent), id: r.id, articleId: r.article_id }));
  }

  async listStories(): Promise<Story[]> {
    return this.db
      .prepare<[], { json: string }>("SELECT json FROM stories ORDER BY position")
      .all()
      .map((r) => JSON.parse(r.json) as Story);
  }

  async getStory(id: string): Promise<Story | null> {
    const row = this.db.prepare<[string], { json: string }>("SELECT json FROM stories WHERE id = ?").get(id);
    return row ? (JSON.parse(row.json) as Story) : null;
  }

  async listStances(): Promise<Stance[]> {
    return this.db
      .prepare<[], { json: string }>("SELECT json FROM stances ORDER BY rowid")
      .all()
      .map((r) => JSON.parse(r.json) as Stance);
  }

  async listDuplicates(): Promise<DuplicateLink[]> {
    return this.db
      .prepare<
        [],
        { article_id: string; duplicate_of: string; kind: DuplicateLink["kind"]; containment: number }
      >("SELECT * FROM duplicates ORDER BY rowid")
      .all()
      .map((r) => ({
        articleId: r.article_id,
        duplicateOf: r.duplicate_of,
        kind: r.kind,
        containment: r.containment,
      }));
  }

  async search(text: string, limit = 20): Promise<SearchHit[]> {
    const query = toFtsQuery(text);
    if (!query) return [];
    const articles = this.db
      .prepare<[string, number], { id: string; title: string | null; snippet: string }>(
        `SELECT a.id, a.title, snippet(articles_fts, 1, '«', '»', '…', 12) AS snippet
         FROM articles_fts JOIN articles a ON a.seq = articles_fts.rowid
         WHERE articles_fts MATCH ? ORDER BY rank LIMIT ?`,
      )
      .all(query, limit);
    const statements = this.db
      .prepare<[string, number], { id: string; article_id: string; title: string | null; snippet: string }>(
        `SELECT f.statement_id AS id, s.article_id, a.title, snippet(statements_fts, 2, '«', '»', '…', 12) AS snippet
         FROM statements_fts f JOIN statements s ON s.id = f.statement_id JOIN articles a ON a.id = s.article_id
         WHERE statements_fts MATCH ? ORDER BY rank LIMIT ?`,
      )
      .all(query, limit);
    return [
      ...articles.map((r) => ({
        kind: "article" as const,
        id: r.id,
        articleId: r.id,
        title: r.title,
        snippet: r.snippet,
      })),
      ...statements.map((r) => ({
        kind: "statement" as const,
        id: r.id,
        articleId: r.article_id,
        title: r.title,
        snippet: r.snippet,
      })),
    ];
  }

  async close(): Promise<void> {
    this.db.close();
  }
}

function migrate(db: Database.Database): void {
  const current = db.pragma("user_version", { simple: true }) as number;
  if (current > SQLITE_MIGRATIONS.length) {
    throw new Error(
      `database schema version ${current} is newer than this Dossier understands (${SQLITE_MIGRATIONS.length})`,
    );
  }
  for (let version = current; version < SQLITE_MIGRATIONS.length; version++) {
    db.transaction(() => {
      db.exec(SQLITE_MIGRATIONS[version] ?? "");
      db.pragma(`user_version = ${version + 1}`);
    })();
  }
}
