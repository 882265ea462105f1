/**
 * @module Boilerplate line rules (data): page furniture a dump leaves between paragraphs.
 *
 * Each pattern is tested against a whole trimmed line and is anchored at both ends, so prose that merely
 * contains the words ("readers left comments", "read more about it") survives. A rule matches short,
 * widget-like lines only; when in doubt a line is kept.
 */

export interface LineRule {
  readonly id: string;
  /** Shown by `dossier show ID --removed`. */
  readonly reason: string;
  /** Tested against one whole trimmed line. */
  readonly pattern: RegExp;
  /** The case that needs the rule. */
  readonly why: string;
}

export const BOILERPLATE_RULES: readonly LineRule[] = [
  {
    id: "teaser",
    reason: "link teaser to another article",
    pattern:
      /^(?:(?:also read|read also|also in [\p{L}\d&'’ .-]{1,30}|read more|more to read|continue reading|see also|related(?: stories| articles| news| coverage| content)?|recommended(?: stories| reading)?|must read|more on this(?: story)?|trending(?: now)?|more (?:[\w-]+ ){0,3}(?:news|stories|articles|coverage|headlines))(?:\s*[:|»›>–—-].{0,200})?|(?:watch|video|listen|in pictures)\s*[:|]\s*.{1,200})$/iu,
    why: "news pages interleave 'Also Read | <headline>', 'Read more:' and bare 'READ MORE' / 'Related' links",
  },
  {
    id: "share-widget",
    reason: "share buttons",
    pattern:
      /^(?:share(?: this| the)?(?: article| story| post| page)?(?: (?:on|via) [\w ]{1,30})?(?:\s*[:|]\s*(?:(?:facebook|twitter|x|whatsapp|telegram|linkedin|reddit|pinterest|messenger|email|e-mail|print|copy link)[\s|,·•/]*){1,10})?|(?:(?:facebook|twitter|x|whatsapp|telegram|linkedin|reddit|pinterest|messenger|email|e-mail|print|copy link)[\s|,·•/]*){1,10}|link copied!?)[.:!]?$/i,
    why: "share bars flatten into lines like 'Share', 'Share this story: Facebook | X', 'Facebook Twitter WhatsApp' or 'Copy link'",
  },
  {
    id: "subscribe",
    reason: "newsletter or subscription prompt",
    pattern:
      /^(?:(?:sign up|subscribe|register)(?: now| today| here)?(?: (?:for|to) (?:our|the|free|daily|weekly|breaking|a)\b.{0,80})?|get (?:our|the) .{0,40}newsletter.{0,40}|(?:sign up|subscribe) (?:to|for) [^.!?]{1,40}(?:newsletter|briefing|digest|bulletin|inbox|alerts?|daily|weekly)\b[^.!?]{0,60})[.!]?$/i,
    why: "'Sign up for our newsletter', 'Subscribe', 'Subscribe to <Outlet> Daily — the morning briefing in your inbox' boxes end up between paragraphs",
  },
  {
    id: "paywall",
    reason: "paywall or metering prompt",
    pattern:
      /^(?:you(?:'ve|’ve| have) (?:read|reached|used) (?:your|all|the)? ?(?:\d+ )?(?:free )?(?:articles?|stories|reads)(?: (?:this|for this|per) (?:month|week))?(?: limit)?[.!]?|subscribe\b.{0,80}\bto (?:keep|continue) reading\b.{0,60}|already (?:a )?(?:subscriber|member)\??(?:\s*(?:log in|sign in|login)(?: here)?)?[.!]?|(?:this (?:article|story) is )?(?:for|available to|exclusive to) (?:subscribers|members) only[.!]?)$/i,
    why: "metered pages end the free text with 'You have read your 5 free articles', 'Subscribe … to keep reading', 'Already a subscriber? Log in'",
  },
  {
    id: "follow-widget",
    reason: "social-media follow prompt",
    pattern:
      /^follow (?:us|[\w&.' -]{1,40}) on (?:(?:twitter|x|facebook|instagram|telegram|whatsapp|linkedin|youtube|google news|threads|bluesky|tiktok)(?:,\s*|\s+and\s+)?){1,8}(?:\s*@\w+|\s+for (?:the latest|more|updates|live updates|breaking news)\b.{0,40})?[.!]?$|^follow us[.!]?$/i,
    why: "'Follow us on Telegram' / 'Follow X on Google News' prompts",
  },
  {
    id: "search-widget",
    reason: "search box label",
    pattern: /^search(?:\s*(?:…|\.{3}|here|articles|news|site))?[.:]?$/i,
    why: "the site search box label survives as a lone 'Search' line",
  },
  {
    id: "comments-widget",
    reason: "comment section furniture",
    pattern:
      /^(?:comments?|\d+ comments?|comments? \(\d+\)|no comments(?: yet)?|leave a (?:comment|reply)|post a comment|add (?:a|your) comment|(?:view|show|hide|load|read|see) (?:all )?comments?|be the first to comment|join the (?:discussion|conversation)|comments are closed|(?:log|sign) in to (?:comment|reply|join the discussion))[.!:]?$/i,
    why: "the comment section leaves 'Comments', 'No comments yet', 'Leave a comment' at the end of the body",
  },
  {
    id: "advertisement",
    reason: "advertisement slot",
    pattern:
      /^(?:[-–—\s]*(?:advertisement|advertising|advert|ad|sponsored(?: content| post| links?)?|paid content|promoted(?: content)?)[-–—\s]*(?:[-–—:]?\s*scroll (?:down )?to continue(?: (?:with|reading) .{0,20})?)?|(?:story|article) continues (?:below|after)(?: (?:this )?(?:advertisement|ad))?|continue reading (?:below|the main story))$/i,
    why: "ad slots leave 'Advertisement' and 'Story continues below advertisement' lines",
  },
  {
    id: "image-placeholder",
    reason: "image placeholder or photo credit",
    pattern:
      /^(?:[[(]?(?:post|feature|featured|hero|lead|main|top)?(?:image|photo|picture|pic|photograph|graphic|illustration|gallery)s?[\])]?|\(file photo\)|file photo|(?:photo|image|picture|pic|photograph|graphic|illustration)s?(?: credit)?\s*[:|]\s*.{1,100}|(?:photo|image|picture|photograph) by \S.{0,80}|image (?:source|caption)\s*[,:].{0,200})$/i,
    why: "image slots flatten to 'PostImage', 'Image', '[image]', '(File Photo)' or 'Photo: <agency>'",
  },
  {
    id: "cookie-notice",
    reason: "cookie consent notice",
    pattern:
      /^(?:.{0,120}\b(?:we|this (?:site|website)|our (?:site|website)) uses? cookies\b.{0,300}|(?:accept|reject|allow|decline|manage)(?: all)? (?:cookies|cookie settings)|cookie (?:policy|settings|preferences|consent)|by (?:continuing to (?:use|browse)|using) (?:this|our) (?:site|website).{0,300})$/i,
    why: "consent banners are captured with the page text",
  },
  {
    id: "click-here",
    reason: "link prompt",
    pattern: /^(?:please )?click here\b.{0,120}$/i,
    why: "'Click here to read/watch ...' prompts point at links the dump lost",
  },
  {
    id: "app-download",
    reason: "app download prompt",
    pattern: /^(?:download|get|install) (?:the|our) (?:[\w&'-]+ ){0,4}app\b.{0,100}$/i,
    why: "'Download the app for the latest news' banners",
  },
  {
    id: "navigation",
    reason: "navigation link",
    pattern:
      /^(?:skip to (?:main )?content|skip navigation|back to top|scroll to top|go to top|main menu|open menu|menu)$/i,
    why: "skip links and menu labels at the edges of a dump",
  },
  {
    id: "reading-time",
    reason: "reading-time or audio widget",
    pattern:
      /^(?:\d+\s*min(?:ute)?s?(?: read)?|reading time\s*:?\s*\d+.{0,20}|listen to (?:this|the) (?:article|story)(?:\s*[\d:]+)?(?: min(?:ute)?s?)?)$/i,
    why: "'3 min read' and 'Listen to this article' labels under the headline",
  },
  {
    id: "credit-line",
    reason: "reporting and editing credits",
    pattern:
      /^(?:Additional r|R)eporting(?: and (?:writing|editing))? by [A-Z][\w.'-]*(?: [A-Z][\w.'-]*){0,3}(?:(?:,| and) [A-Z][\w.'-]*(?: [A-Z][\w.'-]*){0,3})*(?:\s*(?:;|in [A-Z]\w*)\s*.{0,150})?$|^(?:Writing|Editing) by [A-Z][\w.'-]*(?: [A-Z][\w.'-]*){0,3}(?:(?:,|;| and) .{0,120})?$/,
    why: "agency stories end with 'Reporting by A; Editing by B'",
  },
];
