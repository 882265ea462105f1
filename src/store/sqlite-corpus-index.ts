/**
 * @module The incremental corpus stage's indexes in SQLite (tables of migration 4): fingerprints, duplicate groups,
 * entity groups, document frequencies, story profiles. Statements are prepared once and reused.
 */
import type Database from "better-sqlite3";
import { articleOf } from "../core/ids.ts";
import type { Analysis, Article, DuplicateLink, EntityType, Stance, Story } from "../core/records.ts";
import { type DedupInput, MAX_POSTINGS } from "../dedup/duplicates.ts";
import type { EntityGroup } from "../pipeline/entity-merge.ts";
import type { StoryProfile } from "../stories/cluster.ts";
import type { AnalysedArticle, CorpusIndex } from "./corpus-index.ts";
import { replaceDated } from "./sqlite-analysis-rows.ts";
import { type ArticleRow, rowToArticle } from "./sqlite-rows.ts";
import type { CorpusEntity } from "./store.ts";

type Row = Record<string, unknown>;

/** The article id of the row that marks a full fingerprint bucket. */
const FULL = "";

/** What the corpus stages write: emptied by a reset or a bulk load. */
export const CORPUS_TABLES = [
  "entities",
  "article_entities",
  "duplicates",
  "stories",
  "stances",
  "fingerprints",
  "entity_groups",
  "term_df",
  "corpus_meta",
  "story_profiles",
  "story_terms",
];

export class SqliteCorpusIndex implements CorpusIndex {
  private readonly statements = new Map<string, Database.Statement>();

  constructor(private readonly db: Database.Database) {}

  private sql(text: string): Database.Statement {
    let statement = this.statements.get(text);
    if (!statement) {
      statement = this.db.prepare(text);
      this.statements.set(text, statement);
    }
    return statement;
  }

  private all<T>(text: string, ...params: unknown[]): T[] {
    return this.sql(text).all(...params) as T[];
  }

  private get<T>(text: string, ...params: unknown[]): T | undefined {
    return this.sql(text).get(...params) as T | undefined;
  }

  private run(text: string, ...params: unknown[]): void {
    this.sql(text).run(...params);
  }

  inTransaction<T>(fn: () => T): T {
    return this.db.transaction(fn)();
  }

  isFresh(): boolean {
    return this.get("SELECT 1 AS x FROM articles WHERE indexed = 1 LIMIT 1") === undefined;
  }

  reset(): void {
    for (const table of CORPUS_TABLES) this.db.prepare(`DELETE FROM ${table}`).run();
    this.run("UPDATE articles SET duplicate_of = NULL, story_id = NULL, indexed = 0");
  }

  pending(afterSeq: number, limit: number): AnalysedArticle[] {
    return this.all<ArticleRow & { analysis_json: string }>(
      `SELECT a.*, n.json AS analysis_json FROM articles a JOIN analyses n ON n.article_id = a.id
       WHERE a.indexed = 0 AND a.seq > ? ORDER BY a.seq LIMIT ?`,
      afterSeq,
      limit,
    ).map((row) => ({ article: rowToArticle(row), analysis: JSON.parse(row.analysis_json) as Analysis }));
  }

  pendingByDate(): string[] {
    return this.all<{ id: string }>(
      "SELECT id FROM articles WHERE indexed = 0 ORDER BY published IS NULL, published, seq",
    ).map((r) => r.id);
  }

  analysed(ids: readonly string[]): AnalysedArticle[] {
    if (ids.length === 0) return [];
    const rows = this.all<ArticleRow & { analysis_json: string }>(
      `SELECT a.*, n.json AS analysis_json FROM articles a JOIN analyses n ON n.article_id = a.id
       WHERE a.id IN (${ids.map(() => "?").join(",")})`,
      ...ids,
    );
    const byId = new Map(rows.map((row) => [row.id, row]));
    return ids.flatMap((id) => {
      const row = byId.get(id);
      return row ? [{ article: rowToArticle(row), analysis: JSON.parse(row.analysis_json) as Analysis }] : [];
    });
  }

  markIndexed(ids: readonly string[]): void {
    for (const id of ids) this.run("UPDATE articles SET indexed = 1 WHERE id = ?", id);
  }

  post(id: string, fingerprints: readonly number[]): Map<string, number> {
    // A bucket that reaches MAX_POSTINGS is replaced by one row with an empty article id: it proposes no more
    // candidates (the articles in it were compared when they arrived), and reading it stays cheap.
    const buckets = new Map<number, string[]>(fingerprints.map((f) => [f, []]));
    const rows = this.all<{ hash: number; article_id: string }>(
      "SELECT hash, article_id FROM fingerprints WHERE hash IN (SELECT value FROM json_each(?))",
      JSON.stringify(fingerprints),
    );
    for (const r of rows) buckets.get(r.hash)?.push(r.article_id);
    const shared = new Map<string, number>();
    for (const [hash, posted] of buckets) {
      if (posted.includes(FULL)) continue;
      for (const other of posted) shared.set(other, (shared.get(other) ?? 0) + 1);
      if (posted.length + 1 < MAX_POSTINGS) {
        this.run("INSERT INTO fingerprints (hash, article_id) VALUES (?, ?)", hash, id);
      } else {
        this.run("DELETE FROM fingerprints WHERE hash = ?", hash);
        this.run("INSERT INTO fingerprints (hash, article_id) VALUES (?, ?)", hash, FULL);
      }
    }
    return shared;
  }

