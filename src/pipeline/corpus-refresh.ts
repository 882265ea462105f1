/**
 * @module The corpus stages after an ingest, incrementally: only the articles not yet indexed are read, compared
 * with earlier ones through stored indexes (fingerprints, entity groups, document frequencies, story profiles), and
 * only the stories they touch are rebuilt — one at a time. Memory follows the batch and the largest story, not the
 * corpus. The first run over a database (or after a bulk load) starts the indexes from nothing.
 *
 *   1. duplicates and entities   every new article posted to the fingerprint index; entity groups counted
 *   2. document frequencies      over the new kept versions
 *   3. stories                   the run's new kept versions, in publication order, each join the closest story or
 *                                start one; then a second look moves those now closer to another story (within
 *                                this run only: files ingested one by one get no second look); copies follow
 *   4. rebuild                   touched stories: dating from the story, timeline, title, stances
 */
import { Deduplicator } from "../dedup/duplicates.ts";
import type { AnalysedArticle, CorpusIndex } from "../store/corpus-index.ts";
import { StoryClusterer } from "../stories/cluster.ts";
import { type TermVector, termCounts, weigh } from "../stories/features.ts";
import { bisect, MIN_SIDE, SPLIT_MARGIN } from "../stories/split.ts";
import { EntityRegistry } from "./entity-merge.ts";
import { rebuildStory } from "./story-rebuild.ts";

export interface RefreshSummary {
  /** Articles indexed by this run. */
  readonly indexed: number;
  /** Stories rebuilt by this run. */
  readonly rebuilt: number;
  readonly stories: number;
  readonly statements: number;
}

export interface RefreshProgress {
  readonly step: "duplicates" | "frequencies" | "stories" | "rebuild";
  readonly done: number;
  readonly total: number;
}

const PAGE = 256;
/**
 * Inverse document frequency counts this many more documents, none holding the term: in a handful of reports of one
 * story the words they all share still weigh, while in thousands a word every report has weighs next to nothing.
 * The usual smoothing (+1 on every idf) let the words all reports share outweigh what each story is about: 2,000
 * generated articles of 80 stories, written from one template, fell into 9 stories (BCubed F1 0.167); with 20
 * background documents (and each split story looked at again) F1 is 0.969. On the development corpora 10 split a
 * story of the sixth, 40 joined two of the seventh; 20 and 30 keep every corpus's F1 or raise it (seventh 0.831 ->
 * 0.942), and the five seeds stay one story.
 */
const BACKGROUND = 20;
/** Rounds of the clustering's second look; each reads the run's articles once more. */
const REASSIGN_ROUNDS = 2;

