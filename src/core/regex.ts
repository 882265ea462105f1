/** @module Small helpers for building patterns from text. */

/** `text` with every character that means something in a pattern escaped, so it matches itself. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
