/**
 * Dated events of one article: verbatim sentences (or clauses) that carry a date and a predicate.
 *
 * Rules:
 * - Body sentences (and 'related' teaser headlines) with date expressions, resolved by
 *   `resolveDates` against the article's publication date, and with a verb (wink POS `VERB`)
 *   become one event per distinct resolved date. Durations and ages never get here
 *   (`resolveDates` skips them).
 * - Two dates joined as a range (`mid-October to mid-November`, `last year to this year`) are one
 *   event dated by the start of the range.
 * - A sentence with several distinct dates is one event per date, each the whole sentence with
 *   its own date expression marked (`dated`): "“Tomorrow is a momentous day for Afghanistan,”
 *   Khalilzad told reporters Friday" is on Friday and on Saturday. (Until session 12 each date took
 *   its clause, which read as fragments: "“Tomorrow is a momentous day for Afghanistan,”".)
 * - `a day ahead of X` dates X from the day of the main clause; when no expression in the sentence
 *   gives that day, the main clause is also an event at the publication date ("said he is
 *   cautiously optimistic a day ahead of the start of the talks": the talks and the saying).
 * - A body sentence without a date expression is an event at the publication date only when its
 *   predicate is a speech/announcement verb (`said`, `told`, `announced`, `stated`, `noted`,
 *   `warned`, …; in the present `insist`, `warns`, … as a stance at publication — not `added`,
 *   `claimed`, which news also uses otherwise; `…, saying that`), it cites its source
 *   (`according to X`): the report is the event — or its main clause states the present ("the
 *   Taliban … refuses to engage with the Kabul government": a verb in -s), a state as of
 *   publication (`statesThePresent`).
 * - "His comments to PBS came as…" (the comments, remarks or statement a sentence refers back to)
 *   is an event on the day the article last dated a saying where it said it ("Khalilzad said on
 *   September 25"), else at the publication date.
 * - The title is an event at the publication date (the report is published).
 * - A sentence whose dates all stand in clauses hanging on its main clause, and whose main clause
 *   states the present, is an event at those dates and at publication ("The violence comes even as
 *   … after … the 2001 U.S.-led invasion"); so is a saying before its dates that none of them
 *   dates ("Khalilzad said … it was still at lower levels than the same time last year").
 * - A photo caption is an event at a date it gives, a bare year included ("Zalmay Khalilzad at
 *   CPAC 2011 in Washington, D.C.": the photo's year, written without the words that make a year
 *   a date in prose).
 * - An undated sentence in the present perfect of its main clause ("the two sides have so far
 *   spent more than a week…") is what has happened up to the publication day: an event then.
 * - Datelines, bylines and notes are never events. Without a publication date only
 *   explicit/resolvable date expressions can date an event — but for a story evidently written
 *   in a year ("since the start of 2025", naming no later year: writtenYearOf), whose title,
 *   sayings and states of the present are events of that year.
 */
import { isTeaserAge } from '../nlp/teaserAge.js';
import type { Article } from '../corpus/types.js';
import type { Sentence, SentenceToken } from '../nlp/types.js';
import { resolveDates } from './resolveDates.js';
import { writtenYearOf } from './publicationDate.js';
import type { DatePrecision, ResolvedDate, TimelineEvent } from './types.js';

/**
 * Reporting verbs whose saying, undated, is the article's news of the day ("But Khalilzad noted
 * that…"). Not verbs with other senses in news text: "Shares added 3p", "the earthquake claimed
 * 200 lives", "the death was confirmed" ("the constitution says …" is a state of the present,
 * statesThePresent, not a saying).
 */
const SPEECH_VERBS = new Set(['said', 'told', 'announced', 'stated', 'saying', 'noted', 'warned', 'stressed', 'insisted', 'urged', 'explained', 'argued', 'acknowledged', 'emphasized', 'emphasised', 'reiterated']);
/**
 * The same in the present: a stance as the article went out ("Ghani’s aides insist any peace
 * negotiations…", "the report warns", "…, say analysts"), unless a verb before makes it another
 * time or none ("is expected to warn", "will urge", "did not insist": STANCE_NOT_NOW). The -s
 * forms count anywhere in the sentence, where statesThePresent reads the main clause only.
 */
