/**
 * @module One list of statements from the rules' and the model's. Where both found a statement (their cues overlap)
 * it is one statement: the model's cue (the verb with its auxiliaries and adverbs, "has ruled out", "earlier
 * reported", as PolNeAR marks cues: the rules' bare verb scored 1.9 points of cue F1 lower on its dev split), the
 * rules' speaker name when both name the same words, the model's source words and content, unless the rules split
 * a quote around the cue (“A,” X said, “B.”: two statements) or the contents differ only by quotation marks and
 * punctuation (then the rules' is kept as written). What only one of them found is added, with guards: a statement
 * the model found alone needs two words of content ("praised crews" reports no words); a rule statement whose
 * content the model already reported goes; and a word belongs to one statement at most, mostly (see the end of combine).
 */
import type { Speaker, Statement, StatementKind } from "../core/records.ts";
import type { ModelFound } from "./model-attributor.ts";

export interface Attributed {
  readonly speaker: Speaker | null;
  readonly via: string | null;
  readonly kind: StatementKind;
  readonly cue: Statement["cue"];
  readonly content: Statement["content"];
}

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }): boolean =>
  a.start < b.end && b.start < a.end;

const MIN_WORDS = 2;
const wordCount = (text: string): number => text.match(/[\p{L}\p{N}]+/gu)?.length ?? 0;
/** One word that can be all a statement reports: a name or an object pronoun ("endorsed Clinton", "defends it"). */
const NAMED = /^(?:\p{Lu}[\p{L}.'’-]*|it|him|her|them)$/u;
const enoughContent = (text: string): boolean => wordCount(text) >= MIN_WORDS || NAMED.test(text.trim());

/** The same words once quotation marks, spaces and `,.;:` are trimmed from both ends. */
function sameWords(a: Statement["content"], b: Statement["content"]): boolean {
  const trim = (s: string) => s.replace(/^[\s"'“”‘’«»„‚‹›,.;:]+|[\s"'“”‘’«»„‚‹›,.;:]+$/gu, "");
  return trim(a.text) === trim(b.text);
}

const DANGLING = /(?:^|\s)(?:between|of|the|a|an|and|or|with|to|for|in|on|at|by|from)$/i;

/**
 * The model's content stops inside the rules' one in the middle of a phrase: after "between", "the", … inside a
 * name ("a meeting between Prime Minister | Teodoro Abrantes and …"), or before the quoted words that finish it.
 */
function cutShort(model: Statement["content"], rules: Statement["content"]): boolean {
  if (model.start < rules.start || model.end >= rules.end) return false;
  const words = model.text.trimEnd();
  const next = rules.text.slice(model.end - rules.start).trimStart();
  if (DANGLING.test(words)) return true;
  // a paraphrase the rules carry on into its quoted condition: said X could take place, “but only after …”
  if (/^,?\s*[“"«]/u.test(next)) return true;
  return /\p{Lu}[\p{L}'’-]*$/u.test(words) && /^\p{Lu}/u.test(next);
}

/** The model's content starts inside the rules' one in the middle of a phrase ("Talks between | the ministry …"). */
function startsLate(model: Statement["content"], rules: Statement["content"]): boolean {
  if (model.start <= rules.start || model.end > rules.end) return false;
  return DANGLING.test(rules.text.slice(0, model.start - rules.start).trimEnd());
}

export function combine(rules: readonly Attributed[], model: readonly ModelFound[]): Attributed[] {
  const out: Attributed[] = [];
  const matched = new Set<Attributed>();
  const implied = new Set<Attributed>();
  const modelOnly = new Set<Attributed>();
  for (const m of model) {
    const r = rules.filter((x) => !matched.has(x) && overlaps(x.cue, m.cue));
    if (r.length === 0) {
      if (!enoughContent(m.content.text)) continue;
      out.push(m);
      modelOnly.add(m);
      if (!m.tagged) implied.add(m);
      continue;
    }
    for (const x of r) matched.add(x);
    const split =
      r.length > 1 || (r[0] as Attributed).content.end <= m.cue.start !== m.content.end <= m.cue.start;
    for (const x of r) {
      let speaker = m.speaker;
      if (x.speaker !== null) {
        // the rules' speaker on the model's words when both name the same words, even when the model's words resolve
        // to no entity ("Keron Blair, executive director of AROS": PolNeAR marks the apposition; dev exact source F1
        // +0.1, train +0.3); the rules' speaker when the model's words name nobody the article knows ("separately
        // in parliament")
        if (m.speaker !== null && overlaps(m.speaker, x.speaker))
          speaker = { ...x.speaker, mention: m.speaker.mention, start: m.speaker.start, end: m.speaker.end };
        else if (m.speaker === null || (m.speaker.entityId === null && x.speaker.entityId !== null))
          speaker = x.speaker;
        // "X, the leader of the Union of Y, said": the model's name inside the description of the rules' person
        else if (
          x.speaker.entityId !== null &&
          m.speaker.start >= x.speaker.end &&
          m.speaker.end <= x.cue.start
        )
          speaker = x.speaker;
      }
      const ruleContent =
        split ||
        !m.tagged ||
        sameWords(x.content, m.content) ||
        cutShort(m.content, x.content) ||
        startsLate(m.content, x.content);
      out.push({
        speaker,
        via: x.via ?? m.via,
        kind: ruleContent ? x.kind : m.kind,
        cue: m.cue,
        content: ruleContent ? x.content : m.content,
      });
    }
  }
  const inside = (a: Attributed, b: Attributed) =>
    b.cue.start >= a.content.start && b.cue.end <= a.content.end;
  for (const r of rules) {
    if (matched.has(r)) continue;
    const rivals = out.filter((o) => overlaps(o.content, r.content));
    // a statement the model found alone and gave no speaker yields to the rules' one over the same words
    // ("X, the union's leader, poured cold water on hopes of a quick deal": not "hopes of" by nobody)
    const yields = (o: Attributed) =>
      modelOnly.has(o) && o.speaker === null && r.speaker !== null && inside(r, o);
    // "X and Y agreed to stop firing, Foreign Minister Z announced": a named speaker's words may hold a statement the
    // model found alone; both stand
    const holds = (o: Attributed) =>
      modelOnly.has(o) &&
      r.speaker?.entityId != null &&
      o.speaker?.entityId !== r.speaker.entityId &&
      inside(r, o) &&
      o.content.start >= r.content.start &&
      o.content.end <= r.content.end;
    if (!rivals.every((o) => yields(o) || holds(o))) continue;
    for (const o of rivals) if (yields(o)) out.splice(out.indexOf(o), 1);
    out.push(r);
  }
  // A word belongs to one statement at most. A statement the model found alone, inside another's words and naming
  // no one it knows, goes ("…says an internal review shows …"); one that names its speaker stays ("…reported that
  // Valdak said …"). Content the model only implied goes when it holds the cue of a statement the rules found.
  const nested = (s: Attributed, o: Attributed) =>
    modelOnly.has(s) && s.speaker?.entityId == null && inside(o, s);
  // Words the model alone gives to a second speaker inside a statement the rules found stay with that statement
  // ("…, “but only after X”, according to the agency ACN": ACN relays, it does not say X).
  const within = (s: Attributed, o: Attributed) =>
    modelOnly.has(s) &&
    !modelOnly.has(o) &&
    !inside(o, s) &&
    s.content.start >= o.content.start &&
    s.content.end <= o.content.end;
  return out.filter(
    (s) =>
      !out.some(
        (o) =>
          o !== s && (nested(s, o) || within(s, o) || (implied.has(s) && !modelOnly.has(o) && inside(s, o))),
      ),
  );
}
