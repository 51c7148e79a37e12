/**
 * Chat questions come in lower case ("who is khalilzad"), and capitals are how a question says
 * that a word is a name: "who is X" asks what X is only when X is a name, and answer types look
 * for names the question does not already give. A lower-case word the corpus itself writes as a
 * name (KnowledgeBase index: capitalised in at least 80% of its uses inside sentences) gets its
 * capital back before the question is analysed.
 */
import type { KnowledgeBase } from '../index/KnowledgeBase.js';
import { isStopWord, termOf } from '../nlp/terms.js';

/** Letters-only lower-case words (with inner hyphens or apostrophes: "al-qaeda", "o'neill"). */
const LOWER_WORD = /(?<![\p{L}\p{N}])\p{Ll}[\p{Ll}'’-]*(?![\p{L}\p{N}])/gu;

/** `question` with each lower-case word the corpus writes as a name capitalised. */
export function trueCase(kb: KnowledgeBase, question: string): string {
  // A question that already uses capitals past its first word is taken as written.
  if (/\s\p{Lu}/u.test(question)) return question;
  return question.replace(LOWER_WORD, (word) => {
    if (word.length < 3 || isStopWord(word)) return word;
    const term = termOf(word);
    return term && kb.index.isName(term) ? word[0]!.toUpperCase() + word.slice(1) : word;
  });
}