  doc(id: string): DedupInput | null {
    return (
      this.get<DedupInput>("SELECT id, text, published, seq, outlet FROM articles WHERE id = ?", id) ?? null
    );
  }

  link(id: string): DuplicateLink | null {
    const row = this.get<Row>("SELECT * FROM duplicates WHERE article_id = ?", id);
    if (!row) return null;
    return {
      articleId: row.article_id as string,
      duplicateOf: row.duplicate_of as string,
      kind: row.kind as DuplicateLink["kind"],
      containment: row.containment as number,
    };
  }

  copiesOf(kept: string): string[] {
    return this.all<{ article_id: string }>(
      "SELECT article_id FROM duplicates WHERE duplicate_of = ? ORDER BY rowid",
      kept,
    ).map((r) => r.article_id);
  }

  saveDuplicates(links: readonly DuplicateLink[], cleared: readonly string[]): void {
    for (const id of [...cleared, ...links.map((l) => l.articleId)]) {
      this.run("DELETE FROM duplicates WHERE article_id = ?", id);
      this.run("UPDATE articles SET duplicate_of = NULL WHERE id = ?", id);
    }
    for (const l of links) {
      this.run(
        "INSERT INTO duplicates (article_id, duplicate_of, kind, containment) VALUES (?, ?, ?, ?)",
        l.articleId,
        l.duplicateOf,
        l.kind,
        l.containment,
      );
      this.run("UPDATE articles SET duplicate_of = ? WHERE id = ?", l.duplicateOf, l.articleId);
    }
  }

  entityGroups(): EntityGroup[] {
    return this.all<Row>("SELECT * FROM entity_groups").map((r) => ({
      key: r.key as string,
      id: r.id as string,
      names: new Map(JSON.parse(r.names_json as string) as [string, number][]),
      types: new Map(JSON.parse(r.types_json as string) as [EntityType, number][]),
      aliases: new Set(JSON.parse(r.aliases_json as string) as string[]),
    }));
  }

  saveEntityGroups(groups: readonly EntityGroup[]): void {
    for (const g of groups) {
      this.run(
        `INSERT INTO entity_groups (key, id, names_json, types_json, aliases_json) VALUES (?, ?, ?, ?, ?)
         ON CONFLICT (key) DO UPDATE SET names_json = excluded.names_json, types_json = excluded.types_json,
           aliases_json = excluded.aliases_json`,
        g.key,
        g.id,
        JSON.stringify([...g.names]),
        JSON.stringify([...g.types]),
        JSON.stringify([...g.aliases]),
      );
    }
  }

  mapEntities(articleId: string, groups: ReadonlyMap<string, string>): void {
    for (const [local, group] of groups) {
      this.run(
        `INSERT OR REPLACE INTO article_entities (article_id, local_id, entity_id, group_id) VALUES (?, ?, ?, ?)`,
        articleId,
        local,
        group,
        group,
      );
    }
  }

  saveEntities(entities: readonly CorpusEntity[], entityOf: ReadonlyMap<string, string>): string[] {
    const before = new Map(
      this.all<{ id: string; name: string }>("SELECT id, name FROM entities").map((r) => [r.id, r.name]),
    );
    const changed = new Set<string>();
    for (const e of entities) if (before.has(e.id) && before.get(e.id) !== e.name) changed.add(e.id);
    const targets = this.all<{ id: string; entity_id: string | null }>(
      "SELECT id, entity_id FROM entity_groups",
    );
    for (const { id, entity_id } of targets) {
      const now = entityOf.get(id) ?? id;
      if (entity_id === now) continue;
      if (entity_id !== null) {
        changed.add(entity_id);
        changed.add(now);
      }
      this.run("UPDATE entity_groups SET entity_id = ? WHERE id = ?", now, id);
      this.run("UPDATE article_entities SET entity_id = ? WHERE group_id = ?", now, id);
    }
    this.run("DELETE FROM entities");
    for (const e of entities) {
      this.run(
        "INSERT INTO entities (id, name, type, aliases_json) VALUES (?, ?, ?, ?)",
        e.id,
        e.name,
        e.type,
        JSON.stringify(e.aliases),
      );
    }
    return [...changed];
  }

  articlesNaming(entityIds: readonly string[]): string[] {
    if (entityIds.length === 0) return [];
    return this.all<{ article_id: string }>(
      `SELECT DISTINCT article_id FROM article_entities WHERE entity_id IN (SELECT value FROM json_each(?))`,
      JSON.stringify(entityIds),
    ).map((r) => r.article_id);
  }

