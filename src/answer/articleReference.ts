/**
 * A question that names the article it asks about: "what's khalilzad's title in the 'world opposes
 * the return of the taliban' article", "how long had the conflict been going on per the VOA piece",
 * "why was there so much violence according to the Seligman article", "who are the taliban ramping
 * up violence against per the May 2021 article". The words that name the article (a quoted title,
 * an outlet, an author, a date) say where to look, not what to find: read as search terms they pull
 * up the article's title or byline instead of the answer. So the reference is taken out of the
 * question and the search kept to the articles it names.
 */
import type { KnowledgeBase } from '../index/KnowledgeBase.js';
import { isStopWord, termOf } from '../nlp/terms.js';
import { phrasesAbbreviatedBy } from './phraseAbbreviations.js';
import { MONTHS } from '../timeline/datePatterns.js';
import { articlesWith } from '../index/articlesWith.js';

export interface ArticleReference {
  /** The articles the reference names (never all of them: then it narrows nothing). */
  articleIds: ReadonlySet<string>;
  /** The question without the reference ("… in the Seligman article" → "…"). */
  rest: string;
  /** The reference as the question writes it ("the Seligman article"). */
  phrase: string;
}

/** Nouns that name a news article, or what one reports (an interview: see articlesReporting). */
const NOUN = /\b(?:article|piece|story|report|op-ed|write-?up|reprint|interview)\b/giu;
const REPORTED = /^interview$/iu;
const STORY = /^(?:article|piece|story)$/iu;
const DETERMINER = /^(?:the|that|this|their)$/i;
/** Words that may stand before a reference and go with it: "in / per / from / according to / by the VOA piece". */
const PREPOSITION = /(?:\b(?:in|per|from|by|of|on|according\s+to)\s+)$/iu;
/** A reference names an article in at most this many words ("the Sept 27 2020 Khalilzad article"). */
const MAX_WORDS = 5;
const OPENING_QUOTES = new Set(["'", '"', '‘', '“']);
const CLOSING_QUOTE = /['"’”]$/u;

/** The article(s) a question names by their title, outlet, author or date, and the question without that reference. */
export function findArticleReference(kb: KnowledgeBase, question: string): ArticleReference | null {
  for (const m of question.matchAll(NOUN)) {
    const end = m.index + m[0].length;
    const named = namingWords(kb, question.slice(0, m.index));
    if (!named) continue;
    const interview = REPORTED.test(m[0]);
    if (interview && interviewIsAVerb(question.slice(0, named.start), question.slice(end))) continue;
    let articleIds = interview ? articlesReporting(kb, named.words) : articlesNamedBy(kb, named.words);
    // A story named by whom it is about ("the khalilzad der spiegel story") when its page does not
    // name it; not a "report", which may be someone's ("the UN report"). Its names are what the
    // question is about as well: they stay in the search ("what did the ghani story say about the
    // ceasefire" asks what Ghani said), only the article is narrowed.
    let aboutNames = false;
    if (articleIds.size === 0 && STORY.test(m[0])) {
      articleIds = articlesReporting(kb, named.words);
      aboutNames = true;
    }
    if (articleIds.size === 0 || articleIds.size >= kb.articles.length) continue;
    let start = named.start;
    const before = PREPOSITION.exec(question.slice(0, start));
    if (before) start -= before[0].length;
    const kept = aboutNames ? named.words.join(' ') : '';
    const rest = `${question.slice(0, start)} ${kept} ${question.slice(end)}`.replace(/\s+/g, ' ').trim();
    return { articleIds, rest, phrase: question.slice(named.start, end).trim() };
  }
  return null;
}

/**
 * The words before a noun that name an article, and where the reference starts: a quoted title
 * after a determiner ("the 'world opposes …' article"), content words after one ("that VOA piece",
 * "the May 2021 article"), or a possessive ("Lara Seligman's article").
 */
function namingWords(kb: KnowledgeBase, before: string): { words: string[]; start: number } | null {
  const text = before.trimEnd();
  if (CLOSING_QUOTE.test(text)) {
    const close = text.length - 1;
    for (let open = close - 1; open >= 0; open--) {
      if (!OPENING_QUOTES.has(text[open]!) || (open > 0 && /[\p{L}\p{N}]/u.test(text[open - 1]!))) continue;
      const start = determinerBefore(kb, text.slice(0, open));
      const words = wordsOf(text.slice(open + 1, close));
      return start !== undefined && words.length > 0 ? { words, start } : null;
    }
    return null;
  }
  const words: string[] = [];
  let start = text.length;
  let rest = text;
  for (;;) {
    const w = /\S+$/u.exec(rest);
    if (!w) break;
    const word = w[0];
    if (DETERMINER.test(word)) return words.length > 0 ? { words, start: w.index } : null;
    // A month is a date's word, not the modal verb "may".
    if ((isStopWord(word) && !isMonth(word)) || !/[\p{L}\p{N}]/u.test(word)) break;
    if (words.length === MAX_WORDS) return null;
    words.unshift(word);
    start = w.index;
    rest = rest.slice(0, w.index).trimEnd();
  }
  // No determiner: a possessive ("Lara Seligman's article") or words right after a preposition
  // ("in lara seligmans article", "per VOA report").
  if (words.length === 0) return null;
  return /['’]s$/iu.test(words.at(-1)!) || PREPOSITION.test(`${rest} `) ? { words, start } : null;
}

/**
 * Where the determiner before a quoted title starts: right before it, or before up to two names
 * that say more of the article ("the der spiegel 'warns against military solution' story"), which
 * go with the reference while the title names it. Only names: in "what does the taliban think
 * 'world opposes the return' report" the verb is no part of a reference.
 */
function determinerBefore(kb: KnowledgeBase, text: string): number | undefined {
  let rest = text.trimEnd();
  for (let words = 0; words <= 2; words++) {
    const w = /\S+$/u.exec(rest);
    if (!w) return undefined;
    if (DETERMINER.test(w[0])) return w.index;
    if (isStopWord(w[0]) || !kb.index.isName(termOf(w[0]))) return undefined;
    rest = rest.slice(0, w.index).trimEnd();
  }
  return undefined;
}

function isMonth(word: string): boolean {
  return Object.hasOwn(MONTHS, word.toLowerCase().replace(/\.$/, ''));
}

function wordsOf(text: string): string[] {
  return text.split(/[\s,;:]+/u).filter((w) => /[\p{L}\p{N}]/u.test(w) && !isStopWord(w));
}

/** Articles whose title and page lines (byline, dateline, outlet, note) have every naming word. */
function articlesNamedBy(kb: KnowledgeBase, words: readonly string[]): Set<string> {
  // Each word's test is made once, then run on every article's page terms (BBC: 2,226 articles).
  const tests = words.map((w) => pageTest(kb, w));
  const found = new Set<string>();
  for (const a of kb.articles) {
    const page = kb.articleContextTerms(a.id);
    if (tests.every((has) => has(page))) found.add(a.id);
  }
  return found;
}

/**
 * "Why did the taliban interview the prisoners", "who did the voa interview": "interview" is the
 * verb, with an object after it or, after an auxiliary, none at all; "what did the der spiegel
 * interview reveal" has the noun.
 */
function interviewIsAVerb(before: string, after: string): boolean {
  const next = /^\s*([\p{L}']+)/u.exec(after)?.[1] ?? '';
  if (OBJECT_PRONOUN.test(next)) return true;
  // After "did the taliban", "will the voa": a subject and its verb; "was the der spiegel
  // interview the first time" has the noun.
  const afterAuxiliary = /\b(?:do|does|did|will|would|can|could|should|to)\s*$/iu.test(before);
  return afterAuxiliary && (next === '' || OBJECT_DETERMINER.test(next));
}

const OBJECT_PRONOUN = /^(?:him|them|her|me|us|it)$/iu;
const OBJECT_DETERMINER = /^(?:the|a|an|his|their|its|this|that|these|those|my|our|your|some|any|every|each)$/iu;

/**
 * The articles that report what the names before "interview" say ("the der spiegel interview",
 * "that pbs interview"), or a story its page does not name ("the khalilzad der spiegel story"):
 * those whose text names them all — the interviewer is named in the story ("Speaking to Germany’s
 * Der Spiegel, Khalilzad said…"), not on its page. Names only: "the long interview" names no article.
 */
function articlesReporting(kb: KnowledgeBase, words: readonly string[]): Set<string> {
  const terms = words.map((w) => termOf(w.replace(/[.,!?'’]+s?$/u, '')));
  if (terms.some((t) => t === '' || !kb.index.isName(t))) return new Set();
  // Names are rare terms: articlesWith keeps each one's articles for the knowledge base's life.
  let found: Set<string> | undefined;
  for (const term of terms) found = new Set([...articlesWith(kb, term)].filter((a) => !found || found.has(a)));
  return found ?? new Set();
}

/** Whether an article's page terms have a word: itself, or the name it abbreviates ("RFE/RL" → Radio Free Europe / Radio Liberty). */
function pageTest(kb: KnowledgeBase, word: string): (page: ReadonlySet<string>) => boolean {
  const term = termOf(word.replace(/[.,!?]+$/u, ''));
  if (term === '') return () => true;
  const split = word.split('/');
  const parts = split.length > 1 && split.every((p) => p !== '') ? split.map((p) => pageTest(kb, p)) : [];
  const phrases = phrasesAbbreviatedBy(kb, word);
  return (page) => page.has(term) || (parts.length > 0 && parts.every((has) => has(page))) || phrases.some((phrase) => phrase.every((t) => page.has(t)));
}
