/**
 * @module `npm run eval:dossier`: the whole dossier stage on Dossier's own invented corpus
 * (eval/dossier-corpus, gold written by reading the articles) — pairwise duplicate precision/recall, story BCubed
 * F1, stance accuracy and change-detection precision/recall — and a report on the seed reports in ../shared/seeds.
 *
 * Everything runs through the CLI as a user would: `dossier ingest` into a temporary database, `export --json`,
 * and `changes --json`. When `changes` does not run, changes count as none found.
 *
 *   npm run eval:dossier [-- --errors] [--floor-dup P,R] [--floor-story F] [--floor-stance A]
 */

import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import {
  articleName,
  bcubed,
  describeChange,
  type Gold,
  type GoldChange,
  type GoldStance,
  groupsFromLinks,
  matchStances,
  nameKey,
  type PairScore,
  pairMembers,
  pairsOfGroups,
  quoteOverlap,
  type StanceMatch,
  type StanceScore,
  type SystemChange,
  type SystemStance,
  sameDate,
  sameName,
  sameParticipants,
  scoreChanges,
  scorePairs,
  scoreStances,
} from "./lib/dossier-score.ts";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const ENTRY = join(ROOT, "src", "cli", "entry.ts");
const CORPUS = join(ROOT, "eval", "dossier-corpus");
const ARTICLES = join(CORPUS, "articles");
const SEEDS = resolve(ROOT, "..", "shared", "seeds");

/** The issue's targets. No published system has been run on this corpus, so these are the only reference. */
const BARS = { dupPrecision: 0.95, dupRecall: 0.95, storyF1: 0.9, stanceAccuracy: 0.85 } as const;

interface Options {
  readonly errors: boolean;
  readonly floorDup: readonly [number, number] | null;
  readonly floorStory: number | null;
  readonly floorStance: number | null;
}

function parseArgs(argv: readonly string[]): Options {
  const value = (flag: string): string | null => {
    const at = argv.indexOf(flag);
    if (at < 0) return null;
    const v = argv[at + 1];
    if (v === undefined) throw new Error(`${flag} needs a value`);
    return v;
  };
  const number = (flag: string, text: string): number => {
    const n = Number(text);
    if (!Number.isFinite(n) || n < 0 || n > 1) throw new Error(`${flag} takes numbers between 0 and 1`);
    return n;
  };
  const dup = value("--floor-dup");
  const dupParts = dup?.split(",") ?? [];
  if (dup !== null && dupParts.length !== 2) throw new Error("--floor-dup takes P,R (e.g. 0.9,0.8)");
  const story = value("--floor-story");
  const stance = value("--floor-stance");
  return {
    errors: argv.includes("--errors"),
    floorDup:
      dup === null
        ? null
        : [number("--floor-dup", dupParts[0] ?? ""), number("--floor-dup", dupParts[1] ?? "")],
    floorStory: story === null ? null : number("--floor-story", story),
    floorStance: stance === null ? null : number("--floor-stance", stance),
  };
}

// ---------------------------------------------------------------------------------------------------------------
// The CLI