  documentFrequencies(): { n: number; df: Map<string, number> } {
    const n =
      this.get<{ value: number }>("SELECT value FROM corpus_meta WHERE key = 'documents'")?.value ?? 0;
    const df = new Map<string, number>();
    for (const r of this.sql("SELECT term, df FROM term_df").iterate() as Iterable<{
      term: string;
      df: number;
    }>) {
      df.set(r.term, r.df);
    }
    return { n, df };
  }

  saveDocumentFrequencies(n: number, changed: ReadonlyMap<string, number>): void {
    this.run("INSERT OR REPLACE INTO corpus_meta (key, value) VALUES ('documents', ?)", n);
    for (const [term, df] of changed)
      this.run("INSERT OR REPLACE INTO term_df (term, df) VALUES (?, ?)", term, df);
  }

  storiesNaming(terms: readonly string[]): string[] {
    if (terms.length === 0) return [];
    return this.all<{ story_id: string }>(
      "SELECT DISTINCT story_id FROM story_terms WHERE term IN (SELECT value FROM json_each(?))",
      JSON.stringify(terms),
    ).map((r) => r.story_id);
  }

  profile(id: string): StoryProfile | null {
    const row = this.get<{ seq: number; sum_json: string }>(
      "SELECT seq, sum_json FROM story_profiles WHERE story_id = ?",
      id,
    );
    return row ? { id, seq: row.seq, sum: new Map(JSON.parse(row.sum_json) as [string, number][]) } : null;
  }

  nextSeq(): number {
    return (
      this.get<{ next: number }>("SELECT coalesce(max(seq) + 1, 0) AS next FROM story_profiles")?.next ?? 0
    );
  }

  saveProfiles(changed: readonly { profile: StoryProfile; newTerms: readonly string[] }[]): void {
    for (const { profile, newTerms } of changed) {
      this.run(
        "INSERT OR REPLACE INTO story_profiles (story_id, seq, sum_json) VALUES (?, ?, ?)",
        profile.id,
        profile.seq,
        JSON.stringify([...profile.sum]),
      );
      for (const term of newTerms) {
        this.run("INSERT OR IGNORE INTO story_terms (term, story_id) VALUES (?, ?)", term, profile.id);
      }
    }
  }

  storyOf(articleId: string): string | null {
    return (
      this.get<{ story_id: string | null }>("SELECT story_id FROM articles WHERE id = ?", articleId)
        ?.story_id ?? null
    );
  }

  setStory(articleId: string, storyId: string): void {
    this.run("UPDATE articles SET story_id = ? WHERE id = ?", storyId, articleId);
  }

  members(storyId: string): AnalysedArticle[] {
    return this.all<ArticleRow & { analysis_json: string }>(
      `SELECT a.*, n.json AS analysis_json FROM articles a JOIN analyses n ON n.article_id = a.id
       WHERE a.story_id = ? ORDER BY a.seq`,
      storyId,
    ).map((row) => ({ article: rowToArticle(row), analysis: JSON.parse(row.analysis_json) as Analysis }));
  }

  entityNames(articleIds: readonly string[]): Map<string, Map<string, string>> {
    const out = new Map<string, Map<string, string>>();
    const rows = this.all<{ article_id: string; local_id: string; name: string }>(
      `SELECT m.article_id, m.local_id, e.name FROM article_entities m JOIN entities e ON e.id = m.entity_id
       WHERE m.article_id IN (SELECT value FROM json_each(?))`,
      JSON.stringify(articleIds),
    );
    for (const r of rows) {
      const local = out.get(r.article_id) ?? new Map<string, string>();
      local.set(r.local_id, r.name);
      out.set(r.article_id, local);
    }
    return out;
  }

  replaceDated(article: Article, analysis: Analysis): void {
    replaceDated(this.db, article, analysis);
  }

  saveStory(id: string, story: Story | null): void {
    if (!story) {
      this.run("DELETE FROM stories WHERE id = ?", id);
      this.run("DELETE FROM story_profiles WHERE story_id = ?", id);
      this.run("DELETE FROM story_terms WHERE story_id = ?", id);
      this.run("UPDATE articles SET story_id = NULL WHERE story_id = ?", id);
      return;
    }
    this.run(
      `INSERT OR REPLACE INTO stories (id, position, json, statement_count)
       VALUES (?, (SELECT seq FROM story_profiles WHERE story_id = ?), ?, ?)`,
      id,
      id,
      JSON.stringify(story),
      story.timeline.filter((e) => e.kind === "statement").length,
    );
  }

  replaceStances(articleIds: readonly string[], stances: readonly Stance[]): void {
    for (const id of articleIds) this.run("DELETE FROM stances WHERE article_id = ?", id);
    for (const s of stances) {
      this.run(
        "INSERT OR REPLACE INTO stances (id, statement_id, json, article_id) VALUES (?, ?, ?, ?)",
        s.id,
        s.statementId,
        JSON.stringify(s),
        articleOf(s.statementId),
      );
    }
  }

  counts(): { stories: number; statements: number } {
    const row = this.get<{ stories: number; statements: number | null }>(
      "SELECT count(*) AS stories, sum(statement_count) AS statements FROM stories",
    );
    return { stories: row?.stories ?? 0, statements: row?.statements ?? 0 };
  }
}
