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
 * - A sentence with several distinct dates is cut into clauses (at `;`, spaced dashes, a closing
 *   quotation mark, `, and|but|while|whereas|although …`, `: `); each date takes the clause that
 *   holds it, widened to a neighbour clause while it has no predicate (verb or auxiliary). The clause is a verbatim
 *   substring of the sentence.
 * - A body sentence without a date expression is an event at the publication date only when its
 *   predicate is a speech/announcement verb (`said`, `told`, `announced`, `stated`): the report
 *   is the event.
 * - The title is an event at the publication date (the report is published).
 * - Datelines, bylines, captions and notes are never events. Without a publication date only
 *   explicit/resolvable date expressions can date an event.
 */
import type { Article } from '../corpus/types.js';
import type { Sentence, SentenceToken } from '../nlp/types.js';
import { resolveDates } from './resolveDates.js';
import type { ResolvedDate, TimelineEvent } from './types.js';

const SPEECH_VERBS = new Set(['said', 'told', 'announced', 'stated']);

/** Cut points between clauses: the index where the next clause starts. */
const CLAUSE_CUT =
  /;\s+|\s+[—–]\s+|[”"]\s+(?=[A-Za-z])|,\s+(?=(?:and|but|while|whereas|although|though|yet)\s)|:\s+(?=\S)/g;

const RANGE_JOIN = /^\s*(?:to|until|till|through|thru|-|–|—)\s*$/i;

function isVerb(t: SentenceToken): boolean {
  return t.pos === 'VERB';
}

/** A clause's predicate: a verb, or a copula/auxiliary (`Tomorrow is a momentous day`). */
function hasPredicateIn(sentence: Sentence, start: number, end: number): boolean {
  return sentence.tokens.some((t) => t.start >= start && t.start < end && (isVerb(t) || t.pos === 'AUX'));
}

function hasSpeechVerb(sentence: Sentence): boolean {
  return sentence.tokens.some((t) => isVerb(t) && SPEECH_VERBS.has(t.value.toLowerCase()));
}

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

/** Clause boundaries of `text` as [start, end) spans covering the whole text. */
function clauseSpans(text: string): [number, number][] {
  const cuts = [0];
  CLAUSE_CUT.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = CLAUSE_CUT.exec(text)) !== null) {
    const at = m.index + m[0].length;
    if (at > cuts[cuts.length - 1]! && at < text.length) cuts.push(at);
    if (m[0].length === 0) CLAUSE_CUT.lastIndex++;
  }
  cuts.push(text.length);
  const spans: [number, number][] = [];
  for (let i = 0; i + 1 < cuts.length; i++) spans.push([cuts[i]!, cuts[i + 1]!]);
  return spans;
}

/** Trim white space and a trailing comma/semicolon/colon, keeping offsets (still a substring). */
function trimSpan(text: string, start: number, end: number): [number, number] {
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /[\s,;:]/.test(text[end - 1]!)) end--;
  return [start, end];
}

/** The clause of `sentence` around `pos`, widened until it holds a predicate; undefined when none. */
function clauseFor(sentence: Sentence, spans: [number, number][], pos: number): [number, number] | undefined {
  let i = spans.findIndex(([a, b]) => pos >= a && pos < b);
  if (i < 0) i = spans.length - 1;
  let lo = i;
  let hi = i;
  for (;;) {
    const start = spans[lo]![0];
    const end = spans[hi]![1];
    if (hasPredicateIn(sentence, start, end)) return trimSpan(sentence.text, start, end);
    if (hi + 1 < spans.length) hi++;
    else if (lo > 0) lo--;
    else return undefined;
  }
}

/** The events of a sentence dated by `dates` (resolveDates of its text, which extractEvents reads once per sentence). */
function datedEvents(article: Article, sentence: Sentence, dates = resolveDates(sentence.text, article.published)): TimelineEvent[] {
  const found = mergeRanges(sentence.text, dates);
  if (found.length === 0 || !sentence.tokens.some(isVerb)) return [];
  const distinct = new Set(found.map((d) => d.date));
  const spans: [number, number][] =
    distinct.size > 1 ? clauseSpans(sentence.text) : [[0, sentence.text.length]];
  const seen = new Set<string>();
  const out: TimelineEvent[] = [];
  for (const d of found) {
    const span = clauseFor(sentence, spans, d.start);
    if (!span) continue;
    const text = span[0] === 0 && span[1] >= sentence.text.trimEnd().length ? sentence.text : sentence.text.slice(span[0], span[1]);
    const key = `${d.date}\u0000${text}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const ev: TimelineEvent = {
      date: d.date,
      precision: d.precision,
      text,
      articleId: article.id,
      sentenceId: sentence.id,
      source: 'text',
    };
    if (d.altDate !== undefined) ev.altDate = d.altDate;
    // Offsets in the sentence → in the event's text (the sentence, or its clause from span[0]).
    const offset = text === sentence.text ? 0 : span[0];
    if (d.start >= offset && d.end <= offset + text.length) ev.dated = { start: d.start - offset, end: d.end - offset };
    out.push(ev);
  }
  return out;
}

function titleEvent(article: Article, titles: Sentence[]): TimelineEvent[] {
  const first = titles[0];
  const last = titles[titles.length - 1];
  if (!first || !last) return [];
  if (!article.published) {
    // No publication date: the title is dated only by a date it carries itself.
    return titles.flatMap((s) => datedEvents(article, s));
  }
  const text = article.title.slice(first.start, last.end) || first.text;
  return [
    {
      date: article.published,
      precision: 'day',
      text,
      articleId: article.id,
      sentenceId: first.id,
      source: 'published',
    },
  ];
}

export function extractEvents(article: Article, sentences: readonly Sentence[]): TimelineEvent[] {
  const own = sentences.filter((s) => s.articleId === article.id);
  const out: TimelineEvent[] = [];
  out.push(...titleEvent(article, own.filter((s) => s.role === 'title')));
  for (const s of own) {
    if (s.role === 'related') {
      out.push(...datedEvents(article, s));
    } else if (s.role === 'body') {
      const dates = resolveDates(s.text, article.published);
      const dated = datedEvents(article, s, dates);
      if (dated.length > 0) out.push(...dated);
      else if (article.published && dates.length === 0 && hasSpeechVerb(s)) {
        out.push({
          date: article.published,
          precision: 'day',
          text: s.text,
          articleId: article.id,
          sentenceId: s.id,
          source: 'published',
        });
      }
    }
  }
  return out;
}
