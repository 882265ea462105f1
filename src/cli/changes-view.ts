/** @module Stance changes resolved for display: each side with its statement's words, article and outlet. */
import type { Stance } from "../core/records.ts";
import { detectChanges, type StanceChange } from "../stance/changes.ts";
import type { Store, StoredArticle, StoredStatement } from "../store/store.ts";

export interface ChangeSide {
  readonly stance: Stance["stance"];
  readonly condition: string | null;
  readonly date: string | null;
  /** For an undated stance: the earliest its article can be. */
  readonly notBefore: string | null;
  readonly statementId: string;
  readonly articleId: string | null;
  readonly outlet: string | null;
  readonly words: string | null;
}

export interface ChangeView {
  readonly holder: string;
  readonly proposition: Stance["proposition"];
  readonly from: ChangeSide;
  readonly to: ChangeSide;
}

export interface ChangeFilter {
  /** Matches the holder's name, case- and accent-insensitively, on whole words ("Peskov", "dmitry peskov"). */
  readonly holder?: string;
  /** Matches the proposition's event or any participant ("meeting", "Zelensky"). */
  readonly about?: string;
}

export async function resolveChanges(store: Store, filter: ChangeFilter = {}): Promise<ChangeView[]> {
  const stances = (await store.listStances()).filter(
    (s) =>
      (!filter.holder || containsWords(s.holder, filter.holder)) &&
      (!filter.about ||
        [s.proposition.event, ...s.proposition.participants].some((p) =>
          containsWords(p, filter.about ?? ""),
        )),
  );
  const changes = detectChanges(stances);
  if (changes.length === 0) return [];
  const statements = new Map((await store.listStatements()).map((s) => [s.id, s]));
  const articles = new Map((await store.listArticles()).map((a) => [a.id, a]));
  return changes.map((change) => view(change, statements, articles));
}

function view(
  change: StanceChange,
  statements: ReadonlyMap<string, StoredStatement>,
  articles: ReadonlyMap<string, StoredArticle>,
): ChangeView {
  const side = (stance: Stance): ChangeSide => {
    const statement = statements.get(stance.statementId);
    const article = statement ? articles.get(statement.articleId) : undefined;
    return {
      stance: stance.stance,
      condition: stance.condition,
      date: stance.date,
      notBefore: stance.notBefore ?? null,
      statementId: stance.statementId,
      articleId: statement?.articleId ?? null,
      outlet: article ? (article.outlet ?? article.source) : null,
      words: statement?.content.text ?? null,
    };
  };
  return {
    holder: change.holder,
    proposition: change.proposition,
    from: side(change.from),
    to: side(change.to),
  };
}

const fold = (text: string): string => text.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase();

function containsWords(text: string, query: string): boolean {
  const words = ` ${fold(text).replace(/[^\p{L}\p{N}]+/gu, " ")} `;
  return fold(query)
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)
    .every((w) => words.includes(` ${w}`));
}
