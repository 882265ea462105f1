/** @module Inputs of `dossier analyze`: files through the readers and cleaning, or verbatim with --plain. */
import { cleanDocument } from "../clean/index.ts";
import type { PublishedFrom, RawDoc } from "../core/records.ts";
import { collectBytes, inputBytes } from "../ingest/byte-stream.ts";
import { decodeBytes } from "../ingest/decode.ts";
import { DEFAULT_MAX_BYTES, readInputs } from "../ingest/index.ts";
import { analysisView } from "../pipeline/analysis-view.ts";
import { analyzeText } from "../pipeline/analyze-article.ts";
import { dateArticle } from "../pipeline/date-article.ts";

export interface AnalyzeInputOptions {
  readonly published: string | null;
  readonly plain: boolean;
}

type Output = ReturnType<typeof analysisView> | { id: string; file: string; error: string };

/** The `--published` flag names the date outright; otherwise the article's own date stands. */
function dated(own: { published: string | null; publishedFrom: PublishedFrom }, given: string | null) {
  return given ? { published: given, publishedFrom: "given" as const } : own;
}

export async function* analyzeFiles(
  files: readonly string[],
  options: AnalyzeInputOptions,
): AsyncIterable<Output> {
  if (options.plain) {
    for (const file of files) {
      try {
        // the readers' byte path: gzip by its magic bytes, the size limit, stdin for "-"
        const bytes = await collectBytes(inputBytes(file, process.stdin), file, DEFAULT_MAX_BYTES);
        const text = decodeBytes(bytes, file);
        const meta = { title: null, outlet: null, url: null, author: null, lang: null };
        const article = {
          ...meta,
          text,
          ...dated({ published: null, publishedFrom: null }, options.published),
        };
        yield analysisView(file, article, analyzeText(text, { published: article.published }));
      } catch (error) {
        yield { id: file, file, error: error instanceof Error ? error.message : String(error) };
      }
    }
    return;
  }
  for await (const result of readInputs(files, { stdin: process.stdin })) {
    if (!result.ok) {
      yield { id: result.source, file: result.source, error: result.error };
      continue;
    }
    yield analyzeDoc(result.doc, options);
  }
}

export function analyzeJsonlLine(line: string, source: string, options: AnalyzeInputOptions): Output {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch {
    return { id: source, file: source, error: "not a JSON object" };
  }
  const record = (value ?? {}) as Record<string, unknown>;
  const str = (key: string) => (typeof record[key] === "string" ? (record[key] as string) : null);
  const text = str("text");
  const id = str("id") ?? (typeof record.id === "number" ? String(record.id) : source);
  if (text === null) return { id, file: source, error: 'no "text" string' };
  const own = str("published");
  const date = dated({ published: own, publishedFrom: own ? "given" : null }, options.published);
  const meta = {
    title: str("title"),
    outlet: str("outlet"),
    url: str("url"),
    author: null,
    lang: null,
    ...date,
  };
  if (options.plain)
    return analysisView(id, { ...meta, text }, analyzeText(text, { published: meta.published }));
  const doc: RawDoc = { ...meta, source, format: "jsonl", body: text, removed: [], givenId: id };
  return analyzeDoc(doc, options, id);
}

function analyzeDoc(doc: RawDoc, options: AnalyzeInputOptions, id = doc.givenId ?? doc.source): Output {
  const article = dateArticle(cleanDocument(doc));
  const meta = { ...article, ...dated(article, options.published) };
  return analysisView(id, meta, analyzeText(article.text, { published: meta.published }));
}
