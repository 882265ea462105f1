/**
 * @module One post-order pass over a page's DOM: per element, how much visible text it holds, how much of that is
 * link text, how many paragraphs, images, list items and form fields — and the paragraph units whose scores pick
 * the article container. Iterative, so deeply nested markup cannot overflow the call stack.
 */
import type { HtmlElement, HtmlNode } from "./dom-helpers.ts";
import { isArticleMarker, junkKind } from "./html-classify.ts";

/** Elements that start a new block of text (paragraph, heading, list item, quote, cell...). */
export const BLOCK_TAGS: ReadonlySet<string> = new Set(
  "p div section article main h1 h2 h3 h4 h5 h6 li ul ol dl dt dd blockquote pre table thead tbody tfoot tr td th figure address hr center details summary header footer nav aside form fieldset".split(
    " ",
  ),
);

/** Blocks whose own inline text is a paragraph that votes for its ancestors (Readability's tags to score, plus div). */
const SCORED_TAGS: ReadonlySet<string> = new Set(
  "p pre td div section article main h2 h3 h4 h5 h6 blockquote dd center font".split(" "),
);

export interface ElementStats {
  /** Visible text length, whitespace runs counted as one character. */
  chars: number;
  /** The part of `chars` inside links. */
  linkChars: number;
  commas: number;
  paragraphs: number;
  images: number;
  listItems: number;
  inputs: number;
  embeds: number;
  /** Sum of the paragraph scores that reached this element (Readability's contentScore before class weights). */
  score: number;
  /** True when some paragraph voted for this element: it is a candidate container. */
  candidate: boolean;
  /** Length of the element's own inline text (not inside a child block); a leaf block's whole text. */
  ownChars: number;
  hasBlockChild: boolean;
  /** Headlines and articleBody marks inside: a furniture-classed element holding one wraps the article. */
  markers: number;
}

export type StatsMap = Map<HtmlElement, ElementStats>;

// Ancestor levels a paragraph's score reaches, and how much each level gets (Readability: 1, 1/2, then 1/(3·level)).
const SCORE_LEVELS = 5;
// A paragraph shorter than this is a label or a caption, not prose: it votes for no container.
const MIN_PARAGRAPH_CHARS = 25;

const COMMA = /[,，、،]/g;

/** Length with every whitespace run counted as one character, and leading/trailing runs as one too. */
function collapsedLength(s: string): number {
  let n = 0;
  let inSpace = false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    const space = c === 32 || c === 10 || c === 9 || c === 13 || c === 12 || c === 160;
    if (space) {
      if (!inSpace) n++;
      inSpace = true;
    } else {
      n++;
      inSpace = false;
    }
  }
  return n;
}

const emptyStats = (): ElementStats => ({
  chars: 0,
  linkChars: 0,
  commas: 0,
  paragraphs: 0,
  images: 0,
  listItems: 0,
  inputs: 0,
  embeds: 0,
  score: 0,
  candidate: false,
  ownChars: 0,
  hasBlockChild: false,
  markers: 0,
});

interface Frame {
  readonly el: HtmlElement;
  readonly stats: ElementStats;
  readonly block: boolean;
  next: number;
  /** The current inline run (text since the last block child or `<br>`) and the finished runs. */
  runChars: number;
  runCommas: number;
  runs: [number, number][];
  /** Index (in `softFrames`) of this frame if it is soft furniture, and of the nearest soft ancestor. */
  readonly soft: number;
  readonly softParent: number;
}

/** A paragraph's vote, held until we know whether a furniture-classed ancestor was really furniture. */
interface Vote {
  readonly target: HtmlElement | null;
  readonly chars: number;
  readonly commas: number;
  readonly soft: number;
}

interface Pass {
  readonly stats: StatsMap;
  readonly votes: Vote[];
  /** Per soft-furniture frame: its nearest soft ancestor, and whether it was dropped. */
  readonly softParent: number[];
  readonly dropped: boolean[];
}

function addParagraph({ target, chars, commas }: Vote, stats: StatsMap): void {
  const score = 1 + commas + Math.min(3, Math.floor(chars / 100));
  let el: HtmlElement | null = target;
  for (let level = 0; level < SCORE_LEVELS && el !== null; level++) {
    const s = stats.get(el);
    if (s === undefined) break;
    s.candidate = true;
    s.score += level === 0 ? score : level === 1 ? score / 2 : score / (level * 3);
    el = el.parent !== null && el.parent.type !== "root" ? (el.parent as HtmlElement) : null;
  }
}

function closeRun(frame: Frame): void {
  if (frame.runChars > 0) frame.runs.push([frame.runChars, frame.runCommas]);
  frame.runChars = 0;
  frame.runCommas = 0;
}

