import type { Sentence } from '../nlp/types.js';
import { searchTerms } from '../nlp/terms.js';

/** The search terms of an article's title sentences (the index's second, boosted field). */
export function titleTerms(sentences: readonly Sentence[]): string[] {
  return sentences.filter((s) => s.role === 'title').flatMap((s) => searchTerms(s.tokens));
}
