/**
 * A question's accented word as the corpus writes it. wink-nlp splits a word at a letter it does
 * not know ("Khalīlzad" → "Khal", "ī", "lzad"), and a question's text is compared with sentences'
 * (an appositive after the name, a quoted phrase), so an accent the corpus does not write loses
 * the word. A word the corpus writes as typed ("Müller", "Erdoğan") stays so; another is folded
 * (foldAccents) when the corpus has the folded word ("Khalīlzad" → "Khalilzad"; a decomposed
 * "ī" alike), and otherwise stays as typed.
 */
import type { KnowledgeBase } from '../index/KnowledgeBase.js';
import { ACCENT_CHARS, foldAccents, termOf } from '../nlp/terms.js';

/** A word (letters and combining marks) with a letter past ASCII or a mark. */
const ACCENTED_WORD = new RegExp(`[\\p{L}\\p{M}]*${ACCENT_CHARS}[\\p{L}\\p{M}]*`, 'gu');

/** `question` with each accented word the corpus does not write so, but writes unaccented, unaccented. */
export function foldSplitWords(kb: KnowledgeBase, question: string): string {
  return question.replace(ACCENTED_WORD, (word) => {
    const folded = foldAccents(word);
    if (folded === word || kb.index.isWordForm(word)) return word;
    return kb.index.documentFrequency(termOf(folded)) > 0 ? folded : word;
  });
}
