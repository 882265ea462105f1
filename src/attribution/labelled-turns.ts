/**
 * @module Turns of a transcript or an interview, each a paragraph opened by its speaker's label: "MINISTER
 * FALKNER-WEISS: Not while …", "Akcaghlar: When our nine are home …", also inside a quotation mark that opens each
 * turn ('"WALLACE: Let's start …'). The colon is the cue, the person the label names the speaker (the article's person
 * whose surname it carries, else the label as written), the rest of the paragraph the words. An anonymous question's
 * turn ("Q:", "Q (WRF):") is nobody's statement; an interviewer's ("Courier: … ?") is the interviewer's, and the
 * stance reader leaves it alone. No sentence rule reads such a paragraph: it has no reporting verb.
 */
import type { Entity, Speaker } from "../core/records.ts";
import { foldToken } from "../language/entity-key.ts";
import type { ArticleIndex } from "./article-index.ts";
import type { Found } from "./sentence-attributor.ts";

/** A paragraph opened by a label and a colon: capitals ("PROF. DR. X", "SPOKESMAN X (FPO)") or a name ("Akcaghlar"). */
const TURN =
  /(?<=^|\n)[^\S\n]*["“]?((?:[\p{Lu}][\p{Lu}\p{M}.'’-]*[^\S\n]+){0,4}[\p{Lu}][\p{Lu}\p{M}'’-]+|\p{Lu}[\p{Ll}\p{M}'’-]+(?:[^\S\n]+\p{Lu}[\p{Ll}\p{M}'’-]+){0,2})(?:[^\S\n]*\([^)\n]{1,30}\))?:[^\S\n]+(?=\S)([^\n]+)/gu;

/** Labels of the one who asks. */
const QUESTIONER =
  /^(?:Q|QUESTION|Question|INTERVIEWER|Interviewer|REPORTER|Reporter|JOURNALIST|Journalist)$/u;

/** Labels of a page's furniture, not of a speaker ("Photograph:", "UPDATE:", "Read more:"). */
const FURNITURE =
  /^(?:photo|photograph|picture|image|video|watch|listen|share|comments?|update|updated|note|editor's note|source|sources|caption|credit|correction|tags?|topics?|related|advertisement|published|contact|email|print|copyright|disclaimer|transcript|summary|background|context|analysis|opinion|live|breaking|timeline|warning|notice)$/iu;

/** Titles and roles in a label, before the name: "MINISTER", "PROF. DR.", "SPOKESMAN". */
const TITLE_WORD =
  /^(?:mr|mrs|ms|dr|prof|professor|minister|president|chancellor|spokesman|spokeswoman|spokesperson|secretary|ambassador|general|governor|mayor|senator|chairman|chairwoman|chair|premier|prime|deputy|foreign|sheikh|king|queen)\.?$/u;

/** The last text's turns: the attribution stage and the stance reader ask for the same article's. */
let last: { text: string; turns: readonly RegExpExecArray[] } | null = null;

function turnsOf(text: string): readonly RegExpExecArray[] {
  if (last?.text !== text) last = { text, turns: [...text.matchAll(TURN)] as RegExpExecArray[] };
  return last.turns;
}

export function labelledTurns(index: ArticleIndex, entities: readonly Entity[]): Found[] {
  const { text } = index;
  const turns = turnsOf(text);
  if (turns.length < 2) return [];
  const count = new Map<string, number>();
  for (const t of turns) count.set(t[1] as string, (count.get(t[1] as string) ?? 0) + 1);
  const persons = entities.filter((e) => e.type === "person");
  const found: Found[] = [];
  for (const t of turns) {
    const label = t[1] as string;
    const words = (t[2] as string).trimEnd();
    // a label that opens one paragraph only is furniture ("Photograph: …", "Read more: …"), unless it names a person
    const entity = labelled(label, persons);
    if (QUESTIONER.test(label) || FURNITURE.test(label) || (entity === null && (count.get(label) ?? 0) < 2))
      continue;
    // the interviewer's turns ask (a label that asks in half its turns or more): the interviewer's words, which
    // the stance reader leaves alone (isAskingTurn); an anonymous "Q:" is nobody's
    const labelStart = t.index + t[0].indexOf(label);
    const contentStart = t.index + t[0].length - (t[2] as string).length;
    const colon = text.lastIndexOf(":", contentStart);
    found.push({
      content: { text: words, start: contentStart, end: contentStart + words.length },
      kind: "direct",
      speaker: speakerOf(label, labelStart, entity),
      via: null,
      cue: { text: ":", start: colon, end: colon + 1 },
    });
  }
  return found;
}

/** Whether the turn whose colon is `cue` is the interviewer's: its label asks in half its turns or more. */
export function isAskingTurn(text: string, cue: { readonly text: string; readonly start: number }): boolean {
  if (!isTurnCue(text, cue)) return false;
  const turns = turnsOf(text);
  const own = turns.find((t) => t.index + t[0].length - (t[2] as string).length > cue.start);
  return own !== undefined && asks(turns, own[1] as string);
}

function asks(turns: readonly RegExpMatchArray[], label: string): boolean {
  const own = turns.filter((u) => u[1] === label);
  return own.filter((u) => /\?["”]?\s*$/u.test(u[2] as string)).length * 2 >= own.length;
}

/** The person whose surname the label's last word is ("FALKNER-WEISS" → Sabine Falkner-Weiß), or null. */
function labelled(label: string, persons: readonly Entity[]): Entity | null {
  const last = nameWords(label).at(-1);
  if (last === undefined) return null;
  const key = foldToken(last);
  return persons.find((p) => p.name.split(/\s+/u).some((w) => foldToken(w) === key)) ?? null;
}

/** The label's words after its titles: "MINISTER FALKNER-WEISS" → ["FALKNER-WEISS"]. */
const nameWords = (label: string): string[] =>
  label.split(/\s+/u).filter((w) => !TITLE_WORD.test(w.toLowerCase()));

function speakerOf(label: string, start: number, entity: Entity | null): Speaker {
  if (entity !== null)
    return { name: entity.name, mention: label, start, end: start + label.length, entityId: entity.id };
  // "SPOKESMAN DRESSLER" as a name: its words after the titles, in capitals only at the start
  const name = nameWords(label)
    .map((w) => (w === w.toUpperCase() ? w.charAt(0) + w.slice(1).toLowerCase() : w))
    .join(" ");
  return { name: name || label, mention: label, start, end: start + label.length, entityId: null };
}

/** A turn's colon follows the label that opens its paragraph: its words run to the paragraph's end, not a sentence's. */
export function isTurnCue(text: string, cue: { readonly text: string; readonly start: number }): boolean {
  return cue.text === ":" && LABEL_BEFORE.test(text.slice(Math.max(0, cue.start - 80), cue.start));
}
const LABEL_BEFORE = /(?:^|\n)[^\S\n]*["“]?[\p{Lu}][^\n:]{0,70}$/u;
