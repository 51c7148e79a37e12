/**
 * Date expressions in one sentence of a news article, resolved against the
 * article's publication date.
 *
 * Hand-written rules rather than chrono-node: measured on the corpus sentences,
 * chrono (2.10, `en.casual`) resolves `in February` to the *next* February,
 * leaves the year of `September 11 of 2021` uncertain, finds nothing in
 * `in 2001` / `the 2001 invasion` / `the start of 2025`, and returns garbage
 * spans such as `this year. 12`. These rules cover all of those and run in a
 * few microseconds per sentence.
 *
 * Decisions (see also the README-style notes in the final report):
 * - Month-day without a year: the latest such date on or before publication;
 *   the next one on or after publication when the clause carries a future cue
 *   (`will`, `is expected to`, `is due to`, `scheduled`, `next`, ...). A
 *   month-day at most 7 days after publication is kept in the publication
 *   year even without a cue (a past-tense mention of a date 51 weeks earlier
 *   without a year is far rarer than `the talks on December 6`).
 * - Month alone: `YYYY-MM`, latest on or before the publication month unless
 *   a future cue (then the first on or after it). `since`/`last` force past,
 *   `next`/`coming` force future.
 * - Weekdays: latest on or before publication (the same day counts); with a
 *   future cue the first on or after it; `last X` strictly before, `next X`
 *   strictly after.
 * - `this week`, `last week`, `next week`: the month, when the whole week
 *   (Monday to Sunday) lies in one; skipped otherwise. The type has no week
 *   precision, and a Monday with day precision would invent a day.
 * - `the same time last year`, `this time last year`: the publication's month
 *   a year before (month precision).
 * - `a day ahead of X` / `a day before X` / `on the eve of X`: the phrase dates
 *   X, on the reading that the main clause happened on the publication day
 *   (the article reports it): X = publication + 1 day (N days ahead of → + N).
 *   `a day after X` → publication − 1. Skipped when X is itself a date
 *   expression (then X is resolved on its own). `the day before` without an
 *   object is anaphoric and skipped; `the day before yesterday` → − 2.
 * - Years: 1900–2100, only in a date context (a preposition such as
 *   in/since/by/until/of/before/after/from/during, `the YYYY <noun>`,
 *   `early/late/mid-`, a season, or next to a month). Decades (`1990s`,
 *   `1990's`) are skipped.
 * - `start/beginning of YYYY` → `YYYY-01-01` (day) with altDate `YYYY`;
 *   `end of YYYY` → `YYYY-12-31` with altDate `YYYY`; likewise
 *   `start/end of MONTH [YEAR]` → first/last day with altDate `YYYY-MM`.
 *   `early/mid/late YYYY` → `YYYY` (year precision, nothing invented).
 * - `mid-October`, `early February`, `late May` → month precision.
 * - Seasons only with a year (`winter of 2020` → `2020`, year precision).
 * - Holidays named as a time (after a preposition or this/last/next: `for the
 *   Thanksgiving holiday`, `on Boxing Day`, `before Easter 2005`): their day
 *   (Thanksgiving the fourth Thursday of November, Easter by the Gregorian
 *   computus), the year placed as for a month-day without one. `Christmas
 *   sales`, `a Christmas card`, `Father Christmas` date nothing.
 * - A relative expression followed by an explicit date in parentheses or
 *   apposition (`yesterday (Monday, May 4)`) gives one result: the explicit
 *   date, with the relative reading as altDate when they disagree. A weekday
 *   glued to a month-day that disagrees with it also yields altDate.
 */
import type { DatePrecision, ResolvedDate } from './types.js';

// ---------------------------------------------------------------- calendar

interface Ymd {
  y: number;
  m: number; // 1-12
  d: number;
}

function pad(n: number, w = 2): string {
  return String(n).padStart(w, '0');
}

function daysInMonth(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

function toDays(t: Ymd): number {
  return Math.floor(Date.UTC(t.y, t.m - 1, t.d) / 86400000);
}

function fromDays(n: number): Ymd {
  const dt = new Date(n * 86400000);
  return { y: dt.getUTCFullYear(), m: dt.getUTCMonth() + 1, d: dt.getUTCDate() };
}

function fmtDay(t: Ymd): string {
  return `${pad(t.y, 4)}-${pad(t.m)}-${pad(t.d)}`;
}

function fmtMonth(y: number, m: number): string {
  return `${pad(y, 4)}-${pad(m)}`;
}

function weekday(t: Ymd): number {
  // 0 = Sunday
  return new Date(Date.UTC(t.y, t.m - 1, t.d)).getUTCDay();
}

function validDay(y: number, m: number, d: number): boolean {
  return m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m);
}

