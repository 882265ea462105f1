/**
 * @module The SQLite store's browsing queries (HTTP API, web UI): paged, filtered and by id, so a page never reads
 * the whole corpus. SqliteStore extends this with the writing side.
 */
import type Database from "better-sqlite3";
import type { Stance } from "../core/records.ts";
import {
  type ArticleRow,
  rowToArticle,
  rowToStatement,
  type StatementRow,
  toFtsQuery,
} from "./sqlite-rows.ts";
import type {
  ArticleHead,
  FullTextOptions,
  FullTextPage,
  StanceQuery,
  StatementFilter,
  StoredEvent,
  StoredStatement,
  StorySummary,
  StorySummaryQuery,
} from "./store.ts";

export class SqliteBrowse {
  protected readonly db: Database.Database;

  protected constructor(db: Database.Database) {
    this.db = db;
  }

  async listStorySummaries(query: StorySummaryQuery = {}): Promise<StorySummary[]> {
    const where = query.ids ? "WHERE s.id IN (SELECT value FROM json_each(@ids))" : "";
    return this.db
      .prepare<Record<string, unknown>, StorySummaryRow>(
        `SELECT s.id, s.json ->> '$.title' AS title, json_array_length(s.json, '$.articleIds') AS article_count,
           json_array_length(s.json, '$.timeline') AS entry_count,
           (SELECT min(t.value ->> '$.date') FROM json_each(s.json, '$.timeline') t) AS first_date,
           (SELECT max(t.value ->> '$.date') FROM json_each(s.json, '$.timeline') t) AS last_date
         FROM stories s ${where} ORDER BY s.position LIMIT @limit OFFSET @offset`,
      )
      .all({ ids: JSON.stringify(query.ids ?? []), limit: query.limit ?? -1, offset: query.offset ?? 0 })
      .map((r) => ({
        id: r.id,
        title: r.title,
        articleCount: r.article_count,
        entryCount: r.entry_count,
        firstDate: r.first_date,
        lastDate: r.last_date,
      }));
  }

  async countStories(): Promise<number> {
    return this.db.prepare<[], { n: number }>("SELECT count(*) AS n FROM stories").get()?.n ?? 0;
  }

  async searchStories(text: string, limit = 20): Promise<StorySummary[]> {
    const query = toFtsQuery(text);
    if (!query) return [];
    // as in rankedMatches: a common word ranks only its newest matches
    const { floor } = this.matchFloor("articles_fts", query, 1000);
    const ids = this.db
      .prepare<[string, number, number], { id: string }>(
        `SELECT a.story_id AS id FROM articles_fts JOIN articles a ON a.seq = articles_fts.rowid
         WHERE articles_fts MATCH ? AND articles_fts.rowid >= CAST(? AS INTEGER) AND a.story_id IS NOT NULL
         GROUP BY a.story_id ORDER BY min(rank) LIMIT ?`,
      )
      .all(query, floor, limit)
      .map((r) => r.id);
    const byId = new Map((await this.listStorySummaries({ ids })).map((s) => [s.id, s]));
    return ids.flatMap((id) => byId.get(id) ?? []);
  }

  async getArticleHeads(ids: readonly string[]): Promise<ArticleHead[]> {
    return this.db
      .prepare<[string], ArticleRow>(
        `SELECT seq, id, content_hash, source, format, given_id, title, outlet, url, published, published_from,
           author, lang, '' AS text, '[]' AS removed_json, date_evidence_json, duplicate_of, story_id
         FROM articles WHERE id IN (SELECT value FROM json_each(?)) ORDER BY seq`,
      )
      .all(JSON.stringify(ids))
      .map((row) => {
        const { text: _text, removed: _removed, ...head } = rowToArticle(row);
        return head;
      });
  }

  async getStatements(ids: readonly string[]): Promise<StoredStatement[]> {
    return this.db
      .prepare<[string], StatementRow>(
        `${STATEMENT_SELECT} WHERE s.id IN (SELECT value FROM json_each(?)) ORDER BY s.rowid`,
      )
      .all(JSON.stringify(ids))
      .map(rowToStatement);
  }

  async getEvents(ids: readonly string[]): Promise<StoredEvent[]> {
    return this.db
      .prepare<[string], { id: string; article_id: string; json: string }>(
        "SELECT * FROM events WHERE id IN (SELECT value FROM json_each(?)) ORDER BY rowid",
      )
      .all(JSON.stringify(ids))
      .map((r) => ({ ...(JSON.parse(r.json) as StoredEvent), id: r.id, articleId: r.article_id }));
  }

