/**
 * @module `npm run eval:dossier`: the whole dossier stage on Dossier's own invented corpus
 * (eval/dossier-corpus, gold written by reading the articles; the development corpus, whose thresholds were set on
 * it), a second development corpus (eval/dossier-corpus2, first written as a held-out set), a third
 * (eval/dossier-corpus3, varied stance wording), a fourth to a twenty-fifth (eval/dossier-corpus4 to -25, each written
 * blind to the code, 33 to 48 articles) and, when present, a
 * held-out corpus (eval/dossier-heldout, never tuned on) — pairwise duplicate
 * precision/recall, story BCubed F1, stance accuracy and change-detection precision/recall — and a report on the
 * seed reports in ../shared/seeds. The floors apply to each development corpus, never to the held-out one.
 *
 * Everything runs through the CLI as a user would: `dossier ingest` into a temporary database, `export --json`,
 * and `changes --json`. When `changes` does not run, changes count as none found.
 *
 *   npm run eval:dossier [-- --errors] [--floor-dup P,R[/P,R…]] [--floor-story F[,F…]] [--floor-stance A[,A…]] [--corpus DIR]
 *
 * A floor list gives one value per development corpus, in the order scored (a single value applies to each).
 */

import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import {
  changeErrors,
  clip,
  dupBreakdown,
  dupErrors,
  f3,
  missCauses,
  stanceErrors,
  storyErrors,
  systemChangeLine,
  table,
} from "./lib/dossier-report.ts";
import { type CorpusRun, type ExportDoc, scoreCorpus } from "./lib/dossier-run.ts";
import { articleName, type Gold, nameKey, pairsOfGroups, type SystemChange } from "./lib/dossier-score.ts";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const ENTRY = join(ROOT, "src", "cli", "entry.ts");
/**
 * The corpora scored, in order. Development corpora are tuned on and their errors printed; a held-out corpus is
 * written from its own articles before any run and never tuned on, so its errors are never printed.
 */
const CORPORA: readonly { readonly dir: string; readonly label: string; readonly heldOut: boolean }[] = [
  { dir: join(ROOT, "eval", "dossier-corpus"), label: "Development corpus", heldOut: false },
  { dir: join(ROOT, "eval", "dossier-corpus2"), label: "Second development corpus", heldOut: false },
  { dir: join(ROOT, "eval", "dossier-corpus3"), label: "Third development corpus", heldOut: false },
  { dir: join(ROOT, "eval", "dossier-corpus4"), label: "Fourth development corpus", heldOut: false },
  { dir: join(ROOT, "eval", "dossier-corpus5"), label: "Fifth development corpus", heldOut: false },
  { dir: join(ROOT, "eval", "dossier-corpus6"), label: "Sixth development corpus", heldOut: false },
  { dir: join(ROOT, "eval", "dossier-corpus7"), label: "Seventh development corpus", heldOut: false },
  { dir: join(ROOT, "eval", "dossier-corpus8"), label: "Eighth development corpus", heldOut: false },
  { dir: join(ROOT, "eval", "dossier-corpus9"), label: "Ninth development corpus", heldOut: false },
  { dir: join(ROOT, "eval", "dossier-corpus10"), label: "Tenth development corpus", heldOut: false },
  { dir: join(ROOT, "eval", "dossier-corpus11"), label: "Eleventh development corpus", heldOut: false },
  { dir: join(ROOT, "eval", "dossier-corpus12"), label: "Twelfth development corpus", heldOut: false },
  { dir: join(ROOT, "eval", "dossier-corpus13"), label: "Thirteenth development corpus", heldOut: false },
  { dir: join(ROOT, "eval", "dossier-corpus14"), label: "Fourteenth development corpus", heldOut: false },
  { dir: join(ROOT, "eval", "dossier-corpus15"), label: "Fifteenth development corpus", heldOut: false },
  { dir: join(ROOT, "eval", "dossier-corpus16"), label: "Sixteenth development corpus", heldOut: false },
  { dir: join(ROOT, "eval", "dossier-corpus17"), label: "Seventeenth development corpus", heldOut: false },
  { dir: join(ROOT, "eval", "dossier-corpus18"), label: "Eighteenth development corpus", heldOut: false },
  { dir: join(ROOT, "eval", "dossier-corpus19"), label: "Nineteenth development corpus", heldOut: false },
  { dir: join(ROOT, "eval", "dossier-corpus20"), label: "Twentieth development corpus", heldOut: false },
  { dir: join(ROOT, "eval", "dossier-corpus21"), label: "Twenty-first development corpus", heldOut: false },
  { dir: join(ROOT, "eval", "dossier-corpus22"), label: "Twenty-second development corpus", heldOut: false },
  { dir: join(ROOT, "eval", "dossier-corpus23"), label: "Twenty-third development corpus", heldOut: false },
  { dir: join(ROOT, "eval", "dossier-corpus24"), label: "Twenty-fourth development corpus", heldOut: false },
  { dir: join(ROOT, "eval", "dossier-corpus25"), label: "Twenty-fifth development corpus", heldOut: false },
  {
    dir: join(ROOT, "eval", "dossier-heldout"),
    label: "Held-out corpus (never used to tune)",
    heldOut: true,
  },
];
const SEEDS = resolve(ROOT, "..", "shared", "seeds");

