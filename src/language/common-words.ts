/** @module Capitalised words that are not names: sentence openers, function words, calendar words. */

/**
 * Words that start sentences or headlines with a capital letter without naming anything
 * ("The", "However", "Speaking", "Also"). A capitalised run that begins with one of these loses it,
 * and a run made only of these is not an entity.
 */
export const COMMON_WORDS: ReadonlySet<string> = new Set(
  `a an the this that these those there here it its it's he she they we i you his her their our my your
  him them us me who whom whose which what when where why how whether if unless until while although though
  because since as so and but or nor yet for of in on at by to from with without within into onto upon about
  above below after before during between among against through across over under around along near
  also however meanwhile moreover furthermore nevertheless nonetheless instead still thus therefore hence
  then now today yesterday tomorrow tonight earlier later soon already again once never ever always often
  only just even yes no not all any each every some many much more most few several both either neither
  other another such same own one two three four five six seven eight nine ten first second third last next
  according speaking asked asking speaking despite given following ahead amid amidst unlike like including
  unfortunately fortunately obviously clearly indeed perhaps maybe certainly especially particularly
  additionally separately similarly overall finally initially currently recently previously notably
  in-depth exclusive breaking update updated read watch see related photo video file source sources
  mr mrs ms dr will would could should can may might must shall do does did is are was were be been being
  has have had let lets get got make made take took says said say told tells adding added
  january february march april june july august september october november december
  monday tuesday wednesday thursday friday saturday sunday sept jan feb mar apr jun jul aug oct nov dec`.split(
    /\s+/,
  ),
);

/** Calendar words: never an entity on their own, the time stage reads them ("May 16", "On Friday"). */
export const CALENDAR_WORDS: ReadonlySet<string> = new Set(
  `january february march april may june july august september october november december jan feb mar apr jun
  jul aug sep sept oct nov dec monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thur
  thurs fri sat sun`.split(/\s+/),
);

/** Lower-case particles allowed inside a name ("Argumenty i Fakty", "Ursula von der Leyen", "Bank of England"). */
export const NAME_PARTICLES: ReadonlySet<string> = new Set(
  [
    "de",
    "da",
    "di",
    "del",
    "della",
    "der",
    "den",
    "van",
    "von",
    "la",
    "le",
    "du",
    "dos",
    "das",
    "do",
    "y",
    "i",
  ].concat(["bin", "ibn", "al", "el", "ter", "zu", "ben", "bint", "abu", "e"]),
);

/** Lower-case prefixes joined to a capitalised name by a hyphen or apostrophe ("al-Assad", "d'Estaing"). */
export const NAME_PREFIX_PATTERN = /^(?:al|el|ad|ash|as|at|ibn|bin|abu|d|l)[-'’]\p{Lu}/u;
