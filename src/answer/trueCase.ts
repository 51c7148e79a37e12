/**
 * Chat questions come in lower case ("who is khalilzad"), and capitals are how a question says
 * that a word is a name: "who is X" asks what X is only when X is a name, and answer types look
 * for names the question does not already give. A lower-case word the corpus itself writes as a
 * name (KnowledgeBase index: capitalised in at least 80% of at least NAME_MIN_USES uses inside
 * sentences — a word seen once, in a title-case headline, is no evidence) gets its capital back
 * before the question is analysed.
 */
import type { KnowledgeBase } from '../index/KnowledgeBase.js';
import { isStopWord, termOf } from '../nlp/terms.js';

/** Letters-only lower-case words, apostrophes allowed ("o'neill"); a hyphen ends a word. */
const LOWER_WORD = /(?<![\p{L}\p{N}'’-])\p{Ll}[\p{Ll}'’]*(?![\p{L}\p{N}-])/gu;

/** A capitalised word past the first: the question already writes names with capitals ("I", "US" and "UN" say nothing). */
const CAPITALISED_WORD = /\s(?!I\b)\p{Lu}\p{Ll}/u;

/** Uses a word needs, capitalised, to count as a name the corpus writes (nameSpelling.ts asks the same). */
export const NAME_MIN_USES = 2;

/** `question` with each lower-case word the corpus writes as a name capitalised. */
export function trueCase(kb: KnowledgeBase, question: string): string {
  if (CAPITALISED_WORD.test(question)) return question;
  return question.replace(LOWER_WORD, (word) => {
    if (word.length < 3 || isStopWord(word)) return word;
    const term = termOf(word);
    return term && kb.index.isName(term, NAME_MIN_USES) ? word[0]!.toUpperCase() + word.slice(1) : word;
  });
}
