/**
 * @module Online clustering of articles into stories: each article, in the order given, joins the story whose
 * centroid is most similar (TF-IDF cosine over entities and content words) or starts a new one. A famous name
 * shared by two stories weighs little against the words each story is about. Stories of earlier ingests come from a
 * `ProfileIndex` (the database), so an ingest compares its articles only with the stories naming what they name.
 */
import { shortId } from "../core/hash.ts";
import { accumulate, cosine, normalised, type TermVector, withdraw } from "./features.ts";

export interface ClusterOptions {
  /** Minimum cosine between an article and a story centroid to join it. */
  readonly threshold: number;
}

// Chosen on the example corpus: articles of one story meet at ≥ 0.12 there, different stories stay ≤ 0.07.
export const DEFAULT_CLUSTER_OPTIONS: ClusterOptions = { threshold: 0.12 };

/**
 * Two stories whose centroids meet at this cosine are one. Measured over the thirteen development corpora: distinct
 * stories meet at 0.291 at most, the two halves of one story split by arrival order at 0.308 to 0.372.
 */
export const MERGE_THRESHOLD = 0.3;

/** What a story is about: the running sum of its articles' weighted terms. */
export interface StoryProfile {
  readonly id: string;
  /** Creation order: ties go to the older story, and stories are listed in it. */
  readonly seq: number;
  readonly sum: TermVector;
}

export interface ProfileIndex {
  /** Ids of stories whose articles name any of these entity terms ("@…"). */
  storiesNaming(terms: readonly string[]): string[];
  profile(id: string): StoryProfile | null;
  /** The creation order the next new story takes. */
  nextSeq(): number;
}

interface Loaded {
  readonly profile: StoryProfile;
  centroid: TermVector;
  readonly newTerms: Set<string>;
}

export class StoryClusterer {
  private readonly loaded = new Map<string, Loaded>();
  private readonly changed = new Set<string>();
  /** Entity term → stories that gained it in this run (the index knows only what was stored before). */
  private readonly byTerm = new Map<string, Set<string>>();
  private seq: number;
  /** The creation order of this run's first new story. */
  private readonly firstSeq: number;

  constructor(
    private readonly index: ProfileIndex,
    private readonly options: ClusterOptions = DEFAULT_CLUSTER_OPTIONS,
  ) {
    this.seq = index.nextSeq();
    this.firstSeq = this.seq;
  }

  /** The story an article (its weighted terms) joins, started for it when none is close enough. */
  assign(articleId: string, vector: TermVector): string {
    const entityTerms = [...vector.keys()].filter((t) => t.startsWith("@"));
    const candidates = new Set([...this.index.storiesNaming(entityTerms), ...this.fresh(entityTerms)]);
    let best: Loaded | null = null;
    let bestScore = this.options.threshold;
    for (const id of candidates) {
      const story = this.load(id);
      if (!story) continue;
      const score = cosine(vector, story.centroid);
      if (score > bestScore || (score === bestScore && best && story.profile.seq < best.profile.seq)) {
        best = story;
        bestScore = score;
      }
    }
    const id = best?.profile.id ?? this.start(articleId);
    this.join(id, vector);
    return id;
  }

  /** Adds an article's terms to a story it is known to belong to (a new kept version of one of its copies). */
  join(storyId: string, vector: TermVector): void {
    const story = this.load(storyId);
    if (!story) return;
    accumulate(story.profile.sum, vector);
    story.centroid = normalised(story.profile.sum);
    for (const term of vector.keys()) {
      if (!term.startsWith("@")) continue;
      story.newTerms.add(term);
      const set = this.byTerm.get(term) ?? new Set<string>();
      set.add(storyId);
      this.byTerm.set(term, set);
    }
    this.changed.add(storyId);
  }

  /**
   * A second look once the run's stories have grown: an article moves to another story whose centroid is now
   * closer than its own story without it, or starts a story of its own when nothing, its own story included, is
   * close enough. Online clustering decides with the stories it has when the article arrives; this corrects the
   * article that joined a neighbour's story before its own story existed. Returns the article's story now.
   */
  reassign(articleId: string, vector: TermVector, current: string): string {
    const own = this.load(current);
    if (!own) return current;
    const rest = new Map(own.profile.sum);
    withdraw(rest, vector);
    const alone = rest.size === 0;
    const ownScore = alone ? 0 : cosine(vector, normalised(rest));
    const entityTerms = [...vector.keys()].filter((t) => t.startsWith("@"));
    let best: Loaded | null = null;
    let bestScore = Math.max(this.options.threshold, ownScore);
    for (const id of new Set([...this.index.storiesNaming(entityTerms), ...this.fresh(entityTerms)])) {
      const story = id === current ? null : this.load(id);
      if (!story) continue;
      const score = cosine(vector, story.centroid);
      if (score > bestScore) {
        best = story;
        bestScore = score;
      }
    }
    if (!best && (alone || ownScore >= this.options.threshold)) return current;
    own.profile.sum.clear();
    for (const [term, w] of rest) own.profile.sum.set(term, w);
    own.centroid = normalised(rest);
    this.changed.add(current);
    if (best) {
      this.join(best.profile.id, vector);
      return best.profile.id;
    }
    const id = this.start(articleId);
    this.join(id, vector);
    return id;
  }

