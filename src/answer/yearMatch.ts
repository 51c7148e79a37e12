/**
 * The years a question asks about ("how many soldiers were killed in 2020") against the years a
 * sentence is about: those it writes and those of its dated events (timeline dates, which resolve
 * "last year" or "in September" against the article's date), or, when it dates nothing itself and
 * the question asks about one year, the year its article was published (news is about its own
 * days: "more than 100 civilians have been killed … in recent days", from May 2021, does not
 * answer for 2020; "since 2019" asks about more than one). A sentence about other
 * years only does not answer: "…since September when Trump canceled negotiations after a surge in
 * violence killed 12 people…" (September 2019) is no answer for 2020.
 */
import type { KnowledgeBase } from '../index/KnowledgeBase.js';
import type { Sentence } from '../nlp/types.js';
import type { AnalysedQuestion } from './questionAnalysis.js';

/**
 * A year in running text: four digits from 1500 to 2099 (SQuAD asks about the 1700s too), not part
 * of a longer number ("2,000", "20,190"), and not a count of the people or things after it ("2000
 * troops", "1800 policemen"); "in 2000, according to", "the 2007 series", "2019 was" are years.
 */
const YEAR_IN_TEXT = new RegExp(`(?<![\\d,.])(?:1[5-9]|20)\\d\\d(?!\\d|,\\d)(?!\\s+(?:${[
  'troops', 'soldiers', 'people', 'persons', 'men', 'women', 'children', 'policemen', 'police', 'officers', 'civilians', 'fighters', 'militants',
  'members', 'workers', 'employees', 'staff', 'students', 'families', 'refugees', 'migrants', 'prisoners', 'residents', 'voters', 'votes',
  'dollars', 'pounds', 'euros', 'tonnes', 'tons', 'kilometres', 'kilometers', 'km', 'miles', 'metres', 'meters', 'feet', 'acres', 'hectares',
  'cases', 'deaths', 'jobs', 'homes', 'houses', 'cars', 'copies', 'units', 'years', 'days', 'hours', 'times',
].join('|')})\\b)`, 'g');

/** The years a question names ("in 2020", "2019's") — a number counting something ("2000 troops") is none. */
export function questionYears(q: AnalysedQuestion): Set<string> {
  return new Set((q.text.match(YEAR_IN_TEXT) ?? []));
}

const eventYears = new WeakMap<KnowledgeBase, Map<number, string[]>>();

/** The years of each sentence's dated events (made once per knowledge base: the warm-up asks for them). */
export function yearsOfEvents(kb: KnowledgeBase): Map<number, string[]> {
  let map = eventYears.get(kb);
  if (!map) {
    map = new Map();
    for (const e of kb.events) {
      if (e.source !== 'text') continue;
      const list = map.get(e.sentenceId);
      const year = e.date.slice(0, 4);
      if (!list) map.set(e.sentenceId, [year]);
      else if (!list.includes(year)) list.push(year);
    }
    eventYears.set(kb, map);
  }
  return map;
}

/**
 * Whether a question asks about one year as a point in time ("killed in 2020"), not a span that
 * reaches past it ("since 2019", "between 2018 and 2020"): only then does a body sentence that
 * dates nothing stand for its article's year.
 */
export function asksOneYear(q: AnalysedQuestion, years: ReadonlySet<string>): boolean {
  return years.size === 1 && !SPAN_WORDS.test(q.text);
}

const SPAN_WORDS = /\b(?:since|after|before|until|till|between|from|through|by|during)\b/i;

/**
 * Whether the sentence is about some years, none of them one the question asks about; with
 * `oneYear` (asksOneYear), a body sentence that dates nothing is about its article's year.
 */
export function otherYearsOnly(kb: KnowledgeBase, years: ReadonlySet<string>, s: Sentence, oneYear = false): boolean {
  if (years.size === 0) return false;
  return yearsOtherThan(yearsAbout(kb, s, oneYear), years);
}

/** Whether years a sentence is about (yearsAbout) are there, none of them one asked. */
export function yearsOtherThan(about: readonly string[], years: ReadonlySet<string>): boolean {
  return years.size > 0 && about.length > 0 && !about.some((y) => years.has(y));
}

/**
 * The years a sentence is about: those it writes and those of its dated events; with `oneYear`, a
 * body sentence that dates nothing is about its article's publication year (news is about its own days).
 */
export function yearsAbout(kb: KnowledgeBase, s: Sentence, oneYear: boolean): string[] {
  const about = [...(s.text.match(YEAR_IN_TEXT) ?? []), ...(yearsOfEvents(kb).get(s.id) ?? [])];
  if (about.length === 0 && oneYear && s.role === 'body') {
    const published = kb.article(s.articleId)?.published;
    if (published) about.push(published.slice(0, 4));
  }
  return about;
}
