/** @module Lines that are page furniture, not reporting (data): teasers, captions, bylines. */

/** Teasers linking to other stories: "Also Read | …", "READ MORE: …", "Related: …". */
export const TEASER_PATTERNS: readonly RegExp[] = [
  /^(?:also\s+read|read\s+(?:more|also)|see\s+also|related(?:\s+stories?)?|watch|listen|recommended|must\s+read)\s*[|:–—-]/i,
];

/** Photo captions: "… during the meeting.(File Photo)", "Photo: …", "(Reuters)" at the end of a line. */
export const CAPTION_PATTERNS: readonly RegExp[] = [
  /\((?:[^()]*\b(?:photo|photograph|image|picture|file|getty|via|credit)\b[^()]*)\)\s*$/i,
  /^(?:photo|image|picture|video|file photo)\s*[:|]/i,
  /\b(?:photo|image)\s*(?:credit)?\s*:\s*[^.]*$/i,
];

/** A sentence that is a prose sentence ends with terminal punctuation, maybe inside quotes or brackets. */
export const PROSE_ENDING = /[.!?…:]["”’'»)\]]*$/u;
