/** The age a page lists a related headline with ("3 days ago"), a sentence of its own before the headline (analyseArticle.ts). */
import type { Article } from '../corpus/types.js';
import type { Sentence, SentenceRole } from './types.js';

type Placed = Pick<Sentence, 'role' | 'paragraph' | 'position'>;

/** The age of the related line of `role` and `paragraph` (an extra's index), when the line starts with it (as the cleaner makes it). */
export function teaserAgeOf(article: Article, role: SentenceRole, paragraph: number): string | undefined {
  if (role !== 'related') return undefined;
  const extra = article.extras[paragraph];
  return extra?.age !== undefined && extra.text.startsWith(extra.age) ? extra.age : undefined;
}

function ageOf(article: Article, s: Placed): string | undefined {
  return teaserAgeOf(article, s.role, s.paragraph);
}

/** Whether `s` is a related headline's age ("3 days ago"), not a headline: the line's first sentence. */
export function isTeaserAge(article: Article, s: Placed): boolean {
  return s.position === 0 && ageOf(article, s) !== undefined;
}

/** Whether `s` is the first sentence of a related headline listed with an age, which is then the sentence before it. */
export function hasTeaserAge(article: Article, s: Placed): boolean {
  return s.position === 1 && ageOf(article, s) !== undefined;
}
