/** @module Printing an evaluation corpus's scores: the metrics table, duplicates by kind, and the errors listing. */

import type { CorpusRun, ExportDoc } from "./dossier-run.ts";

/** The targets. No published system has been run on these corpora, so these are the only reference. */
export const BARS = { dupPrecision: 0.95, dupRecall: 0.95, storyF1: 0.9, stanceAccuracy: 0.85 } as const;

import {
  articleName,
  describeChange,
  type GoldChange,
  type GoldStance,
  nameKey,
  normaliseText,
  pairMembers,
  pairsOfGroups,
  quoteOverlap,
  type SystemChange,
  sameDate,
  sameName,
  sameParticipants,
} from "./dossier-score.ts";

// ---------------------------------------------------------------------------------------------------------------
// Printing

export const f3 = (x: number): string => x.toFixed(3);
const share = (a: number, b: number): string => `${a}/${b}`;

export function table(run: CorpusRun): string {
  const row = (metric: string, value: string, bar: string, ok: string) =>
    `| ${metric.padEnd(40)} | ${value.padStart(13)} | ${bar.padEnd(6)} | ${ok.padEnd(4)} |`;
  const barred = (metric: string, value: number, bar: number, detail = "") =>
    row(metric, `${detail}${f3(value)}`, `≥ ${bar.toFixed(2)}`, value >= bar ? "ok" : "low");
  const s = run.stance;
  const c = run.changes;
  return [
    row("metric", "value", "bar", ""),
    `|${"-".repeat(42)}|${"-".repeat(15)}|${"-".repeat(8)}|${"-".repeat(6)}|`,
    barred(
      "duplicate pairs precision",
      run.dup.precision,
      BARS.dupPrecision,
      `${share(run.dup.hits, run.dup.predicted)} `,
    ),
    barred("duplicate pairs recall", run.dup.recall, BARS.dupRecall, `${share(run.dup.hits, run.dup.gold)} `),
    row("story BCubed precision", f3(run.story.precision), "", ""),
    row("story BCubed recall", f3(run.story.recall), "", ""),
    barred("story BCubed F1", run.story.f1, BARS.storyF1),
    barred("stance accuracy (right / gold)", s.accuracy, BARS.stanceAccuracy, `${share(s.correct, s.gold)} `),
    row("stance coverage (matched / gold)", `${share(s.matched, s.gold)} ${f3(s.coverage)}`, "", ""),
    row("stance accuracy on matched", `${share(s.correct, s.matched)} ${f3(s.accuracyOnMatched)}`, "", ""),
    row(
      "participants right (of matched)",
      `${share(s.participantsRight, s.matched)} ${f3(s.matched ? s.participantsRight / s.matched : 0)}`,
      "",
      "",
    ),
    row(
      "condition found (gold has one)",
      `${share(s.conditionsFound, s.conditionsGold)} ${f3(s.conditionsGold ? s.conditionsFound / s.conditionsGold : 0)}`,
      "",
      "",
    ),
    row("change precision", `${share(c.hits, c.predicted)} ${f3(c.precision)}`, "", ""),
    row("change recall", `${share(c.hits, c.gold)} ${f3(c.recall)}`, "", ""),
  ].join("\n");
}

export function dupBreakdown(run: CorpusRun): string {
  const found = new Set(run.dup.spurious);
  const flagged = (groups: readonly { articles: readonly string[] }[]) => {
    const pairs = [...pairsOfGroups(groups.map((g) => g.articles))];
    return share(pairs.filter((p) => found.has(p)).length, pairs.length);
  };
  const kinds = [...run.dupKinds].map(([kind, [hit, all]]) => `${kind} ${share(hit, all)}`).join(", ");
  return [
    `duplicate pairs found by kind: ${kinds}`,
    `not duplicates but marked so: partial syndication ${flagged(run.gold.partial)}, independent reports ${flagged(run.gold.independent)}`,
  ].join("\n");
}

/**
 * Why each gold stance was missed or misread, in counts only (no text), so it can be printed for a corpus still
 * kept unread: no statement carries the quote; a statement carries it under another speaker (or none); the holder's
 * statement carries it but no stance on the gold's event was read from it; a stance was matched with another value.
 */
