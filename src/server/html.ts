/**
 * @module HTML built from tagged templates that escape every interpolated value. Article text and titles are
 * attacker-controlled: only values wrapped as `Html` (made by `html` itself or by `raw` on a constant) pass
 * unescaped, so forgetting to escape is not possible by construction.
 */

export class Html {
  readonly value: string;
  constructor(value: string) {
    this.value = value;
  }
  toString(): string {
    return this.value;
  }
}

const ESCAPES: Readonly<Record<string, string>> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#39;",
  "`": "&#96;",
};

/** Escapes text for element content and quoted attribute values alike. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"'`]/g, (c) => ESCAPES[c] ?? c);
}

export type HtmlValue = Html | string | number | boolean | null | undefined | readonly HtmlValue[];

function render(value: HtmlValue): string {
  if (value === null || value === undefined || value === false) return "";
  if (value instanceof Html) return value.value;
  if (Array.isArray(value)) return value.map(render).join("");
  return escapeHtml(String(value));
}

/** `html\`<p>${text}</p>\`` → Html with `text` escaped; arrays are joined, null/undefined/false render nothing. */
export function html(strings: TemplateStringsArray, ...values: readonly HtmlValue[]): Html {
  let out = strings[0] ?? "";
  values.forEach((value, i) => {
    out += render(value) + (strings[i + 1] ?? "");
  });
  return new Html(out);
}

/** Marks a string as already safe HTML. Only for constants and for markup this module's callers built. */
export function raw(markup: string): Html {
  return new Html(markup);
}

/** A URL for an href: same-site paths and http(s) only; anything else (javascript:, data:) becomes null. */
export function safeHref(url: string | null | undefined): string | null {
  if (!url) return null;
  const trimmed = url.trim();
  if (trimmed.startsWith("/") && !trimmed.startsWith("//")) return trimmed;
  return /^https?:\/\/[^\s]+$/i.test(trimmed) ? trimmed : null;
}

/** A query string from the defined, non-empty values, for links that keep the current filters. */
export function queryString(params: Readonly<Record<string, string | number | null | undefined>>): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value !== null && value !== undefined && value !== "") search.set(key, String(value));
  }
  const text = search.toString();
  return text ? `?${text}` : "";
}

/** A search snippet (matched words between « and ») as escaped HTML with the matches in <mark>. */
export function snippetHtml(snippet: string): Html {
  return raw(escapeHtml(snippet).replace(/«([^«»]*)»/g, "<mark>$1</mark>"));
}
