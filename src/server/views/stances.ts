/**
 * @module Stances as series: one per holder and proposition, points in time order with the words and outlet that
 * carry each, and the changes between open and closed leanings marked. Undated stances are placed by the
 * earliest their article can be (`notBefore`) and say so; those with neither come last, unplaced.
 */
import type { Proposition, Stance, StanceValue } from "../../core/records.ts";
import { detectChanges, type Leaning, leaningOf, placeOf, propositionKey } from "../../stance/changes.ts";
import type { StanceQuery, Store } from "../../store/store.ts";
import { type DatePrecision, precisionOf } from "../dates.ts";
import { localIdOf } from "./story.ts";

export interface StancePoint {
  readonly id: string;
  readonly statementId: string;
  readonly articleId: string | null;
  /** The statement's anchor in its article (`#st-…`). */
  readonly localId: string;
  readonly stance: StanceValue;
  readonly leaning: Leaning;
  readonly condition: string | null;
  readonly date: string | null;
  readonly notBefore: string | null;
  /** Where the point sits in time: the date, else the earliest the article can be, else null. */
  readonly place: string | null;
  readonly precision: DatePrecision | null;
  readonly words: string | null;
  readonly outlet: string | null;
  /** The value was read by the learned model: the words hold no cue the rules know. */
  readonly learned: boolean;
}

export interface ChangeMark {
  readonly from: string;
  readonly to: string;
  readonly place: string | null;
  readonly fromStance: StanceValue;
  readonly toStance: StanceValue;
  readonly fromLeaning: Leaning;
  readonly toLeaning: Leaning;
}

export interface StanceSeries {
  readonly holder: string;
  readonly proposition: Proposition;
  readonly points: readonly StancePoint[];
  readonly changes: readonly ChangeMark[];
}

export interface StanceSeriesPage {
  readonly series: readonly StanceSeries[];
  readonly changes: readonly (ChangeMark & { readonly holder: string; readonly proposition: Proposition })[];
}

const byPlace = (a: StancePoint, b: StancePoint): number =>
  (a.place ?? "9999").localeCompare(b.place ?? "9999") || a.id.localeCompare(b.id);

/** Stances that pass the query, grouped into series (largest first), with their evidence resolved. */
export async function stanceSeries(store: Store, query: StanceQuery): Promise<StanceSeriesPage> {
  const stances = await store.findStances(query);
  const statements = new Map(
    (await store.getStatements([...new Set(stances.map((s) => s.statementId))])).map((s) => [s.id, s]),
  );
  const heads = await store.getArticleHeads([...new Set([...statements.values()].map((s) => s.articleId))]);
  const outletOf = new Map(heads.map((a) => [a.id, a.outlet ?? a.source]));
  const point = (s: Stance): StancePoint => {
    const statement = statements.get(s.statementId);
    const place = placeOf(s);
    return {
      id: s.id,
      statementId: s.statementId,
      articleId: statement?.articleId ?? null,
      localId: localIdOf(s.statementId),
      stance: s.stance,
      leaning: leaningOf(s.stance),
      condition: s.condition,
      date: s.date,
      notBefore: s.notBefore ?? null,
      learned: s.learned === true,
      place,
      precision: precisionOf(place),
      words: statement?.content.text ?? null,
      outlet: statement ? (outletOf.get(statement.articleId) ?? null) : null,
    };
  };
  const groups = new Map<string, Stance[]>();
  for (const s of stances) {
    const key = propositionKey(s.holder, s.proposition);
    const group = groups.get(key);
    if (group) group.push(s);
    else groups.set(key, [s]);
  }
  const series = [...groups.values()].map((group): StanceSeries => {
    const first = group[0] as Stance;
    const changes = detectChanges(group).map((c) => ({
      from: c.from.id,
      to: c.to.id,
      place: placeOf(c.to),
      fromStance: c.from.stance,
      toStance: c.to.stance,
      fromLeaning: c.fromLeaning,
      toLeaning: c.toLeaning,
    }));
    return {
      holder: first.holder,
      proposition: {
        event: first.proposition.event,
        participants: [...first.proposition.participants].sort(),
      },
      points: group.map(point).sort(byPlace),
      changes,
    };
  });
  series.sort((a, b) => b.points.length - a.points.length || a.holder.localeCompare(b.holder));
  return {
    series,
    changes: series
      .flatMap((s) => s.changes.map((c) => ({ ...c, holder: s.holder, proposition: s.proposition })))
      .sort((a, b) => (a.place ?? "").localeCompare(b.place ?? "")),
  };
}
