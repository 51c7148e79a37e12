/**
 * Build-time hook: the quotations of one article, with the ids of the body sentences they span.
 * Speakers are canonical within the article; cross-article normalisation happens lazily at search
 * time (see searchQuotes.ts), so that this stays a per-article, order-independent function.
 */
import type { Article } from '../corpus/types.js';
import type { Sentence } from '../nlp/types.js';
import { extractQuotes } from './extractQuotes.js';
import type { Quote } from './types.js';

export function quotesOf(article: Article, sentences: readonly Sentence[]): Quote[] {
  if (article.paragraphs.length === 0) return [];
  const byParagraph = new Map<number, Sentence[]>();
  for (const s of sentences) {
    if (s.role !== 'body' || s.articleId !== article.id) continue;
    const list = byParagraph.get(s.paragraph) ?? [];
    list.push(s);
    byParagraph.set(s.paragraph, list);
  }
  return extractQuotes(article.paragraphs).map((q) => {
    const ids = new Set<number>();
    for (const span of q.spans) {
      for (const s of byParagraph.get(span.paragraph) ?? []) {
        // [start, end) overlap; an empty span still claims the sentence it sits in.
        const overlaps = span.end > span.start ? s.start < span.end && span.start < s.end : s.start <= span.start && span.start < s.end;
        if (overlaps) ids.add(s.id);
      }
    }
    return {
      text: q.text,
      speaker: q.speaker,
      kind: q.kind,
      ...(q.partial ? { partial: true as const } : {}),
      articleId: article.id,
      sentenceIds: [...ids].sort((a, b) => a - b),
    };
  });
}
