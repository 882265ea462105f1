import assert from "node:assert/strict";
import { test } from "node:test";
import { dateSpan, ticks } from "./dates.ts";
import { escapeHtml, html, queryString, raw, safeHref, snippetHtml } from "./html.ts";

test("html escapes every interpolated value, in text and attributes", () => {
  const evil = `"><svg onload=alert(1)> <script>x</script> ' \``;
  const out = html`<a title="${evil}">${evil}</a>`.value;
  assert.ok(!out.includes("<svg"));
  assert.ok(!out.includes("<script>"));
  assert.equal(out.split('"').length, 3, "only the attribute's own quotes remain");
  assert.equal(escapeHtml("a&b<c>"), "a&amp;b&lt;c&gt;");
});

test("html nests Html values unescaped and skips null, undefined and false", () => {
  const inner = html`<b>${"x<y"}</b>`;
  assert.equal(
    html`<p>${inner}${null}${undefined}${false}${[1, raw("<i>2</i>")]}</p>`.value,
    "<p><b>x&lt;y</b>1<i>2</i></p>",
  );
});

test("safeHref keeps same-site paths and http(s) only", () => {
  assert.equal(safeHref("https://example.org/a?b=1"), "https://example.org/a?b=1");
  assert.equal(safeHref("/articles/a_1"), "/articles/a_1");
  for (const bad of [
    "javascript:alert(1)",
    " JaVaScRiPt:alert(1)",
    "data:text/html,x",
    "//evil.example",
    "vbscript:x",
  ]) {
    assert.equal(safeHref(bad), null, bad);
  }
});

test("snippets mark matches and escape the rest", () => {
  assert.equal(
    snippetHtml("…the «<b>ferry</b>» talks").value,
    "…the <mark>&lt;b&gt;ferry&lt;/b&gt;</mark> talks",
  );
  assert.equal(queryString({ q: "a b", empty: "", none: null, n: 2 }), "?q=a+b&n=2");
});

test("dates keep their precision on the axis", () => {
  const day = dateSpan("2025-07-25");
  const month = dateSpan("2025-07");
  const year = dateSpan("2025");
  assert.equal(day?.precision, "day");
  assert.equal((day?.end ?? 0) - (day?.start ?? 0), 1);
  assert.equal((month?.end ?? 0) - (month?.start ?? 0), 31);
  assert.equal((year?.end ?? 0) - (year?.start ?? 0), 365);
  assert.equal(dateSpan("2025-W21"), null);
  assert.equal(dateSpan(null), null);
  const monthly = ticks(month?.start ?? 0, (month?.start ?? 0) + 300);
  assert.ok(monthly.length >= 3 && monthly.every((t) => /^\d{4}-\d{2}$/.test(t.label)));
  assert.ok(ticks(0, 3650).every((t) => /^\d{4}$/.test(t.label)));
});
