/** @module A first, honest named-entity pass: capitalised runs typed with data, aliases merged per article. */
import type { Entity, Sentence } from "../core/records.ts";
import { DraftBook, type EntityDraft } from "./alias-merger.ts";
import { entityKey } from "./entity-key.ts";
import { typeName } from "./entity-typer.ts";
import { definedAliases } from "./known-as.ts";
import { findNameChunks, isTitleCase, type Token, tokenize } from "./name-chunker.ts";
import { findRoleMentions, type RoleMention } from "./role-finder.ts";
import { HONORIFIC_BEFORE } from "./roles.ts";

export { entityKey };

export function extractEntities(text: string, sentences: readonly Sentence[]): Entity[] {
  const roles = findRoleMentions(text);
  const roleWords = new Set<number>();
  const roleAt = new Map<number, RoleMention>();
  for (const r of roles) {
    for (const w of text.slice(r.roleStart, r.roleEnd).matchAll(/\S+/g)) roleWords.add(r.roleStart + w.index);
    if (r.nameStart !== null) roleAt.set(r.nameStart, r);
  }
  const book = new DraftBook();
  const covered = new Set<number>();
  const notInitial = new Set<string>();
  const sentenceTokens = sentences.map((s) => tokenize(text, s.start, s.end));
  for (const tokens of sentenceTokens) {
    if (isTitleCase(text, tokens)) continue;
    // chunks come in text order: the tokens they cover are read once, however long the sentence
    let next = 0;
    // "Minister of Foreign Affairs Maria Haske": the holder's name starts a name of its own
    for (const chunk of findNameChunks(
      text,
      tokens,
      (offset) => roleWords.has(offset),
      (offset) => roleAt.has(offset),
    )) {
      const role = roleAt.get(chunk.start);
      const before = text.slice(Math.max(0, chunk.start - 30), chunk.start);
      // "TELL ASWAD, Oct 2 (Meridian) -": a wire dateline's place, whatever role follows it
      const dateline = DATELINE_PLACE.test(text.slice(chunk.start, chunk.end + 40));
      const type = dateline
        ? "place"
        : typeName(chunk.words, {
            roleAttached: role !== undefined,
            afterTitle: chunk.afterTitle,
            before,
          });
      if (type === null) continue;
      book.add(
        chunk.words.join(" "),
        chunk,
        type,
        role !== undefined && type === "person" ? role.text : null,
      );
      while (next < tokens.length && (tokens[next] as Token).start < chunk.start) next += 1;
      for (; next < tokens.length && (tokens[next] as Token).start < chunk.end; next += 1)
        covered.add((tokens[next] as Token).start);
    }
  }
  attachAppositiveRoles(book, roles);
  mergeDefinedAliases(text, book);
  book.mergeDoubleSurnames();
  book.mergeSurnames();
  book.mergeGivenNames((m) => HONORIFIC_BEFORE.test(text.slice(Math.max(0, m.start - 16), m.start)));
  dropSentenceOpeners(book, notInitial);
  for (const tokens of sentenceTokens) addKnownMentions(text, tokens, book, covered);
  return book.toEntities();
}

/** "Torbjørn Fjeldså, known as Skipperen": the nickname's mentions are the person's. */
function mergeDefinedAliases(text: string, book: DraftBook): void {
  for (const draft of [...book.drafts.values()]) {
    if (draft.type !== "person" && !draft.key.includes(" ")) continue;
    for (const alias of definedAliases(text, draft.mentions)) {
      if (draft.type === "other") draft.type = "person";
      book.mergeAlias(draft, text.slice(alias.start, alias.end));
    }
  }
}

const DATELINE_PLACE =
  /^\p{Lu}[\p{Lu}'’. -]*\p{Lu}(?:\s*\/\s*\p{Lu}[\p{Lu}'’. -]*\p{Lu})*(?:,\s+[^\n,()]{1,25}?\s*\([^)\n]{1,30}\)|\s+\([^)\n]{1,30}\))\s*[—–-]/u;

/** "Trains left…": an unknown single capitalised word seen only opening sentences is an ordinary word. */
function dropSentenceOpeners(book: DraftBook, notInitial: ReadonlySet<string>): void {
  for (const [key, draft] of book.drafts) {
    if (draft.type === "other" && !key.includes(" ") && !notInitial.has(key)) book.drafts.delete(key);
  }
}

/**
 * "Vladimir Medinsky, the head of the delegation": the role after the comma describes the name before it, and a
 * full name nothing else typed ("Danel Ruus, the leader of the union") is a person's.
 */
function attachAppositiveRoles(book: DraftBook, roles: readonly RoleMention[]): void {
  for (const r of roles) {
    // "…the law of Lạc Vân, spokeswoman of the Ministry Ngô Hằng said": the role introduces the name after it
    if (r.appositiveComma === null || r.nameStart !== null) continue;
    for (const [key, draft] of book.drafts) {
      if (!draft.mentions.some((m) => m.end === r.appositiveComma)) continue;
      if (draft.type === "other" && key.includes(" ")) draft.type = "person";
      if (draft.type === "person" && !draft.roles.includes(r.text)) draft.roles.push(r.text);
    }
  }
}

/**
 * Names already known from the article, found where runs were not read: title-case headlines and
 * compounds such as "Putin-Trump summit".
 */
function addKnownMentions(
  text: string,
  tokens: readonly Token[],
  book: DraftBook,
  covered: Set<number>,
): void {
  for (let i = 0; i < tokens.length; i += 1) {
    const tok = tokens[i] as Token;
    if (!tok.cap || covered.has(tok.start)) continue;
    const next = tokens[i + 1];
    if (next?.cap === true && text.slice(tok.end, next.start) === " ") {
      const pairEnd = next.possessive ? next.end - 2 : next.end;
      const pair = book.lookup(text.slice(tok.start, pairEnd));
      if (pair !== undefined) {
        addMention(book, pair, text, tok.start, pairEnd, covered);
        i += 1;
        continue;
      }
    }
    let offset = tok.start;
    for (const part of tok.text.split("-")) {
      const word = part.replace(/['’]s$/, "");
      const draft = /^\p{Lu}/u.test(word) && word.length > 1 ? book.lookup(word) : undefined;
      if (draft !== undefined) addMention(book, draft, text, offset, offset + word.length, covered);
      offset += part.length + 1;
    }
  }
}

function addMention(
  book: DraftBook,
  draft: EntityDraft,
  text: string,
  start: number,
  end: number,
  covered: Set<number>,
): void {
  if (covered.has(start)) return;
  book.addTo(draft, text.slice(start, end), { start, end });
  covered.add(start);
}
