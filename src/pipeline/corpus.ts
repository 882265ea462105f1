/**
 * @module The corpus stages, run over every stored article after an ingest: entity merging across articles,
 * duplicates, stories with their timelines, and stances. Pure: the store hands the records in and takes the
 * result back. (First version: recomputed over the whole corpus; incremental indexes come with scale.)
 */
import { shortId } from "../core/hash.ts";
import { scopedId } from "../core/ids.ts";
import type { Analysis, Article, Stance, Story } from "../core/records.ts";
import { findDuplicates } from "../dedup/duplicates.ts";
import { entityKey } from "../language/entities.ts";
import { deriveStances } from "../stance/stances.ts";
import type { CorpusState } from "../store/store.ts";
import { clusterStories } from "../stories/cluster.ts";
import { buildTimeline } from "../stories/timeline.ts";
import { dateFromStory } from "../time/story-dating.ts";
import { analyzeText } from "./analyze-article.ts";
import { mergeEntities } from "./entity-merge.ts";

export interface CorpusArticle {
  readonly article: Article & { readonly seq: number };
  readonly analysis: Analysis;
}

export function buildCorpusState(input: readonly CorpusArticle[]): CorpusState {
  let corpus = input;
  const merged = mergeEntities(corpus);
  const canonical = (articleId: string, localEntity: string | null, fallback: string): string =>
    (localEntity ? merged.nameOf(articleId, localEntity) : null) ??
    merged.nameByKey(entityKey(fallback)) ??
    fallback;

  const duplicates = findDuplicates(
    corpus.map(({ article }) => ({
      id: article.id,
      text: article.text,
      published: article.published,
      seq: article.seq,
    })),
  );
  const duplicateOf = new Map(duplicates.map((d) => [d.articleId, d.duplicateOf]));

  const clusters = clusterStories(
    corpus.map(({ article, analysis }) => ({
      id: article.id,
      title: article.title,
      text: article.text,
      analysis,
      duplicateOf: duplicateOf.get(article.id) ?? null,
    })),
    entityKey,
  );

  const redated = dateUndated(corpus, clusters);
  if (redated.length > 0) {
    const replaced = new Map(redated.map((r) => [r.article.id, r]));
    corpus = corpus.map((c) => {
      const r = replaced.get(c.article.id);
      return r ? { article: { ...r.article, seq: c.article.seq }, analysis: r.analysis } : c;
    });
  }
  const byId = new Map(corpus.map((c) => [c.article.id, c]));
  const stories: Story[] = clusters.map((cluster) => {
    const members = cluster.articleIds.flatMap((id) => byId.get(id) ?? []);
    const statements = members.flatMap(({ article, analysis }) =>
      analysis.statements.map((s) => ({
        ...s,
        id: scopedId(article.id, s.id),
        articleId: article.id,
        speaker: s.speaker
          ? { ...s.speaker, name: canonical(article.id, s.speaker.entityId, s.speaker.name) }
          : null,
      })),
    );
    const events = members.flatMap(({ article, analysis }) =>
      analysis.events.map((e) => ({ ...e, id: scopedId(article.id, e.id), articleId: article.id })),
    );
    const timeline = buildTimeline(statements, events, (id) => byId.get(id)?.article.published ?? null);
    return { ...cluster, timeline };
  });

  const stances: Stance[] = corpus.flatMap(({ article, analysis }) => {
    if (duplicateOf.has(article.id)) return [];
    return deriveStances(article.text, analysis.statements, analysis.events, article.published).map((s) => {
      const statement = analysis.statements.find((x) => x.id === s.statementId);
      const statementId = scopedId(article.id, s.statementId);
      return {
        ...s,
        id: shortId("sn", `${statementId}|${s.id}`),
        statementId,
        holder: canonical(article.id, statement?.speaker?.entityId ?? null, s.holder),
        ...(s.date === null && article.dateEvidence?.notBefore
          ? { notBefore: article.dateEvidence.notBefore }
          : {}),
        proposition: {
          event: s.proposition.event,
          participants: s.proposition.participants.map((p) => merged.nameByKey(entityKey(p)) ?? p).sort(),
        },
      };
    });
  });

  return { entities: merged.entities, entityIds: merged.entityIds, duplicates, stories, stances, redated };
}

/**
 * Undated articles that their story dates (see story-dating): the article gets the inferred date with its evidence,
 * and its analysis is redone against that date so its statements and events are dated too.
 */
function dateUndated(
  corpus: readonly CorpusArticle[],
  clusters: readonly { articleIds: readonly string[] }[],
): { article: Article; analysis: Analysis }[] {
  const byId = new Map(corpus.map((c) => [c.article.id, c.article]));
  return clusters.flatMap((cluster) => {
    const members = cluster.articleIds.flatMap((id) => byId.get(id) ?? []);
    if (!members.some((m) => m.published === null)) return [];
    return dateFromStory(members).flatMap(({ articleId, date, evidence }) => {
      const article = byId.get(articleId);
      if (!article) return [];
      const { seq: _seq, ...rest } = article;
      const dated: Article = {
        ...rest,
        published: date,
        publishedFrom: "inferred",
        dateEvidence: {
          notBefore: article.dateEvidence?.notBefore ?? null,
          evidence: [...(article.dateEvidence?.evidence ?? []), evidence],
        },
      };
      return [{ article: dated, analysis: analyzeText(dated.text, { published: date }) }];
    });
  });
}
