/** @module `dossier changes`: where a holder's stance on a proposition turned, with both statements as evidence. */
import type { Command } from "commander";
import { type ChangeSide, resolveChanges } from "../changes-view.ts";
import { DB_OPTION_HELP, openForRead, withStore } from "../db.ts";
import { write } from "../output.ts";

export function registerChanges(program: Command): void {
  program
    .command("changes")
    .description(
      "Stance changes: where a holder's position on a proposition moved between open (happened, planned,\n" +
        "possible, conditional) and closed (unlikely, ruled out), in date order, with the statement before and\n" +
        "the statement after as evidence. Stances without a date cannot be placed and are left out.",
    )
    .option("--holder <name>", "only this holder (whole words, any case or accents: 'Peskov')")
    .option("--about <text>", "only propositions whose event or participants match ('meeting', 'Zelensky')")
    .option("--json", "a JSON array of { holder, proposition, from, to }")
    .option("--db <file>", DB_OPTION_HELP)
    .addHelpText(
      "after",
      "\nExamples:\n  dossier changes --holder Peskov\n  dossier changes --about ceasefire --json",
    )
    .action(async (opts: { holder?: string; about?: string; json?: boolean; db?: string }) =>
      withStore(openForRead(opts.db), async (store) => {
        const changes = await resolveChanges(store, { holder: opts.holder, about: opts.about });
        if (opts.json) return write(`${JSON.stringify(changes, null, 2)}\n`);
        if (changes.length === 0) return write("no stance changes found\n");
        for (const change of changes) {
          const about = [change.proposition.event, ...change.proposition.participants].join(" · ");
          await write(`${change.holder} on ${about}: ${change.from.stance} → ${change.to.stance}\n`);
          await write(side("before", change.from));
          await write(side("after", change.to));
          await write("\n");
        }
      }),
    );
}

function side(label: string, s: ChangeSide): string {
  const condition = s.condition ? ` (condition: ${s.condition})` : "";
  const words = s.words ? `\n      “${s.words.length > 220 ? `${s.words.slice(0, 219)}…` : s.words}”` : "";
  return `  ${label.padEnd(6)} ${s.date ?? (s.notBefore ? `undated, not before ${s.notBefore}` : "undated")}  ${s.stance}${condition} — ${s.outlet ?? "?"} [${s.statementId}]${words}\n`;
}
