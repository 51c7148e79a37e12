/** The words and patterns dates are written with, and the cues that place a date without a year before or after publication. */

export const MONTHS: Record<string, number> = {
  january: 1, jan: 1, february: 2, feb: 2, march: 3, mar: 3, april: 4, apr: 4,
  may: 5, june: 6, jun: 6, july: 7, jul: 7, august: 8, aug: 8, september: 9,
  sept: 9, sep: 9, october: 10, oct: 10, november: 11, nov: 11, december: 12, dec: 12,
};
/** Month words that are also common English words or names. */
const AMBIGUOUS_MONTH = new Set(['may', 'march', 'mar', 'june', 'jun', 'jan', 'dec', 'sep', 'aug', 'august']);

export const WEEKDAYS: Record<string, number> = {
  sunday: 0, monday: 1, tuesday: 2, wednesday: 3, thursday: 4, friday: 5, saturday: 6,
};

export const NUMBER_WORDS: Record<string, number> = {
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7,
  eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
};

const MONTH_RE =
  '(January|February|March|April|May|June|July|August|September|October|November|December|Sept|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Oct|Nov|Dec)(\\.)?(?![A-Za-z])';
const WEEKDAY_RE = '(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)';
const YEAR_RE = '(1[89]\\d\\d|20\\d\\d|2100)';
const DAY_RE = '(3[01]|[12]\\d|0?[1-9])(?:st|nd|rd|th)?(?![\\d:]|[.,]\\d{3}|\\s*%)';

/** Count nouns: `in 2000 troops` is a number, not a year. */
export const COUNT_NOUN =
  /^\s*(?:people|persons|troops|soldiers|fighters|members|civilians|families|men|women|children|prisoners|militants|refugees|migrants|afghans|dollars|euros|tons|tonnes|km|kilometers|kilometres|miles|meters|metres|votes|cases|deaths|casualties|students|workers|households|homes|houses|villages|schools|officers|policemen|police|insurgents|more|others|units|copies)\b/i;

/** `a total of 2000`, `rose by 2020`: quantities, not years. */
export const QUANTITY_BEFORE =
  /\b(?:total|number|population|sum|maximum|minimum|tally|count|height|depth|altitude|capacity|score|rose|risen|increased|decreased|fell|fallen|dropped|grew|grown|reduced|cut|up|down)\s*$/i;


const FUTURE_CUE =
  /\b(?:will|won['’]t|shall|would|next|upcoming|forthcoming|scheduled|slated|intends? to|aims? to|plans? to|planned for|to be held|on track to|(?:is|are|was|were|be)\s+(?:expected|due|set|slated|scheduled|poised|likely|going|planning)\s+to)\b|['’]ll\b/i;
const CLAUSE_BOUNDARY =
  /[;:“”"()[\]—–]|\b(?:that|but|while|when|where|which|who|because|although|though|whereas)\b/gi;

export type Direction = 'past' | 'future';

/** The clause around [start, end): between the nearest clause boundaries. */
function clauseAround(s: string, start: number, end: number): string {
  let left = 0;
  let right = s.length;
  CLAUSE_BOUNDARY.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = CLAUSE_BOUNDARY.exec(s)) !== null) {
    const bEnd = m.index + m[0].length;
    if (bEnd <= start) left = bEnd;
    else if (m.index >= end) {
      right = m.index;
      break;
    }
    if (m[0].length === 0) CLAUSE_BOUNDARY.lastIndex++;
  }
  return s.slice(left, right);
}

export function directionFor(s: string, start: number, end: number): Direction {
  const before = s.slice(Math.max(0, start - 12), start).toLowerCase();
  if (/\b(?:since|last|ago|earlier|previous|past)\s*$/.test(before)) return 'past';
  if (/\b(?:next|coming|upcoming)\s*$/.test(before)) return 'future';
  return FUTURE_CUE.test(clauseAround(s, start, end)) ? 'future' : 'past';
}

export function isLowerAll(s: string): boolean {
  return s === s.toLowerCase();
}

/** Month token accepted? Ambiguous words need context; lowercase is only accepted for unambiguous names with a day or year. */
export function monthOk(word: string, hasDayOrYear: boolean, hasPrepOrModifier: boolean): boolean {
  const key = word.toLowerCase();
  if (!(key in MONTHS)) return false;
  if (isLowerAll(word)) return false;
  if (word.length > 1 && word === word.toUpperCase() && !hasDayOrYear) return false;
  if (hasDayOrYear) return true;
  if (AMBIGUOUS_MONTH.has(key) || key.length <= 4) return hasPrepOrModifier;
  return true;
}

const MONTH_PREP = /\b(?:in|since|by|until|till|of|before|after|from|during|through|throughout|to|between|and|early|late|mid|last|next|this|coming|past|previous|end|start|beginning|middle)[\s-]*$/i;

