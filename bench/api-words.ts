/** @module Invented names and words for the synthetic benchmark corpus (no real text). */

export const PEOPLE: readonly { name: string; role: string }[] = [
  { name: "Mara Quill", role: "harbour minister" },
  { name: "Tobin Ashgrove", role: "foreign minister" },
  { name: "Ilse Varnow", role: "prime minister" },
  { name: "Corvin Dalt", role: "presidential spokesman" },
  { name: "Anneke Rusk", role: "defence secretary" },
  { name: "Pell Okonedo", role: "trade envoy" },
  { name: "Sabine Morrow", role: "opposition leader" },
  { name: "Oskar Lindqvane", role: "central bank governor" },
  { name: "Tamsin Greer", role: "mayor" },
  { name: "Radomir Kessel", role: "president" },
  { name: "Yara Benhallow", role: "interior minister" },
  { name: "Lucan Petrosse", role: "chief negotiator" },
  { name: "Hedda Strand", role: "energy minister" },
  { name: "Feliks Moravan", role: "army chief" },
  { name: "Noor Castellane", role: "UN envoy" },
  { name: "Bram Ostrander", role: "finance minister" },
  { name: "Ines Valcourt", role: "health minister" },
  { name: "Kasimir Drell", role: "security adviser" },
  { name: "Orla Penhallow", role: "union leader" },
  { name: "Dario Mensk", role: "port authority chief" },
  { name: "Edda Sorensk", role: "chancellor" },
  { name: "Milan Torvek", role: "governor" },
  { name: "Rhea Calloway", role: "agriculture minister" },
  { name: "Stellan Voss", role: "navy commander" },
  { name: "Amara Quint", role: "transport minister" },
  { name: "Gideon Harlan", role: "senator" },
  { name: "Vesna Kordic", role: "deputy prime minister" },
  { name: "Joss Albrecht", role: "police chief" },
  { name: "Lena Thornquist", role: "justice minister" },
  { name: "Arvid Melgren", role: "parliament speaker" },
];

export const OUTLETS: readonly string[] = [
  "The Harbour Times",
  "Eastgate Herald",
  "Dalmor Today",
  "Coastal Press Agency",
  "Northmark Post",
  "Sarnhaven Chronicle",
  "The Meridian",
  "Riverside Dispatch",
  "Valden Wire",
  "Kestrel News",
  "Orbis Daily",
  "Lowland Gazette",
  "The Signal",
  "Cape Ledger",
  "Highmoor Observer",
  "Brightwater Journal",
];

export const PLACES: readonly string[] = [
  "Sarnhaven",
  "Dalmor",
  "Eastgate",
  "Northmark",
  "Valden",
  "Kestrel Bay",
  "Brightwater",
  "Highmoor",
  "Orlen",
  "Cape Ardell",
  "Tessaly",
  "Marrow Point",
  "Luskin",
  "Fennick",
  "Port Alder",
];

export const FRAMES: readonly string[] = [
  "meeting",
  "talks",
  "ceasefire",
  "sanctions",
  "visit",
  "call",
  "prisoner-exchange",
  "summit",
  "agreement",
];

export const FRAME_WORDS: Readonly<Record<string, string>> = {
  meeting: "a meeting",
  talks: "talks",
  ceasefire: "a ceasefire",
  sanctions: "new sanctions",
  visit: "a visit",
  call: "a phone call",
  "prisoner-exchange": "a prisoner exchange",
  summit: "a summit",
  agreement: "an agreement",
};

export const STANCE_PHRASES: readonly { stance: string; text: string; conditional?: boolean }[] = [
  { stance: "possible", text: "{what} between {a} and {b} is possible" },
  { stance: "possible", text: "{what} between {a} and {b} could take place soon" },
  { stance: "planned", text: "{what} between {a} and {b} is planned for next month" },
  { stance: "conditional", text: "{what} between {a} and {b} can happen only if", conditional: true },
  { stance: "unlikely", text: "{what} between {a} and {b} is unlikely in the coming weeks" },
  { stance: "ruled_out", text: "there will be no {bare} between {a} and {b}" },
  { stance: "happened", text: "{what} between {a} and {b} took place on Tuesday" },
];

export const CONDITIONS: readonly string[] = [
  "the delegations first agree on a draft settlement",
  "the harbour blockade is lifted",
  "the expert groups finish their work",
  "both parliaments approve the framework",
  "the border crossings reopen",
];

export const TOPICS: readonly string[] = [
  "grain shipments through the northern channel",
  "the fishing quota dispute",
  "the rail corridor to the coast",
  "the election calendar",
  "repairs to the river dam",
  "fuel prices at the pumps",
  "the refugee reception centres",
  "power cuts in the eastern districts",
  "the customs union talks",
  "the bridge over the estuary",
  "the teachers' strike",
  "wages in the public sector",
  "the new port terminal",
  "water rationing in the valley",
  "the airspace agreement",
  "flood defences along the coast",
];

export const FILLER: readonly string[] = [
  "Officials gave no further details about the timetable.",
  "The ministry declined to comment on the figures.",
  "Residents gathered outside the town hall on Monday evening.",
  "Ferries were delayed for several hours because of high winds.",
  "The previous round ended without a joint statement.",
  "Diplomats described the atmosphere as businesslike.",
  "Markets reacted calmly to the announcement.",
  "Several roads into the capital remained closed overnight.",
  "Observers expect the matter to return to parliament in the autumn.",
  "The report was published after a delay of two weeks.",
  "Local councils have asked for more money to cope with the costs.",
  "Both delegations left the venue without speaking to reporters.",
  "Trade through the port has fallen by a third since the spring.",
  "A second session is scheduled to begin later this week.",
  "Analysts said the numbers were broadly in line with forecasts.",
  "The committee will publish its findings before the end of the year.",
];

export const VERBS: readonly string[] = ["said", "told reporters", "stated", "added", "noted", "warned"];
