/**
 * @module The API benchmark's database: N synthetic articles with analyses and a corpus state (entities, copies,
 * stories with timelines, stances) written through the Store directly — the analysis pipeline is not run.
 * Story 0 has exactly 1,000 timeline entries (the first-paint case). The file is cached and reused when present.
 */
import { existsSync, renameSync, rmSync } from "node:fs";
import { shortId } from "../src/core/hash.ts";
import { scopedId } from "../src/core/ids.ts";
import type { Stance, StanceValue, Story, TimelineEntry } from "../src/core/records.ts";
import { SqliteStore } from "../src/store/sqlite-store.ts";
import type { CorpusEntity } from "../src/store/store.ts";
import {
  type MadeArticle,
  makeArticle,
  pick,
  type Rand,
  type StoryTopic,
  seeded,
  syndicatedCopy,
} from "./api-article.ts";
import { FRAMES, OUTLETS, PEOPLE, PLACES, TOPICS } from "./api-words.ts";

export const BIG_STORY_ENTRIES = 1000;
const BIG_STORY_ARTICLES = 250;
const BATCH = 2000;

interface StoryPlan {
  readonly id: string;
  readonly topic: StoryTopic;
  readonly articles: { id: string; made: MadeArticle; copyOf: string | null }[];
}

export interface BenchDatabase {
  readonly store: SqliteStore;
  readonly bigStoryId: string;
  readonly generatedMs: number | null;
}

/** Opens the cached database at `path` when it holds `size` articles, else generates it first. */
export async function benchDatabase(path: string, size: number): Promise<BenchDatabase> {
  const bigStoryId = shortId("st", "bench-0");
  if (existsSync(path)) {
    const store = SqliteStore.open(path);
    if ((await store.countArticles()) === size && (await store.getStory(bigStoryId))) {
      return { store, bigStoryId, generatedMs: null };
    }
    await store.close();
  }
  const started = performance.now();
  const scratch = `${path}.partial`;
  for (const suffix of ["", "-wal", "-shm"]) rmSync(`${scratch}${suffix}`, { force: true });
  const store = SqliteStore.open(scratch);
  await generate(store, size, seeded(20250829));
  await store.close();
  for (const suffix of ["-wal", "-shm"]) rmSync(`${path}${suffix}`, { force: true });
  renameSync(scratch, path);
  return { store: SqliteStore.open(path), bigStoryId, generatedMs: performance.now() - started };
}

function planStories(rand: Rand, size: number): { topics: StoryTopic[]; order: number[] } {
  const topics: StoryTopic[] = [];
  const counts: number[] = [];
  let total = 0;
  while (total < size) {
    const a = Math.floor(rand() * PEOPLE.length);
    const b = (a + 1 + Math.floor(rand() * (PEOPLE.length - 1))) % PEOPLE.length;
    topics.push({
      a,
      b,
      frame: pick(rand, FRAMES),
      place: pick(rand, PLACES),
      topic: pick(rand, TOPICS),
      day: 60 + Math.floor(rand() * 600),
    });
    const count = topics.length === 1 ? BIG_STORY_ARTICLES + 10 : 5 + Math.floor(rand() ** 2 * 115);
    const fitted = Math.min(count, size - total);
    counts.push(fitted);
    total += fitted;
  }
  const order = counts.flatMap((n, story) => Array.from({ length: n }, () => story));
  for (let i = order.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [order[i], order[j]] = [order[j] as number, order[i] as number];
  }
  return { topics, order };
}

