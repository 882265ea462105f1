/**
 * @module The SQLite schema as an ordered list of migrations; `PRAGMA user_version` records how many have run.
 * Never edit a migration that has shipped: add a new one.
 */

export const SQLITE_MIGRATIONS: readonly string[] = [
  // 1: articles, their analyses, the corpus tables and the full-text indexes.
  `
  CREATE TABLE articles (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    id TEXT NOT NULL UNIQUE,
    content_hash TEXT NOT NULL UNIQUE,
    source TEXT NOT NULL,
    format TEXT NOT NULL,
    given_id TEXT,
    title TEXT,
    outlet TEXT,
    url TEXT,
    published TEXT,
    published_from TEXT,
    author TEXT,
    lang TEXT,
    text TEXT NOT NULL,
    removed_json TEXT NOT NULL DEFAULT '[]',
    duplicate_of TEXT,
    story_id TEXT
  );
  CREATE INDEX articles_story ON articles(story_id);

  CREATE TABLE analyses (
    article_id TEXT PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
    json TEXT NOT NULL
  );

  CREATE TABLE statements (
    id TEXT PRIMARY KEY,
    article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    local_id TEXT NOT NULL,
    speaker_name TEXT,
    speaker_mention TEXT,
    speaker_local_entity TEXT,
    via TEXT,
    kind TEXT NOT NULL,
    cue TEXT NOT NULL,
    content TEXT NOT NULL,
    start INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    date TEXT,
    json TEXT NOT NULL
  );
  CREATE INDEX statements_article ON statements(article_id);
  CREATE INDEX statements_speaker ON statements(speaker_name);

  CREATE TABLE events (
    id TEXT PRIMARY KEY,
    article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    json TEXT NOT NULL
  );

  CREATE TABLE entities (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    type TEXT NOT NULL,
    aliases_json TEXT NOT NULL
  );
  CREATE TABLE article_entities (
    article_id TEXT NOT NULL,
    local_id TEXT NOT NULL,
    entity_id TEXT NOT NULL,
    PRIMARY KEY (article_id, local_id)
  );
  CREATE TABLE duplicates (
    article_id TEXT PRIMARY KEY,
    duplicate_of TEXT NOT NULL,
    kind TEXT NOT NULL,
    containment REAL NOT NULL
  );
  CREATE TABLE stories (
    id TEXT PRIMARY KEY,
    position INTEGER NOT NULL,
    json TEXT NOT NULL
  );
  CREATE TABLE stances (
    id TEXT PRIMARY KEY,
    statement_id TEXT NOT NULL,
    json TEXT NOT NULL
  );

  CREATE VIRTUAL TABLE articles_fts USING fts5(
    title, text, content='articles', content_rowid='seq', tokenize='unicode61 remove_diacritics 2'
  );
  CREATE TRIGGER articles_ai AFTER INSERT ON articles BEGIN
    INSERT INTO articles_fts(rowid, title, text) VALUES (new.seq, new.title, new.text);
  END;
  CREATE TRIGGER articles_ad AFTER DELETE ON articles BEGIN
    INSERT INTO articles_fts(articles_fts, rowid, title, text) VALUES ('delete', old.seq, old.title, old.text);
  END;

  CREATE VIRTUAL TABLE statements_fts USING fts5(
    statement_id UNINDEXED, speaker, content, tokenize='unicode61 remove_diacritics 2'
  );
  `,
  // 2: what an undated article's text says about its date (an inferred date's evidence, or only a lower bound).
  `ALTER TABLE articles ADD COLUMN date_evidence_json TEXT;`,
  // 3: indexes for browsing (HTTP API, web UI): stories in list order, stances by statement and by holder.
  `
  CREATE INDEX IF NOT EXISTS stories_position ON stories(position);
  CREATE INDEX IF NOT EXISTS stances_statement ON stances(statement_id);
  CREATE INDEX IF NOT EXISTS stances_holder ON stances(json_extract(json, '$.holder'));
  `,
  // 4: the incremental corpus stage's indexes (src/pipeline/corpus-refresh.ts). Articles start unindexed, so the
  // first ingest after this migration rebuilds the corpus tables once.
  `
  ALTER TABLE articles ADD COLUMN indexed INTEGER NOT NULL DEFAULT 0;
  CREATE INDEX articles_pending ON articles(indexed, seq);
  CREATE INDEX duplicates_kept ON duplicates(duplicate_of);
  CREATE TABLE fingerprints (hash INTEGER NOT NULL, article_id TEXT NOT NULL);
  CREATE INDEX fingerprints_hash ON fingerprints(hash);
  CREATE TABLE entity_groups (
    key TEXT PRIMARY KEY,
    id TEXT NOT NULL,
    entity_id TEXT,
    names_json TEXT NOT NULL,
    types_json TEXT NOT NULL,
    aliases_json TEXT NOT NULL
  );
  ALTER TABLE article_entities ADD COLUMN group_id TEXT;
  CREATE INDEX article_entities_group ON article_entities(group_id);
  CREATE INDEX article_entities_entity ON article_entities(entity_id);
  CREATE TABLE term_df (term TEXT PRIMARY KEY, df INTEGER NOT NULL) WITHOUT ROWID;
  CREATE TABLE corpus_meta (key TEXT PRIMARY KEY, value INTEGER NOT NULL);
  CREATE TABLE story_profiles (story_id TEXT PRIMARY KEY, seq INTEGER NOT NULL, sum_json TEXT NOT NULL);
  CREATE TABLE story_terms (term TEXT NOT NULL, story_id TEXT NOT NULL, PRIMARY KEY (term, story_id)) WITHOUT ROWID;
  CREATE INDEX story_terms_story ON story_terms(story_id);
  ALTER TABLE stories ADD COLUMN statement_count INTEGER NOT NULL DEFAULT 0;
  ALTER TABLE stances ADD COLUMN article_id TEXT;
  CREATE INDEX stances_article ON stances(article_id);
  `,
];