export function precededByPrep(s: string, start: number): boolean {
  return MONTH_PREP.test(s.slice(Math.max(0, start - 16), start));
}

// Explicit day-precision forms --------------------------------------------

export const RE_ISO = new RegExp(`(?<![\\d/.-])${YEAR_RE}-(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01])(?![\\d])`, 'g');
export const RE_YMD_SLASH = new RegExp(`(?<![\\d/.])${YEAR_RE}/(0?[1-9]|1[0-2])/(0?[1-9]|[12]\\d|3[01])(?![\\d/])`, 'g');
export const RE_US_SLASH = /(?<![\d/.])(\d{1,2})\/(\d{1,2})\/(\d{4}|\d{2})(?![\d/])/g;
// [Weekday,] Month Day[,] [of] [Year]
export const RE_MDY = new RegExp(
  `(?:\\b${WEEKDAY_RE},?\\s+(?:the\\s+)?)?\\b${MONTH_RE}\\s*(?:the\\s+)?${DAY_RE}(?:(?:,\\s*|\\s+)(?:of\\s+)?${YEAR_RE}(?![\\d]|[.,]\\d))?`,
  'gi',
);
// [Weekday,] [the] Day [of] Month[,] [Year]
export const RE_DMY = new RegExp(
  `(?:\\b${WEEKDAY_RE},?\\s+)?(?:\\bthe\\s+)?(?<![\\d,.])${DAY_RE}\\s+(?:of\\s+)?${MONTH_RE}(?:,?\\s+${YEAR_RE}(?![\\d]|[.,]\\d))?`,
  'gi',
);
// [start|end of|early|mid-|late] Month [,] [of] Year  /  Month alone
export const RE_MONTH = new RegExp(
  `(?:\\b(?:the\\s+)?(start|beginning|end|middle|early|late|mid)(?:\\s+of\\s+|\\s*-\\s*|\\s+))?\\b${MONTH_RE}(?:['’]s)?(?:,?\\s+(?:of\\s+)?${YEAR_RE}(?![\\d]|[.,]\\d|['’]?s\\b))?`,
  'gid',
);
// Year with a context word before it.
export const RE_YEAR_CTX = new RegExp(
  `\\b(?:(in|since|by|until|till|of|before|after|from|during|through|throughout|around|circa|year|(?:the\\s+)?(?:start|beginning|end|middle|first\\s+half|second\\s+half|spring|summer|autumn|fall|winter)\\s+of|early|late|mid|spring|summer|autumn|fall|winter|the)(?:\\s+|\\s*-\\s*))${YEAR_RE}(?![\\d]|[.,]\\d|['’]?s\\b|-(?:year|month|day|strong|member|odd))`,
  'gi',
);
export const RE_YEAR_RANGE = new RegExp(
  `\\b(?:from|between)\\s+${YEAR_RE}\\s*(?:to|and|until|till|-|–|—)\\s*${YEAR_RE}(?![\\d]|[.,]\\d|['’]?s\\b)`,
  'gi',
);
export const RE_WEEKDAY = new RegExp(`(?:\\b(last|next|this|coming|past)\\s+)?\\b${WEEKDAY_RE}(?![A-Za-z])`, 'gi');
export const RE_RELWORD =
  /\b(?:(the\s+day\s+before\s+yesterday)|(the\s+day\s+after\s+tomorrow)|(yesterday)|(today)|(tomorrow)|(tonight)|(last\s+night)|(this\s+(?:morning|afternoon|evening)))\b/gi;
export const RE_REL_PERIOD = /\b(last|this|next|coming)\s+(year|month)\b/gi;
export const RE_SAME_TIME_LAST_YEAR = /\b(?:the\s+same\s+(?:time|period)|this\s+time)\s+last\s+year\b/gi;
/** "in recent days", "over the past few weeks", "in recent months": a stretch of time up to the publication ("in the last days of the Soviet Union" is none). */
export const RE_RECENT = /\b(?:in|over|during)\s+(?:the\s+)?(?:recent|past|last)\s+(?:(?:few|several|couple\s+of)\s+)?(days|weeks|months)\b(?!\s+of\b)/gi;
export const RE_REL_WEEK = /\b(this|last|next|coming|past)\s+week\b/gi;
export const RE_AGO =
  /(?<![\d,.])\b(\d{1,2}|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+(days?|months?|years?)\s+ago\b/gi;
export const RE_DAY_AHEAD =
  /\b(?:(a|one|two|three|four|five|six|seven|\d)\s+days?\s+(ahead\s+of|before|prior\s+to|after)|(on\s+the\s+eve\s+of))(?![A-Za-z])/gi;

export function yearOf(s: string | undefined): number | undefined {
  if (!s) return undefined;
  const y = Number(s);
  return y >= 1900 && y <= 2100 ? y : undefined;
}

export function expandTwoDigitYear(s: string): number {
  const n = Number(s);
  return s.length === 2 ? 2000 + n : n;
}
