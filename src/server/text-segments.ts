/**
 * @module An article's text cut into sentences and, inside them, pieces covered by the same statements (their
 * content or their cue), so statements can be highlighted in place and each given an anchor at its sentence.
 * Pure; offsets are UTF-16 offsets into the text, as in every record.
 */
import type { Span } from "../core/records.ts";

export interface MarkedStatement {
  /** The statement's id inside its article ("s3"). */
  readonly localId: string;
  readonly content: Span;
  readonly cue: Span;
}

export interface Piece {
  readonly text: string;
  /** Statements whose content covers this piece. */
  readonly statements: readonly string[];
  /** Statements whose cue covers this piece. */
  readonly cues: readonly string[];
}

export interface Unit {
  /** Index of the sentence, or null for text between sentences. */
  readonly sentence: number | null;
  /** Statements whose content starts in this sentence: their anchors open it. */
  readonly anchors: readonly string[];
  readonly pieces: readonly Piece[];
}

const within = (span: Span, at: number): boolean => span.start <= at && at < span.end;

export function segmentText(
  text: string,
  sentences: readonly Span[],
  statements: readonly MarkedStatement[],
): Unit[] {
  const units: { sentence: number | null; start: number; end: number }[] = [];
  let at = 0;
  const ordered = sentences
    .map((s, index) => ({ index, start: clamp(s.start, text), end: clamp(s.end, text) }))
    .filter((s) => s.end > s.start)
    .sort((a, b) => a.start - b.start);
  for (const s of ordered) {
    if (s.start < at) continue; // overlapping sentences: keep the first
    if (s.start > at) units.push({ sentence: null, start: at, end: s.start });
    units.push({ sentence: s.index, start: s.start, end: s.end });
    at = s.end;
  }
  if (at < text.length) units.push({ sentence: null, start: at, end: text.length });

  const anchorUnit = new Map<string, number>();
  for (const st of statements) {
    const start = clamp(st.content.start, text);
    const unit = units.findIndex((u) => u.start <= start && start < u.end);
    if (unit >= 0) anchorUnit.set(st.localId, unit);
  }
  return units.map((u, i) => ({
    sentence: u.sentence,
    anchors: statements.filter((st) => anchorUnit.get(st.localId) === i).map((st) => st.localId),
    pieces: piecesOf(text, u.start, u.end, statements),
  }));
}

function piecesOf(text: string, start: number, end: number, statements: readonly MarkedStatement[]): Piece[] {
  const cuts = new Set([start, end]);
  for (const st of statements) {
    for (const span of [st.content, st.cue]) {
      if (span.start > start && span.start < end) cuts.add(span.start);
      if (span.end > start && span.end < end) cuts.add(span.end);
    }
  }
  const points = [...cuts].sort((a, b) => a - b);
  const pieces: Piece[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const from = points[i] as number;
    const to = points[i + 1] as number;
    pieces.push({
      text: text.slice(from, to),
      statements: statements.filter((st) => within(st.content, from)).map((st) => st.localId),
      cues: statements.filter((st) => within(st.cue, from)).map((st) => st.localId),
    });
  }
  return pieces;
}

const clamp = (offset: number, text: string): number => Math.max(0, Math.min(offset, text.length));
