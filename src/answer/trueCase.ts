/**
 * Chat questions come in lower case ("who is khalilzad"), and capitals are how a question says
 * that a word is a name: "who is X" asks what X is only when X is a name, and answer types look
 * for names the question does not already give. A lower-case word the corpus itself writes as a
 * name (KnowledgeBase index: capitalised in at least 80% of at least NAME_MIN_USES uses inside
 * sentences — a word seen once, in a title-case headline, is no evidence) gets its capital back
 * before the question is analysed.
 */
import type { KnowledgeBase } from '../index/KnowledgeBase.js';
import { isAcronym, isStopWord, termOf } from '../nlp/terms.js';

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

/** Words in capitals a stop word would be in lower case ("WHY", "SAY", "WHO"). */
const CAPITALS_WORD = /(?<![\p{L}\p{N}])[A-Z]{2,5}(?![\p{L}\p{N}])/gu;

/**
 * `question` with each word in capitals that is a stop word in lower case and that the corpus
 * never writes as an acronym put in lower case: chat stresses words so ("WHY did they cancel",
 * "what did he SAY"), and an acronym is a word to search for only when the corpus has it ("what
 * did the WHO say" in a corpus that mentions the World Health Organization).
 */
export function lowerStressedWords(kb: KnowledgeBase, question: string): string {
  return question.replace(CAPITALS_WORD, (word) => {
    if (!isAcronym(word) || !isStopWord(word.toLowerCase())) return word;
    return kb.index.documentFrequency(termOf(word)) > 0 ? word : word.toLowerCase();
  });
}
