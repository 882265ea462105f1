/** @module Photo-credit endings (data) that mark a line as an image caption rather than article text. */

/**
 * A credit naming a photo: enough on its own to make a single line a caption. Anchored at the end of the
 * line, so prose that mentions a photo mid-sentence, or ends with a full stop after it, is untouched.
 */
export const PHOTO_CREDITS: readonly RegExp[] = [
  // "...during their meeting.(File Photo)", "(AP Photo/Jane Roe)", "(Representational image)"
  /\([^()]{0,60}\b(?:photo|image|picture|pic|photograph|screengrab|screenshot)s?\b[^()]{0,60}\)$/i,
  // "... at the summit. Photo: Daily Planet", "| Photo Credit: Jane Roe"
  /(?:^|[\s|.])(?:photo|image|picture|photograph)s?(?: credit)?\s*:\s*[^.!?]{1,60}$/i,
  // "Photo: Relatives at the vigil on Monday night. (Harbour Daily/Jane Roe)": a caption label and a credit
  /^(?:photo|image|picture|photograph)s?\s*:\s.*\([^()]{2,60}\)$/i,
  // "(Getty Images)", "(Jane Roe/Getty Images)"
  /\([^()]{0,40}getty images\)$/i,
];

/**
 * An agency in brackets at the end ("(Reuters)", "(PTI)") is how captions end, but also how some outlets
 * sign off a whole article: it marks a caption only on a line that is printed twice in a row.
 */
export const AGENCY_CREDIT =
  /\((?:reuters|ap|afp|ani|pti|ians|xinhua|tass|ria novosti|sputnik|efe|dpa|anadolu|epa|bloomberg|x|twitter|instagram|handout|file)(?:\s*[/,]\s*[^()]{1,40})?\)$/i;

/** Captions are one or two sentences; a long block ending in a credit is an article paragraph. */
export const MAX_CAPTION_WORDS = 60;

/**
 * A short line printed twice in a row with no credit is still a caption (image alt text plus figcaption); a
 * duplicated lede is longer than this and is left to the repeat remover, which keeps one copy.
 */
export const MAX_UNCREDITED_CAPTION_WORDS = 20;
