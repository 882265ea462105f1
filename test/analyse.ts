/** Whole-article analysis for the phrasing tests: statements, events and the stances derived from them. */
import { analyzeText } from "../src/pipeline/analyze-article.ts";
import { deriveStances } from "../src/stance/stances.ts";

export function analyse(text: string, published = "2026-05-04") {
  const analysis = analyzeText(text, { published });
  const stances = deriveStances(text, analysis.statements, analysis.events, published, analysis.entities);
  return { ...analysis, stances };
}

export const speakers = (text: string) => analyse(text).statements.map((s) => s.speaker?.name ?? null);

/** One line per stance: holder | frame | participants | stance | condition. */
export const readings = (text: string) =>
  analyse(text).stances.map((s) =>
    [s.holder, s.proposition.event, s.proposition.participants.join("+"), s.stance, s.condition ?? ""].join(
      " | ",
    ),
  );
