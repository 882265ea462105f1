/**
 * @module What the incremental corpus stage (src/pipeline/corpus-refresh.ts) reads and writes between ingests:
 * articles not yet indexed, fingerprints and duplicate groups, entity groups, document frequencies, story profiles,
 * stories and stances. Synchronous: one run holds one write transaction from start to end.
 */
import type { Analysis, Article, DuplicateLink, Stance, Story } from "../core/records.ts";
import type { DedupIndex } from "../dedup/duplicates.ts";
import type { EntityGroup } from "../pipeline/entity-merge.ts";
import type { ProfileIndex, StoryProfile } from "../stories/cluster.ts";
import type { CorpusEntity, StoredArticle } from "./store.ts";

export interface AnalysedArticle {
  readonly article: StoredArticle;
  readonly analysis: Analysis;
}

export interface CorpusIndex extends DedupIndex, ProfileIndex {
  /** Runs `fn` in one write transaction: everything it wrote is kept, or nothing when it throws. */
  inTransaction<T>(fn: () => T): T;
  /** True when no article has been indexed yet (a new database, or one whose corpus tables were bulk-loaded). */
  isFresh(): boolean;
  /** Empties every corpus table and index (the articles and their analyses stay). */
  reset(): void;
  /** Articles not yet indexed, in arrival order, after `afterSeq`. */
  pending(afterSeq: number, limit: number): AnalysedArticle[];
  /** Ids of the articles not yet indexed, in publication order (undated last, then arrival order). */
  pendingByDate(): string[];
  /** These articles with their analyses, in the order given. */
  analysed(ids: readonly string[]): AnalysedArticle[];
  markIndexed(ids: readonly string[]): void;

  /** Replaces the stored links of these articles (and clears those of `cleared` that have none now). */
  saveDuplicates(links: readonly DuplicateLink[], cleared: readonly string[]): void;

  entityGroups(): EntityGroup[];
  saveEntityGroups(groups: readonly EntityGroup[]): void;
  /** An article's local entity id → entity group id (its corpus entity is resolved by `saveEntities`). */
  mapEntities(articleId: string, groups: ReadonlyMap<string, string>): void;
  /**
   * Replaces the corpus entities and points every article's entities at them (`entityOf`: group → entity).
   * Returns the ids of entities whose name changed or that gained or lost a folded group.
   */
  saveEntities(entities: readonly CorpusEntity[], entityOf: ReadonlyMap<string, string>): string[];
  /** Articles naming any of these entities. */
  articlesNaming(entityIds: readonly string[]): string[];

  documentFrequencies(): { n: number; df: Map<string, number> };
  saveDocumentFrequencies(n: number, changed: ReadonlyMap<string, number>): void;
  saveProfiles(changed: readonly { profile: StoryProfile; newTerms: readonly string[] }[]): void;

  storyOf(articleId: string): string | null;
  setStory(articleId: string, storyId: string): void;
  /** The story's articles in arrival order, with their analyses. */
  members(storyId: string): AnalysedArticle[];
  /** Article id → its local entity id → corpus entity name, for these articles. */
  entityNames(articleIds: readonly string[]): Map<string, Map<string, string>>;
  /** An undated article the story dated: its date, evidence and re-dated analysis replace the stored ones. */
  replaceDated(article: Article, analysis: Analysis): void;
  /** Stores a story (keeping its place in the list, or after the others when new); null removes it. */
  saveStory(id: string, story: Story | null): void;
  /** Replaces the stances derived from these articles. */
  replaceStances(articleIds: readonly string[], stances: readonly Stance[]): void;
  counts(): { stories: number; statements: number };
}