function parseIsoDay(s: string | undefined): Ymd | undefined {
  if (!s) return undefined;
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(s.trim());
  if (!m) return undefined;
  const y = Number(m[1]);
  const mo = Number(m[2]);
  const d = Number(m[3]);
  return validDay(y, mo, d) ? { y, m: mo, d } : undefined;
}

// ---------------------------------------------------------------- lexicon

const MONTHS: Record<string, number> = {
  january: 1, jan: 1, february: 2, feb: 2, march: 3, mar: 3, april: 4, apr: 4,
  may: 5, june: 6, jun: 6, july: 7, jul: 7, august: 8, aug: 8, september: 9,
  sept: 9, sep: 9, october: 10, oct: 10, november: 11, nov: 11, december: 12, dec: 12,
};
/** Month words that are also common English words or names. */
const AMBIGUOUS_MONTH = new Set(['may', 'march', 'mar', 'june', 'jun', 'jan', 'dec', 'sep', 'aug', 'august']);

const WEEKDAYS: Record<string, number> = {
  sunday: 0, monday: 1, tuesday: 2, wednesday: 3, thursday: 4, friday: 5, saturday: 6,
};

const NUMBER_WORDS: Record<string, number> = {
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7,
  eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
};

const MONTH_RE =
  '(January|February|March|April|May|June|July|August|September|October|November|December|Sept|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Oct|Nov|Dec)(\\.)?(?![A-Za-z])';
const WEEKDAY_RE = '(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)';
const YEAR_RE = '(1[89]\\d\\d|20\\d\\d|2100)';
const DAY_RE = '(3[01]|[12]\\d|0?[1-9])(?:st|nd|rd|th)?(?![\\d:]|[.,]\\d{3}|\\s*%)';

/** Count nouns: `in 2000 troops` is a number, not a year. */
const COUNT_NOUN =
  /^\s*(?:people|persons|troops|soldiers|fighters|members|civilians|families|men|women|children|prisoners|militants|refugees|migrants|afghans|dollars|euros|tons|tonnes|km|kilometers|kilometres|miles|meters|metres|votes|cases|deaths|casualties|students|workers|households|homes|houses|villages|schools|officers|policemen|police|insurgents|more|others|units|copies)\b/i;

/** `a total of 2000`, `rose by 2020`: quantities, not years. */
const QUANTITY_BEFORE =
  /\b(?:total|number|population|sum|maximum|minimum|tally|count|height|depth|altitude|capacity|score|rose|risen|increased|decreased|fell|fallen|dropped|grew|grown|reduced|cut|up|down)\s*$/i;

// ---------------------------------------------------------------- cues

