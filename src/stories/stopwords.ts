/** @module English function words and news filler that say nothing about which story an article belongs to. */

export const STOPWORDS: ReadonlySet<string> = new Set(
  `a about above after again against all also although am an and any are as at be because been before being below
  between both but by can could did do does doing down during each either even ever every few for from further had
  has have having he her here hers herself him himself his how however i if in into is it its itself just least less
  like made make many may me might more most much must my myself near neither no nor not now of off on once one only
  or other others our ours ourselves out over own per rather same says said saying she should since so some such
  than that the their theirs them themselves then there these they this those though through thus to told too toward
  under until up upon us very via was we were what when where whether which while who whom whose why will with
  within without would yet you your yours yourself also added according week weeks month months year years day days
  today yesterday tomorrow monday tuesday wednesday thursday friday saturday sunday january february march april may
  june july august september october november december new news report reported reports time times first second
  third last next two three four five six seven eight nine ten percent still well way back get got going told asked
  called statement comments`.split(/\s+/),
);
