/** @module Parsing option values that commander leaves as strings. */
import { UsageError } from "../core/errors.ts";

const UNITS: Record<string, number> = {
  "": 1,
  b: 1,
  kb: 1024,
  k: 1024,
  mb: 1024 ** 2,
  m: 1024 ** 2,
  gb: 1024 ** 3,
  g: 1024 ** 3,
};

/** "16MB" → 16777216; a bad value is a usage error naming the option. */
export function parseByteSize(value: string, option: string): number {
  const match = /^\s*(\d+(?:\.\d+)?)\s*([a-z]*)\s*$/i.exec(value);
  const unit = UNITS[(match?.[2] ?? "").toLowerCase()];
  if (!match || unit === undefined)
    throw new UsageError(`${option}: expected a size like 16MB, got "${value}"`);
  return Math.floor(Number(match[1]) * unit);
}

/** A YYYY-MM-DD (or YYYY-MM / YYYY) date option. */
export function parseIsoDate(value: string, option: string): string {
  if (!/^\d{4}(?:-\d{2}(?:-\d{2})?)?$/.test(value)) {
    throw new UsageError(`${option}: expected a date like 2025-08-29, got "${value}"`);
  }
  return value;
}