/** Fold a finished element into its parent and, for a block, turn its inline runs into paragraph votes. */
function finish(frame: Frame, parent: Frame | undefined, pass: Pass): void {
  const s = frame.stats;
  const name = frame.el.name;
  if (isArticleMarker(frame.el)) s.markers++;
  if (frame.soft >= 0 && s.markers === 0) {
    // Furniture after all: it and its votes vanish, and its text does not count for its ancestors.
    pass.dropped[frame.soft] = true;
    pass.stats.delete(frame.el);
    if (parent !== undefined && frame.block && parent.block) closeRun(parent);
    return;
  }
  if (name === "a") s.linkChars = s.chars;
  if (frame.block) {
    closeRun(frame);
    s.ownChars = frame.runs.reduce((n, [c]) => n + c, 0);
    if (SCORED_TAGS.has(name)) {
      // A leaf block is a paragraph voting for its parent; runs beside child blocks or <br>s vote for the block.
      const leaf = !s.hasBlockChild && frame.runs.length <= 1;
      const target = leaf ? (frame.el.parent as HtmlElement | null) : frame.el;
      for (const [chars, commas] of frame.runs)
        if (chars >= MIN_PARAGRAPH_CHARS) pass.votes.push({ target, chars, commas, soft: frame.softParent });
    }
  }
  // A div holding only inline text is a paragraph in all but name (Readability turns such divs into <p>).
  if (name === "p" || (name === "div" && !s.hasBlockChild && s.ownChars > 0)) s.paragraphs++;
  if (name === "li") s.listItems++;
  if (name === "img" || name === "picture") s.images++;
  if (name === "input" || name === "select" || name === "textarea") s.inputs++;
  if (name === "embed" || name === "object" || name === "iframe") s.embeds++;
  if (parent === undefined) return;
  const p = parent.stats;
  p.chars += s.chars;
  p.linkChars += s.linkChars;
  p.commas += s.commas;
  p.paragraphs += s.paragraphs;
  p.images += s.images;
  p.listItems += s.listItems;
  p.inputs += s.inputs;
  p.embeds += s.embeds;
  p.markers += s.markers;
  if (frame.block) {
    p.hasBlockChild = true;
    if (parent.block) closeRun(parent);
  } else {
    // Inline text continues the parent's run.
    parent.runChars += frame.runChars;
    parent.runCommas += frame.runCommas;
  }
}

/** Whether any furniture-classed ancestor (following the soft chain from `soft`) was dropped. */
function inDropped(soft: number, pass: Pass): boolean {
  for (let k = soft; k >= 0; k = pass.softParent[k] ?? -1) if (pass.dropped[k]) return true;
  return false;
}

/**
 * Stats for every element under `roots` that is not page furniture. Hard furniture (scripts, navigation, hidden)
 * is skipped unseen; furniture-classed elements are measured, then dropped with their votes unless they hold the
 * headline or the articleBody (whole-page wrappers named "page-ad-margins" or "with-sidebar").
 */
export function collectStats(roots: readonly HtmlNode[]): StatsMap {
  const pass: Pass = { stats: new Map(), votes: [], softParent: [], dropped: [] };
  const stack: Frame[] = [];
  const push = (el: HtmlElement): void => {
    const kind = junkKind(el);
    if (kind === "hard") return;
    const top = stack[stack.length - 1];
    const softParent = top === undefined ? -1 : top.soft >= 0 ? top.soft : top.softParent;
    let soft = -1;
    if (kind === "soft") {
      soft = pass.softParent.length;
      pass.softParent.push(softParent);
      pass.dropped.push(false);
    }
    const s = emptyStats();
    pass.stats.set(el, s);
    const block = BLOCK_TAGS.has(el.name);
    stack.push({ el, stats: s, block, next: 0, runChars: 0, runCommas: 0, runs: [], soft, softParent });
  };
  for (const root of roots) {
    if (root.type === "tag" || root.type === "script" || root.type === "style") push(root as HtmlElement);
    while (stack.length > 0) {
      const frame = stack[stack.length - 1] as Frame;
      const children = frame.el.children;
      if (frame.next >= children.length) {
        stack.pop();
        finish(frame, stack[stack.length - 1], pass);
        continue;
      }
      const child = children[frame.next++] as HtmlNode;
      if (child.type === "text") {
        const data = (child as { data: string }).data;
        const len = collapsedLength(data);
        if (len === 0) continue;
        const commas = data.match(COMMA)?.length ?? 0;
        frame.stats.chars += len;
        frame.stats.commas += commas;
        frame.runChars += len;
        frame.runCommas += commas;
      } else if (child.type === "tag") {
        const el = child as HtmlElement;
        if (el.name === "br") {
          if (frame.block) closeRun(frame);
          continue;
        }
        push(el);
      }
    }
  }
  for (const vote of pass.votes) {
    // A vote from a soft frame itself follows that frame's fate; `soft` is the nearest soft ancestor-or-self.
    if (!inDropped(vote.soft, pass)) addParagraph(vote, pass.stats);
  }
  return pass.stats;
}

/** Share of an element's text that is link text (0 for an element without text). */
export function linkDensity(s: ElementStats): number {
  return s.chars === 0 ? 0 : s.linkChars / s.chars;
}
