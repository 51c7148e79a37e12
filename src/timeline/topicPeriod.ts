/**
 * A /timeline topic that names a period: "2019", "december 2019", "Dec 2019", "2019-12", "sept 23
 * 2020", "in 2020", a range ("2019-20", "2019 to 2020", "between 2019 and 2020") or a bound
 * ("before 2020", "since 2019", "after march 2020", "until 2021"). Events are dated, so a period is a
 * filter on their dates rather than words to find in their sentences (few of which write the year:
 * "On September 23, the Taliban…" is an event of 2020 that says no "2020"). The rest of the topic
 * ("ceasefire 2020") stays a topic.
 */
import { validDay } from './calendar.js';

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MONTH = String.raw`(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?`;
const YEAR = String.raw`(?:19|20)\d\d`;
const ORDINAL = String.raw`(?:st|nd|rd|th)?`;
/** One date of any precision, most precise first (the alternation takes the first that matches). */
const ONE = String.raw`(?:${YEAR}-\d\d-\d\d|${MONTH}\s+\d{1,2}${ORDINAL},?\s+${YEAR}|\d{1,2}${ORDINAL}\s+${MONTH},?\s+${YEAR}|${YEAR}-\d\d(?!\d)|${MONTH},?\s+(?:of\s+)?${YEAR}|${YEAR})`;
/** Not inside a longer token: "covid-19", "g20", "2019-nCoV". */
const EDGE_BEFORE = String.raw`(?<![\p{L}\d-])`;
const EDGE_AFTER = String.raw`(?![\p{L}\d]|-[\p{L}\d])`;
/** "2019 to 2020", "from March 2019 to February 2020", "between 2018 and 2019" ("and" only after "between"), "2019-20". */
const RANGE = new RegExp(String.raw`(?:\bfrom\s+)?${EDGE_BEFORE}(${ONE})\s*(-|–|—|\bto\b|\buntil\b|\btill\b|\bthrough\b)\s*(${ONE}|\d\d)${EDGE_AFTER}|\bbetween\s+${EDGE_BEFORE}(${ONE})\s+and\s+(${ONE})${EDGE_AFTER}`, 'iu');
const BOUND = new RegExp(String.raw`\b(before|prior to|earlier than|after|later than|since|from|until|till|up to|through|by)\s+${EDGE_BEFORE}(${ONE})${EDGE_AFTER}`, 'iu');
const SINGLE = new RegExp(String.raw`(?:\b(?:in|during|of|on)\s+)?${EDGE_BEFORE}(${ONE})${EDGE_AFTER}`, 'iu');
/** Sorts after every date string that starts with a given prefix. */
const AFTER_PREFIX = '\uffff';

export interface TopicPeriod {
  /** An event is in the period when `from <= date < until` (ISO date strings of any precision). */
  from: string;
  until: string;
  /** The topic without the period and its preposition, maybe empty. */
  rest: string;
}

/**
 * The period the topic names, if any; undefined too for a date that is none ("2020-09-31",
 * "february 30 2020"): the topic is then read as words.
 */
export function topicPeriod(topic: string): TopicPeriod | undefined {
  const range = RANGE.exec(topic);
  if (range) {
    const [first, dash, last] = range[4] !== undefined ? [range[4], 'and', range[5]!] : [range[1]!, range[2]!, range[3]!];
    const a = parseOne(first);
    // "2019-20", "2004–05": two digits after a dash end a season of two years — with a hyphen only
    // when they are no month ("2004-12" is December, "2004-05" May, as ISO writes them).
    const next = /^\d\d$/.test(last) && /^\d{4}$/.test(first) && Number(last) === (Number(first) + 1) % 100;
    const season = next && (/^[–—]$/.test(dash) || (dash === '-' && Number(last) > 12));
    const b = /^\d\d$/.test(last) ? (season ? `${first.slice(0, 2)}${last}` : undefined) : parseOne(last);
    if (a && b && b >= a.slice(0, b.length)) return { from: a, until: b + AFTER_PREFIX, rest: without(topic, range) };
  }
  const bound = BOUND.exec(topic);
  if (bound) {
    const p = parseOne(bound[2]!);
    if (!p) return undefined;
    const word = bound[1]!.toLowerCase();
    const rest = without(topic, bound);
    if (/^(?:before|prior to|earlier than)$/.test(word)) return { from: '', until: p, rest };
    if (/^(?:after|later than)$/.test(word)) return { from: p + AFTER_PREFIX, until: AFTER_PREFIX, rest };
    if (/^(?:since|from)$/.test(word)) return { from: p, until: AFTER_PREFIX, rest };
    return { from: '', until: p + AFTER_PREFIX, rest };
  }
  const single = SINGLE.exec(topic);
  if (!single) return undefined;
  const p = parseOne(single[1]!);
  return p ? { from: p, until: p + AFTER_PREFIX, rest: without(topic, single) } : undefined;
}

/**
 * Whether an event's date (`YYYY`, `YYYY-MM`, `YYYY-MM-DD`) falls wholly in the period: an event
 * known only as "2005" is not "before March 2005", nor "since March 2005".
 */
export function inPeriod(date: string, period: Pick<TopicPeriod, 'from' | 'until'>): boolean {
  return period.from <= date && date + AFTER_PREFIX <= period.until;
}

/** One date expression as an ISO prefix (`YYYY`, `YYYY-MM`, `YYYY-MM-DD`), or undefined for a day that is none. */
function parseOne(text: string): string | undefined {
  const t = text.trim();
  let m = /^(\d{4})-(\d\d)-(\d\d)$/.exec(t);
  if (m) return day(m[1]!, Number(m[2]), Number(m[3]));
  m = new RegExp(String.raw`^(${MONTH})\s+(\d{1,2})${ORDINAL},?\s+(\d{4})$`, 'i').exec(t);
  if (m) return day(m[3]!, monthOf(m[1]!), Number(m[2]));
  m = new RegExp(String.raw`^(\d{1,2})${ORDINAL}\s+(${MONTH}),?\s+(\d{4})$`, 'i').exec(t);
  if (m) return day(m[3]!, monthOf(m[2]!), Number(m[1]));
  m = /^(\d{4})-(\d\d)$/.exec(t);
  if (m) return month(m[1]!, Number(m[2]));
  m = new RegExp(String.raw`^(${MONTH}),?\s+(?:of\s+)?(\d{4})$`, 'i').exec(t);
  if (m) return month(m[2]!, monthOf(m[1]!));
  return /^\d{4}$/.test(t) ? t : undefined;
}

function without(topic: string, m: RegExpExecArray): string {
  return `${topic.slice(0, m.index)} ${topic.slice(m.index + m[0].length)}`.replace(/\s+/g, ' ').trim();
}

function monthOf(word: string): number {
  return MONTHS.indexOf(word.slice(0, 3).toLowerCase()) + 1;
}

function month(year: string, m: number): string | undefined {
  return m >= 1 && m <= 12 ? `${year}-${String(m).padStart(2, '0')}` : undefined;
}

function day(year: string, m: number, d: number): string | undefined {
  return validDay(Number(year), m, d) ? `${year}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}` : undefined;
}