export function missCauses(run: CorpusRun): string {
  const counts = { attribution: 0, speaker: 0, otherEvent: 0, unread: 0, noFrame: 0, value: 0 };
  for (const m of run.matches) {
    const g = m.gold;
    if (m.system) {
      if (m.system.stance !== g.stance) counts.value += 1;
      continue;
    }
    const inArticle = (articleId: string) => run.nameOf.get(articleId) === g.article;
    const carrying = run.doc.statements.filter(
      (s) => inArticle(s.articleId) && quoteOverlap(s.content, g.quote) > 0,
    );
    const own = carrying.filter((s) => s.speaker !== null && sameName(s.speaker.name, g.holder));
    if (carrying.length === 0) counts.attribution += 1;
    else if (own.length === 0) counts.speaker += 1;
    else if (run.doc.stances.some((x) => own.some((s) => s.id === x.statementId))) counts.otherEvent += 1;
    else {
      const quote = normaliseText(g.quote);
      const named = (run.doc.events ?? []).some(
        (e) => inArticle(e.articleId) && e.event === g.event && quote.includes(normaliseText(e.text)),
      );
      if (named) counts.unread += 1;
      else counts.noFrame += 1;
    }
  }
  return [
    `stances missed: ${counts.attribution} no statement carries the quote, ${counts.speaker} carried under another speaker;`,
    `  the holder's statement carries it but ${counts.otherEvent} gives stances on other events only, ${counts.unread} names`,
    `  the gold's event with no stance read, ${counts.noFrame} names no event of the gold's frame in the quote;`,
    `  ${counts.value} matched with another value`,
  ].join("\n");
}

function pairLabel(run: CorpusRun, key: string): string {
  const [a, b] = pairMembers(key);
  const inGroup = (groups: readonly { articles: readonly string[] }[]) =>
    groups.some((g) => g.articles.includes(a) && g.articles.includes(b));
  if (inGroup(run.gold.partial)) return "partial";
  if (inGroup(run.gold.independent)) return "independent";
  return run.gold.articles[a]?.story === run.gold.articles[b]?.story ? "same story" : "other story";
}

export function dupErrors(run: CorpusRun): string[] {
  const kindOf = (key: string) =>
    run.gold.duplicates.find((d) => pairsOfGroups([d.articles]).has(key))?.kind ?? "?";
  return [
    `Duplicates — missed pairs (${run.dup.missed.length}):`,
    ...run.dup.missed.map((p) => `  [${kindOf(p)}] ${pairMembers(p).join("  ~  ")}`),
    `Duplicates — wrong merges (${run.dup.spurious.length}):`,
    ...run.dup.spurious.map((p) => `  [${pairLabel(run, p)}] ${pairMembers(p).join("  ~  ")}`),
  ];
}

export function storyErrors(run: CorpusRun): string[] {
  const systemOf = new Map<string, string>();
  for (const a of run.doc.articles) systemOf.set(articleName(a.source), a.storyId ?? "(none)");
  const lines = ["Stories:"];
  const tally = (names: readonly string[], key: (n: string) => string) => {
    const byKey = new Map<string, string[]>();
    for (const n of names) byKey.set(key(n), [...(byKey.get(key(n)) ?? []), n]);
    return [...byKey].sort((x, y) => y[1].length - x[1].length);
  };
  for (const story of run.gold.stories) {
    const parts = tally(story.articles, (n) => systemOf.get(n) ?? "(missing)");
    const detail = parts.map(([id, names], i) =>
      i === 0 ? `${id} ${names.length}` : `${id} [${names.join(", ")}]`,
    );
    lines.push(
      `  gold ${story.id} (${story.articles.length}) → ${parts.length === 1 ? "one system story" : "split"}: ${detail.join("; ")}`,
    );
  }
  for (const story of run.doc.stories) {
    const names = story.articleIds
      .map((id) => run.nameOf.get(id) ?? id)
      .filter((n) => n in run.gold.articles);
    const parts = tally(names, (n) => run.gold.articles[n]?.story ?? "?");
    if (parts.length < 2) continue;
    const detail = parts.map(([id, ns], i) => (i === 0 ? `${id} ${ns.length}` : `${id} [${ns.join(", ")}]`));
    lines.push(`  system ${story.id} "${story.title}" mixes: ${detail.join("; ")}`);
  }
  return lines;
}

