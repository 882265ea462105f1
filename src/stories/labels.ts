/**
 * @module Labels that tell outlets apart when they carry the same fact (data): spellings of contested place names,
 * loaded words for people, governments and wars, and titles given or withheld. Each label has a group, so a
 * comparison can say "Kiev" here and "Kyiv" there.
 */

export interface Label {
  /** What the label is a choice about ("Kyiv/Kiev", "the war's name"). */
  readonly group: string;
  readonly pattern: RegExp;
  readonly label: string;
}

const spelling = (group: string, variants: readonly string[]): Label[] =>
  variants.map((v) => ({ group, pattern: new RegExp(`\\b${v}\\b`), label: v }));

export const LABELS: readonly Label[] = [
  ...spelling("Kyiv/Kiev", ["Kyiv", "Kiev"]),
  ...spelling("Kharkiv/Kharkov", ["Kharkiv", "Kharkov"]),
  ...spelling("Odesa/Odessa", ["Odesa", "Odessa"]),
  ...spelling("Luhansk/Lugansk", ["Luhansk", "Lugansk"]),
  ...spelling("Donbas/Donbass", ["Donbas", "Donbass"]),
  ...spelling("Mykolaiv/Nikolaev", ["Mykolaiv", "Nikolaev", "Nikolayev"]),
  ...spelling("Zelensky spelling", ["Zelensky", "Zelenskyy", "Zelenskiy", "Zelenskii"]),
  ...spelling("Belarus/Belorussia", ["Belarus", "Belorussia", "Byelorussia"]),
  ...spelling("Myanmar/Burma", ["Myanmar", "Burma"]),
  ...spelling("Türkiye/Turkey", ["Türkiye", "Turkey"]),
  ...spelling("Czechia/Czech Republic", ["Czechia", "Czech Republic"]),
  ...spelling("Eswatini/Swaziland", ["Eswatini", "Swaziland"]),
  { group: "legitimacy", pattern: /\billegitimate\b/i, label: "illegitimate" },
  { group: "legitimacy", pattern: /\bso-called\b/i, label: "so-called" },
  { group: "legitimacy", pattern: /\bself-proclaimed\b/i, label: "self-proclaimed" },
  { group: "legitimacy", pattern: /\bde facto\b/i, label: "de facto" },
  { group: "legitimacy", pattern: /\bregime\b/i, label: "regime" },
  { group: "legitimacy", pattern: /\bjunta\b/i, label: "junta" },
  { group: "armed groups", pattern: /\bterrorists?\b/i, label: "terrorist" },
  { group: "armed groups", pattern: /\bmilitants?\b/i, label: "militant" },
  { group: "armed groups", pattern: /\bseparatists?\b/i, label: "separatist" },
  { group: "armed groups", pattern: /\brebels?\b/i, label: "rebel" },
  { group: "armed groups", pattern: /\binsurgents?\b/i, label: "insurgent" },
  { group: "armed groups", pattern: /\bneo-?Nazis?\b/i, label: "neo-Nazi" },
  { group: "armed groups", pattern: /\boccupiers?\b|\boccupation forces\b/i, label: "occupier" },
  {
    group: "the war's name",
    pattern: /\bspecial military operation\b/i,
    label: "special military operation",
  },
  { group: "the war's name", pattern: /\b(?:full-scale\s+)?invasion\b/i, label: "invasion" },
  { group: "the war's name", pattern: /\bwar\b/i, label: "war" },
  { group: "the war's name", pattern: /\bconflict\b/i, label: "conflict" },
  { group: "the war's name", pattern: /\bcrisis\b/i, label: "crisis" },
  { group: "the land's status", pattern: /\bannex(?:ed|ation)\b/i, label: "annexed" },
  { group: "the land's status", pattern: /\breunifi(?:ed|cation)\b/i, label: "reunification" },
  { group: "the land's status", pattern: /\boccupied\b/i, label: "occupied" },
  { group: "the land's status", pattern: /\bliberat(?:ed|ion)\b/i, label: "liberated" },
  { group: "titles", pattern: /\bPresident\b/, label: "President" },
  { group: "titles", pattern: /\b(?:leader|head of the)\b/i, label: "leader" },
  { group: "titles", pattern: /\bdictator\b/i, label: "dictator" },
  { group: "titles", pattern: /\bstrongman\b/i, label: "strongman" },
];

export function labelsIn(text: string): string[] {
  return [...new Set(LABELS.filter((l) => l.pattern.test(text)).map((l) => l.label))];
}
