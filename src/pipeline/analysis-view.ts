/** @module The contract's `dossier analyze` object (CONTRACT.md §2) for one article and its analysis. */
import type { Analysis, ArticleMeta } from "../core/records.ts";

export interface AnalyzedArticle extends ArticleMeta {
  readonly text: string;
}

export function analysisView(id: string, article: AnalyzedArticle, analysis: Analysis) {
  return {
    id,
    article: {
      title: article.title,
      published: article.published,
      publishedFrom: article.publishedFrom,
      outlet: article.outlet,
      url: article.url,
      text: article.text,
    },
    statements: analysis.statements.map((s) => ({
      id: s.id,
      speaker: s.speaker,
      via: s.via,
      kind: s.kind,
      cue: s.cue,
      content: s.content,
      date: s.date,
    })),
    timexes: analysis.timexes.map((t) => ({
      text: t.text,
      start: t.start,
      end: t.end,
      type: t.type,
      value: t.value,
    })),
    entities: analysis.entities.map((e) => ({
      id: e.id,
      name: e.name,
      type: e.type,
      aliases: e.aliases,
      mentions: e.mentions,
    })),
    events: analysis.events.map((e) => ({
      id: e.id,
      text: e.text,
      start: e.start,
      end: e.end,
      event: e.frame,
      date: e.date,
      participants: e.participants,
    })),
  };
}