const PRESENT_SPEECH_VERBS = new Set(['say', 'insist', 'insists', 'warn', 'warns', 'urge', 'urges', 'argue', 'argues', 'stress', 'stresses', 'reiterate', 'reiterates']);
const STANCE_NOT_NOW = /^(?:to|will|would|shall|should|could|can|may|might|must|do|does|did|not|n't|never|wo|ca)$/i;

const RANGE_JOIN = /^\s*(?:to|until|till|through|thru|-|–|—)\s*$/i;

function isVerb(t: SentenceToken): boolean {
  return t.pos === 'VERB';
}

/**
 * A state in the present as the article went out: "The Taliban, which controls or influences
 * nearly half of Afghan territory, refuses to engage with the Kabul government" — a verb in -s (not
 * "-ss", "-us": "discuss", "focus"), or in -ing after the auxiliary "is"/"are"/"'s"/"'re" ("severe cold are threatening
 * thousands of lives"), in the main clause, not after "to", a modal or "not". Not a
 * verb of a clause that hangs on another ("which controls", "Ghani, who heads the council, met the
 * envoy"), of a condition or a general case ("If the Taliban wants…", "When a soldier dies, his
 * family receives…"), of a question or of a quotation. Dated at publication, as a saying is.
 */
function statesThePresent(sentence: Sentence): boolean {
  const t = sentence.tokens;
  if (conditionOrQuestion(sentence)) return false;
  const main = mainClauseTokens(sentence);
  return t.some((token, i) => main[i] && isVerb(token) && (PRESENT_THIRD_PERSON.test(token.value) || progressive(t, i)) && !STANCE_NOT_NOW.test(t[i - 1]?.value ?? ''));
}

/** A condition or a general case ("If the Taliban wants…", "When a soldier dies…") or a question: it states nothing of the day. */
function conditionOrQuestion(sentence: Sentence): boolean {
  return CONDITION_FIRST.test(sentence.tokens[0]?.value ?? '') || /\?\s*$/.test(sentence.text);
}

/** The word before token `i`, past one adverb ("are [now] threatening", "would [probably] have"). */
function wordBefore(t: readonly SentenceToken[], i: number): SentenceToken | undefined {
  return t[i - 1]?.pos === 'ADV' ? t[i - 2] : t[i - 1];
}

/** "…severe cold are threatening thousands of lives": a verb in -ing after the auxiliary "is", "are", "am", "'s" or "'re" (an adverb between). */
function progressive(t: readonly SentenceToken[], i: number): boolean {
  if (!/ing$/.test(t[i]!.value)) return false;
  const be = wordBefore(t, i);
  // An auxiliary: "The group's fighting forces" has a possessive "'s".
  return be !== undefined && be.pos === 'AUX' && /^(?:is|are|am|'s|’s|'re|’re)$/i.test(be.value);
}

/**
 * What has happened up to the article's day, in the present perfect of its main clause: "In the
 * negotiations in Qatar, the two sides have so far spent more than a week deciding agendas…",
 * "approximately 6.8 million Afghans have returned home" — news as of the day it went out, as a
 * state in the present is. Not after a modal or "not" ("would have", "have not yet"), in a hanging
 * clause, a condition, a question or a quotation.
 */
function reportsUpToNow(sentence: Sentence): boolean {
  const t = sentence.tokens;
  if (conditionOrQuestion(sentence) || endsAQuotation(sentence.text)) return false;
  const main = mainClauseTokens(sentence);
  return t.some((token, i) => {
    if (!main[i] || !HAVE.test(token.value)) return false;
    // A modal or "not" before, an adverb between: "would probably have failed", "may well have left".
    if (STANCE_NOT_NOW.test(t[i - 1]?.value ?? '') || STANCE_NOT_NOW.test(wordBefore(t, i)?.value ?? '')) return false;
    // The participle within a few words: "have so far spent", "has reportedly been killed".
    for (let k = i + 1; k <= i + 4 && k < t.length && main[k]; k++) {
      if (STANCE_NOT_NOW.test(t[k]!.value)) return false;
      // A verb as a participle is written ("have lunch", "have live entertainment": nouns the tagger
      // read as verbs), and not "have got to" (an obligation).
      if (isVerb(t[k]!)) return PARTICIPLE_FORM.test(t[k]!.value) && !/^got$/i.test(t[k]!.value);
      if (!(t[k]!.pos === 'ADV' || t[k]!.pos === 'AUX' || t[k]!.pos === 'ADP' || HAVE.test(t[k]!.value))) return false;
    }
    return false;
  });
}
const HAVE = /^(?:has|have|'ve|’ve)$/i;
/** How past participles end: "spent", "returned", "been", "seen", "made", "grown", "begun", "brought". */
const PARTICIPLE_FORM = /(?:ed|en|wn|ne|n|t|d|de|un|ung|ght)$/i;

/** The sentence closes a quotation an earlier one opened ("… my career.”" with no “ before it): its words are the quotation's. */
function endsAQuotation(text: string): boolean {
  const close = text.lastIndexOf('”');
  return (close >= 0 && text.lastIndexOf('“', close) < 0) || (text.match(/"/g)?.length ?? 0) % 2 === 1;
}

/**
 * Per token, whether it stands in the sentence's main clause: not after a word that opens a clause
 * hanging on another (up to the next comma, semicolon or dash), nor inside a quotation.
 */
function mainClauseTokens(sentence: Sentence): boolean[] {
  let inClause = false;
  let inQuote = false;
  const t = sentence.tokens;
  return t.map((token, i) => {
    const v = token.value;
    if (QUOTE_MARK.test(v)) inQuote = !inQuote;
    else if (CLAUSE_OPENER.test(v) && (!PREPOSITION_TOO.test(v) || verbBeforeComma(t, i))) inClause = true;
    else if (CLAUSE_END.test(v)) inClause = false;
    else return !inClause && !inQuote;
    return false;
  });
}

/**
 * Whether every date of the sentence stands outside its main clause: "The violence comes even as
 * … are holding historic peace talks in Qatar, a Mideast country where the Taliban set up a
 * political office after they were toppled from power in the 2001 U.S.-led invasion" — 2001 dates
 * the invasion, and the main clause states the present as well.
 */
function datesOnlyInClauses(sentence: Sentence, dates: readonly ResolvedDate[]): boolean {
  const main = mainClauseTokens(sentence);
  return dates.every((d) => {
    const i = sentence.tokens.findIndex((t) => t.start + t.value.length > d.start);
    return i >= 0 && !main[i];
  });
}
const PRESENT_THIRD_PERSON = /^[a-z]+[^su]s$/;
/** Words that open a clause hanging on another: its verb states nothing of the day. */
const CLAUSE_OPENER = /^(?:who|which|that|whose|whom|where|if|unless|when|whenever|whoever|whatever|because|while|although|though|whether|as|once|until|before|after)$/i;
/**
 * Openers that are prepositions too: a clause only when a verb follows before the next comma ("after
 * Trump visited", not "his first real test as home secretary on Monday", "arrives before Christmas").
 */
const PREPOSITION_TOO = /^(?:as|before|after|until)$/i;

function verbBeforeComma(tokens: readonly SentenceToken[], from: number): boolean {
  for (let i = from + 1; i < tokens.length; i++) {
    const v = tokens[i]!.value;
    if (CLAUSE_END.test(v)) return false;
    if (tokens[i]!.pos === 'VERB' || tokens[i]!.pos === 'AUX') return true;
  }
  return false;
}

/** Punctuation that ends a clause hanging on the main one. */
const CLAUSE_END = /^[,;–—]$/;

/** A sentence that opens with a condition or a general case. */
const CONDITION_FIRST = /^(?:if|unless|when|whenever|once)$/i;
const QUOTE_MARK = /^["“”]$/;

/**
 * "Khalilzad said despite the current spike in violence, it was still at lower levels than the
 * same time last year": a saying before every date of the sentence, none of which dates it
 * (SAID_ON) — the dates are of what was said; the saying is the report's. In the present too
 * ("Ghani’s aides insist that the 2019 vote was fair": a stance as the article went out).
 */
function undatedSayingBefore(sentence: Sentence, dates: readonly ResolvedDate[]): boolean {
  if (dates.some((d) => datesASaying(sentence.text, d))) return false;
  const first = Math.min(...dates.map((d) => d.start));
  const t = sentence.tokens;
  const main = mainClauseTokens(sentence);
  // The saying in the main clause ("The man, who police said was 34, …" is not the report's), and
  // what was said begun before the first date: a verb, "that" or a quotation between them. "The
  // ministry said in a statement on Monday that …", "told MPs on Thursday" — the date is the saying's.
  const verb = t.findIndex((token, i) => token.start < first && main[i] && isSaying(t, i));
  if (verb < 0) return false;
  return t.some((token, i) => i > verb && token.start < first && (token.pos === 'VERB' || token.pos === 'AUX' || QUOTE_MARK.test(token.value) || /^that$/i.test(token.value)));
}

/** A reporting verb, or a report cited ("…, according to a U.S. State Department statement"). */
function hasSpeechVerb(sentence: Sentence): boolean {
  return sentence.tokens.some((_, i) => isSaying(sentence.tokens, i)) || ACCORDING_TO.test(sentence.text) || ADDED_SAYING.test(sentence.text);
}

/** Whether token `i` is a reporting verb: in the past, or in the present not after "to", a modal or "not". */
function isSaying(tokens: readonly SentenceToken[], i: number): boolean {
  const t = tokens[i]!;
  const v = t.value.toLowerCase();
  return isVerb(t) && (SPEECH_VERBS.has(v) || (PRESENT_SPEECH_VERBS.has(v) && !STANCE_NOT_NOW.test(tokens[i - 1]?.value ?? '')));
}

/** "Added" as a saying: after a quotation ("…,” he added") or with "that" ("She added that…"). */
const ADDED_SAYING = /[”"]\s*(?:he|she|they|[\p{Lu}][\p{L}’'-]+(?:\s+[\p{Lu}][\p{L}’'-]+)?)\s+added\b|\badded\s+that\b/u;

const ACCORDING_TO = /\baccording to\b/i;

/** `X to Y` ranges collapse to X (the range starts there). */
function mergeRanges(text: string, dates: ResolvedDate[]): ResolvedDate[] {
  const out: ResolvedDate[] = [];
  for (const d of dates) {
    const prev = out[out.length - 1];
    if (prev && RANGE_JOIN.test(text.slice(prev.end, d.start))) continue;
    out.push(d);
  }
  return out;
}

/** The events of a sentence dated by `dates` (resolveDates of its text, which extractEvents reads once per sentence). */
function datedEvents(article: Article, sentence: Sentence, dates = resolveDates(sentence.text, article.published)): TimelineEvent[] {
  const found = mergeRanges(sentence.text, dates);
  if (found.length === 0 || !sentence.tokens.some(isVerb)) return [];
  const seen = new Set<string>();
  const out: TimelineEvent[] = [];
  for (const d of found) {
    // One event per date: "this year … this year" is one.
    if (seen.has(d.date)) continue;
    seen.add(d.date);
    const ev: TimelineEvent = {
      date: d.date,
      precision: d.precision,
      text: sentence.text,
      articleId: article.id,
      sentenceId: sentence.id,
      source: 'text',
    };
    if (d.altDate !== undefined) ev.altDate = d.altDate;
    ev.dated = { start: d.start, end: d.end };
    out.push(ev);
    // "X said he is cautiously optimistic a day ahead of the start of the talks": the talks are the
    // next day, the saying is on the day the article reports it.
    if (d.mainClauseOn !== undefined && !seen.has(d.mainClauseOn)) {
      seen.add(d.mainClauseOn);
      out.push({ date: d.mainClauseOn, precision: 'day', text: sentence.text, articleId: article.id, sentenceId: sentence.id, source: 'published' });
    }
  }
  return out;
}

/** A caption's dates, or else the year it names (see the header). */
function captionEvents(article: Article, s: Sentence): TimelineEvent[] {
  const dated = datedEvents(article, s);
  if (dated.length > 0) return dated;
  const year = CAPTION_YEAR.exec(s.text);
  // A number before a noun counts it: "Some 2000 protesters marched through Kabul."
  const next = year && s.tokens.find((t) => t.start >= year.index + year[0].length);
  if (!year || next?.pos === 'NOUN') return [];
  const dateSpan = { start: year.index, end: year.index + year[0].length };
  return [{ date: year[0], precision: 'year', text: s.text, articleId: article.id, sentenceId: s.id, source: 'text', dated: dateSpan }];
}

const CAPTION_YEAR = /\b(?:19|20)\d\d\b/;

function titleEvent(article: Article, titles: Sentence[], at: PublishedAt | undefined): TimelineEvent[] {
  const first = titles[0];
  const last = titles[titles.length - 1];
  if (!first || !last) return [];
  if (!at) {
    // No publication date: the title is dated only by a date it carries itself.
    return titles.flatMap((s) => datedEvents(article, s));
  }
  const text = article.title.slice(first.start, last.end) || first.text;
  return [{ ...atPublication(article, first, at), text }];
}

/** When the article went out: its publication day, or the year it was evidently written in (writtenYearOf). */
interface PublishedAt {
  date: string;
  precision: DatePrecision;
}

function publishedAt(article: Article): PublishedAt | undefined {
  if (article.published) return { date: article.published, precision: 'day' };
  const written = writtenYearOf(article);
  return written && { date: written.year, precision: 'year' };
}

/**
 * "His comments to PBS came as…", "The remarks come as…": the saying the sentence refers back to
 * is its event, on the day the article last dated a saying.
 */
const COMMENTS_CAME = /^(?:His|Her|Their|The|These|Those|[\p{Lu}][\p{L}’'-]+[’']s)\s+(?:comments?|remarks?|statements?|words|warning|announcement)\b[^;]{0,80}?\b(?:came|come|comes)\s+(?:as|after|amid|just)\b/u;

/**
 * A saying dated where it is said: "Khalilzad said on September 25", "told reporters Friday",
 * "warned on Monday" — the reporting verbs above in the past (matched in the text, where "great
 * stress on Monday" is a noun), and "says" and "added", which date a saying wherever they stand.
 */
const SAID_ON = new RegExp(String.raw`\b(?:${[...SPEECH_VERBS, 'says', 'added'].filter((v) => v !== 'told').join('|')}|told(?:\s+\p{L}+){0,2})\s+(?:on\s+|last\s+)?$`, 'u');

/** Whether the date expression dates a saying right before it (SAID_ON). */
function datesASaying(text: string, d: ResolvedDate): boolean {
  return SAID_ON.test(text.slice(Math.max(0, d.start - 40), d.start));
}

/** The sentence as an event on its article's publication day (or in the year it was written). */
function atPublication(article: Article, s: Sentence, at: PublishedAt): TimelineEvent {
  return { date: at.date, precision: at.precision, text: s.text, articleId: article.id, sentenceId: s.id, source: 'published' };
}

export function extractEvents(article: Article, sentences: readonly Sentence[]): TimelineEvent[] {
  const own = sentences.filter((s) => s.articleId === article.id);
  const out: TimelineEvent[] = [];
  const at = publishedAt(article);
  out.push(...titleEvent(article, own.filter((s) => s.role === 'title'), at));
  /** The day of the last saying the article dated where it said it (SAID_ON). */
  let lastSaying: string | undefined;
  for (const s of own) {
    if (s.role === 'related') {
      // A headline's age says when the page was read, not when anything happened.
      if (!isTeaserAge(article, s)) out.push(...datedEvents(article, s));
    } else if (s.role === 'caption') {
      out.push(...captionEvents(article, s));
    } else if (s.role === 'body') {
      const dates = resolveDates(s.text, article.published);
      const dated = datedEvents(article, s, dates);
      for (const d of dates) if (d.precision === 'day' && datesASaying(s.text, d)) lastSaying = d.date;
      if (dated.length > 0) {
        out.push(...dated);
        // A state in the present in the main clause, the dates all in clauses hanging on it, or a
        // saying the dates do not date: the report's day too (datesOnlyInClauses, undatedSayingBefore).
        if (at && dated.every((e) => e.date !== at.date) && ((datesOnlyInClauses(s, dates) && statesThePresent(s)) || undatedSayingBefore(s, dates))) {
          out.push(atPublication(article, s, at));
        }
      } else if (dates.length === 0 && COMMENTS_CAME.test(s.text) && (lastSaying ?? at)) {
        out.push(lastSaying ? { date: lastSaying, precision: 'day', text: s.text, articleId: article.id, sentenceId: s.id, source: 'text' } : atPublication(article, s, at!));
      } else if (at && dates.length === 0 && (hasSpeechVerb(s) || statesThePresent(s) || reportsUpToNow(s))) {
        out.push(atPublication(article, s, at));
      }
    }
  }
  return out;
}
