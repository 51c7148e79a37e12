/**
 * The publication date of a scraped page, from the lines of its header area.
 *
 * Only explicit day-precision dates count (`Dec 05, 2019`, `09/11/2020`,
 * `Tuesday May 4th, 2021`, `2021-05-04`, `5 May 2021`, `May 5, 2021 at 10:30
 * a.m.`). A line marked as a dateline (`Published`, `Posted`, `Updated`,
 * `Date:`, `By <name> <date>`) or a short line that is mostly the date wins
 * over a date inside a long body sentence; an unmarked line whose text beyond
 * the date is longer than a headline (> 100 characters) is taken for body
 * text and never used (its date is an event date, not the publication date).
 * `Updated` / `Modified` lines give `updated`; they give `date` only when no
 * other dateline exists.
 */
import { resolveDates } from './resolveDates.js';
import type { Article } from '../corpus/types.js';
import { CLOCK_WORDS } from '../corpus/lineKinds.js';

export interface PublicationDate {
  date: string;
  /** Index of the line in the input. */
  line: number;
  /** The line, trimmed. */
  text: string;
  updated?: string;
}

const UPDATED_MARK = /\b(?:updated|last\s+updated|modified|last\s+modified|edited)\b/i;
const PUBLISHED_MARK = /\b(?:published|posted|first\s+published|date(?:d|line)?\s*:|released|issued)\b/i;
const BYLINE = /^\s*by\s+\S/i;
/** How far before its date a dateline's mark stands ("Last updated on Friday, 11 September 2020 at"). */
const MARK_REACH = 40;
/** A date expression that names the edge of a period, not a day: "the end of 2004", "the start of 2025". */
const PERIOD_EDGE = /\b(?:end|start|beginning|middle|mid|close|turn)\b/i;
const TIME_OR_VIEWS = new RegExp(String.raw`\b\d{1,2}:\d{2}(?::\d{2})?\s*(?:[ap]\.?m\.?)?|\b[ap]\.m\.|\b(?:${CLOCK_WORDS})\b|\b\d+\s+(?:views?|comments?)\b|\bat\b`, 'gi');

/** The first day-precision date written explicitly in `s`, as `YYYY-MM-DD`. */
export function parseDateString(s: string): string | undefined {
  if (typeof s !== 'string') return undefined;
  const iso = /^\s*(\d{4})-(\d{2})-(\d{2})(?:[T\s]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?\s*(?:Z|[+-]\d{2}:?\d{2})?)?\s*$/.exec(s);
  if (iso) {
    // The calendar date as written (a timestamp's offset is not applied).
    const found = resolveDates(`${iso[1]}-${iso[2]}-${iso[3]}`, undefined)[0];
    return found?.precision === 'day' ? found.date : undefined;
  }
  for (const r of resolveDates(s, undefined)) if (r.precision === 'day') return r.date;
  return undefined;
}

interface Candidate {
  date: string;
  line: number;
  text: string;
  score: number;
  updatedOnly: boolean;
}

