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
  StatementKind,
  Story,
} from "../core/records.ts";
import type { CorpusIndex } from "./corpus-index.ts";

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

/** What the corpus stages computed over everything stored, as one value (a bulk load). */
export interface CorpusState {
  readonly entities: readonly CorpusEntity[];
  readonly duplicates: readonly DuplicateLink[];
  readonly stories: readonly Story[];
  readonly stances: readonly Stance[];
  /** Article id → corpus entity id for each of its per-article entity ids ("e3" → "p_…"). */
  readonly entityIds: ReadonlyMap<string, ReadonlyMap<string, string>>;
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
  /**
   * Replaces what the corpus stages computed (entities, duplicates, stories, stances) in one transaction: a bulk
   * load. The next incremental refresh then rebuilds its indexes from every article.
   */
  saveCorpusState(state: CorpusState): Promise<void>;
  /** The incremental corpus stage's view of the store (src/pipeline/corpus-refresh.ts). */
  corpusIndex(): CorpusIndex;

  getArticle(id: string): Promise<StoredArticle | null>;
  getAnalysis(articleId: string): Promise<Analysis | null>;
  listArticles(query?: ArticleQuery): Promise<StoredArticle[]>;
  countArticles(): Promise<number>;

  listEntities(): Promise<CorpusEntity[]>;
  listStatements(query?: StatementQuery): Promise<StoredStatement[]>;
  listEvents(): Promise<StoredEvent[]>;
  listStories(): Promise<Story[]>;
  getStory(id: string): Promise<Story | null>;
  listStances(): Promise<Stance[]>;
  listDuplicates(): Promise<DuplicateLink[]>;

  /** Full-text search over article titles and text and statement contents (FTS5 query syntax). */
  search(query: string, limit?: number): Promise<SearchHit[]>;

  // Browsing (HTTP API and web UI): paged, filtered, and by id, so a page never reads the whole corpus.
  /** Stories in list order, without their timelines; `ids` keeps only those stories (in list order). */
  listStorySummaries(query?: StorySummaryQuery): Promise<StorySummary[]>;
  countStories(): Promise<number>;
  /** Stories whose articles match the words (full text), best match first. */
  searchStories(query: string, limit?: number): Promise<StorySummary[]>;
  /** Articles without their text, by id; unknown ids are left out. */
  getArticleHeads(ids: readonly string[]): Promise<ArticleHead[]>;
  /** Statements by (scoped) id, with corpus-wide speaker names; unknown ids are left out. */
  getStatements(ids: readonly string[]): Promise<StoredStatement[]>;
  /** Events by (scoped) id; unknown ids are left out. */
  getEvents(ids: readonly string[]): Promise<StoredEvent[]>;
  /** One page of the statements that pass every filter given, in arrival order, and how many pass. */
  findStatements(filter?: StatementFilter): Promise<{ statements: StoredStatement[]; total: number }>;
  /** Stances that pass every filter given, in stored order. */
  findStances(query?: StanceQuery): Promise<Stance[]>;
  /** Full-text search that stays fast on broad queries: articles and statements, best first (see FullTextPage). */
  searchFullText(query: string, options?: FullTextOptions): Promise<FullTextPage>;

  close(): Promise<void>;
}

/** A story for lists: its size and the span of its timeline's dates, without the timeline. */
export interface StorySummary {
  readonly id: string;
  readonly title: string;
  readonly articleCount: number;
  readonly entryCount: number;
  readonly firstDate: string | null;
  readonly lastDate: string | null;
}

export interface StorySummaryQuery {
  readonly ids?: readonly string[];
  readonly limit?: number;
  readonly offset?: number;
}

/** An article's metadata without its text and removals. */
export type ArticleHead = Omit<StoredArticle, "text" | "removed">;

export interface StatementFilter extends StatementQuery {
  /** Statement date (or, when the text gives none, the article's publication date) on or after this ISO date. */
  readonly from?: string;
  /** ... on or before this ISO date; a partial date includes all of its month or year. */
  readonly to?: string;
  /** Words the content or speaker must contain (full text). */
  readonly text?: string;
  readonly kind?: StatementKind;
  readonly limit?: number;
  readonly offset?: number;
}

export interface StanceQuery {
  /** Exact holder name. */
  readonly holder?: string;
  /** Event frame of the proposition ("meeting"). */
  readonly event?: string;
  /** A name among the proposition's participants. */
  readonly participant?: string;
  /** Only stances held in statements of this story's articles. */
  readonly storyId?: string;
  readonly limit?: number;
}

export interface FullTextOptions {
  /** Hits of each kind (articles, statements); default 20. */
  readonly limit?: number;
  /** Most matches ranked by relevance; past it only the newest are ranked. Default 1000. */
  readonly window?: number;
}

export interface FullTextPage {
  readonly articles: readonly SearchHit[];
  readonly statements: readonly SearchHit[];
  /** How many articles and statements match in all. */
  readonly articleMatches: number;
  readonly statementMatches: number;
  /** True when more rows matched than the window, so only the newest matches were ranked. */
  readonly windowed: boolean;
}
