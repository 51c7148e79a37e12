/**
 * A /timeline topic that names a period: "2019", "december 2019", "Dec 2019", "2019-12", "sept 23
 * 2020", "in 2020". Events are dated, so a year or a month is a filter on their dates rather than
 * words to find in their sentences (few of which write the year: "On September 23, the Taliban…"
 * is an event of 2020 that says no "2020"). The rest of the topic ("ceasefire 2020") stays a topic.
 */

import { validDay } from './calendar.js';

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MONTH = String.raw`(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?`;
const YEAR = String.raw`((?:19|20)\d\d)`;
/** Most precise first: a day, a month, a year. */
const PATTERNS: { re: RegExp; period: (m: RegExpExecArray) => string | undefined }[] = [
  { re: new RegExp(String.raw`\b${YEAR}-(\d\d)-(\d\d)\b`, 'i'), period: (m) => day(m[1]!, Number(m[2]), Number(m[3])) },
  { re: new RegExp(String.raw`\b${MONTH}\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+${YEAR}\b`, 'i'), period: (m) => day(m[3]!, monthOf(m[1]!), Number(m[2])) },
  { re: new RegExp(String.raw`\b(\d{1,2})(?:st|nd|rd|th)?\s+${MONTH},?\s+${YEAR}\b`, 'i'), period: (m) => day(m[3]!, monthOf(m[2]!), Number(m[1])) },
  { re: new RegExp(String.raw`\b${YEAR}-(\d\d)\b`, 'i'), period: (m) => month(m[1]!, Number(m[2])) },
  { re: new RegExp(String.raw`\b${MONTH},?\s+(?:of\s+)?${YEAR}\b`, 'i'), period: (m) => month(m[2]!, monthOf(m[1]!)) },
  { re: new RegExp(String.raw`\b${YEAR}\b`), period: (m) => m[1] },
];

export interface TopicPeriod {
  /** `YYYY`, `YYYY-MM` or `YYYY-MM-DD`: an event is in the period when its date starts with it. */
  period: string;
  /** The topic without the period (and a preposition before it), maybe empty. */
  rest: string;
}

/** The first period the topic names, if any. */
export function topicPeriod(topic: string): TopicPeriod | undefined {
  for (const { re, period } of PATTERNS) {
    const m = re.exec(topic);
    const p = m && period(m);
    if (!m || !p) continue;
    const before = topic.slice(0, m.index).replace(/\b(?:in|during|from|of|on)\s*$/i, '');
    return { period: p, rest: `${before} ${topic.slice(m.index + m[0].length)}`.replace(/\s+/g, ' ').trim() };
  }
  return undefined;
}

/** Whether an event's date (`YYYY`, `YYYY-MM`, `YYYY-MM-DD`) falls in the period. */
export function inPeriod(date: string, period: string): boolean {
  return date.startsWith(period);
}

function monthOf(word: string): number {
  return MONTHS.indexOf(word.slice(0, 3).toLowerCase()) + 1;
}

function month(year: string, m: number): string | undefined {
  return m >= 1 && m <= 12 ? `${year}-${String(m).padStart(2, '0')}` : undefined;
}

function day(year: string, m: number, d: number): string | undefined {
  const ym = month(year, m);
  return ym && validDay(Number(year), m, d) ? `${ym}-${String(d).padStart(2, '0')}` : undefined;
}
