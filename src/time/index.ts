/** @module The time stage: TIMEX3 extraction, statement and event dates, and publication dates inferred from the text. */

export type { InferredPublication, PublicationEvidence } from "./publication-inference.ts";
export { inferPublication } from "./publication-inference.ts";
export { dateForSpan } from "./span-dater.ts";
export { dateStatements } from "./statement-dater.ts";
export { extractTimexes } from "./timex-extractor.ts";
