/** @module The outcome of reading one document: a RawDoc, or an error naming the source — never a thrown batch. */

import { InputError } from "../core/errors.ts";
import type { RawDoc } from "../core/records.ts";

export type ReadResult = { ok: true; doc: RawDoc } | { ok: false; source: string; error: string };

export const success = (doc: RawDoc): ReadResult => ({ ok: true, doc });

export const failure = (source: string, error: string): ReadResult => ({ ok: false, source, error });

/** An error result from anything thrown: an InputError keeps its file and cause; anything else its message. */
export function failureFrom(source: string, err: unknown): ReadResult {
  if (err instanceof InputError) return failure(err.file, err.message);
  return failure(source, err instanceof Error ? err.message : String(err));
}