  /**
   * Moves articles out of a story into a new one (started after the first of them): the other half of a story
   * that turned out to be two (see split.ts). Returns the new story's id.
   */
  splitOff(storyId: string, leaving: readonly { id: string; vector: TermVector }[]): string {
    const story = this.load(storyId);
    const first = leaving[0];
    if (!story || !first) return storyId;
    for (const { vector } of leaving) withdraw(story.profile.sum, vector);
    story.centroid = normalised(story.profile.sum);
    this.changed.add(storyId);
    const id = this.start(first.id);
    for (const { vector } of leaving) this.join(id, vector);
    return id;
  }

  /**
   * Pairs of these stories that are one: each the other's closest story, their centroids meeting at MERGE_THRESHOLD
   * or more, the younger started in this run (`from`) and the older (`into`). Online clustering starts a story for a
   * report that arrives before its story's words have gathered; once both halves have grown they meet. Only mutual
   * nearest pairs, each story in one pair at most, and from the centroids as they are: a merged story's wider
   * centroid would meet every story near it, and merging again would snowball.
   */
  mergePairs(ids: readonly string[]): { from: string; into: string }[] {
    const stories = ids.flatMap((id) => this.load(id) ?? []).filter((s) => s.profile.sum.size > 0);
    const nearest = new Map<Loaded, { story: Loaded; score: number }>();
    for (const [i, x] of stories.entries())
      for (const y of stories.slice(i + 1)) {
        if (Math.max(x.profile.seq, y.profile.seq) < this.firstSeq) continue;
        const score = cosine(x.centroid, y.centroid);
        if (score < MERGE_THRESHOLD) continue;
        if (score > (nearest.get(x)?.score ?? 0)) nearest.set(x, { story: y, score });
        if (score > (nearest.get(y)?.score ?? 0)) nearest.set(y, { story: x, score });
      }
    const pairs: { from: string; into: string }[] = [];
    for (const [x, { story: y }] of nearest) {
      if (nearest.get(y)?.story !== x || x.profile.seq > y.profile.seq) continue;
      pairs.push({ from: y.profile.id, into: x.profile.id });
    }
    return pairs;
  }

  /** Moves story `from`'s terms into story `into`; `from` is left empty. */
  merge(from: string, into: string): void {
    const a = this.load(from);
    const b = this.load(into);
    if (!a || !b || a === b) return;
    accumulate(b.profile.sum, a.profile.sum);
    b.centroid = normalised(b.profile.sum);
    for (const term of a.newTerms) b.newTerms.add(term);
    for (const set of this.byTerm.values()) if (set.delete(from)) set.add(into);
    a.profile.sum.clear();
    a.centroid = new Map();
    this.changed.add(from);
    this.changed.add(into);
  }

  /** Stories this run created or grew, with the entity terms they gained: what must be stored again. */
  changedProfiles(): { profile: StoryProfile; newTerms: string[] }[] {
    // a story emptied by a merge was started in this run, so nothing of it is stored yet
    return [...this.changed].flatMap((id) => {
      const s = this.loaded.get(id);
      return s && s.profile.sum.size > 0 ? [{ profile: s.profile, newTerms: [...s.newTerms] }] : [];
    });
  }

  /** Stories started in this run that name these terms (not stored yet, so the index does not know them). */
  private fresh(terms: readonly string[]): string[] {
    return terms.flatMap((t) => [...(this.byTerm.get(t) ?? [])]);
  }

  /**
   * A new empty story named after its first article; when that name is taken (the article is leaving the story it
   * started, in the second look), a numbered variant.
   */
  private start(articleId: string): string {
    let id = shortId("st", articleId);
    for (let n = 1; this.load(id) !== null; n++) id = shortId("st", `${articleId}|${n}`);
    this.loaded.set(id, {
      profile: { id, seq: this.seq++, sum: new Map() },
      centroid: new Map(),
      newTerms: new Set(),
    });
    return id;
  }

  private load(id: string): Loaded | null {
    const known = this.loaded.get(id);
    if (known) return known;
    const profile = this.index.profile(id);
    if (!profile) return null;
    const story = { profile, centroid: normalised(profile.sum), newTerms: new Set<string>() };
    this.loaded.set(id, story);
    return story;
  }
}

/** The title of the member closest to the story's centroid: the article most about what the story is about. */
export function representativeTitle(
  members: readonly { readonly title: string | null; readonly vector: TermVector }[],
  sum: TermVector,
): string {
  const centroid = normalised(sum);
  let best = "";
  let bestScore = -1;
  for (const { title, vector } of members) {
    const score = cosine(vector, centroid);
    if (title && score > bestScore) {
      best = title;
      bestScore = score;
    }
  }
  return best || "(untitled story)";
}
