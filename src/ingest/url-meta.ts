/** @module What a URL alone tells: a publication date in its path, and the outlet from its host. */
import { OUTLETS } from "./outlets.ts";
import { ymd } from "./parse-date.ts";

// Below this year an 8-digit path segment is far more likely an article id than a date.
const MIN_URL_YEAR = 1995;

/**
 * Date patterns news CMSs put in paths. Each needs a separator on both sides so that long numeric ids
 * (`-1122683647.html`) are not read as dates.
 */
const URL_DATE_PATTERNS: readonly RegExp[] = [
  // /2025/07/25/slug — WordPress and most newspaper CMSs.
  /\/(\d{4})\/(\d{1,2})\/(\d{1,2})(?=[/_.-]|$)/,
  // /2025-08-29/slug or slug-2025-08-29.html.
  /(?<=[/_-])(\d{4})-(\d{2})-(\d{2})(?=[/_.-]|$)/,
  // /20250829/slug (Sputnik, RIA and many European sites).
  /(?<=[/_-])(\d{4})(\d{2})(\d{2})(?=[/_.-]|$)/,
];

/** The URL parsed, or null if it is not an absolute http(s) URL. */
export function parseHttpUrl(url: string | null | undefined): URL | null {
  if (!url) return null;
  try {
    const parsed = new URL(url.trim());
    return parsed.protocol === "http:" || parsed.protocol === "https:" ? parsed : null;
  } catch {
    return null;
  }
}

/** `YYYY-MM-DD` from the URL path, or null when the path holds no possible date. */
export function dateFromUrl(url: string | null | undefined): string | null {
  const parsed = parseHttpUrl(url);
  if (parsed === null) return null;
  for (const re of URL_DATE_PATTERNS) {
    const m = re.exec(parsed.pathname);
    if (m === null) continue;
    const year = Number(m[1]);
    if (year < MIN_URL_YEAR) continue;
    const value = ymd(year, Number(m[2]), Number(m[3]));
    if (value !== null) return value;
  }
  return null;
}

/** The host without `www.`, lower case; null for a non-http URL. */
export function hostOf(url: string | null | undefined): string | null {
  const parsed = parseHttpUrl(url);
  return parsed === null ? null : parsed.hostname.toLowerCase().replace(/^www\./, "");
}

/** The outlet name for a known news host (or a subdomain of one); null when the host is not in the gazetteer. */
export function knownOutlet(url: string | null | undefined): string | null {
  let host = hostOf(url);
  while (host?.includes(".")) {
    const name = OUTLETS[host];
    if (name !== undefined) return name;
    host = host.slice(host.indexOf(".") + 1);
  }
  return null;
}

/** The outlet for a URL: the gazetteer name, else the host without `www.`; null without a usable URL. */
export function outletFromUrl(url: string | null | undefined): string | null {
  return knownOutlet(url) ?? hostOf(url);
}