export function refreshCorpus(index: CorpusIndex, onProgress?: (p: RefreshProgress) => void): RefreshSummary {
  return index.inTransaction(() => {
    if (index.isFresh()) index.reset();
    const pendingIds: string[] = [];

    const dedup = new Deduplicator(index);
    const registry = new EntityRegistry(index.entityGroups());
    forEachPending(index, ({ article, analysis }) => {
      pendingIds.push(article.id);
      dedup.add({
        id: article.id,
        text: article.text,
        published: article.published,
        seq: article.seq,
        outlet: article.outlet,
      });
      index.mapEntities(article.id, registry.add(analysis));
      if (pendingIds.length % PAGE === 0)
        onProgress?.({ step: "duplicates", done: pendingIds.length, total: 0 });
    });
    const total = pendingIds.length;
    if (total === 0) return { indexed: 0, rebuilt: 0, ...index.counts() };
    const duplicates = dedup.finish();
    index.saveDuplicates(duplicates.links, duplicates.changed);
    index.saveEntityGroups(registry.changedGroups());
    const entities = registry.resolve();
    const renamed = index.saveEntities(entities.entities, entities.entityOf);
    const isCopy = (id: string) => index.link(id) !== null;
    const countsOf = ({ article, analysis }: AnalysedArticle) =>
      termCounts({ title: article.title, text: article.text, analysis, outlet: article.outlet });

    onProgress?.({ step: "frequencies", done: 0, total });
    const { n, df } = index.documentFrequencies();
    let count = n;
    const changedDf = new Map<string, number>();
    forEachPending(index, (item) => {
      if (isCopy(item.article.id)) return;
      count++;
      for (const term of countsOf(item).keys()) {
        const f = (df.get(term) ?? 0) + 1;
        df.set(term, f);
        changedDf.set(term, f);
      }
    });
    index.saveDocumentFrequencies(count, changedDf);
    const idf = (term: string) => Math.log((count + BACKGROUND + 1) / ((df.get(term) ?? 0) + 1));

    const clusterer = new StoryClusterer(index);
    const touched = new Set<string>();
    let done = 0;
    // In the order the news happened, so a story starts at its first report whatever order this run's files came in.
    forEachPendingByDate(index, (item) => {
      const id = item.article.id;
      if (++done % PAGE === 0) onProgress?.({ step: "stories", done, total });
      if (isCopy(id)) return;
      const vector = weigh(countsOf(item), idf);
      // A new kept version of stored copies belongs where they are.
      const known = index
        .copiesOf(id)
        .map((c) => index.storyOf(c))
        .find((s) => s !== null);
      const story = known ?? clusterer.assign(id, vector);
      if (known) clusterer.join(known, vector);
      index.setStory(id, story);
      touched.add(story);
    });
    // A second look at this run's articles once their stories have grown (see StoryClusterer.reassign).
    for (let round = 0; round < REASSIGN_ROUNDS; round++) {
      let moved = 0;
      forEachPendingByDate(index, (item) => {
        const id = item.article.id;
        const story = index.storyOf(id);
        if (isCopy(id) || !story) return;
        const now = clusterer.reassign(id, weigh(countsOf(item), idf), story);
        if (now === story) return;
        index.setStory(id, now);
        for (const copy of index.copiesOf(id)) index.setStory(copy, now);
        touched.add(now);
        touched.add(story);
        moved++;
      });
      if (moved === 0) break;
    }
    // Two stories of this run that turned out to be one become one.
    for (const pair of clusterer.mergePairs([...touched])) {
      clusterer.merge(pair.from, pair.into);
      for (const member of index.members(pair.from)) index.setStory(member.article.id, pair.into);
      touched.add(pair.into);
    }
    const fresh = new Map<string, string[]>();
    for (const id of pendingIds) {
      const story = isCopy(id) ? null : index.storyOf(id);
      if (!story) continue;
      const ids = fresh.get(story);
      if (ids) ids.push(id);
      else fresh.set(story, [id]);
    }
    // A story that was two may be three: each side of a split is looked at again.
    const queue = [...fresh];
    for (let next = queue.pop(); next; next = queue.pop()) {
      const [storyId, ids] = next;
      const split = splitStory(index, clusterer, storyId, ids, (item) => weigh(countsOf(item), idf));
      if (!split) continue;
      touched.add(split.id);
      const leaving = new Set(split.moved);
      queue.push([storyId, ids.filter((id) => !leaving.has(id))], [split.id, split.moved]);
    }
    for (const link of duplicates.links) {
      const story = index.storyOf(link.duplicateOf);
      const before = index.storyOf(link.articleId);
      if (!story || story === before) continue;
      index.setStory(link.articleId, story);
      touched.add(story);
      if (before) touched.add(before);
    }
    index.saveProfiles(clusterer.changedProfiles());

    const rederive = new Set([...pendingIds, ...duplicates.changed]);
    for (const id of index.articlesNaming(renamed)) {
      rederive.add(id);
      const story = index.storyOf(id);
      if (story) touched.add(story);
    }
    const { nameByKey, personByKey, personByInitials } = entities;
    const ctx = { index, nameByKey, personByKey, personByInitials, idf, rederive };
    let rebuilt = 0;
    for (const storyId of touched) {
      rebuildStory(ctx, storyId);
      if (++rebuilt % 16 === 0) onProgress?.({ step: "rebuild", done: rebuilt, total: touched.size });
    }
    index.markIndexed(pendingIds);
    return { indexed: total, rebuilt, ...index.counts() };
  });
}

/** The most members of this run a story may have for the two-stories check (its cost grows with the cube). */
const SPLIT_LIMIT = 200;

/**
 * A story this run grew that is two stories (see split.ts): its members of this run (`ids`, no copies) that stand
 * apart from the group holding the earliest of them move to a new story, with their copies. Stored members stay,
 * and only this run's members are read. Returns the new story's id.
 */
function splitStory(
  index: CorpusIndex,
  clusterer: StoryClusterer,
  storyId: string,
  ids: readonly string[],
  vectorOf: (item: AnalysedArticle) => TermVector,
): { id: string; moved: string[] } | null {
  if (ids.length < 2 * MIN_SIDE || ids.length > SPLIT_LIMIT) return null;
  const fresh = index.analysed(ids);
  const vectors = fresh.map(vectorOf);
  const halves = bisect(
    vectors,
    fresh.map((item) => item.article.outlet),
  );
  if (!halves || halves.margin < SPLIT_MARGIN) return null;
  const earliest = (side: readonly number[]) =>
    Math.min(...side.map((i) => fresh[i]?.article.seq ?? Number.POSITIVE_INFINITY));
  const leaving = earliest(halves.a) <= earliest(halves.b) ? halves.b : halves.a;
  const moving = leaving.map((i) => ({ id: fresh[i]?.article.id ?? "", vector: vectors[i] as TermVector }));
  const id = clusterer.splitOff(storyId, moving);
  for (const { id: articleId } of moving) {
    index.setStory(articleId, id);
    for (const copy of index.copiesOf(articleId)) index.setStory(copy, id);
  }
  return { id, moved: moving.map((m) => m.id) };
}

/** Every article not yet indexed, in publication order, a page at a time (only the ids are held). */
function forEachPendingByDate(index: CorpusIndex, visit: (item: AnalysedArticle) => void): void {
  const ids = index.pendingByDate();
  for (let at = 0; at < ids.length; at += PAGE)
    for (const item of index.analysed(ids.slice(at, at + PAGE))) visit(item);
}

/** Every article not yet indexed, in arrival order, a page at a time (nothing else is held). */
function forEachPending(index: CorpusIndex, visit: (item: AnalysedArticle) => void): void {
  let after = -1;
  for (;;) {
    const page = index.pending(after, PAGE);
    for (const item of page) visit(item);
    const last = page.at(-1);
    if (!last || page.length < PAGE) return;
    after = last.article.seq;
  }
}
