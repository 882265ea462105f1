/** @module The time stage: TIMEX3 extraction, statement dates and event dates. */

export { dateForSpan } from "./span-dater.ts";
export { dateStatements } from "./statement-dater.ts";
export { extractTimexes } from "./timex-extractor.ts";
