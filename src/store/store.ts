/**
 * @module The one place with state. SQLite implements it today; the interface is asynchronous so a PostgreSQL
 * implementation (many workers, many machines) can follow without reshaping the callers.
 */
import type {
  Analysis,
  Article,
  DuplicateLink,
  EntityType,
  NewsEvent,
  Stance,
  Statement,
  Story,
} from "../core/records.ts";

/** An article as stored, with the corpus-level facts the corpus stages attached to it. */
export interface StoredArticle extends Article {
  /** Order of arrival (1, 2, ...): ties in "which copy is kept" go to the earlier one. */
  readonly seq: number;
  readonly duplicateOf: string | null;
  readonly storyId: string | null;
}

/** A corpus-wide entity: per-article entities merged by their normalised key. */
export interface CorpusEntity {
  readonly id: string;
  readonly name: string;
  readonly type: EntityType;
  readonly aliases: readonly string[];
}

/** A statement with the article it came from; the speaker's entityId is the corpus-wide id. */
export interface StoredStatement extends Statement {
  readonly articleId: string;
}

export interface StoredEvent extends NewsEvent {
  readonly articleId: string;
}

/** What the corpus stages computed over everything stored; replaced as a whole after each ingest. */
export interface CorpusState {
  readonly entities: readonly CorpusEntity[];
  readonly duplicates: readonly DuplicateLink[];
  readonly stories: readonly Story[];
  readonly stances: readonly Stance[];
  /** Article id → corpus entity id for each of its per-article entity ids ("e3" → "p_…"). */
  readonly entityIds: ReadonlyMap<string, ReadonlyMap<string, string>>;
  /** Undated articles the corpus stages dated (from their story), with the analysis redone against that date. */
  readonly redated?: readonly { readonly article: Article; readonly analysis: Analysis }[];
}

export interface SaveOutcome {
  readonly added: readonly string[];
  /** Articles whose content was already stored: re-ingesting is a no-op. */
  readonly unchanged: readonly string[];
}

export interface ArticleQuery {
  readonly storyId?: string;
  readonly limit?: number;
  readonly offset?: number;
}

export interface StatementQuery {
  readonly articleId?: string;
  readonly storyId?: string;
  readonly speaker?: string;
}

export interface SearchHit {
  readonly kind: "article" | "statement";
  readonly id: string;
  readonly articleId: string;
  readonly title: string | null;
  /** A short excerpt with the matched words marked «like this». */
  readonly snippet: string;
}

export interface Store {
  /** Stores a batch of analysed articles in one transaction; content already stored is skipped. */
  saveArticles(batch: readonly { article: Article; analysis: Analysis }[]): Promise<SaveOutcome>;
  /** Replaces what the corpus stages computed (entities, duplicates, stories, stances) in one transaction. */
  saveCorpusState(state: CorpusState): Promise<void>;

  getArticle(id: string): Promise<StoredArticle | null>;
  getAnalysis(articleId: string): Promise<Analysis | null>;
  listArticles(query?: ArticleQuery): Promise<StoredArticle[]>;
  countArticles(): Promise<number>;
  /** Every article with its analysis, in arrival order: the input of the corpus stages. */
  allAnalysed(): AsyncIterable<{ article: StoredArticle; analysis: Analysis }>;

  listEntities(): Promise<CorpusEntity[]>;
  listStatements(query?: StatementQuery): Promise<StoredStatement[]>;
  listEvents(): Promise<StoredEvent[]>;
  listStories(): Promise<Story[]>;
  getStory(id: string): Promise<Story | null>;
  listStances(): Promise<Stance[]>;
  listDuplicates(): Promise<DuplicateLink[]>;

  /** Full-text search over article titles and text and statement contents (FTS5 query syntax). */
  search(query: string, limit?: number): Promise<SearchHit[]>;

  close(): Promise<void>;
}