export function findPublicationDate(lines: string[]): PublicationDate | undefined {
  const cands: Candidate[] = [];
  lines.forEach((raw, i) => {
    if (typeof raw !== 'string') return;
    const text = raw.trim();
    if (text.length === 0 || text.length > 400) return;
    // A day written as one: "at the end of 2004" resolves to a day, but no page is dated so.
    const found = resolveDates(text, undefined).filter((r) => r.precision === 'day' && !PERIOD_EDGE.test(r.text));
    const first = found[0];
    if (!first) return;
    const residue = (text.slice(0, first.start) + ' ' + text.slice(first.end)).replace(TIME_OR_VIEWS, ' ').trim();
    // The mark right before the date ("Published Dec 05, 2019"), not anywhere in a sentence ("made
    // in a book published this week by … He also says Lord Goldsmith warned Tony Blair on 7 March 2003").
    const before = text.slice(0, first.start).slice(-MARK_REACH);
    const updated = UPDATED_MARK.test(before);
    const published = PUBLISHED_MARK.test(before) || BYLINE.test(text);
    const marked = updated || published;
    if (!marked && residue.length > 100) return;
    let score = 0;
    if (published) score += 100;
    else if (updated) score += 50;
    score += Math.max(0, 60 - residue.length); // mostly the date: a dateline
    score -= i * 0.5; // earlier lines first
    cands.push({ date: first.date, line: i, text, score, updatedOnly: updated && !published });
  });
  if (cands.length === 0) return undefined;
  const nonUpdated = cands.filter((c) => !c.updatedOnly);
  const pool = nonUpdated.length > 0 ? nonUpdated : cands;
  let best = pool[0]!;
  for (const c of pool) if (c.score > best.score) best = c;
  const result: PublicationDate = { date: best.date, line: best.line, text: best.text };
  const upd = cands.find((c) => c.updatedOnly && c !== best);
  if (upd && upd.date !== best.date) result.updated = upd.date;
  return result;
}

/**
 * The page line, verbatim, that gave an article its publication date ("Published Dec 05, 2019",
 * "By Lara Seligman 09/11/2020 12:40 PM EDT"): a dateline or byline kept among its extras whose
 * date is that day. /timeline shows it beside the headline, which the page's date alone dates.
 * A line with letters of another script ("Peace عمران فروبلی Tuesday May 4th, 2021 0 Views": a
 * name in Persian, which turns a Discord line right to left) gives its date expression only. For
 * an article without a publication date, the words that show the year it was written, if any.
 */
export function datelineOf(article: Pick<Article, 'published' | 'extras'> & Partial<Pick<Article, 'title' | 'paragraphs'>>): string | undefined {
  // An undated story's evidence of its year: "since the start of 2025".
  if (!article.published) return writtenYearOf(article)?.text;
  for (const extra of article.extras) {
    if (extra.kind !== 'dateline' && extra.kind !== 'byline') continue;
    // The date that is the publication's, wherever it stands ("Updated Feb 11, 2020 | Published Dec 05, 2019").
    const found = resolveDates(extra.text, undefined).find((r) => r.precision === 'day' && r.date === article.published);
    if (!found) continue;
    return OTHER_SCRIPT.test(extra.text) ? found.text : extra.text.trim();
  }
  return undefined;
}

/** A letter of a script other than Latin. */
const OTHER_SCRIPT = /(?![\p{Script=Latin}])\p{L}/u;

/**
 * The year an undated story was evidently written in, and the words that show it: a story that
 * counts "since the start of 2025" (or "so far in 2025") is of 2025, when it
 * names no later year. Only for an article without a publication date; its sayings and states of
 * the present are then events of that year (extractEvents), the expression shown as the evidence.
 */
export function writtenYearOf(article: Pick<Article, 'published'> & Partial<Pick<Article, 'title' | 'paragraphs'>>): { year: string; text: string } | undefined {
  if (article.published) return undefined;
  let found: { year: string; text: string } | undefined;
  let latest = 0;
  for (const text of [article.title ?? '', ...(article.paragraphs ?? [])]) {
    for (const m of text.matchAll(YEAR_IN_TEXT)) latest = Math.max(latest, Number(m[0]));
    for (const m of text.matchAll(WRITTEN_IN)) if (m[1] && (!found || Number(m[1]) > Number(found.year))) found = { year: m[1], text: m[0] };
  }
  return found && Number(found.year) >= latest ? found : undefined;
}

/**
 * "since the start of 2025", "so far in 2025": words written in that year. Not "earlier in 2004",
 * written of a year past as often (BBC politics/322, a 2005 story).
 */
const WRITTEN_IN = /\b(?:since the (?:start|beginning) of|so far in) ((?:19|20)\d\d)\b/gi;
const YEAR_IN_TEXT = /\b(?:19|20)\d\d\b/g;
