/**
 * @module One story rebuilt from its articles: undated members dated from the story, the timeline, the title, and
 * the stances of the members that need them again. Reads and writes one story at a time, so the memory it takes
 * follows the largest story, not the corpus.
 */
import { shortId } from "../core/hash.ts";
import { scopedId } from "../core/ids.ts";
import type { Article, Stance, Story } from "../core/records.ts";
import { entityKey } from "../language/entities.ts";
import { deriveStances } from "../stance/stances.ts";
import type { AnalysedArticle, CorpusIndex } from "../store/corpus-index.ts";
import { representativeTitle } from "../stories/cluster.ts";
import { type TermVector, termCounts, weigh } from "../stories/features.ts";
import { buildTimeline } from "../stories/timeline.ts";
import { dateFromStory } from "../time/story-dating.ts";
import { analyzeText } from "./analyze-article.ts";
import { type PersonLookup, withCorpusPersons } from "./corpus-persons.ts";

export interface RebuildContext {
  readonly index: CorpusIndex;
  /** Canonical name of whatever entity has this key, or null. */
  readonly nameByKey: (key: string) => string | null;
  /** Canonical name of the person with this key, or null. */
  readonly personByKey: PersonLookup;
  /** The person written as capital initials ("SR"), or null. */
  readonly personByInitials: (letters: string) => string | null;
  readonly idf: (term: string) => number;
  /** Articles whose stances must be derived again (new, re-dated, copies changed, entities renamed); grows. */
  readonly rederive: Set<string>;
}

export function rebuildStory(ctx: RebuildContext, storyId: string): void {
  const { index } = ctx;
  const members = dateUndated(ctx, index.members(storyId));
  const profile = index.profile(storyId);
  if (members.length === 0 || !profile) {
    index.saveStory(storyId, null);
    return;
  }
  const names = index.entityNames(members.map((m) => m.article.id));
  // "Mathilde Courvel, the minister who chaired the talks" as a speaker is the person before the appositive
  const canonical = (articleId: string, localEntity: string | null, fallback: string): string =>
    (localEntity ? names.get(articleId)?.get(localEntity) : null) ??
    ctx.nameByKey(entityKey(fallback)) ??
    (fallback.includes(",") ? ctx.personByKey(entityKey(fallback.split(",")[0] ?? "")) : null) ??
    ctx.personByInitials(fallback) ??
    fallback;
  const isCopy = (id: string) => index.link(id) !== null;
  const originals = members.filter((m) => !isCopy(m.article.id));
  const copies = members.filter((m) => isCopy(m.article.id));

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
  const published = new Map(members.map((m) => [m.article.id, m.article.published]));
  const story: Story = {
    id: storyId,
    title: representativeTitle(
      originals.map(({ article, analysis }) => ({
        title: article.title,
        vector: vectorOf(ctx, article, analysis),
      })),
      profile.sum,
    ),
    articleIds: [...originals, ...copies].map((m) => m.article.id),
    timeline: buildTimeline(statements, events, (id) => published.get(id) ?? null),
  };
  index.saveStory(storyId, story);

  const again = members.filter((m) => ctx.rederive.has(m.article.id)).map((m) => m.article.id);
  if (again.length === 0) return;
  const derived = new Map<string, Stance[]>();
  const derive = (m: AnalysedArticle): Stance[] => {
    const known = derived.get(m.article.id);
    if (known) return known;
    const found = stancesOf(m, ctx, canonical);
    derived.set(m.article.id, found);
    return found;
  };
  const stances = originals.filter((m) => ctx.rederive.has(m.article.id)).flatMap(derive);
  for (const copy of copies.filter((m) => ctx.rederive.has(m.article.id))) {
    const kept = members.find((m) => m.article.id === index.link(copy.article.id)?.duplicateOf);
    stances.push(...onlyInCopy(derive(copy), kept ? derive(kept) : []));
  }
  index.replaceStances(again, stances);
}

/**
 * A copy's stances on what its kept version gives the holder no stance on: a rewrite words a statement its own
 * way, and the stage may read one wording and miss the other. Whatever the kept version says of a proposition
 * stands alone, so a copy adds no second reading (and no false change) of it.
 */
export function onlyInCopy(copy: readonly Stance[], kept: readonly Stance[]): Stance[] {
  const key = (s: Stance) => `${s.holder}|${s.proposition.event}|${s.proposition.participants.join("|")}`;
  const known = new Set(kept.map(key));
  return copy.filter((s) => !known.has(key(s)));
}

function vectorOf(ctx: RebuildContext, article: Article, analysis: AnalysedArticle["analysis"]): TermVector {
  return weigh(
    termCounts({ title: article.title, text: article.text, analysis, outlet: article.outlet }),
    ctx.idf,
  );
}

function stancesOf(
  { article, analysis: own }: AnalysedArticle,
  ctx: RebuildContext,
  canonical: (articleId: string, local: string | null, fallback: string) => string,
): Stance[] {
  const analysis = withCorpusPersons(article.text, own, ctx.personByKey);
  const { statements, events, entities } = analysis;
  return deriveStances(article.text, statements, events, article.published, entities).map((s) => {
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
        participants: s.proposition.participants
          .map(
            (p) =>
              ctx.personByKey(entityKey(p)) ?? ctx.nameByKey(entityKey(p)) ?? ctx.personByInitials(p) ?? p,
          )
          .sort(),
      },
    };
  });
}

/**
 * Undated members that their story dates (see story-dating): the article gets the inferred date with its evidence,
 * and its analysis is redone against that date so its statements and events are dated too.
 */
function dateUndated(ctx: RebuildContext, members: AnalysedArticle[]): AnalysedArticle[] {
  if (!members.some((m) => m.article.published === null)) return members;
  const dates = new Map(dateFromStory(members.map((m) => m.article)).map((d) => [d.articleId, d]));
  if (dates.size === 0) return members;
  return members.map((m) => {
    const found = dates.get(m.article.id);
    if (!found) return m;
    const article = {
      ...m.article,
      published: found.date,
      publishedFrom: "inferred" as const,
      dateEvidence: {
        notBefore: m.article.dateEvidence?.notBefore ?? null,
        evidence: [...(m.article.dateEvidence?.evidence ?? []), found.evidence],
      },
    };
    const analysis = analyzeText(article.text, { published: found.date });
    ctx.index.replaceDated(article, analysis);
    ctx.rederive.add(article.id);
    return { article, analysis };
  });
}
