import { sourceOf, type AskResult, type SourceRef } from '../answer/types.js';
import type { KnowledgeBase } from '../index/KnowledgeBase.js';
import type { QuoteHit } from '../quotes/searchQuotes.js';
import type { TimelineEntry } from '../timeline/buildTimeline.js';

/** The CLI's JSON contract for /ask (scripts depend on it: keep field names and order). */
export function askToJson(r: AskResult): Record<string, unknown> {
  const out: Record<string, unknown> = {
    question: r.question,
    answered: r.answered,
    answer: r.answer,
    confidence: r.confidence,
    sources: r.sources.map(sourceJson),
  };
  if (!r.answered) out.closest = r.closest.map((p) => ({ text: p.text, score: p.score, source: sourceJson(p.source) }));
  // Added after the fields above, only when there are some (copies of the cited article's story).
  if (r.alsoIn.length > 0) out.also_in = r.alsoIn;
  // …and where the answer stands when it is not the article's prose: a title, a page line
  // ("byline", "dateline", "caption", "note", "site"), the page's share buttons and prompts
  // ("furniture") or a headline the page lists ("related").
  const role = r.sentences.find((s) => !s.context)?.role;
  if (role && role !== 'body') out.answer_role = role;
  if (r.problem) out.problem = r.problem;
  if (r.readChars !== undefined) out.read_chars = r.readChars;
  if (r.readAs !== undefined) out.read_as = r.readAs;
  return out;
}

export function sourceJson(s: SourceRef): Record<string, unknown> {
  return { id: s.id, file: s.file, title: s.title, outlet: s.outlet, published: s.published, url: s.url };
}

export function corpusToJson(kb: KnowledgeBase): Record<string, unknown> {
  return {
    articles: kb.articles.map((a) => ({
      id: a.id,
      file: a.file,
      title: a.title,
      outlet: a.outlet ?? null,
      published: a.published ?? null,
      sentences: kb.sentenceIdsOf(a.id).length,
    })),
    warnings: kb.warnings,
  };
}

/** The CLI's JSON for one /quote hit: its first fields as before, then its article's full citation (a page may hold several stories: the file alone is ambiguous). */
export function quoteToJson(kb: KnowledgeBase, q: QuoteHit): Record<string, unknown> {
  const out: Record<string, unknown> = { text: q.text, speaker: q.speaker, kind: q.kind, file: q.file, title: q.title, published: q.published ?? null, source: articleSource(kb, q.articleId) };
  // Part of what was said, quoted inside the article's own sentence.
  if (q.partial) out.partial = true;
  // Reported speech: the sentence it stands in, verbatim, with the statement's offsets in it.
  if (q.sentence) out.sentence = q.sentence;
  // As /ask's: the ids of copies of the story that carry the same quotation.
  if (q.copies.length > 0) out.also_in = q.copies.map((c) => c.articleId);
  return out;
}

/** The CLI's JSON for one /timeline event, as quoteToJson. */
export function timelineEventToJson(kb: KnowledgeBase, e: TimelineEntry): Record<string, unknown> {
  return { date: e.date, precision: e.precision, ...(e.altDate ? { altDate: e.altDate } : {}), dated_by: e.datedBy, ...(e.dateline ? { dateline: e.dateline } : {}), text: e.text, file: e.file, title: e.title, published: e.published ?? null, source: articleSource(kb, e.articleId) };
}

function articleSource(kb: KnowledgeBase, articleId: string): Record<string, unknown> | null {
  const article = kb.article(articleId);
  return article ? sourceJson(sourceOf(article)) : null;
}
