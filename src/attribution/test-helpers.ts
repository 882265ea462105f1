/** @module Shared helper for attribution tests: runs the language stages and the statement stage on a text. */
import type { Statement } from "../core/records.ts";
import { extractEntities } from "../language/entities.ts";
import { splitSentences } from "../language/sentences.ts";
import { extractStatements } from "./index.ts";

/** A compact view of a statement: kind, speaker name, via, cue, content. */
export interface Row {
  readonly kind: string;
  readonly speaker: string | null;
  readonly via: string | null;
  readonly cue: string;
  readonly content: string;
}

export function statementsOf(text: string): Statement[] {
  const sentences = splitSentences(text);
  return extractStatements(text, sentences, extractEntities(text, sentences));
}

export function rows(text: string): Row[] {
  return statementsOf(text).map((s) => ({
    kind: s.kind,
    speaker: s.speaker?.name ?? null,
    via: s.via,
    cue: s.cue.text,
    content: s.content.text,
  }));
}