export const clip = (text: string, n = 110): string => {
  const t = text.replace(/\s+/g, " ").trim();
  return t.length > n ? `${t.slice(0, n - 1)}…` : t;
};

function stanceLine(g: GoldStance): string {
  const who = g.participants.length ? ` [${g.participants.map((p) => nameKey(p)).join(", ")}]` : "";
  const cond = g.condition ? ` if/while "${clip(g.condition, 50)}"` : "";
  return `${g.article} · ${g.holder} · ${g.event}${who} · gold ${g.stance}${cond} · ${g.date ?? "undated"}`;
}

export function stanceErrors(run: CorpusRun): string[] {
  const lines = ["Stances — misses and wrong values:"];
  const statementsOf = new Map<string, ExportDoc["statements"][number][]>();
  for (const s of run.doc.statements) {
    const name = run.nameOf.get(s.articleId) ?? "";
    statementsOf.set(name, [...(statementsOf.get(name) ?? []), s]);
  }
  for (const m of run.matches) {
    const g = m.gold;
    if (m.system && m.system.stance === g.stance) continue;
    if (m.system) {
      const cond = m.system.condition ? ` (condition "${clip(m.system.condition, 60)}")` : "";
      lines.push(
        `  ≠ ${stanceLine(g)}`,
        `      system: ${m.system.stance}${cond} on "${clip(m.system.content)}"`,
      );
      continue;
    }
    lines.push(`  ✗ ${stanceLine(g)}`, `      quote: "${clip(g.quote)}"`);
    const near = run.systemStances.filter((s) => s.article === g.article && sameName(s.holder, g.holder));
    for (const s of near) {
      lines.push(
        `      holder's stance here: ${s.event} ${s.stance} [${s.participants.join(", ")}] on "${clip(s.content, 80)}"`,
      );
    }
    const carrying = (statementsOf.get(g.article) ?? []).filter((s) => quoteOverlap(s.content, g.quote) > 0);
    for (const s of carrying) {
      const stances = run.systemStances.filter((x) => x.content === s.content && x.article === g.article);
      const what = stances.length
        ? stances.map((x) => `${x.holder}: ${x.event} ${x.stance}`).join("; ")
        : "no stance";
      lines.push(
        `      statement by ${s.speaker?.name ?? "(no speaker)"}: "${clip(s.content, 80)}" → ${what}`,
      );
    }
    if (near.length === 0 && carrying.length === 0)
      lines.push("      nothing from this holder here and no statement carries the quote");
  }
  return lines;
}

/** A date, or what the system knows of an undated one ("undated, after 2025-08-29"). */
function when(side: SystemChange["from"] & { notBefore?: string | null }): string {
  if (side.date) return side.date;
  return side.notBefore ? `undated, after ${side.notBefore}` : "undated";
}

export const systemChangeLine = (c: SystemChange): string =>
  `${c.holder}: ${c.proposition.event} [${c.proposition.participants.join(", ")}] ` +
  `${c.from.stance} ${when(c.from)} → ${c.to.stance} ${when(c.to)}`;

/** What keeps a system change from the closest missed gold change of the same holder and event, if any. */
function nearMiss(run: CorpusRun, c: SystemChange): string {
  const closeness = (g: GoldChange) =>
    Number(sameParticipants(g.participants, c.proposition.participants, g.holder)) +
    Number(sameDate(g.to.date, c.to.date));
  const near = run.changes.missed
    .filter((g) => sameName(g.holder, c.holder) && g.event === c.proposition.event)
    .sort((x, y) => closeness(y) - closeness(x))[0];
  if (!near) return "";
  const differs = [
    sameParticipants(near.participants, c.proposition.participants, near.holder) ? "" : "participants",
    sameDate(near.to.date, c.to.date) ? "" : `date (gold ${near.to.date ?? "?"})`,
  ].filter(Boolean);
  return `   ← near a missed gold change; ${differs.join(" and ") || "nothing"} differ`;
}

export function changeErrors(run: CorpusRun): string[] {
  return [
    `Changes — missed (${run.changes.missed.length}):`,
    ...run.changes.missed.map((c) => `  ${describeChange(c)}`),
    `Changes — not in the gold (${run.changes.spurious.length}):`,
    ...run.changes.spurious.map((c) => `  ${systemChangeLine(c)}${nearMiss(run, c)}`),
  ];
}
