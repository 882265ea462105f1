/** @module `<meta>` names/properties that carry an article's publication date, most trusted first. */

/**
 * Open Graph / article namespace, schema.org microdata, Dublin Core, and the keys of the large CMS and analytics
 * vendors (Parse.ly, Sailthru, Google News sitemaps) that newsrooms fill even when Open Graph is missing.
 */
export const PUBLISHED_META_KEYS: readonly string[] = [
  "article:published_time",
  "og:article:published_time",
  "datepublished",
  "published_time",
  "publish-date",
  "publish_date",
  "publishdate",
  "pubdate",
  "parsely-pub-date",
  "sailthru.date",
  "dc.date.issued",
  "dcterms.issued",
  "dc.date",
  "dcterms.date",
  "dcterms.created",
  "citation_publication_date",
  "date",
  "og:published_time",
];

/** Author meta keys; values that are URLs (Facebook profile links in article:author) are skipped by the reader. */
export const AUTHOR_META_KEYS: readonly string[] = [
  "author",
  "article:author",
  "parsely-author",
  "sailthru.author",
  "dc.creator",
  "byl",
];
