/**
 * "According to Trump, what …", "when did Khalilzad say …": the question asks what someone said,
 * and the sentence where that someone is the one saying it ("Trump said the U.S. and Taliban had
 * been engaged in negotiations", "…,” Khalilzad said on September 25") answers it rather than one
 * that only mentions them.
 */
import type { Sentence } from '../nlp/types.js';
import type { AnalysedQuestion } from './questionAnalysis.js';
import { SPEECH_VERBS } from '../quotes/quoteLexicon.js';

/** Verbs that report what someone said: /quote's reporting verbs (one-word ones match a token). */
const SAYING = new Set(SPEECH_VERBS);
const isSaying = (word: string): boolean => SAYING.has(word.toLowerCase());

/** The term of the name the question asks a saying of ("according to Trump", "did Khalilzad say"), or undefined. */
export function speakerAsked(q: AnalysedQuestion): string | undefined {
  const t = q.tokens;
  for (let i = 0; i < t.length; i++) {
    const w = t[i]!.value.toLowerCase();
    // "according to Donald Trump" → trump: the last word of the name.
    if (w === 'according' && /^to$/i.test(t[i + 1]?.value ?? '') && /^\p{Lu}/u.test(t[i + 2]?.value ?? '')) {
      let j = i + 2;
      while (/^\p{Lu}/u.test(t[j + 1]?.value ?? '')) j++;
      return t[j]!.term || undefined;
    }
    // "did Khalilzad say", "Khalilzad said".
    if (isSaying(w) && i > 0 && /^\p{Lu}/u.test(t[i - 1]!.value) && t[i - 1]!.pos === 'PROPN') return t[i - 1]!.term || undefined;
  }
  return undefined;
}

/** Whether the sentence has `term` (a name) saying something: "Trump said", "said Trump", "according to Trump". */
export function saysIt(s: Sentence, term: string): boolean {
  const t = s.tokens;
  for (let i = 0; i < t.length; i++) {
    if (t[i]!.term !== term) continue;
    for (let k = i + 1; k <= i + 3 && k < t.length; k++) if (isSaying(t[k]!.value)) return true;
    if (isSaying(t[i - 1]?.value ?? '')) return true;
    if (/^to$/i.test(t[i - 1]?.value ?? '') && /^according$/i.test(t[i - 2]?.value ?? '')) return true;
  }
  return false;
}
