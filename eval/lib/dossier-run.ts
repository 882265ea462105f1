/** @module Scoring one evaluation corpus from `dossier export --json` and `dossier changes --json` against its gold. */
import {
  articleName,
  bcubed,
  type Gold,
  groupsFromLinks,
  matchStances,
  type PairScore,
  pairsOfGroups,
  type StanceMatch,
  type StanceScore,
  type SystemChange,
  type SystemStance,
  scoreChanges,
  scorePairs,
  scoreStances,
} from "./dossier-score.ts";

export interface ExportDoc {
  readonly articles: readonly {
    id: string;
    source: string;
    title: string | null;
    duplicateOf: string | null;
    storyId: string | null;
  }[];
  readonly statements: readonly {
    id: string;
    articleId: string;
    speaker: { name: string } | null;
    content: string;
  }[];
  readonly stances: readonly {
    id: string;
    statementId: string;
    holder: string;
    proposition: { event: string; participants: string[] };
    stance: string;
    condition: string | null;
    date: string | null;
    notBefore?: string | null;
  }[];
  readonly stories: readonly { id: string; title: string; articleIds: string[] }[];
  readonly events?: readonly { articleId: string; event: string; text: string }[];
}

// ---------------------------------------------------------------------------------------------------------------
// Scoring the own corpus

export interface CorpusRun {
  readonly gold: Gold;
  readonly doc: ExportDoc;
  readonly nameOf: ReadonlyMap<string, string>;
  readonly missing: string[];
  readonly dup: PairScore;
  readonly dupKinds: Map<string, [number, number]>;
  readonly story: ReturnType<typeof bcubed>;
  readonly stance: StanceScore;
  readonly matches: StanceMatch[];
  readonly systemStances: SystemStance[];
  readonly changes: ReturnType<typeof scoreChanges>;
  readonly changesNote: string | null;
}

export function scoreCorpus(gold: Gold, doc: ExportDoc, changes: SystemChange[] | string): CorpusRun {
  const goldNames = new Set(Object.keys(gold.articles));
  const nameOf = new Map(doc.articles.map((a) => [a.id, articleName(a.source)]));
  const present = new Set(nameOf.values());
  const missing = [...goldNames].filter((n) => !present.has(n));

  const inGold = (names: readonly string[]) => names.filter((n) => goldNames.has(n));
  const systemGroups = groupsFromLinks(doc.articles).map((g) => inGold(g.map((id) => nameOf.get(id) ?? id)));
  const goldPairs = pairsOfGroups(gold.duplicates.map((d) => d.articles));
  const dup = scorePairs(pairsOfGroups(systemGroups), goldPairs);
  const found = new Set(pairsOfGroups(systemGroups));
  const dupKinds = new Map<string, [number, number]>();
  for (const d of gold.duplicates) {
    const pairs = [...pairsOfGroups([d.articles])];
    const [hit, all] = dupKinds.get(d.kind) ?? [0, 0];
    dupKinds.set(d.kind, [hit + pairs.filter((p) => found.has(p)).length, all + pairs.length]);
  }

  const goldStory = new Map(Object.entries(gold.articles).map(([name, a]) => [name, a.story]));
  const systemStory = new Map<string, string>();
  for (const a of doc.articles) {
    const name = nameOf.get(a.id);
    if (name !== undefined && a.storyId !== null) systemStory.set(name, a.storyId);
  }
  const story = bcubed(systemStory, goldStory);

  const statements = new Map(doc.statements.map((s) => [s.id, s]));
  const systemStances: SystemStance[] = doc.stances.map((s) => {
    const statement = statements.get(s.statementId);
    return {
      id: s.id,
      article: statement ? (nameOf.get(statement.articleId) ?? null) : null,
      holder: s.holder,
      event: s.proposition.event,
      participants: s.proposition.participants,
      stance: s.stance,
      condition: s.condition,
      date: s.date,
      content: statement?.content ?? "",
    };
  });
  const groupOf = (article: string): readonly string[] =>
    gold.duplicates.find((d) => d.articles.includes(article))?.articles ?? [article];
  const matches = matchStances(gold.stances, systemStances, groupOf);
  const changeList = typeof changes === "string" ? [] : changes;
  return {
    gold,
    doc,
    nameOf,
    missing,
    dup,
    dupKinds,
    story,
    stance: scoreStances(matches),
    matches,
    systemStances,
    changes: scoreChanges(gold.changes, changeList),
    changesNote: typeof changes === "string" ? changes : null,
  };
}
