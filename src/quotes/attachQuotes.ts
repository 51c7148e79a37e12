import type { Article } from '../corpus/types.js';
import type { Sentence } from '../nlp/types.js';
import type { Quote } from './types.js';

/** Placeholder until quote extraction lands: no quotes. */
export function quotesOf(_article: Article, _sentences: readonly Sentence[]): Quote[] {
  return [];
}
