/**
 * @module One synthetic article with its analysis, for the API benchmark corpus: paragraphs of filler and
 * attributed statements (direct, indirect, relayed) whose offsets index the text exactly, sentences, entities and
 * an optional dated event. Invented text only; deterministic for a given random source.
 */
import { sha256Hex, shortId } from "../src/core/hash.ts";
import type { Analysis, Article, Entity, NewsEvent, Sentence, Statement } from "../src/core/records.ts";
import {
  CONDITIONS,
  FILLER,
  FRAME_WORDS,
  OUTLETS,
  PEOPLE,
  STANCE_PHRASES,
  TOPICS,
  VERBS,
} from "./api-words.ts";

export type Rand = () => number;

/** mulberry32: a small seeded generator, so the corpus is the same on every machine. */
export function seeded(seed: number): Rand {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const pick = <T>(rand: Rand, items: readonly T[]): T => items[Math.floor(rand() * items.length)] as T;

export interface StoryTopic {
  readonly a: number;
  readonly b: number;
  readonly frame: string;
  readonly place: string;
  readonly topic: string;
  /** Day number (days since 2024-01-01) around which the story's articles appear. */
  readonly day: number;
}

export interface StanceNote {
  readonly localId: string;
  readonly stance: string;
  readonly condition: string | null;
}

export interface MadeArticle {
  readonly article: Article;
  readonly analysis: Analysis;
  readonly stances: readonly StanceNote[];
}

export const isoDay = (day: number): string =>
  new Date(Date.UTC(2024, 0, 1 + day)).toISOString().slice(0, 10);

/** Builds the text left to right, recording where each sentence and statement falls. */
class TextBuilder {
  text = "";
  paragraph = 0;
  readonly sentences: Sentence[] = [];
  add(sentence: string): number {
    if (this.text && !this.text.endsWith("\n\n")) this.text += " ";
    const start = this.text.length;
    this.text += sentence;
    this.sentences.push({ start, end: this.text.length, paragraph: this.paragraph });
    return start;
  }
  breakParagraph(): void {
    this.text += "\n\n";
    this.paragraph++;
  }
}

export function makeArticle(rand: Rand, topic: StoryTopic, statementCount: number, withEvent: boolean) {
  const day = topic.day + Math.floor(rand() * 90) - 45;
  const published = isoDay(day);
  const a = PEOPLE[topic.a] ?? PEOPLE[0];
  const b = PEOPLE[topic.b] ?? PEOPLE[1];
  if (!a || !b) throw new Error("people list is empty");
  const what = FRAME_WORDS[topic.frame] ?? "talks";
  const builder = new TextBuilder();
  const entities = new Map<string, Entity>();
  const entityOf = (name: string, start: number, role: string): string => {
    const known = entities.get(name);
    const mention = { start, end: start + name.length };
    const id = known?.id ?? `e${entities.size + 1}`;
    entities.set(name, {
      id,
      name,
      type: "person",
      aliases: [name.split(" ").at(-1) ?? name],
      mentions: [...(known?.mentions ?? []), mention],
      roles: [role],
    });
    return id;
  };
  builder.add(`${pick(rand, FILLER)} ${topic.place} has been waiting for news about ${topic.topic}.`);
  const statements: Statement[] = [];
  const stances: StanceNote[] = [];
  const events: NewsEvent[] = [];
  for (let i = 0; i < statementCount; i++) {
    if (i % 2 === 0) builder.breakParagraph();
    const speaker = rand() < 0.7 ? (i % 2 ? b : a) : pick(rand, PEOPLE);
    const stanceRoll = rand() < 0.6 ? pick(rand, STANCE_PHRASES) : null;
    const condition = stanceRoll?.conditional ? pick(rand, CONDITIONS) : null;
    const content = stanceRoll
      ? `${stanceRoll.text
          .replace("{what}", what)
          .replace("{bare}", what.replace(/^an? /, ""))
          .replace("{a}", a.name)
          .replace("{b}", b.name)}${condition ? ` ${condition}` : ""}`
      : `the government will look again at ${pick(rand, TOPICS)} before ${pick(rand, ["the summer", "the end of the month", "the vote", "the winter"])}`;
    const verb = pick(rand, VERBS);
    const via = rand() < 0.15 ? pick(rand, OUTLETS) : null;
    const dated = rand() < 0.3;
    const when = dated ? " on Monday" : "";
    const direct = !via && rand() < 0.45;
    const lead = direct ? `“${content[0]?.toUpperCase()}${content.slice(1)},”` : "";
    const speakerText = `${speaker.name}, the ${speaker.role},`;
    const sentence = direct
      ? `${lead} ${speakerText} ${verb}${when}.`
      : via
        ? `${speaker.name} told ${via}${when} that ${content}.`
        : `${speakerText} ${verb}${when} that ${content}.`;
    const start = builder.add(sentence);
    const speakerStart = start + sentence.indexOf(speaker.name);
    const contentText = direct ? lead.slice(1, -2) : content;
    const contentStart = start + sentence.indexOf(contentText);
    const cueText = via ? "told" : verb;
    const cueStart = start + sentence.indexOf(cueText, direct ? lead.length : 0);
    const localId = `s${i + 1}`;
    statements.push({
      id: localId,
      speaker: {
        name: speaker.name,
        mention: speaker.name,
        start: speakerStart,
        end: speakerStart + speaker.name.length,
        entityId: entityOf(speaker.name, speakerStart, speaker.role),
      },
      via,
      kind: direct ? "direct" : "indirect",
      cue: { text: cueText, start: cueStart, end: cueStart + cueText.length },
      content: { text: contentText, start: contentStart, end: contentStart + contentText.length },
      date: dated ? isoDay(day - 1 - Math.floor(rand() * 3)) : null,
    });
    if (stanceRoll) stances.push({ localId, stance: stanceRoll.stance, condition });
    builder.add(pick(rand, FILLER));
  }
  if (withEvent) {
    builder.breakParagraph();
    const phrase = `${a.name} and ${b.name} held ${what}`;
    const start = builder.add(`${phrase} in ${topic.place} last Thursday, officials confirmed.`);
    const eventStart = start + phrase.indexOf(what);
    events.push({
      id: "v1",
      frame: topic.frame,
      text: what,
      start: eventStart,
      end: eventStart + what.length,
      date: isoDay(day - 4),
      participants: [a.name, b.name],
    });
  }
  builder.breakParagraph();
  builder.add(pick(rand, FILLER));
  const text = builder.text;
  const contentHash = sha256Hex(text);
  const article: Article = {
    id: shortId("a", contentHash),
    contentHash,
    source: `bench/synthetic/${contentHash.slice(0, 8)}.txt`,
    format: "text",
    givenId: null,
    title: `${a.name} and ${b.name}: ${what} over ${topic.topic} in ${topic.place}`,
    outlet: pick(rand, OUTLETS),
    url: null,
    published,
    publishedFrom: "header",
    author: null,
    lang: "en",
    text,
    removed: [{ text: "Share this article", rule: "share-widget", reason: "share buttons" }],
  };
  const analysis: Analysis = {
    sentences: builder.sentences,
    entities: [...entities.values()],
    statements,
    timexes: [],
    events,
  };
  return { article, analysis, stances } satisfies MadeArticle;
}

/** A copy of an article as another outlet carried it: same text with a distribution line, a new id. */
export function syndicatedCopy(original: MadeArticle, outlet: string, serial: number): MadeArticle {
  const text = `${original.article.text}\n\nDistributed by ${outlet} (copy ${serial}).`;
  const contentHash = sha256Hex(text);
  return {
    ...original,
    article: { ...original.article, id: shortId("a", contentHash), contentHash, text, outlet },
    analysis: {
      ...original.analysis,
      sentences: [
        ...original.analysis.sentences,
        {
          start: original.article.text.length + 2,
          end: text.length,
          paragraph: (original.analysis.sentences.at(-1)?.paragraph ?? 0) + 1,
        },
      ],
    },
  };
}
