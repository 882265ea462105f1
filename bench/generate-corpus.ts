/**
 * @module A generated news corpus for benchmarks: stories about invented places and people, each a run of
 * articles over weeks from several outlets, with quotes, relays, dates, and a share of syndicated copies. The same
 * seed gives the same corpus. Written as JSONL (the contract's input lines).
 */

const GIVEN = [
  "Aren",
  "Bela",
  "Corin",
  "Dara",
  "Elin",
  "Faro",
  "Gita",
  "Halvor",
  "Ines",
  "Jory",
  "Kaja",
  "Lior",
  "Mira",
  "Nils",
  "Oska",
  "Petra",
  "Quill",
  "Rhea",
  "Soren",
  "Tova",
];
const FAMILY = [
  "Aldane",
  "Brisk",
  "Corvo",
  "Delmar",
  "Eskel",
  "Farrow",
  "Gantz",
  "Holm",
  "Ivers",
  "Jarek",
  "Kovar",
  "Lund",
  "Marek",
  "Norrin",
  "Osterby",
  "Prave",
  "Quist",
  "Roan",
  "Stavik",
  "Trell",
  "Ulven",
  "Vasko",
  "Wend",
  "Yarrow",
  "Zoric",
];
const PLACES = [
  "Norvik",
  "Estmark",
  "Halden",
  "Vireo",
  "Caldera",
  "Sunmoor",
  "Brightwater",
  "Kessel",
  "Arvel",
  "Tarn",
  "Lorvale",
  "Mossgard",
  "Pellan",
  "Quorra",
  "Redwyn",
  "Stellan",
];
// Place names built from a stem and an ending, so a large corpus has many places, as the world does.
const SUFFIX = ["", "ia", "holm", "stad", "ova", "burg", "mere", "dal", "ford", "wick", "grad", "port"];
const OUTLETS = [
  "Harbour Times",
  "Nordline News",
  "Daily Courant",
  "Capital Wire",
  "Evening Ledger",
  "Coastal Post",
  "Metro Herald",
  "Valley Gazette",
];
const ROLES = [
  "spokesman",
  "foreign minister",
  "prime minister",
  "interior minister",
  "trade minister",
  "mayor",
];
const TOPICS = [
  { event: "talks", noun: "talks", verb: "held talks" },
  { event: "ceasefire", noun: "a ceasefire", verb: "agreed a ceasefire" },
  { event: "merger", noun: "the merger", verb: "approved the merger" },
  { event: "visit", noun: "a visit", verb: "announced a visit" },
  { event: "sanctions", noun: "new sanctions", verb: "imposed sanctions" },
];
const STANCES = [
  "is possible, but only as a result of the work of the delegations",
  "is impossible before the terms are settled",
  "could take place soon if both sides agree",
  "is out of the question for now",
  "is likely to happen next month",
];

// Words a story is about, beside its names: each story draws its own few, as real stories have their own subject.
const SUBJECTS = (
  "harbour bridge pipeline tariff grain reactor vaccine railway election ballot strike wages pension tunnel dam " +
  "drought flood wildfire satellite border refugee customs fishing quota mine copper lithium steel shipyard port " +
  "airline airport subsidy budget deficit bond currency inflation housing rent school hospital nurse doctor police " +
  "court verdict appeal prison amnesty protest curfew militia treaty summit envoy embassy consulate visa passport " +
  "census drought famine harvest cattle forest timber glacier volcano earthquake cyclone storm reservoir canal"
).split(" ");

function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface GeneratedLine {
  readonly id: string;
  readonly title: string;
  readonly text: string;
  readonly published: string;
  readonly outlet: string;
}

/** A generated line and the story it was written for (what the benchmark scores the stories against). */
export interface Generated {
  readonly line: GeneratedLine;
  readonly story: number;
}

/** `count` articles in stories of about `perStory`; `copyShare` of them syndicated copies of an earlier one. */
export function* generateCorpus(
  count: number,
  perStory = 25,
  copyShare = 0.05,
  seed = 7,
): Generator<Generated> {
  const random = rng(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)] as T;
  const stories = Math.max(1, Math.round(count / perStory));
  const cast = Array.from({ length: stories }, () => ({
    a: `${pick(GIVEN)} ${pick(FAMILY)}`,
    b: `${pick(GIVEN)} ${pick(FAMILY)}`,
    speaker: `${pick(GIVEN)} ${pick(FAMILY)}`,
    role: pick(ROLES),
    place: `${pick(PLACES)}${pick(SUFFIX)}`,
    other: `${pick(PLACES)}${pick(SUFFIX)}`,
    topic: pick(TOPICS),
    subject: [pick(SUBJECTS), pick(SUBJECTS), pick(SUBJECTS)],
    start: Date.UTC(2024, Math.floor(random() * 18), 1 + Math.floor(random() * 27)),
  }));
  const recent: Generated[] = [];
  for (let i = 0; i < count; i++) {
    const copyOf = recent.length > 0 && random() < copyShare ? pick(recent) : null;
    if (copyOf) {
      const outlet = pick(OUTLETS);
      const line = {
        ...copyOf.line,
        id: `g${i}`,
        outlet,
        text: `${copyOf.line.text}\n\nThis report was distributed by ${copyOf.line.outlet}.`,
      };
      yield { line, story: copyOf.story };
      continue;
    }
    const story = Math.floor(random() * stories);
    const s = cast[story] ?? cast[0];
    if (!s) continue;
    const day = new Date(s.start + Math.floor(random() * 60) * 86_400_000).toISOString().slice(0, 10);
    const surname = s.speaker.split(" ")[1];
    const n = 100 + Math.floor(random() * 900);
    const paragraphs = [
      `The ${s.subject[0]} dispute over the ${s.subject[2]} in ${s.place} continued. ${s.place} ${s.role} ${s.speaker} said on ${day.slice(5)} that ${s.topic.noun} between ${s.a} and ${s.b} ${pick(STANCES)}.`,
      `“We remain open to ${s.topic.noun}, but ${pick(STANCES).replace(/^is /, "it is ")},” ${surname} told reporters in ${s.place}, according to ${pick(OUTLETS)}.`,
      `${s.a} ${s.topic.verb} with officials from ${s.other} last week, and about ${n} people gathered outside the hall in ${s.place}.`,
      `He added that the delegations would meet again in ${s.other} and that ${n % 7} working groups had been formed.`,
      `${s.b}, speaking in ${s.other}, said the proposal ${random() < 0.5 ? "could" : "would not"} be accepted without guarantees for ${s.place}.`,
      `Analysts in ${s.place} said the ${s.subject[0]} and ${s.subject[1]} questions would dominate the coming weeks, with ${n} delegates expected.`,
    ];
    const line: GeneratedLine = {
      id: `g${i}`,
      title: `${s.speaker} on ${s.topic.noun} and the ${s.subject[0]} ${s.subject[1]} (${i})`,
      text: paragraphs.slice(0, 4 + Math.floor(random() * 3)).join("\n\n"),
      published: day,
      outlet: pick(OUTLETS),
    };
    recent.push({ line, story });
    if (recent.length > 200) recent.shift();
    yield { line, story };
  }
}
