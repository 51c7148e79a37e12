import type { Article } from '../corpus/types.js';
import type { Sentence, SentenceRole } from '../nlp/types.js';
import { analyseText } from '../nlp/analyse.js';
import { teaserAgeOf } from '../nlp/teaserAge.js';
import type { Quote } from '../quotes/types.js';
import type { TimelineEvent } from '../timeline/types.js';
import { quotesOf } from '../quotes/attachQuotes.js';
import { extractEvents } from '../timeline/extractEvents.js';
import { runAll } from '../shared/runInSlices.js';

/**
 * Everything the build learns from one article on its own: its sentences, quotations and dated
 * events. Sentence ids are local (0 for the article's first sentence); the knowledge base shifts
 * them when it appends the article. Pure and per article, so it can run in a worker thread.
 */
export interface ArticleAnalysis {
  sentences: Sentence[];
  quotes: Quote[];
  events: TimelineEvent[];
}

/** The article's texts in reading order: title, extras, then body paragraphs. */
export function articleParts(article: Article): [SentenceRole, number, string][] {
  return [
    ['title', 0, article.title],
    ...article.extras.map((x, i): [SentenceRole, number, string] => [x.kind, i, x.text]),
    ...article.paragraphs.map((p, i): [SentenceRole, number, string] => ['body', i, p]),
  ];
}

/** The text of the part a sentence of `role` and `paragraph` was analysed from (articleParts), if the article has it. */
export function partText(article: Article, role: SentenceRole, paragraph: number): string | undefined {
  if (role === 'title') return article.title;
  if (role === 'body') return article.paragraphs[paragraph];
  return article.extras[paragraph]?.text;
}

/** Characters of text the analysis reads in an article (its parts' lengths). */
export function analysedChars(article: Article): number {
  let chars = article.title.length;
  for (const x of article.extras) chars += x.text.length;
  for (const p of article.paragraphs) chars += p.length;
  return chars;
}

/**
 * The texts a part is read as, each with its offset in the part: the part whole, but for a related
 * headline's age, read apart from the headline the page glued it to ("3 days agoJapan
 * allocates…": read whole, "agoJapan" would be one word).
 */
export function partPieces(article: Article, [role, paragraph, text]: [SentenceRole, number, string]): [number, string][] {
  const age = teaserAgeOf(article, role, paragraph);
  return age ? [[0, age], [age.length, text.slice(age.length)]] : [[0, text]];
}

/** The sentences of one part (the title, an extra line, a paragraph), numbered from `firstId`. */
export function analysePart(article: Article, part: [SentenceRole, number, string], firstId: number): Sentence[] {
  const [role, paragraph] = part;
  return partPieces(article, part)
    .flatMap(([at, text]) => analyseText(text).map((a) => ({ ...a, start: a.start + at, end: a.end + at })))
    .map((a, position) => ({ id: firstId + position, articleId: article.id, role, paragraph, position, ...a }));
}

/** The analysis of one article in steps (one part each), for a caller that yields between them. */
export function* analyseArticleSteps(article: Article): Generator<void, ArticleAnalysis> {
  const sentences: Sentence[] = [];
  for (const part of articleParts(article)) {
    sentences.push(...analysePart(article, part, sentences.length));
    yield;
  }
  // Quotations and dated events are steps of their own: a long article's take a few ms each.
  const quotes = quotesOf(article, sentences);
  yield;
  return { sentences, quotes, events: extractEvents(article, sentences) };
}

export function analyseArticle(article: Article): ArticleAnalysis {
  return runAll(analyseArticleSteps(article));
}