const FUTURE_CUE =
  /\b(?:will|won['’]t|shall|would|next|upcoming|forthcoming|scheduled|slated|intends? to|aims? to|plans? to|planned for|to be held|on track to|(?:is|are|was|were|be)\s+(?:expected|due|set|slated|scheduled|poised|likely|going|planning)\s+to)\b|['’]ll\b/i;
const CLAUSE_BOUNDARY =
  /[;:“”"()[\]—–]|\b(?:that|but|while|when|where|which|who|because|although|though|whereas)\b/gi;

type Direction = 'past' | 'future';

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

function directionFor(s: string, start: number, end: number): Direction {
  const before = s.slice(Math.max(0, start - 12), start).toLowerCase();
  if (/\b(?:since|last|ago|earlier|previous|past)\s*$/.test(before)) return 'past';
  if (/\b(?:next|coming|upcoming)\s*$/.test(before)) return 'future';
  return FUTURE_CUE.test(clauseAround(s, start, end)) ? 'future' : 'past';
}

// ---------------------------------------------------------------- candidates

interface Cand {
  start: number;
  end: number;
  date: string;
  precision: DatePrecision;
  altDate?: string;
  /** relative expressions (yesterday, Friday, ...) can absorb a following explicit date */
  relative?: boolean;
  /** explicit month-day (with or without year) — can be absorbed by a relative */
  monthDay?: boolean;
}

function monthDayNoYear(pub: Ymd, m: number, d: number, dir: Direction): Ymd | undefined {
  const pubDays = toDays(pub);
  const mk = (y: number): Ymd | undefined => (validDay(y, m, d) ? { y, m, d } : undefined);
  if (dir === 'future') {
    for (let y = pub.y; y <= pub.y + 4; y++) {
      const c = mk(y);
      if (c && toDays(c) >= pubDays) return c;
    }
    return undefined;
  }
  const same = mk(pub.y);
  if (same && toDays(same) <= pubDays + 7) return same;
  for (let y = pub.y - 1; y >= pub.y - 4; y--) {
    const c = mk(y);
    if (c) return c;
  }
  return undefined;
}

function monthNoYear(pub: Ymd, m: number, dir: Direction): number {
  if (dir === 'future') return m >= pub.m ? pub.y : pub.y + 1;
  return m <= pub.m ? pub.y : pub.y - 1;
}

function resolveWeekday(pub: Ymd, wd: number, dir: Direction, strict: boolean): Ymd {
  const pubDays = toDays(pub);
  const pw = weekday(pub);
  if (dir === 'future') {
    let delta = (wd - pw + 7) % 7;
    if (delta === 0 && strict) delta = 7;
    return fromDays(pubDays + delta);
  }
  let delta = (pw - wd + 7) % 7;
  if (delta === 0 && strict) delta = 7;
  return fromDays(pubDays - delta);
}

function isLowerAll(s: string): boolean {
  return s === s.toLowerCase();
}

/** Month token accepted? Ambiguous words need context; lowercase is only accepted for unambiguous names with a day or year. */
function monthOk(word: string, hasDayOrYear: boolean, hasPrepOrModifier: boolean): boolean {
  const key = word.toLowerCase();
  if (!(key in MONTHS)) return false;
  if (isLowerAll(word)) return false;
  if (word.length > 1 && word === word.toUpperCase() && !hasDayOrYear) return false;
  if (hasDayOrYear) return true;
  if (AMBIGUOUS_MONTH.has(key) || key.length <= 4) return hasPrepOrModifier;
  return true;
}

const MONTH_PREP = /\b(?:in|since|by|until|till|of|before|after|from|during|through|throughout|to|between|and|early|late|mid|last|next|this|coming|past|previous|end|start|beginning|middle)[\s-]*$/i;

function precededByPrep(s: string, start: number): boolean {
  return MONTH_PREP.test(s.slice(Math.max(0, start - 16), start));
}

// Explicit day-precision forms --------------------------------------------

const RE_ISO = new RegExp(`(?<![\\d/.-])${YEAR_RE}-(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01])(?![\\d])`, 'g');
const RE_YMD_SLASH = new RegExp(`(?<![\\d/.])${YEAR_RE}/(0?[1-9]|1[0-2])/(0?[1-9]|[12]\\d|3[01])(?![\\d/])`, 'g');
const RE_US_SLASH = /(?<![\d/.])(\d{1,2})\/(\d{1,2})\/(\d{4}|\d{2})(?![\d/])/g;
// [Weekday,] Month Day[,] [of] [Year]
const RE_MDY = new RegExp(
  `(?:\\b${WEEKDAY_RE},?\\s+(?:the\\s+)?)?\\b${MONTH_RE}\\s*(?:the\\s+)?${DAY_RE}(?:(?:,\\s*|\\s+)(?:of\\s+)?${YEAR_RE}(?![\\d]|[.,]\\d))?`,
  'gi',
);
// [Weekday,] [the] Day [of] Month[,] [Year]
const RE_DMY = new RegExp(
  `(?:\\b${WEEKDAY_RE},?\\s+)?(?:\\bthe\\s+)?(?<![\\d,.])${DAY_RE}\\s+(?:of\\s+)?${MONTH_RE}(?:,?\\s+${YEAR_RE}(?![\\d]|[.,]\\d))?`,
  'gi',
);
// [start|end of|early|mid-|late] Month [,] [of] Year  /  Month alone
const RE_MONTH = new RegExp(
  `(?:\\b(?:the\\s+)?(start|beginning|end|middle|early|late|mid)(?:\\s+of\\s+|\\s*-\\s*|\\s+))?\\b${MONTH_RE}(?:['’]s)?(?:,?\\s+(?:of\\s+)?${YEAR_RE}(?![\\d]|[.,]\\d|['’]?s\\b))?`,
  'gid',
);
// Year with a context word before it.
const RE_YEAR_CTX = new RegExp(
  `\\b(?:(in|since|by|until|till|of|before|after|from|during|through|throughout|around|circa|year|(?:the\\s+)?(?:start|beginning|end|middle|first\\s+half|second\\s+half|spring|summer|autumn|fall|winter)\\s+of|early|late|mid|spring|summer|autumn|fall|winter|the)(?:\\s+|\\s*-\\s*))${YEAR_RE}(?![\\d]|[.,]\\d|['’]?s\\b|-(?:year|month|day|strong|member|odd))`,
  'gi',
);
const RE_YEAR_RANGE = new RegExp(
  `\\b(?:from|between)\\s+${YEAR_RE}\\s*(?:to|and|until|till|-|–|—)\\s*${YEAR_RE}(?![\\d]|[.,]\\d|['’]?s\\b)`,
  'gi',
);
const RE_WEEKDAY = new RegExp(`(?:\\b(last|next|this|coming|past)\\s+)?\\b${WEEKDAY_RE}(?![A-Za-z])`, 'gi');
const RE_RELWORD =
  /\b(?:(the\s+day\s+before\s+yesterday)|(the\s+day\s+after\s+tomorrow)|(yesterday)|(today)|(tomorrow)|(tonight)|(last\s+night)|(this\s+(?:morning|afternoon|evening)))\b/gi;
const RE_REL_PERIOD = /\b(last|this|next|coming)\s+(year|month)\b/gi;
const RE_SAME_TIME_LAST_YEAR = /\b(?:the\s+same\s+(?:time|period)|this\s+time)\s+last\s+year\b/gi;
const RE_REL_WEEK = /\b(this|last|next|coming|past)\s+week\b/gi;
const RE_AGO =
  /(?<![\d,.])\b(\d{1,2}|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+(days?|months?|years?)\s+ago\b/gi;
const RE_DAY_AHEAD =
  /\b(?:(a|one|two|three|four|five|six|seven|\d)\s+days?\s+(ahead\s+of|before|prior\s+to|after)|(on\s+the\s+eve\s+of))(?![A-Za-z])/gi;

function yearOf(s: string | undefined): number | undefined {
  if (!s) return undefined;
  const y = Number(s);
  return y >= 1900 && y <= 2100 ? y : undefined;
}

function expandTwoDigitYear(s: string): number {
  const n = Number(s);
  return s.length === 2 ? 2000 + n : n;
}

// ---------------------------------------------------------------- holidays

/** Easter Sunday of year y (the anonymous Gregorian computus). */
function easter(y: number): Ymd {
  const a = y % 19, b = Math.floor(y / 100), c = y % 100, d = Math.floor(b / 4), e = b % 4;
  const f = Math.floor((b + 8) / 25), g = Math.floor((b - f + 1) / 3), h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4), k = c % 4, l = (32 + 2 * e + 2 * i - h - k) % 7, m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  return { y, m: month, d: ((h + l - 7 * m + 114) % 31) + 1 };
}

/** US Thanksgiving: the fourth Thursday of November. */
function thanksgiving(y: number): Ymd {
  const first = weekday({ y, m: 11, d: 1 });
  return { y, m: 11, d: 1 + ((4 - first + 7) % 7) + 21 };
}

/** Holidays by their name folded (lower case, one space, straight apostrophe). */
const HOLIDAYS: Record<string, (y: number) => Ymd> = {
  'christmas eve': (y) => ({ y, m: 12, d: 24 }),
  christmas: (y) => ({ y, m: 12, d: 25 }),
  'christmas day': (y) => ({ y, m: 12, d: 25 }),
  'boxing day': (y) => ({ y, m: 12, d: 26 }),
  "new year's eve": (y) => ({ y, m: 12, d: 31 }),
  "new year's day": (y) => ({ y, m: 1, d: 1 }),
  halloween: (y) => ({ y, m: 10, d: 31 }),
  "valentine's day": (y) => ({ y, m: 2, d: 14 }),
  thanksgiving: thanksgiving,
  'thanksgiving day': thanksgiving,
  easter,
  'easter sunday': easter,
};

/**
 * A holiday named as a time ("on Christmas Day", "over the Christmas period", "for the
 * Thanksgiving holiday", "before Easter 2005"): after a preposition or this/last/next, so that
 * "Christmas sales", "a Christmas card" or "Father Christmas" date nothing.
 */
const RE_HOLIDAY =
  /(?<=\b(?:on|at|over|before|after|since|until|till|by|during|from|for|around|about|to|this|last|next)\s+(?:the\s+)?)(Christmas(?:\s+(?:Eve|Day))?|Boxing\s+Day|New\s+Year['’]s\s+(?:Eve|Day)|Thanksgiving(?:\s+Day)?|Halloween|Valentine['’]s\s+Day|Easter(?:\s+Sunday)?)(?:,?\s+(1[89]\d\d|20\d\d))?(?![A-Za-z'’])/g;

/** The holiday's date in the year given, or the occurrence nearest publication the way a month-day is placed. */
function holidayDate(day: (y: number) => Ymd, year: number | undefined, pub: Ymd | undefined, dir: Direction): Ymd | undefined {
  if (year !== undefined) return day(year);
  if (!pub) return undefined;
  const pubDays = toDays(pub);
  if (dir === 'future') {
    const same = day(pub.y);
    return toDays(same) >= pubDays ? same : day(pub.y + 1);
  }
  const same = day(pub.y);
  return toDays(same) <= pubDays + 7 ? same : day(pub.y - 1);
}

// ---------------------------------------------------------------- main

export function resolveDates(sentence: string, published: string | undefined): ResolvedDate[] {
  try {
    return resolveDatesImpl(sentence, published);
  } catch {
    return [];
  }
}

/** Cheap gate: nothing can match without one of these. */
const QUICK =
  /\d|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|day|tonight|night|morning|afternoon|evening|eve|year|month|week|ago|christmas|easter|thanksgiving|halloween/i;

function resolveDatesImpl(s: string, published: string | undefined): ResolvedDate[] {
  if (typeof s !== 'string' || s.length === 0 || !QUICK.test(s)) return [];
  const pub = parseIsoDay(published);
  const cands: Cand[] = [];
  const add = (c: Cand): void => {
    if (c.end > c.start) cands.push(c);
  };
  let m: RegExpExecArray | null;

  // ISO and numeric dates
  for (RE_ISO.lastIndex = 0; (m = RE_ISO.exec(s)) !== null; ) {
    const y = Number(m[1]), mo = Number(m[2]), d = Number(m[3]);
    if (validDay(y, mo, d)) add({ start: m.index, end: m.index + m[0].length, date: fmtDay({ y, m: mo, d }), precision: 'day' });
  }
  for (RE_YMD_SLASH.lastIndex = 0; (m = RE_YMD_SLASH.exec(s)) !== null; ) {
    const y = Number(m[1]), mo = Number(m[2]), d = Number(m[3]);
    if (validDay(y, mo, d)) add({ start: m.index, end: m.index + m[0].length, date: fmtDay({ y, m: mo, d }), precision: 'day' });
  }
  for (RE_US_SLASH.lastIndex = 0; (m = RE_US_SLASH.exec(s)) !== null; ) {
    let mo = Number(m[1]), d = Number(m[2]);
    const y = expandTwoDigitYear(m[3] ?? '');
    if (mo > 12 && d <= 12) [mo, d] = [d, mo]; // only day/month order can be meant
    if (y >= 1900 && y <= 2100 && validDay(y, mo, d))
      add({ start: m.index, end: m.index + m[0].length, date: fmtDay({ y, m: mo, d }), precision: 'day' });
  }

  // Month-day forms
  const monthDay = (
    start: number, end: number, wdWord: string | undefined, monthWord: string, dayStr: string, yearStr: string | undefined,
  ): void => {
    const mo = MONTHS[monthWord.toLowerCase()];
    const d = Number(dayStr);
    const y = yearOf(yearStr);
    if (mo === undefined) return;
    if (!monthOk(monthWord, true, false)) return;
    // `May 4` is fine, but `may 4` (lowercase) is rejected by monthOk.
    let t: Ymd | undefined;
    if (y !== undefined) t = validDay(y, mo, d) ? { y, m: mo, d } : undefined;
    else if (pub) t = monthDayNoYear(pub, mo, d, directionFor(s, start, end));
    if (!t) return;
    const c: Cand = { start, end, date: fmtDay(t), precision: 'day', monthDay: true };
    if (wdWord && pub) {
      const wd = WEEKDAYS[wdWord.toLowerCase()];
      if (wd !== undefined && wd !== weekday(t)) {
        c.altDate = fmtDay(resolveWeekday(pub, wd, directionFor(s, start, end), false));
      }
    }
    add(c);
  };
  for (RE_MDY.lastIndex = 0; (m = RE_MDY.exec(s)) !== null; ) {
    monthDay(m.index, m.index + m[0].length, m[1], m[2] ?? '', m[4] ?? '', m[5]);
  }
  for (RE_DMY.lastIndex = 0; (m = RE_DMY.exec(s)) !== null; ) {
    monthDay(m.index, m.index + m[0].length, m[1], m[3] ?? '', m[2] ?? '', m[5]);
  }

  // Month (with optional year / modifier)
  for (RE_MONTH.lastIndex = 0; (m = RE_MONTH.exec(s)) !== null; ) {
    const start = m.index, end = m.index + m[0].length;
    const mod = m[1]?.toLowerCase();
    const word = m[2] ?? '';
    const mo = MONTHS[word.toLowerCase()];
    if (mo === undefined) continue;
    // an abbreviation period at the very end of the match may be the sentence's full stop; keep it (verbatim)
    const y = yearOf(m[4]);
    const wordStart = m.indices?.[2]?.[0] ?? start;
    const hasPrep = mod !== undefined || precededByPrep(s, wordStart);
    if (!monthOk(word, y !== undefined, hasPrep)) continue;
    let year = y;
    if (year === undefined) {
      if (!pub) continue;
      year = monthNoYear(pub, mo, directionFor(s, start, end));
    }
    if (mod === 'start' || mod === 'beginning') {
      add({ start, end, date: fmtDay({ y: year, m: mo, d: 1 }), precision: 'day', altDate: fmtMonth(year, mo) });
    } else if (mod === 'end') {
      add({ start, end, date: fmtDay({ y: year, m: mo, d: daysInMonth(year, mo) }), precision: 'day', altDate: fmtMonth(year, mo) });
    } else {
      add({ start, end, date: fmtMonth(year, mo), precision: 'month' });
    }
  }

  // Holidays
  for (RE_HOLIDAY.lastIndex = 0; (m = RE_HOLIDAY.exec(s)) !== null; ) {
    const day = HOLIDAYS[(m[1] ?? '').toLowerCase().replace(/\s+/g, ' ').replace('’', "'")];
    const start = m.index, end = m.index + m[0].length;
    const t = day && holidayDate(day, yearOf(m[2]), pub, directionFor(s, start, end));
    if (t) add({ start, end, date: fmtDay(t), precision: 'day', monthDay: true });
  }

  // Years
  for (RE_YEAR_RANGE.lastIndex = 0; (m = RE_YEAR_RANGE.exec(s)) !== null; ) {
    const y1 = m[1] ?? '', y2 = m[2] ?? '';
    const i1 = m.index + m[0].indexOf(y1);
    const i2 = m.index + m[0].lastIndexOf(y2);
    if (Number(y2) < Number(y1)) continue;
    add({ start: i1, end: i1 + 4, date: y1, precision: 'year' });
    add({ start: i2, end: i2 + 4, date: y2, precision: 'year' });
  }
  for (RE_YEAR_CTX.lastIndex = 0; (m = RE_YEAR_CTX.exec(s)) !== null; ) {
    const ctx = (m[1] ?? '').toLowerCase().replace(/\s+/g, ' ');
    const yStr = m[2] ?? '';
    const end = m.index + m[0].length;
    const after = s.slice(end, end + 20);
    if (COUNT_NOUN.test(after)) continue;
    if ((ctx === 'of' || ctx === 'by') && QUANTITY_BEFORE.test(s.slice(Math.max(0, m.index - 24), m.index))) continue;
    if (ctx === 'the') {
      // `the 2001 invasion`: a following word is required
      if (!/^\s+[A-Za-z]/.test(after)) continue;
    }
    const y = Number(yStr);
    if (/(?:^|\s)(?:start|beginning)(?:\s|$)/.test(ctx) && ctx.endsWith('of')) {
      add({ start: m.index, end, date: `${yStr}-01-01`, precision: 'day', altDate: yStr });
    } else if (/(?:^|\s)end(?:\s|$)/.test(ctx) && ctx.endsWith('of')) {
      add({ start: m.index, end, date: `${yStr}-12-31`, precision: 'day', altDate: yStr });
    } else if (/^(?:in|since|by|until|till|of|before|after|from|during|through|throughout|around|circa|year|the)$/.test(ctx)) {
      const yi = end - 4;
      add({ start: yi, end, date: String(y), precision: 'year' });
    } else {
      add({ start: m.index, end, date: String(y), precision: 'year' });
    }
  }

  if (pub) {
    const pubDays = toDays(pub);
    // yesterday / today / tomorrow ...
    for (RE_RELWORD.lastIndex = 0; (m = RE_RELWORD.exec(s)) !== null; ) {
      let delta = 0;
      if (m[1]) delta = -2;
      else if (m[2]) delta = 2;
      else if (m[3] || m[7]) delta = -1;
      else if (m[5]) delta = 1;
      add({ start: m.index, end: m.index + m[0].length, date: fmtDay(fromDays(pubDays + delta)), precision: 'day', relative: true });
    }
    // weekdays
    for (RE_WEEKDAY.lastIndex = 0; (m = RE_WEEKDAY.exec(s)) !== null; ) {
      const word = m[2] ?? '';
      if (isLowerAll(word)) continue;
      const mod = m[1]?.toLowerCase();
      const wd = WEEKDAYS[word.toLowerCase()];
      if (wd === undefined) continue;
      const start = m.index, end = m.index + m[0].length;
      // plural `on Fridays` is habitual: the lookahead already excludes letters after the name
      let t: Ymd;
      if (mod === 'last' || mod === 'past') t = resolveWeekday(pub, wd, 'past', true);
      else if (mod === 'next') t = resolveWeekday(pub, wd, 'future', true);
      else if (mod === 'coming') t = resolveWeekday(pub, wd, 'future', false);
      else t = resolveWeekday(pub, wd, directionFor(s, start, end), false);
      add({ start, end, date: fmtDay(t), precision: 'day', relative: true });
    }
    // last/this/next year|month
    for (RE_REL_PERIOD.lastIndex = 0; (m = RE_REL_PERIOD.exec(s)) !== null; ) {
      const mod = (m[1] ?? '').toLowerCase();
      const unit = (m[2] ?? '').toLowerCase();
      const delta = mod === 'this' ? 0 : mod === 'next' || mod === 'coming' ? 1 : -1;
      const start = m.index, end = m.index + m[0].length;
      if (unit === 'year') add({ start, end, date: String(pub.y + delta), precision: 'year' });
      else {
        const idx = pub.y * 12 + (pub.m - 1) + delta;
        add({ start, end, date: fmtMonth(Math.floor(idx / 12), (idx % 12) + 1), precision: 'month' });
      }
    }
    // "the same time last year": the publication's month a year before
    for (RE_SAME_TIME_LAST_YEAR.lastIndex = 0; (m = RE_SAME_TIME_LAST_YEAR.exec(s)) !== null; ) {
      add({ start: m.index, end: m.index + m[0].length, date: fmtMonth(pub.y - 1, pub.m), precision: 'month' });
    }
    // this/last/next week: its month, when the whole week (Monday to Sunday) lies in one
    for (RE_REL_WEEK.lastIndex = 0; (m = RE_REL_WEEK.exec(s)) !== null; ) {
      const mod = (m[1] ?? '').toLowerCase();
      const monday = pubDays - ((weekday(pub) + 6) % 7) + (mod === 'this' ? 0 : mod === 'last' || mod === 'past' ? -7 : 7);
      const first = fromDays(monday), last = fromDays(monday + 6);
      if (first.y === last.y && first.m === last.m) add({ start: m.index, end: m.index + m[0].length, date: fmtMonth(first.y, first.m), precision: 'month' });
    }
    // N days/months/years ago
    for (RE_AGO.lastIndex = 0; (m = RE_AGO.exec(s)) !== null; ) {
      const nStr = (m[1] ?? '').toLowerCase();
      const n = NUMBER_WORDS[nStr] ?? Number(nStr);
      const unit = (m[2] ?? '').toLowerCase();
      if (!Number.isFinite(n) || n <= 0) continue;
      const start = m.index, end = m.index + m[0].length;
      if (unit.startsWith('day')) add({ start, end, date: fmtDay(fromDays(pubDays - n)), precision: 'day' });
      else if (unit.startsWith('month')) {
        const idx = pub.y * 12 + (pub.m - 1) - n;
        add({ start, end, date: fmtMonth(Math.floor(idx / 12), (idx % 12) + 1), precision: 'month' });
      } else add({ start, end, date: String(pub.y - n), precision: 'year' });
    }
  }

  const chosen = selectNonOverlapping(cands);

  // `a day ahead of X`: dates X (see header), unless X is itself a date expression.
  if (pub) {
    const extra: Cand[] = [];
    for (RE_DAY_AHEAD.lastIndex = 0; (m = RE_DAY_AHEAD.exec(s)) !== null; ) {
      const start = m.index;
      const end = m.index + m[0].length;
      const lead = /^\s+(?:the\s+)?/.exec(s.slice(end));
      if (!lead) continue;
      const objStart = end + lead[0].length;
      const rest = s.slice(objStart, objStart + 30);
      if (!/^[A-Za-z]/.test(rest)) continue;
      if (/^(?:yesterday|today|tomorrow|tonight)\b/i.test(rest)) continue;
      if (chosen.some((c) => c.start >= end && c.start <= objStart)) continue;
      if (chosen.some((c) => c.start < end && c.end > start)) continue;
      let delta: number;
      if (m[3]) delta = 1;
      else {
        const nStr = (m[1] ?? '').toLowerCase();
        const n = NUMBER_WORDS[nStr] ?? Number(nStr);
        delta = (m[2] ?? '').toLowerCase().startsWith('after') ? -n : n;
      }
      // Anchor: a day-precision date elsewhere in the sentence (`On Friday, a day ahead of ...`), else publication.
      const anchorCand = chosen.find((c) => c.precision === 'day');
      const anchor = anchorCand ? parseIsoDay(anchorCand.date) ?? pub : pub;
      extra.push({ start, end, date: fmtDay(fromDays(toDays(anchor) + delta)), precision: 'day' });
    }
    if (extra.length > 0) {
      chosen.push(...extra);
      chosen.sort((x, y) => x.start - y.start);
    }
  }

  const merged = mergeRelativeWithExplicit(s, chosen);
  return merged.map((c) => {
    const r: ResolvedDate = { date: c.date, precision: c.precision, text: s.slice(c.start, c.end), start: c.start, end: c.end };
    if (c.altDate !== undefined && c.altDate !== c.date) r.altDate = c.altDate;
    return r;
  });
}

/** Longest match wins; ties go to the earlier candidate (explicit forms are added first). */
function selectNonOverlapping(cands: Cand[]): Cand[] {
  const order = cands.map((c, i) => ({ c, i }));
  order.sort((a, b) => b.c.end - b.c.start - (a.c.end - a.c.start) || a.i - b.i);
  const out: Cand[] = [];
  for (const { c } of order) {
    if (out.every((o) => c.end <= o.start || c.start >= o.end)) out.push(c);
  }
  return out.sort((a, b) => a.start - b.start);
}

/** `yesterday (Monday, May 4)`, `Friday, Sept. 11`: one expression; the explicit date wins, the relative one is altDate. */
function mergeRelativeWithExplicit(s: string, cands: Cand[]): Cand[] {
  const out: Cand[] = [];
  for (let i = 0; i < cands.length; i++) {
    const a = cands[i]!;
    const b = cands[i + 1];
    if (a.relative && b && b.monthDay) {
      const between = s.slice(a.end, b.start);
      const paren = /^\s*\(\s*$/.test(between);
      if (paren || /^\s*,\s*$/.test(between)) {
        let end = b.end;
        if (paren) {
          const close = /^\s*\)/.exec(s.slice(b.end));
          if (close) end = b.end + close[0].length;
        }
        const alt = a.date !== b.date ? a.date : b.altDate;
        const c: Cand = { start: a.start, end, date: b.date, precision: b.precision };
        if (alt !== undefined) c.altDate = alt;
        out.push(c);
        i++;
        continue;
      }
    }
    out.push(a);
  }
  return out;
}
