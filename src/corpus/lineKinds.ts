/**
 * Classifies the lines of a scraped news page. The rules describe how news sites lay out a
 * page (datelines, bylines, captions, share prompts, teaser lists), never one site's strings.
 */

export type LineKind =
  | 'separator' // "-", "***": layout only
  | 'boilerplate' // share/subscribe/newsletter prompts, "Like this article?"
  | 'dateline' // "Published Dec 05, 2019", "September 27, 2020"
  | 'byline' // "By Lara Seligman 09/11/2020", "Ayaz Gul for VOA Reports"
  | 'caption' // "Zalmay Khalilzad at CPAC 2011 in Washington, D.C. (Gage Skidmore/Flickr)"
  | 'note' // "This article was originally published by … and is reprinted with permission."
  | 'teaser' // "Latest News3 days agoAfghan border forces prevent …": a related-headline list item
  | 'text';

const MONTH =
  '(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?';
/** The words of a clock time after its digits: "12:40 PM EDT". */
export const CLOCK_WORDS = 'AM|PM|EDT|EST|CDT|CST|PDT|PST|GMT|UTC|BST|CET|CEST|IST';
/** A calendar date written the ways news pages write them. */
export const DATE_PATTERN = new RegExp(
  [
    `\\b${MONTH}\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+\\d{4}\\b`, // Dec 05, 2019 / May 4th, 2021
    `\\b\\d{1,2}(?:st|nd|rd|th)?\\s+${MONTH},?\\s+\\d{4}\\b`, // 5 May 2021
    `\\b\\d{1,2}[/.-]\\d{1,2}[/.-]\\d{4}\\b`, // 09/11/2020
    `\\b\\d{4}-\\d{2}-\\d{2}\\b`, // 2021-05-04
  ].join('|'),
  'i',
);

const SEPARATOR = /^[\s\-–—_*=•·|~.]*$/;

/** Prompts that sit around articles on news sites; only matched on short lines. */
const BOILERPLATE_START =
  /^(?:share(?: on| this| via|$)|tweet\b|e-?mail this|print this|follow us|subscribe\b|sign up\b|join (?:our|us)\b|get (?:updates|the latest|our)\b|like this (?:article|story|post)|more to explore|related(?: articles| posts| stories| news)?\s*:?$|read (?:more|also|next)\b|you (?:may|might) also like|advertisement$|sponsored\b|click here|all rights reserved|©|copyright\b|leave a (?:reply|comment)|\d+ comments?$|comments?$|tags?:|filed under|recommended|trending|most (?:read|popular)|newsletter|download (?:our|the) app|loading\.*$|\d+ views?$)/i;
const BOILERPLATE_ANYWHERE =
  /\b(?:telegram channel|whatsapp channel|sign up for our|subscribe to our|our newsletter|cookies? (?:policy|settings)|all rights reserved)\b/i;
const SOCIAL_ONLY = /^(?:(?:facebook|twitter|x|linkedin|linkdin|whatsapp|telegram|reddit|pinterest|email|print|copy link)[\s,|·•]*)+$/i;

const BYLINE_BY = /^by\s+[A-Z\u00C0-\u024F]/i;
/** An author's name glued to itself, as blog themes print it (avatar text + link): "Jane DoeJane Doe". */
const GLUED_NAME = /(\p{L}[\p{L}\p{M}.'’-]*(?: [\p{L}\p{M}.'’-]+){1,3})\1(?!\p{L})/u;
const BYLINE_FOR = /^[A-Z][\p{L}'’.-]+(?: [A-Z][\p{L}'’.-]+){1,3},? (?:for|of) (?:the )?[A-Z][\p{L}\d.&' ]{1,40}$/u;
const CAPTION_CREDIT = /\((?:[^()]*\/[^()]*|(?:photo|image|picture|file|credit)[^()]*|[^()]*(?:AP|AFP|Reuters|Getty(?: Images)?|EPA|Flickr|Xinhua|Anadolu)[^()]*)\)\s*$/i;
const CAPTION_START = /^(?:photo|image|picture|file photo|pictured|caption)\s*[:|-]/i;
const NOTE = /^this\s+(?:article|story|piece|report|post)\s+(?:was|is|has\s+been)\s+(?:originally\s+|first\s+)?(?:published|reprinted|republished|written|produced|syndicated)/i;
const TEASER = new RegExp(
  "^([A-Z][\\p{L}&]*(?: [A-Z][\\p{L}&]*){0,3})?\\s*((?:\\d+|an?|one) (?:sec|second|min|minute|hour|day|week|month|year)s? ago)\\s*([\\p{Lu}\\d“\"‘'].+)$",
  'u',
);

/** An age followed by a space: "65 years ago Bernardo" (a page glues a teaser's age to its headline). */
const SPACED_AGE = /\bago\s/;

/** Scripts written without spaces between words: each character counts as a word. */
const UNSPACED = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]/gu;

const ONE_UNSPACED = new RegExp(`^${UNSPACED.source}$`, 'u');
const WORD = 0;
const SPACE = 1;
const UNSPACED_CHAR = 2;
/** What each non-ASCII code point met so far is (WORD, SPACE or UNSPACED_CHAR). */
const charKinds = new Map<number, number>();

