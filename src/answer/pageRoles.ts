/** Lines about the page (byline, dateline, caption, note) and the question words that ask for them. */
import type { Sentence, SentenceRole } from '../nlp/types.js';
import { termOf } from '../nlp/terms.js';
import { DATE_PATTERN } from '../corpus/lineKinds.js';
import type { AnalysedQuestion } from './questionAnalysis.js';

/** Lines about the page rather than the story. */
export const METADATA_ROLES = new Set<SentenceRole>(['byline', 'dateline', 'caption', 'note', 'site']);
/**
 * Of those, the lines that hold names and dates of the page only: a caption or the outlet's own
 * lines say more ("Join our verified AMN Telegram channel" answers "what app…").
 */
export const PAGE_ONLY_ROLES = new Set<SentenceRole>(['byline', 'dateline', 'note']);

/**
 * Words that ask about a page's metadata rather than its prose: "who wrote" → the byline,
 * "photo" → the caption, "updated" → the dateline, "reprinted" → the note, "which site ran it" →
 * the line naming the outlet.
 */
export const ROLE_TERMS: Partial<Record<SentenceRole, Set<string>>> = {
  byline: new Set(['wrote', 'written', 'writer', 'author', 'byline', 'report', 'reporter', 'journalist', 'correspond'].map(termOf)),
  caption: new Set(['photo', 'photograph', 'photographer', 'picture', 'pic', 'image', 'pictured', 'caption', 'shot', 'credit'].map(termOf)),
  dateline: new Set(['published', 'updated', 'posted', 'date', 'dated', 'publication'].map(termOf)),
  note: new Set(['reprinted', 'republished', 'originally', 'published', 'source', 'syndicated', 'outlet'].map(termOf)),
  // "What does the headline say": the title ("title" alone is also a person's office).
  title: new Set(['headline', 'headlines', 'headlined'].map(termOf)),
  // Not "posted": "when was it posted" asks for the dateline.
  site: new Set(['site', 'website', 'outlet', 'publication', 'publisher', 'newspaper'].map(termOf)),
};

/** The metadata lines a question asks for: "who wrote" → bylines, "when was it published" → datelines and notes. */
export function rolesAskedBy(q: AnalysedQuestion): SentenceRole[] {
  return (Object.keys(ROLE_TERMS) as SentenceRole[]).filter((role) => q.terms.some((t) => ROLE_TERMS[role]!.has(t)));
}

export function roleMatch(term: string, s: Sentence): number {
  return hasRole(s, (role) => ROLE_TERMS[role]?.has(term) === true) ? 1 : 0;
}

/**
 * Whether one of the sentence's roles passes `test`: its own, and for a byline that carries the
 * date ("By Lara Seligman 09/11/2020 12:40 PM EDT") the dateline's too. Asked of every candidate,
 * so it makes no list of roles.
 */
export function hasRole(s: Sentence, test: (role: SentenceRole) => boolean): boolean {
  return test(s.role) || (s.role === 'byline' && test('dateline') && DATE_PATTERN.test(s.text));
}
