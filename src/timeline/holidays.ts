/** Holidays named as a time: their day in a given year (resolveDates places one without a year as it places a month-day). */
import { type Ymd, weekday } from './calendar.js';

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
export const HOLIDAYS: Record<string, (y: number) => Ymd> = {
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
export const RE_HOLIDAY =
  /(?<=\b(?:on|at|over|before|after|since|until|till|by|during|from|for|around|about|to|this|last|next)\s+(?:the\s+)?)(Christmas(?:\s+(?:Eve|Day))?|Boxing\s+Day|New\s+Year['’]s\s+(?:Eve|Day)|Thanksgiving(?:\s+Day)?|Halloween|Valentine['’]s\s+Day|Easter(?:\s+Sunday)?)(?:,?\s+(1[89]\d\d|20\d\d))?(?![A-Za-z'’])/g;

/** Whether a sentence names a holiday at all (RE_HOLIDAY is tried only then). */
export const HOLIDAY_NAMED = /Christmas|Boxing|New Year|Thanksgiving|Halloween|Valentine|Easter/;