function kindOf(codePoint: number): number {
  if (codePoint < 128) return codePoint === 32 || (codePoint >= 9 && codePoint <= 13) ? SPACE : WORD;
  let kind = charKinds.get(codePoint);
  if (kind === undefined) {
    const ch = String.fromCodePoint(codePoint);
    kind = /\s/.test(ch) ? SPACE : ONE_UNSPACED.test(ch) ? UNSPACED_CHAR : WORD;
    charKinds.set(codePoint, kind);
  }
  return kind;
}

/**
 * Words of a line: runs of characters between white space, each character of an unspaced script
 * counting as one word. A scan of the characters (the cleaner asks several times per line).
 */
export function wordCount(line: string): number {
  let words = 0;
  let inWord = false;
  for (let i = 0; i < line.length; i++) {
    const unit = line.charCodeAt(i);
    const codePoint = unit < 128 ? unit : line.codePointAt(i)!;
    if (codePoint > 0xffff) i++;
    const kind = kindOf(codePoint);
    if (kind === WORD) {
      if (!inWord) words++;
      inWord = true;
    } else {
      if (kind === UNSPACED_CHAR) words++;
      inWord = false;
    }
  }
  return words;
}

/** Ends like a sentence of prose (not a headline or a label). */
export function endsLikeSentence(line: string): boolean {
  return /[.!?…]["”’')\]]*$/.test(line) || /[.!?,]["”’]$/.test(line);
}

export function classifyLine(line: string): LineKind {
  const t = line.trim();
  if (SEPARATOR.test(t)) return 'separator';
  const words = wordCount(t);
  // A teaser is a headline, its age glued to it ("3 days agoAfghan …") or spaced: "65 years ago
  // Bernardo Gandulla left Boca Juniors … for Brazil." (spaced, a full stop) is prose.
  if (TEASER.test(t) && words <= 30 && !(SPACED_AGE.test(t) && /\.["”’')\]]*$/.test(t))) return 'teaser';
  if (words <= 14 && (BOILERPLATE_START.test(t) || SOCIAL_ONLY.test(t))) return 'boilerplate';
  if (words <= 25 && BOILERPLATE_ANYWHERE.test(t)) return 'boilerplate';
  if (NOTE.test(t) && words <= 40) return 'note';
  if (words <= 16 && BYLINE_BY.test(t)) return 'byline';
  if (words <= 16 && GLUED_NAME.test(t) && DATE_PATTERN.test(t)) return 'byline';
  if (words <= 14 && !endsLikeSentence(t) && DATE_PATTERN.test(t)) return 'dateline';
  if (words <= 8 && BYLINE_FOR.test(t)) return 'byline';
  if (words <= 40 && (CAPTION_CREDIT.test(t) || CAPTION_START.test(t))) return 'caption';
  return 'text';
}

/**
 * A teaser line's parts: its age as the page gives it and the line from the age on, its section
 * label cut ("Latest News3 days agoAfghan …" → age "3 days ago", text "3 days agoAfghan …"). The
 * age stays in the text, glued as the page glued it (the line is cut, never added to): it answers
 * "how long ago did the Afghan … story go up".
 */
export function teaserParts(line: string): { age: string; text: string } | undefined {
  const t = line.trim();
  const m = TEASER.exec(t);
  if (!m?.[2]) return undefined;
  return { age: m[2], text: t.slice(t.indexOf(m[2], m[1]?.length ?? 0)) };
}

/** Author names from a byline ("By Lara Seligman 09/11/2020 12:40 PM EDT" → "Lara Seligman"; "Peace Jane DoeJane Doe May 4, 2021" → "Jane Doe"). */
export function bylineAuthor(line: string): string | undefined {
  const glued = GLUED_NAME.exec(line);
  if (glued?.[1]) return glued[1];
  let t = line.trim().replace(/^by\s+/i, '');
  const date = DATE_PATTERN.exec(t);
  if (date) t = t.slice(0, date.index);
  t = t.replace(/,? (?:for|of) (?:the )?[A-Z].*$/u, '').replace(/[,|·•–—-]+\s*$/, '').trim();
  if (!t || wordCount(t) > 8 || !/^[\p{Lu}]/u.test(t)) return undefined;
  return t;
}

/** The site name in a page title "Headline | Site" (site-builder credits like "Made with X" removed). */
export function siteNameFromPageTitle(line: string): { headline: string; site: string } | undefined {
  if (!line.includes('|')) return undefined; // the pattern's bar: most lines are prose without one
  const m = /^(.+?)\s+\|\s+(.+)$/.exec(line.trim());
  if (!m || !m[1] || !m[2] || endsLikeSentence(line.trim())) return undefined;
  let site = m[2];
  const credit = /\s*(?:Made|Powered|Built|Created) (?:with|by) (.+)$/i.exec(site);
  if (credit?.[1]) {
    site = site.slice(0, credit.index).trim();
    // The builder's name is often glued on again just before its credit ("Site Humane ClubMade with Humane Club").
    const builder = credit[1].trim();
    if (site.endsWith(builder)) site = site.slice(0, -builder.length).trim();
  }
  return site ? { headline: m[1].trim(), site } : undefined;
}

/** The outlet named in a promo line ("Join our brand new verified AMN Telegram channel …" → "AMN"). */
export function outletFromPromo(line: string): string | undefined {
  const m = /\b(?:our|the)\s+(?:[a-z]+\s+){0,4}?([A-Z][\p{L}\d&]*(?:\s+[A-Z][\p{L}\d&]*){0,3})\s+(?:Telegram|WhatsApp|Facebook|YouTube|Instagram)\s+(?:channel|group|page|account)/u.exec(line);
  return m?.[1];
}
