/**
 * Date expressions in one sentence of a news article, resolved against the
 * article's publication date. The calendar arithmetic (calendar.ts), the words
 * and patterns (datePatterns.ts) and the holidays (holidays.ts) live beside it.
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
 * - `in recent days`, `over the past few weeks`, `in recent months`: the week, three weeks or
 *   three months up to publication — its month when it lies in one, else its year when in one,
 *   skipped otherwise.
 * - `the same time last year`, `this time last year`: the publication's month
 *   a year before (month precision).
 * - `a day ahead of X` / `a day before X` / `on the eve of X`: the phrase dates
 *   X, on the reading that the main clause happened on the publication day
 *   (the article reports it): X = publication + 1 day (N days ahead of → + N),
 *   and that day is returned as `mainClauseOn` (extractEvents makes it an event too).
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
import { type Ymd, daysInMonth, toDays, fromDays, fmtDay, fmtMonth, weekday, validDay, parseIsoDay } from './calendar.js';
import { MONTHS, WEEKDAYS, NUMBER_WORDS, COUNT_NOUN, QUANTITY_BEFORE, type Direction, directionFor, isLowerAll, monthOk, precededByPrep, RE_ISO, RE_YMD_SLASH, RE_US_SLASH, RE_MDY, RE_DMY, RE_MONTH, RE_YEAR_CTX, RE_YEAR_RANGE, RE_WEEKDAY, RE_RELWORD, RE_REL_PERIOD, RE_SAME_TIME_LAST_YEAR, RE_REL_WEEK, RE_RECENT, RE_AGO, RE_DAY_AHEAD, yearOf, expandTwoDigitYear } from './datePatterns.js';
import { HOLIDAYS, HOLIDAY_NAMED, RE_HOLIDAY } from './holidays.js';

/**
 * After four figures that can be a time (HHMM), the words that make them one ("by 1830 GMT", "until
 * 0900 local time"); not "In 2005 PM Tony Blair won", "since 2019 PM Imran Khan": zones in capitals
 * only, no AM/PM, and not after "in", "since" or "during" (checked where it is used).
 */
const CLOCK_AFTER = /^\s*(?:GMT|BST|UTC|EST|EDT|CET|CEST|PST|PDT|CST|CDT|IST|local\s+time\b|hours\b|hrs\b)/;
const CLOCK_FIGURES = /^(?:[01]\d|2[0-3])[0-5]\d$/;
const NO_CLOCK_CONTEXT = /^(?:in|since|during|year|the|of|throughout)$/;

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
  /** See ResolvedDate.mainClauseOn. */
  mainClauseOn?: string;
}

/**
 * A day written without its year (a month-day, a holiday): the latest such day on or before
 * publication, or up to 7 days after it; with a future cue the first on or after publication.
 * `day(y)` is that day in year y, undefined where there is none (29 February).
 */
function nearPublication(pub: Ymd, day: (y: number) => Ymd | undefined, dir: Direction): Ymd | undefined {
  const pubDays = toDays(pub);
  if (dir === 'future') {
    for (let y = pub.y; y <= pub.y + 4; y++) {
      const c = day(y);
      if (c && toDays(c) >= pubDays) return c;
    }
    return undefined;
  }
  const same = day(pub.y);
  if (same && toDays(same) <= pubDays + 7) return same;
  for (let y = pub.y - 1; y >= pub.y - 4; y--) {
    const c = day(y);
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
    else if (pub) t = nearPublication(pub, (year) => (validDay(year, mo, d) ? { y: year, m: mo, d } : undefined), directionFor(s, start, end));
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

  // Holidays (the pattern's look-behind costs a try at every position: only where one is named)
  if (HOLIDAY_NAMED.test(s)) for (RE_HOLIDAY.lastIndex = 0; (m = RE_HOLIDAY.exec(s)) !== null; ) {
    const day = HOLIDAYS[(m[1] ?? '').toLowerCase().replace(/\s+/g, ' ').replace('’', "'")];
    const start = m.index, end = m.index + m[0].length;
    if (!day) continue;
    const year = yearOf(m[2]);
    const t = year !== undefined ? day(year) : pub && nearPublication(pub, day, directionFor(s, start, end));
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
    // "by 1830 GMT", "until 0900 local time": a time of day written in four figures.
    if (CLOCK_FIGURES.test(yStr) && !NO_CLOCK_CONTEXT.test(ctx) && CLOCK_AFTER.test(after)) continue;
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
    // "in recent days": the stretch before publication (a week, three weeks, three months) — its
    // month when it lies in one, else its year when in one (a day would be invented).
    for (RE_RECENT.lastIndex = 0; (m = RE_RECENT.exec(s)) !== null; ) {
      const unit = (m[1] ?? '').toLowerCase();
      const first = fromDays(pubDays - (unit === 'days' ? 7 : unit === 'weeks' ? 21 : 90));
      const start = m.index, end = m.index + m[0].length;
      if (first.y === pub.y && first.m === pub.m) add({ start, end, date: fmtMonth(pub.y, pub.m), precision: 'month' });
      else if (first.y === pub.y) add({ start, end, date: String(pub.y), precision: 'year' });
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
      extra.push({ start, end, date: fmtDay(fromDays(toDays(anchor) + delta)), precision: 'day', ...(anchorCand ? {} : { mainClauseOn: fmtDay(pub) }) });
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
    if (c.mainClauseOn !== undefined) r.mainClauseOn = c.mainClauseOn;
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
