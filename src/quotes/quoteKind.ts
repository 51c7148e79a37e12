/** Whether a quotation is a direct quotation or a quoted phrase. */
import { CLAUSE_VERBS_SIMPLE } from './quoteLexicon.js';
import { wordsOf } from './quoteNames.js';
import type { QuoteKind } from './types.js';

function hasVerb(text: string): boolean {
  for (const raw of text.split(/\s+/)) {
    const w = raw.toLowerCase().replace(/^[^\p{L}]+|[^\p{L}'’]+$/gu, '');
    if (w.length === 0) continue;
    if (CLAUSE_VERBS_SIMPLE.has(w)) return true;
    if (/(?:n['’]t|['’](?:re|ve|ll|m|d))$/u.test(w)) return true;
    if (/^(?:it|that|there|he|she|what|who|here)['’]s$/u.test(w)) return true;
    if (w.length > 4 && /(?:ed|ing)$/u.test(w)) return true;
  }
  return false;
}

/**
 * direct: a quotation standing as its own sentence (opens the sentence or is
 * introduced by a reporting verb with a colon/comma) or spanning paragraphs, or an
 * embedded fragment of more than four words containing a verb.
 * phrase: an embedded fragment of ≤ 4 words or without a verb (scare quotes, terms).
 */
export function classify(text: string, standalone: boolean): QuoteKind {
  if (standalone) return 'direct';
  const n = wordsOf(text).length;
  if (n <= 4) return 'phrase';
  if (!hasVerb(text) && n < 12) return 'phrase';
  return 'direct';
}
