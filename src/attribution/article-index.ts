/** @module Lookups over one article shared by the attribution pieces: mentions by offset, quotes, roles. */
import type { Entity, Sentence } from "../core/records.ts";
import { findRoleMentions, type RoleMention } from "../language/role-finder.ts";
import { findQuotes, type Quote } from "./quote-finder.ts";

export interface MentionRef {
  readonly entity: Entity;
  readonly start: number;
  readonly end: number;
}

export interface ArticleIndex {
  readonly text: string;
  readonly sentences: readonly Sentence[];
  readonly quotes: readonly Quote[];
  readonly roles: readonly RoleMention[];
  /** Entity mentions in text order. */
  readonly mentions: readonly MentionRef[];
  readonly mentionEndingAt: ReadonlyMap<number, MentionRef>;
  readonly mentionStartingAt: ReadonlyMap<number, MentionRef>;
  /** Role phrases whose name follows, by the name's start. */
  readonly roleBeforeName: ReadonlyMap<number, RoleMention>;
}

export function indexArticle(
  text: string,
  sentences: readonly Sentence[],
  entities: readonly Entity[],
): ArticleIndex {
  const mentions: MentionRef[] = entities
    .flatMap((entity) => entity.mentions.map((m) => ({ entity, start: m.start, end: m.end })))
    .sort((a, b) => a.start - b.start);
  const roles = findRoleMentions(text);
  return {
    text,
    sentences,
    quotes: findQuotes(text),
    roles,
    mentions,
    mentionEndingAt: new Map(mentions.map((m) => [m.end, m])),
    mentionStartingAt: new Map(mentions.map((m) => [m.start, m])),
    roleBeforeName: new Map(roles.flatMap((r) => (r.nameStart === null ? [] : [[r.nameStart, r] as const]))),
  };
}

/** The quote whose quoted words contain the offset, if any. */
export function quoteAround(index: ArticleIndex, offset: number): Quote | undefined {
  return index.quotes.find((q) => q.contentStart <= offset && offset < q.contentEnd);
}