  async findStatements(
    filter: StatementFilter = {},
  ): Promise<{ statements: StoredStatement[]; total: number }> {
    const conditions: string[] = [];
    if (filter.articleId) conditions.push("s.article_id = @articleId");
    if (filter.storyId) conditions.push("a.story_id = @storyId");
    if (filter.speaker) conditions.push("s.speaker_name IN (SELECT value FROM json_each(@speakers))");
    if (filter.kind) conditions.push("s.kind = @kind");
    if (filter.from) conditions.push("coalesce(s.date, a.published) >= @from");
    if (filter.to) conditions.push("substr(coalesce(s.date, a.published), 1, length(@to)) <= @to");
    const text = filter.text ? toFtsQuery(filter.text) : "";
    if (filter.text && !text) return { statements: [], total: 0 };
    if (text) {
      conditions.push("s.id IN (SELECT statement_id FROM statements_fts WHERE statements_fts MATCH @text)");
    }
    const speakers = filter.speaker ? this.speakerNames(filter.speaker) : [];
    if (filter.speaker && speakers.length === 0) return { statements: [], total: 0 };
    const where = conditions.length ? `WHERE ${conditions.join(" AND ")}` : "";
    const params = {
      articleId: filter.articleId ?? null,
      storyId: filter.storyId ?? null,
      speakers: JSON.stringify(speakers),
      kind: filter.kind ?? null,
      from: filter.from ?? null,
      to: filter.to ?? null,
      text,
    };
    const statements = this.db
      .prepare<Record<string, unknown>, StatementRow>(
        `${STATEMENT_SELECT} ${where} ORDER BY s.rowid LIMIT @limit OFFSET @offset`,
      )
      .all({ ...params, limit: filter.limit ?? -1, offset: filter.offset ?? 0 })
      .map(rowToStatement);
    // counting needs the article only for the filters on it
    const from = /\ba\./.test(where) ? "statements s JOIN articles a ON a.id = s.article_id" : "statements s";
    const total =
      this.db
        .prepare<Record<string, unknown>, { n: number }>(`SELECT count(*) AS n FROM ${from} ${where}`)
        .get(params)?.n ?? 0;
    return { statements, total };
  }

  /** Speaker names as stored that a typed name picks out: names containing it, and its entities' aliases. */
  private speakerNames(typed: string): string[] {
    const like = `%${typed}%`;
    const names = this.db
      .prepare<[string], { name: string }>(
        "SELECT DISTINCT speaker_name AS name FROM statements WHERE speaker_name LIKE ?",
      )
      .all(like)
      .map((r) => r.name);
    const entities = this.db
      .prepare<[string], { name: string; aliases_json: string }>(
        "SELECT name, aliases_json FROM entities WHERE name LIKE ?",
      )
      .all(like);
    for (const e of entities) names.push(e.name, ...(JSON.parse(e.aliases_json) as string[]));
    return [...new Set(names)];
  }

  async searchFullText(text: string, options: FullTextOptions = {}): Promise<FullTextPage> {
    const query = toFtsQuery(text);
    const limit = options.limit ?? 20;
    const window = options.window ?? 1000;
    if (!query)
      return { articles: [], statements: [], articleMatches: 0, statementMatches: 0, windowed: false };
    const articles = this.rankedMatches("articles_fts", 1, query, limit, window);
    const statements = this.rankedMatches("statements_fts", 2, query, limit, window);
    const articleRow = this.db.prepare<[number], { id: string; title: string | null }>(
      "SELECT id, title FROM articles WHERE seq = ?",
    );
    const statementRow = this.db.prepare<[number], { id: string; article_id: string; title: string | null }>(
      `SELECT s.id, s.article_id, a.title FROM statements_fts f JOIN statements s ON s.id = f.statement_id
       JOIN articles a ON a.id = s.article_id WHERE f.rowid = ?`,
    );
    return {
      articles: articles.rows.flatMap(({ rowid, snippet }) => {
        const row = articleRow.get(rowid);
        return row
          ? [{ kind: "article" as const, id: row.id, articleId: row.id, title: row.title, snippet }]
          : [];
      }),
      statements: statements.rows.flatMap(({ rowid, snippet }) => {
        const row = statementRow.get(rowid);
        return row
          ? [{ kind: "statement" as const, id: row.id, articleId: row.article_id, title: row.title, snippet }]
          : [];
      }),
      articleMatches: articles.matches,
      statementMatches: statements.matches,
      windowed: articles.windowed || statements.windowed,
    };
  }

