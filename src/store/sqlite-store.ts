/**
 * @module The SQLite Store: one file, WAL, migrations by `user_version`, one transaction per batch, FTS5 indexes.
 */
import Database from "better-sqlite3";
import { scopedId } from "../core/ids.ts";
import type { Analysis, Article, DuplicateLink, Stance, Story } from "../core/records.ts";
import { SQLITE_MIGRATIONS } from "./sqlite-migrations.ts";
import {
  type ArticleRow,
  rowToArticle,
  rowToStatement,
  type StatementRow,
  toFtsQuery,
} from "./sqlite-rows.ts";
import type {
  ArticleHead,
  ArticleQuery,
  CorpusEntity,
  CorpusState,
  FullTextOptions,
  FullTextPage,
  SaveOutcome,
  SearchHit,
  StanceQuery,
  StatementFilter,
  StatementQuery,
  Store,
  StoredArticle,
  StoredEvent,
  StoredStatement,
  StorySummary,
  StorySummaryQuery,
} from "./store.ts";

export class SqliteStore implements Store {
  readonly path: string;
  private readonly db: Database.Database;

  private constructor(path: string, db: Database.Database) {
    this.path = path;
    this.db = db;
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
        this.insertAnalysisRows(article.id, analysis);
        added.push(article.id);
      }
    })();
    return { added, unchanged };
  }

  /** The analysis of one article and the rows derived from it: statements (with their full-text index), events. */
  private insertAnalysisRows(articleId: string, analysis: Analysis): void {
    const db = this.db;
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
  private replaceDated(article: Article, analysis: Analysis): void {
    const db = this.db;
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
    this.insertAnalysisRows(article.id, analysis);
  }

  async saveCorpusState(state: CorpusState): Promise<void> {
    const db = this.db;
    db.transaction(() => {
      for (const { article, analysis } of state.redated ?? []) this.replaceDated(article, analysis);
      for (const table of ["entities", "article_entities", "duplicates", "stories", "stances"]) {
        db.prepare(`DELETE FROM ${table}`).run();
      }
      db.prepare("UPDATE articles SET duplicate_of = NULL, story_id = NULL").run();
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
      const insertStory = db.prepare("INSERT INTO stories (id, position, json) VALUES (?, ?, ?)");
      const markStory = db.prepare("UPDATE articles SET story_id = ? WHERE id = ?");
      state.stories.forEach((story, position) => {
        insertStory.run(story.id, position, JSON.stringify(story));
        for (const a of story.articleIds) markStory.run(story.id, a);
      });
      const insertStance = db.prepare("INSERT INTO stances (id, statement_id, json) VALUES (?, ?, ?)");
      for (const s of state.stances) insertStance.run(s.id, s.statementId, JSON.stringify(s));
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

  async *allAnalysed(): AsyncIterable<{ article: StoredArticle; analysis: Analysis }> {
    const rows = this.db
      .prepare<[], ArticleRow & { analysis_json: string }>(
        "SELECT a.*, n.json AS analysis_json FROM articles a JOIN analyses n ON n.article_id = a.id ORDER BY a.seq",
      )
      .iterate();
    for (const row of rows) {
      yield { article: rowToArticle(row), analysis: JSON.parse(row.analysis_json) as Analysis };
    }
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

  async close(): Promise<void> {
    this.db.close();
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