interface CliRun {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

function dossier(args: readonly string[]): CliRun {
  const r = spawnSync(process.execPath, ["--import", "tsx", ENTRY, ...args], {
    cwd: ROOT,
    encoding: "utf8",
    maxBuffer: 1 << 28,
  });
  return { status: r.status, stdout: r.stdout ?? "", stderr: r.stderr ?? "" };
}

interface ExportDoc {
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
}

/** Ingest `paths` into `db` and export it; a sentence instead when the CLI fails. */
function ingestAndExport(paths: readonly string[], db: string): { doc: ExportDoc; summary: string } | string {
  const ingest = dossier(["ingest", ...paths, "--db", db, "--quiet"]);
  if (ingest.status !== 0 && ingest.status !== 1)
    return `ingest failed (exit ${ingest.status}): ${firstLine(ingest.stderr)}`;
  const failures = ingest.stderr
    .split("\n")
    .filter((l) => l.trim() !== "")
    .slice(0, 10);
  const exported = dossier(["export", "--json", "--db", db]);
  if (exported.status !== 0) return `export failed (exit ${exported.status}): ${firstLine(exported.stderr)}`;
  const summary = ingest.status === 1 ? `ingest reported failures:\n  ${failures.join("\n  ")}` : "";
  return { doc: JSON.parse(exported.stdout) as ExportDoc, summary };
}

const firstLine = (text: string): string =>
  text
    .split("\n")
    .find((l) => l.trim() !== "")
    ?.trim() ?? "";

/** `dossier changes --json` (with extra filters); a sentence when the command is missing or fails. */
function systemChanges(db: string, extra: readonly string[] = []): SystemChange[] | string {
  const r = dossier(["changes", "--json", ...extra, "--db", db]);
  if (r.status !== 0) return `changes: command not available (${firstLine(r.stderr) || `exit ${r.status}`})`;
  try {
    const parsed = JSON.parse(r.stdout) as unknown;
    if (!Array.isArray(parsed)) return "changes: command not available (output is not a JSON array)";
    return parsed as SystemChange[];
  } catch {
    return "changes: command not available (output is not JSON)";
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Scoring the own corpus

interface CorpusRun {
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

function scoreCorpus(gold: Gold, doc: ExportDoc, changes: SystemChange[] | string): CorpusRun {
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

// ---------------------------------------------------------------------------------------------------------------
// Printing

const f3 = (x: number): string => x.toFixed(3);
const share = (a: number, b: number): string => `${a}/${b}`;

function table(run: CorpusRun): string {
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

function dupBreakdown(run: CorpusRun): string {
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

function pairLabel(run: CorpusRun, key: string): string {
  const [a, b] = pairMembers(key);
  const inGroup = (groups: readonly { articles: readonly string[] }[]) =>
    groups.some((g) => g.articles.includes(a) && g.articles.includes(b));
  if (inGroup(run.gold.partial)) return "partial";
  if (inGroup(run.gold.independent)) return "independent";
  return run.gold.articles[a]?.story === run.gold.articles[b]?.story ? "same story" : "other story";
}

function dupErrors(run: CorpusRun): string[] {
  const kindOf = (key: string) =>
    run.gold.duplicates.find((d) => pairsOfGroups([d.articles]).has(key))?.kind ?? "?";
  return [
    `Duplicates — missed pairs (${run.dup.missed.length}):`,
    ...run.dup.missed.map((p) => `  [${kindOf(p)}] ${pairMembers(p).join("  ~  ")}`),
    `Duplicates — wrong merges (${run.dup.spurious.length}):`,
    ...run.dup.spurious.map((p) => `  [${pairLabel(run, p)}] ${pairMembers(p).join("  ~  ")}`),
  ];
}

function storyErrors(run: CorpusRun): string[] {
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

const clip = (text: string, n = 110): string => {
  const t = text.replace(/\s+/g, " ").trim();
  return t.length > n ? `${t.slice(0, n - 1)}…` : t;
};

function stanceLine(g: GoldStance): string {
  const who = g.participants.length ? ` [${g.participants.map((p) => nameKey(p)).join(", ")}]` : "";
  const cond = g.condition ? ` if/while "${clip(g.condition, 50)}"` : "";
  return `${g.article} · ${g.holder} · ${g.event}${who} · gold ${g.stance}${cond} · ${g.date ?? "undated"}`;
}

function stanceErrors(run: CorpusRun): string[] {
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

const systemChangeLine = (c: SystemChange): string =>
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

function changeErrors(run: CorpusRun): string[] {
  return [
    `Changes — missed (${run.changes.missed.length}):`,
    ...run.changes.missed.map((c) => `  ${describeChange(c)}`),
    `Changes — not in the gold (${run.changes.spurious.length}):`,
    ...run.changes.spurious.map((c) => `  ${systemChangeLine(c)}${nearMiss(run, c)}`),
  ];
}

// ---------------------------------------------------------------------------------------------------------------
// Seeds

function seedsReport(dir: string): string[] {
  const files = readdirSync(SEEDS).filter((f) => !f.startsWith("."));
  const db = join(dir, "seeds.db");
  const out = ingestAndExport([SEEDS], db);
  const lines = [`Seeds (${relative(ROOT, SEEDS)}, ${files.length} reports):`];
  if (typeof out === "string") return [...lines, `  ${out}`];
  const { doc } = out;
  const all = doc.articles.map((a) => a.id);
  const whole = doc.stories.some((s) => all.every((id) => s.articleIds.includes(id)));
  const dups = doc.articles.filter((a) => a.duplicateOf !== null);
  lines.push(
    `  articles stored: ${doc.articles.length}`,
    `  stories: ${doc.stories.length} (bar: 1 containing all ${files.length}) ${doc.stories.length === 1 && whole ? "ok" : "low"}`,
    `  duplicates: ${dups.length} (bar: none) ${dups.length === 0 ? "ok" : "low"}${dups.map((a) => ` ${articleName(a.source)}`).join(",")}`,
  );
  const statements = new Map(doc.statements.map((s) => [s.id, s]));
  const names = new Map(doc.articles.map((a) => [a.id, articleName(a.source)]));
  const keys = (ps: readonly string[]) => new Set(ps.map(nameKey));
  const peskov = doc.stances
    .filter((s) => nameKey(s.holder) === nameKey("Peskov") && s.proposition.event === "meeting")
    .filter((s) => keys(s.proposition.participants).has(nameKey("Putin")))
    .filter((s) => keys(s.proposition.participants).has(nameKey("Zelensky")))
    .sort((a, b) => (a.date ?? a.notBefore ?? "9999").localeCompare(b.date ?? b.notBefore ?? "9999"));
  lines.push(
    "  Peskov on a meeting including Putin and Zelensky, in date order (date, stance, condition, article):",
  );
  if (peskov.length === 0) lines.push("    none");
  for (const s of peskov) {
    const article = names.get(statements.get(s.statementId)?.articleId ?? "") ?? "?";
    lines.push(
      `    ${(s.date ?? (s.notBefore ? `≥${s.notBefore}` : "undated")).padEnd(11)} ${s.stance.padEnd(11)} ${s.condition ? `"${clip(s.condition, 70)}"` : "-"}  ${article}`,
    );
  }
  const changes = systemChanges(db, ["--holder", "Peskov"]);
  lines.push("  changes --holder Peskov:");
  if (typeof changes === "string") lines.push(`    ${changes}`);
  else if (changes.length === 0) lines.push("    none");
  else {
    for (const c of changes) {
      lines.push(`    ${systemChangeLine(c)}`);
    }
  }
  return lines;
}

// ---------------------------------------------------------------------------------------------------------------

function floorsFailed(run: CorpusRun, options: Options): string[] {
  const failed: string[] = [];
  if (options.floorDup) {
    const [p, r] = options.floorDup;
    if (run.dup.precision < p || run.dup.recall < r) {
      failed.push(`duplicate P/R ${f3(run.dup.precision)}/${f3(run.dup.recall)} below the floor ${p}/${r}`);
    }
  }
  if (options.floorStory !== null && run.story.f1 < options.floorStory) {
    failed.push(`story BCubed F1 ${f3(run.story.f1)} below the floor ${options.floorStory}`);
  }
  if (options.floorStance !== null && run.stance.accuracy < options.floorStance) {
    failed.push(`stance accuracy ${f3(run.stance.accuracy)} below the floor ${options.floorStance}`);
  }
  return failed;
}

function main(): number {
  let options: Options;
  try {
    options = parseArgs(process.argv.slice(2));
  } catch (err) {
    console.error(err instanceof Error ? err.message : String(err));
    return 2;
  }
  const gold = JSON.parse(readFileSync(join(CORPUS, "gold.json"), "utf8")) as Gold;
  const dir = mkdtempSync(join(tmpdir(), "dossier-eval-"));
  try {
    const db = join(dir, "corpus.db");
    const out = ingestAndExport([relative(ROOT, ARTICLES)], db);
    if (typeof out === "string") {
      console.error(out);
      return 1;
    }
    const changes = systemChanges(db);
    const run = scoreCorpus(gold, out.doc, changes);
    const articles = Object.keys(gold.articles).length;
    console.log(
      `Dossier evaluation corpus (${relative(ROOT, CORPUS)}): ${articles} articles, ${gold.stories.length} stories, ` +
        `${pairsOfGroups(gold.duplicates.map((d) => d.articles)).size} duplicate pairs, ${gold.stances.length} stances, ${gold.changes.length} changes`,
    );
    console.log(
      `run through the CLI: ingest → export --json (${out.doc.articles.length} articles, ${out.doc.stories.length} stories, ` +
        `${out.doc.stances.length} stances) and changes --json${run.changesNote ? "" : ` (${run.changes.predicted} changes)`}`,
    );
    if (out.summary) console.log(out.summary);
    if (run.missing.length) console.log(`gold articles missing from the export: ${run.missing.join(", ")}`);
    if (run.changesNote) console.log(run.changesNote);
    console.log("");
    console.log(table(run));
    console.log("");
    console.log(dupBreakdown(run));
    console.log(
      "No published results exist for this corpus (it is Dossier's own): the bars are the issue's targets.",
    );
    if (options.errors) {
      console.log("");
      console.log(
        [...dupErrors(run), ...storyErrors(run), ...stanceErrors(run), ...changeErrors(run)].join("\n"),
      );
    }
    console.log("");
    if (existsSync(SEEDS)) console.log(seedsReport(dir).join("\n"));
    else console.log(`Seeds: ${SEEDS} not found (../shared is absent): seeds report skipped`);
    const failed = floorsFailed(run, options);
    for (const f of failed) console.error(f);
    return failed.length > 0 ? 1 : 0;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

process.exitCode = main();