  /** How many rows match, and the lowest rowid among the newest `window` of them (0 when all fit). */
  private matchFloor(table: "articles_fts" | "statements_fts", query: string, window: number) {
    const matches =
      this.db
        .prepare<[string], { n: number }>(`SELECT count(*) AS n FROM ${table} WHERE ${table} MATCH ?`)
        .get(query)?.n ?? 0;
    const windowed = matches > window;
    const floor = windowed
      ? (this.db
          .prepare<[string, number], { m: number }>(
            `SELECT min(rowid) AS m FROM (SELECT rowid FROM ${table} WHERE ${table} MATCH ? ORDER BY rowid DESC LIMIT ?)`,
          )
          .get(query, window)?.m ?? 0)
      : 0;
    return { matches, windowed, floor };
  }

  /**
   * The best `limit` matches of an FTS5 table by bm25, with snippets. Ranking every match of a common word costs
   * a score per row, so past `window` matches only the newest `window` (highest rowids) are ranked.
   */
  private rankedMatches(
    table: "articles_fts" | "statements_fts",
    column: number,
    query: string,
    limit: number,
    window: number,
  ) {
    const { matches, windowed, floor } = this.matchFloor(table, query, window);
    // CAST: a bound JavaScript number arrives as a REAL, and FTS5 then scans instead of seeking by rowid
    const top = this.db
      .prepare<[string, number, number], { rowid: number }>(
        `SELECT rowid FROM ${table} WHERE ${table} MATCH ? AND rowid >= CAST(? AS INTEGER) ORDER BY rank LIMIT ?`,
      )
      .all(query, floor, limit);
    const snippet = this.db.prepare<[string, number], { snippet: string }>(
      `SELECT snippet(${table}, ${column}, '«', '»', '…', 12) AS snippet FROM ${table}
       WHERE ${table} MATCH ? AND rowid = CAST(? AS INTEGER)`,
    );
    const rows = top.map(({ rowid }) => ({ rowid, snippet: snippet.get(query, rowid)?.snippet ?? "" }));
    return { matches, windowed, rows };
  }

  async findStances(query: StanceQuery = {}): Promise<Stance[]> {
    const conditions: string[] = [];
    if (query.holder) conditions.push("json_extract(st.json, '$.holder') = @holder");
    if (query.event) conditions.push("json_extract(st.json, '$.proposition.event') = @event");
    if (query.participant) {
      conditions.push(
        "EXISTS (SELECT 1 FROM json_each(st.json, '$.proposition.participants') p WHERE p.value = @participant)",
      );
    }
    if (query.storyId) {
      conditions.push(
        `st.statement_id IN (SELECT s.id FROM articles a JOIN statements s ON s.article_id = a.id
           WHERE a.story_id = @storyId)`,
      );
    }
    const where = conditions.length ? `WHERE ${conditions.join(" AND ")}` : "";
    return this.db
      .prepare<Record<string, unknown>, { json: string }>(
        `SELECT st.json FROM stances st ${where} ORDER BY st.rowid LIMIT @limit`,
      )
      .all({
        holder: query.holder ?? null,
        event: query.event ?? null,
        participant: query.participant ?? null,
        storyId: query.storyId ?? null,
        limit: query.limit ?? -1,
      })
      .map((r) => JSON.parse(r.json) as Stance);
  }
}

/** A statement with its corpus-wide speaker (see `rowToStatement`); callers add WHERE and ORDER BY. */
const STATEMENT_SELECT = `SELECT s.id, s.article_id, s.json, m.entity_id AS corpus_entity, en.name AS corpus_name
  FROM statements s JOIN articles a ON a.id = s.article_id
  LEFT JOIN article_entities m ON m.article_id = s.article_id AND m.local_id = s.speaker_local_entity
  LEFT JOIN entities en ON en.id = m.entity_id`;

interface StorySummaryRow {
  id: string;
  title: string;
  article_count: number;
  entry_count: number;
  first_date: string | null;
  last_date: string | null;
}