interface Options {
  readonly errors: boolean;
  readonly floorDup: readonly (readonly [number, number])[] | null;
  /** One floor for every development corpus, or one per development corpus in CORPORA's order. */
  readonly floorStory: readonly number[] | null;
  readonly floorStance: readonly number[] | null;
  /** Only the corpus in this directory of eval/ (e.g. dossier-corpus). */
  readonly only: string | null;
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
  const dupPairs = (dup?.split("/") ?? []).map((pair) => {
    const parts = pair.split(",");
    if (parts.length !== 2)
      throw new Error("--floor-dup takes P,R (e.g. 0.9,0.8), or one P,R per corpus: P,R/P,R");
    return [number("--floor-dup", parts[0] ?? ""), number("--floor-dup", parts[1] ?? "")] as const;
  });
  const story = value("--floor-story");
  const stance = value("--floor-stance");
  return {
    errors: argv.includes("--errors"),
    floorDup: dup === null ? null : dupPairs,
    floorStory: story === null ? null : story.split(",").map((x) => number("--floor-story", x)),
    floorStance: stance === null ? null : stance.split(",").map((x) => number("--floor-stance", x)),
    only: value("--corpus"),
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

/** The floor for the `nth` development corpus: its own when a list gives one per corpus, else the single one. */
const floorFor = (floors: readonly number[] | null, nth: number): number | null =>
  floors === null ? null : (floors[floors.length === 1 ? 0 : nth] ?? null);

function floorsFailed(run: CorpusRun, options: Options, nth: number): string[] {
  const failed: string[] = [];
  const story = floorFor(options.floorStory, nth);
  const stance = floorFor(options.floorStance, nth);
  const dup = options.floorDup?.[options.floorDup.length === 1 ? 0 : nth];
  if (dup) {
    const [p, r] = dup;
    if (run.dup.precision < p || run.dup.recall < r) {
      failed.push(`duplicate P/R ${f3(run.dup.precision)}/${f3(run.dup.recall)} below the floor ${p}/${r}`);
    }
  }
  if (story !== null && run.story.f1 < story) {
    failed.push(`story BCubed F1 ${f3(run.story.f1)} below the floor ${story}`);
  }
  if (stance !== null && run.stance.accuracy < stance) {
    failed.push(`stance accuracy ${f3(run.stance.accuracy)} below the floor ${stance}`);
  }
  return failed;
}

/** Ingests one corpus through the CLI, scores it against its gold and prints the report; a sentence on failure. */
function evaluateCorpus(
  corpus: string,
  label: string,
  options: Options,
  dir: string,
  heldOut = false,
): CorpusRun | string {
  const gold = JSON.parse(readFileSync(join(corpus, "gold.json"), "utf8")) as Gold;
  const db = join(dir, `${corpus.split("/").at(-1)}.db`);
  const out = ingestAndExport([relative(ROOT, join(corpus, "articles"))], db);
  if (typeof out === "string") return out;
  const changes = systemChanges(db);
  const run = scoreCorpus(gold, out.doc, changes);
  const articles = Object.keys(gold.articles).length;
  console.log(
    `${label} (${relative(ROOT, corpus)}): ${articles} articles, ${gold.stories.length} stories, ` +
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
  console.log(missCauses(run));
  // The held-out corpus's errors are not printed: reading them is how a held-out set turns into a development one.
  if (options.errors && !heldOut) {
    console.log("");
    console.log(
      [...dupErrors(run), ...storyErrors(run), ...stanceErrors(run), ...changeErrors(run)].join("\n"),
    );
  }
  console.log("");
  return run;
}

function main(): number {
  let options: Options;
  try {
    options = parseArgs(process.argv.slice(2));
  } catch (err) {
    console.error(err instanceof Error ? err.message : String(err));
    return 2;
  }
  const dir = mkdtempSync(join(tmpdir(), "dossier-eval-"));
  try {
    const failed: string[] = [];
    if (options.only !== null && !CORPORA.some((c) => c.dir.split("/").at(-1) === options.only)) {
      console.error(
        `--corpus: no corpus ${options.only} (${CORPORA.map((c) => c.dir.split("/").at(-1)).join(", ")})`,
      );
      return 2;
    }
    const chosen = CORPORA.filter((c) => options.only === null || c.dir.split("/").at(-1) === options.only);
    for (const corpus of chosen) {
      if (!existsSync(join(corpus.dir, "gold.json"))) continue;
      const run = evaluateCorpus(corpus.dir, corpus.label, options, dir, corpus.heldOut);
      if (typeof run === "string") failed.push(`${corpus.label}: ${run}`);
      else if (!corpus.heldOut) {
        const nth = CORPORA.filter((c) => !c.heldOut).indexOf(corpus);
        failed.push(...floorsFailed(run, options, nth).map((f) => `${corpus.label}: ${f}`));
      }
    }
    console.log(
      "No published results exist for these corpora (they are Dossier's own): the bars are the issue's targets.",
    );
    console.log("");
    if (options.only !== null) {
      // one corpus only: no seeds report
    } else if (existsSync(SEEDS)) console.log(seedsReport(dir).join("\n"));
    else console.log(`Seeds: ${SEEDS} not found (../shared is absent): seeds report skipped`);
    for (const f of failed) console.error(f);
    return failed.length > 0 ? 1 : 0;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

process.exitCode = main();
