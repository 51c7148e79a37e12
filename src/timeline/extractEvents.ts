import type { Article } from '../corpus/types.js';
import type { Sentence } from '../nlp/types.js';
import type { TimelineEvent } from './types.js';

/** Placeholder until the event extractor lands: no events. */
export function extractEvents(_article: Article, _sentences: readonly Sentence[]): TimelineEvent[] {
  return [];
}
