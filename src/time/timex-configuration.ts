/** @module The time stage's ordered configuration: which parsers propose timexes and which refiners settle them. */

import { AgoParser } from "./ago-parser.ts";
import { ChronoParser } from "./chrono-parser.ts";
import { DeicticParser } from "./deictic-parser.ts";
import { DurationParser } from "./duration-parser.ts";
import { MonthParser } from "./month-parser.ts";
import { NewsDirectionRefiner } from "./news-direction-refiner.ts";
import { OverlapRefiner } from "./overlap-refiner.ts";
import { PartOfDayRefiner } from "./part-of-day-refiner.ts";
import { RelativePeriodParser } from "./relative-period-parser.ts";
import { SeasonParser } from "./season-parser.ts";
import { SetParser } from "./set-parser.ts";
import type { TimexParser, TimexRefiner } from "./timex-candidate.ts";
import { UrlRefiner } from "./url-refiner.ts";
import { YearParser } from "./year-parser.ts";

export interface TimexConfiguration {
  readonly parsers: readonly TimexParser[];
  readonly refiners: readonly TimexRefiner[];
}

export function createTimexConfiguration(): TimexConfiguration {
  // Earlier parsers win ties of equal length: a written date beats a guessed pattern over the same words.
  const parsers: TimexParser[] = [
    new ChronoParser(),
    new AgoParser(),
    new RelativePeriodParser(),
    new SetParser(),
    new SeasonParser(),
    new MonthParser(),
    new YearParser(),
    new DeicticParser(),
    new DurationParser(),
  ];
  return {
    parsers,
    refiners: [
      new UrlRefiner(),
      new OverlapRefiner(parsers.map((p) => p.name)),
      new NewsDirectionRefiner(),
      new PartOfDayRefiner(),
    ],
  };
}
