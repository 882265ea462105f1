import assert from "node:assert/strict";
import { test } from "node:test";
import { BOILERPLATE_RULES } from "./boilerplate-rules.ts";
import { matchLineRule } from "./line-rules.ts";

/** Per rule: widget lines it must take, and prose using the same words that it must leave alone. */
const CASES: Readonly<Record<string, { fires: string[]; survives: string[] }>> = {
  teaser: {
    fires: [
      "Also Read | Harbor council approves new ferry timetable",
      "Read more: Port Alden votes",
      "READ MORE",
      "Related:",
      "Watch: Mayor Velin opens the bridge",
      "Also in Harbor Ledger: Ferry fares rise in June",
    ],
    survives: [
      "Readers can read more about the vote in the council minutes.",
      "Related talks are planned for June.",
    ],
  },
  "share-widget": {
    fires: ["Share", "Share this article", "Facebook Twitter WhatsApp Email", "Copy link"],
    survives: ["Share prices in Port Alden fell 3% on Monday.", "Facebook said the outage was fixed."],
  },
  subscribe: {
    fires: ["Sign up for our newsletter", "Subscribe", "Subscribe to our daily briefing"],
    survives: ["Residents must sign up for the ferry pass before May, the council said."],
  },
  paywall: {
    fires: [
      "You have read your 5 free articles this month.",
      "Subscribe from 9 crowns a month to keep reading Harbor Ledger.",
      "Already a subscriber? Log in",
    ],
    survives: [
      "You have read the report, the mayor told the council, so you know the ferry is late.",
      "Already a member of the council, Velin wants the harbor seat too.",
    ],
  },
  "follow-widget": {
    fires: ["Follow us on Telegram", "Follow Harbor Ledger on Google News for the latest updates"],
    survives: ["Follow the money on Telegram, one investigator told colleagues."],
  },
  "search-widget": {
    fires: ["Search", "Search…"],
    survives: ["Search teams found the missing boat near Port Alden."],
  },
  "comments-widget": {
    fires: ["Comments", "No comments yet", "Leave a comment", "12 comments", "View all comments"],
    survives: ["Mara Velin declined to make further comments on the ferry deal."],
  },
  advertisement: {
    fires: [
      "Advertisement",
      "- Advertisement -",
      "Story continues below advertisement",
      "ADVERTISEMENT - Scroll to continue",
    ],
    survives: ["The advertisement campaign cost the council 40,000 crowns."],
  },
  "image-placeholder": {
    fires: [
      "PostImage",
      "Image",
      "[image]",
      "(File Photo)",
      "Photo: Harbor Ledger",
      "Image source, Port Alden Council",
    ],
    survives: ["Image matters in politics, the adviser said.", "Photo opportunities at the pier"],
  },
  "cookie-notice": {
    fires: ["We use cookies to improve your experience on our site.", "Accept all cookies"],
    survives: ["The bakery sold 500 cookies at the harbor fair."],
  },
  "click-here": {
    fires: ["Click here to watch the full interview"],
    survives: ["Voters who click here and there rarely read the policy, Velin argued."],
  },
  "app-download": {
    fires: ["Download the Harbor Ledger app for breaking news"],
    survives: ["The council wants every resident to download ferry timetables."],
  },
  navigation: {
    fires: ["Skip to content", "Back to top", "Menu"],
    survives: ["The menu at the new harbor restaurant changes weekly."],
  },
  "reading-time": {
    fires: ["3 min read", "Listen to this article"],
    survives: ["The ferry crossing now takes 3 min less than last year."],
  },
  "credit-line": {
    fires: [
      "Reporting by Mara Velin; Editing by Tomas Brek",
      "Additional reporting by Ilse Marr in Port Alden",
    ],
    survives: ["Reporting by the Harbor Ledger showed the ferry was late 40 times."],
  },
};

test("every boilerplate rule has firing and surviving examples", () => {
  for (const rule of BOILERPLATE_RULES) {
    const cases = CASES[rule.id];
    assert.ok(cases, `no test cases for rule ${rule.id}`);
    assert.ok(cases.fires.length > 0 && cases.survives.length > 0, rule.id);
    assert.ok(rule.reason.length > 0 && rule.why.length > 0, rule.id);
  }
});

for (const [id, cases] of Object.entries(CASES)) {
  test(`rule ${id} fires on widget lines`, () => {
    for (const line of cases.fires) assert.equal(matchLineRule(line)?.id, id, line);
  });
  test(`rule ${id} leaves prose alone`, () => {
    for (const line of cases.survives) assert.equal(matchLineRule(line), null, line);
  });
}

test("rule ids are unique", () => {
  const ids = BOILERPLATE_RULES.map((rule) => rule.id);
  assert.equal(new Set(ids).size, ids.length);
});
