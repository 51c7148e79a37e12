/** The age a page lists a related headline with ("3 days ago"), a sentence of its own before the headline (analyseArticle.ts). */
import type { Article } from '../corpus/types.js';
import type { Sentence } from './types.js';

type Placed = Pick<Sentence, 'role' | 'paragraph' | 'start'>;

/** Whether `s` is a related headline's age ("3 days ago"), not a headline. */
export function isTeaserAge(article: Article, s: Placed): boolean {
  const age = s.role === 'related' ? article.extras[s.paragraph]?.age : undefined;
  return age !== undefined && s.start < age.length;
}

/** Whether `s` is a related headline listed with an age, which is then the sentence before it. */
export function hasTeaserAge(article: Article, s: Placed): boolean {
  const age = s.role === 'related' ? article.extras[s.paragraph]?.age : undefined;
  return age !== undefined && s.start >= age.length;
}
