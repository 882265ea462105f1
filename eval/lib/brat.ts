/**
 * @module Reads brat standoff attribution files (PolNeAR): Source / Cue / Content text-bound spans and the
 * Attribution events that link them.
 *
 * A text-bound line is `T12<TAB>Cue 98 105<TAB>accused`; a discontinuous span lists fragments
 * (`Content 10 20;22 40`) and is taken here as its outer extent, since the reported words run across the gap (a
 * paragraph break, an interrupting cue). An event line is `E3<TAB>Attribution:T12 Content:T11 Cue:T10 Source:T9`
 * (`Attribution-no-source` when the source is not in the text). A span's own text may run over several lines, so
 * lines that do not start with an annotation id are skipped.
 */

export type Role = "source" | "cue" | "content";

export const ROLES: readonly Role[] = ["source", "cue", "content"];

export interface BratSpan {
  readonly id: string;
  readonly type: string;
  readonly start: number;
  readonly end: number;
  /** The fragments as written, in text order; one for a continuous span. */
  readonly fragments: readonly (readonly [number, number])[];
}

export interface Attribution {
  readonly id: string;
  readonly source: BratSpan | null;
  readonly cue: BratSpan | null;
  readonly content: readonly BratSpan[];
}

export interface BratDoc {
  readonly spans: ReadonlyMap<string, BratSpan>;
  readonly attributions: readonly Attribution[];
}

const TEXT_BOUND = /^(T\d+)\t(\S+) (\d+ \d+(?:;\d+ \d+)*)\t/;
const EVENT = /^(E\d+)\t(.+)$/;
const ROLE_OF: Readonly<Record<string, Role>> = { Source: "source", Cue: "cue", Content: "content" };

export function parseBrat(ann: string): BratDoc {
  const spans = new Map<string, BratSpan>();
  const events: [string, string][] = [];
  for (const line of ann.split(/\r?\n/)) {
    const t = TEXT_BOUND.exec(line);
    if (t !== null) {
      const [, id = "", type = "", ranges = ""] = t;
      const fragments = ranges
        .split(";")
        .map((r) => r.split(" ").map(Number) as [number, number])
        .sort((a, b) => a[0] - b[0]);
      const numbers = fragments.flat();
      spans.set(id, { id, type, start: Math.min(...numbers), end: Math.max(...numbers), fragments });
      continue;
    }
    const e = EVENT.exec(line.trimEnd());
    if (e !== null) events.push([e[1] ?? "", e[2] ?? ""]);
  }
  const attributions: Attribution[] = [];
  for (const [id, args] of events) {
    const parts = args.split(" ").map((a) => a.split(":") as [string, string]);
    if (!/^Attribution/.test(parts[0]?.[0] ?? "")) continue;
    let source: BratSpan | null = null;
    let cue: BratSpan | null = null;
    const content: BratSpan[] = [];
    for (const [arg, ref] of parts.slice(1)) {
      const span = spans.get(ref);
      const role = ROLE_OF[arg.replace(/\d+$/, "")];
      if (span === undefined || role === undefined) continue;
      if (role === "source") source = span;
      else if (role === "cue") cue = span;
      else content.push(span);
    }
    attributions.push({ id, source, cue, content });
  }
  return { spans, attributions };
}

/** The gold spans of one role, each text-bound span once (a source shared by two attributions counts once). */
export function roleSpans(doc: BratDoc, role: Role): BratSpan[] {
  const byId = new Map<string, BratSpan>();
  for (const a of doc.attributions) {
    const spans = role === "source" ? [a.source] : role === "cue" ? [a.cue] : a.content;
    for (const s of spans) if (s !== null) byId.set(s.id, s);
  }
  return [...byId.values()].sort((a, b) => a.start - b.start || a.end - b.end);
}
