/**
 * @module The article page: metadata, the cleaned text with every statement highlighted in place (content and
 * cue) and an anchor `#st-<id>` at the sentence where each statement starts, the statements as a list, and what
 * cleaning removed with the reason. `?st=s3` marks one statement as the one being looked at.
 */
import { precisionOf } from "../dates.ts";
import { type Html, html, safeHref } from "../html.ts";
import { segmentText, type Unit } from "../text-segments.ts";
import type { ArticleDetail } from "../views/article.ts";
import { dateLabel, page } from "./layout.ts";

function unitHtml(unit: Unit, current: string | null): Html {
  const pieces = unit.pieces.map((piece) => {
    if (piece.statements.length === 0 && piece.cues.length === 0) return html`${piece.text}`;
    const ids = [...new Set([...piece.statements, ...piece.cues])];
    const classes = [
      piece.statements.length ? "stmt" : null,
      piece.cues.length ? "cue" : null,
      current && piece.statements.includes(current) ? "current" : null,
      current && piece.cues.includes(current) ? "current-cue" : null,
    ].filter(Boolean);
    return html`<mark class="${classes.join(" ")}" data-st="${ids.join(" ")}">${piece.text}</mark>`;
  });
  const anchors = unit.anchors.map((id) => html`<a class="anchor" id="st-${id}"></a>`);
  if (unit.sentence === null) return html`${anchors}${pieces}`;
  const here = current !== null && unit.anchors.includes(current);
  return html`<span class="sent${here ? " current" : ""}" id="sent-${unit.sentence}">${anchors}${pieces}</span>`;
}

export function articlePage(detail: ArticleDetail, current: string | null): string {
  const a = detail.article;
  const units = segmentText(
    a.text,
    detail.sentences,
    detail.statements.map((s) => ({ localId: s.localId, content: s.contentSpan, cue: s.cueSpan })),
  );
  const href = safeHref(a.url);
  const removed = detail.removed ?? [];
  const body = html`<h1>${a.title ?? a.id}</h1>
<dl class="meta-list">
<dt>outlet</dt><dd>${a.outlet ?? html`<span class="muted">unknown</span>`}</dd>
<dt>published</dt><dd>${dateLabel(a.published, precisionOf(a.published))} <span class="muted">${a.publishedFrom ? `from ${a.publishedFrom}` : ""}</span>${
    a.dateEvidence?.notBefore
      ? html` <span class="muted">not before ${a.dateEvidence.notBefore}</span>`
      : null
  }</dd>
${a.author ? html`<dt>author</dt><dd>${a.author}</dd>` : null}
${a.url ? html`<dt>address</dt><dd>${href ? html`<a href="${href}" rel="noopener noreferrer nofollow">${a.url}</a>` : html`<code>${a.url}</code>`}</dd>` : null}
<dt>read from</dt><dd><code>${a.source}</code></dd>
${detail.story ? html`<dt>story</dt><dd><a href="/stories/${detail.story.id}">${detail.story.title}</a></dd>` : null}
${detail.copyOf ? html`<dt>copy of</dt><dd><a href="/articles/${detail.copyOf.id}">${detail.copyOf.title ?? detail.copyOf.id}</a> ${detail.copyOf.outlet ?? ""}</dd>` : null}
</dl>
<article class="article-text">${units.map((u) => unitHtml(u, current))}</article>
<section id="article-statements"><h2>Statements (${detail.statements.length})</h2>
<table class="entries"><thead><tr><th>speaker</th><th>via</th><th>kind</th><th>date</th><th>words</th></tr></thead><tbody>
${detail.statements.map(
  (
    s,
  ) => html`<tr${current === s.localId ? html` class="current"` : null}><td>${s.speaker ?? html`<span class="muted">unattributed</span>`}${
    s.mention && s.mention !== s.speaker ? html` <span class="muted">(“${s.mention}”)</span>` : null
  }</td><td>${s.via ?? ""}</td><td>${s.kind} <span class="muted">(${s.cue})</span></td><td>${dateLabel(s.date, precisionOf(s.date))}</td>
<td><a href="?st=${s.localId}#st-${s.localId}">${s.content}</a></td></tr>`,
)}
</tbody></table></section>
<section id="removed"><h2>What cleaning removed (${removed.length})</h2>
${
  removed.length
    ? html`<table class="removed"><thead><tr><th>rule</th><th>why</th><th>text</th></tr></thead><tbody>${removed.map(
        (r) =>
          html`<tr><td><code>${r.rule}</code></td><td>${r.reason}</td><td class="removed-text">${r.text}</td></tr>`,
      )}</tbody></table>`
    : html`<p class="muted">Nothing was removed.</p>`
}
</section>`;
  return page({
    title: a.title ?? a.id,
    json: `/api/articles/${encodeURIComponent(a.id)}?removed=true`,
    body,
  });
}