async function generate(store: SqliteStore, size: number, rand: Rand): Promise<void> {
  const { topics, order } = planStories(rand, size);
  const plans: StoryPlan[] = topics.map((topic, i) => ({
    id: shortId("st", `bench-${i}`),
    topic,
    articles: [],
  }));
  let batch: { article: MadeArticle["article"]; analysis: MadeArticle["analysis"] }[] = [];
  for (const storyIndex of order) {
    const plan = plans[storyIndex] as StoryPlan;
    const big = storyIndex === 0;
    const originals = plan.articles.filter((x) => !x.copyOf);
    const copy = originals.length > 0 && (big ? originals.length >= BIG_STORY_ARTICLES : rand() < 0.06);
    const original = copy ? pick(rand, originals) : null;
    const statementCount = big ? BIG_STORY_ENTRIES / BIG_STORY_ARTICLES : 2 + Math.floor(rand() * 4);
    const made = original
      ? syndicatedCopy(original.made, pick(rand, OUTLETS), plan.articles.length)
      : makeArticle(rand, plan.topic, statementCount, !big && rand() < 0.5);
    const copyOf = original?.id ?? null;
    plan.articles.push({ id: made.article.id, made, copyOf });
    batch.push({ article: made.article, analysis: made.analysis });
    if (batch.length >= BATCH) {
      await store.saveArticles(batch);
      batch = [];
    }
  }
  await store.saveArticles(batch);
  await store.saveCorpusState(corpusState(plans));
}

function corpusState(plans: readonly StoryPlan[]) {
  const entities: CorpusEntity[] = PEOPLE.map((p) => ({
    id: shortId("en", p.name),
    name: p.name,
    type: "person",
    aliases: [p.name.split(" ").at(-1) ?? p.name],
  }));
  const entityByName = new Map(entities.map((e) => [e.name, e.id]));
  const entityIds = new Map<string, Map<string, string>>();
  const duplicates = [];
  const stories: Story[] = [];
  const stances: Stance[] = [];
  for (const plan of plans) {
    const entries = new Map<string, TimelineEntry & { dateFrom: string }>();
    for (const { id, made, copyOf } of plan.articles) {
      entityIds.set(id, new Map(made.analysis.entities.map((e) => [e.id, entityByName.get(e.name) ?? e.id])));
      if (copyOf) {
        duplicates.push({
          articleId: id,
          duplicateOf: copyOf,
          kind: "syndicated" as const,
          containment: 0.97,
        });
        for (const s of made.analysis.statements) {
          const entry = entries.get(scopedId(copyOf, s.id));
          if (entry) {
            const refs = [...(entry.refs ?? [entry.ref]), scopedId(id, s.id)];
            entries.set(entry.ref, { ...entry, articleIds: [...entry.articleIds, id], refs });
          }
        }
        continue;
      }
      const published = made.article.published;
      for (const s of made.analysis.statements) {
        const ref = scopedId(id, s.id);
        const dateFrom = s.date ? "text" : "published";
        entries.set(ref, {
          date: s.date ?? published,
          dateFrom,
          kind: "statement",
          ref,
          articleIds: [id],
          refs: [ref],
        });
      }
      for (const e of made.analysis.events) {
        const ref = scopedId(id, e.id);
        entries.set(ref, {
          date: e.date,
          dateFrom: "text",
          kind: "event",
          ref,
          articleIds: [id],
          refs: [ref],
        });
      }
      for (const note of made.stances) {
        const statement = made.analysis.statements.find((s) => s.id === note.localId);
        const statementId = scopedId(id, note.localId);
        stances.push({
          id: shortId("sn", statementId),
          statementId,
          holder: statement?.speaker?.name ?? "unknown",
          proposition: {
            event: plan.topic.frame,
            participants: [PEOPLE[plan.topic.a]?.name ?? "", PEOPLE[plan.topic.b]?.name ?? ""].sort(),
          },
          stance: note.stance as StanceValue,
          condition: note.condition,
          date: statement?.date ?? published,
        });
      }
    }
    const timeline = [...entries.values()].sort((x, y) => (x.date ?? "").localeCompare(y.date ?? ""));
    const first = plan.articles[0]?.made.article.title ?? plan.id;
    stories.push({ id: plan.id, title: first, articleIds: plan.articles.map((a) => a.id), timeline });
  }
  return { entities, entityIds, duplicates, stories, stances };
}
