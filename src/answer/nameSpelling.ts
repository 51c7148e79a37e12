/**
 * A name typed one letter off ("who is Khalilzaad?") is written as the corpus writes it before the
 * question is read. Left as typed it is an unknown word: expansion still finds the name's sentences
 * (at a near spelling's weight), but the question no longer names anyone, so "who is X" does not
 * look for what X is and was answered by the fragment "Khalilzad said.". Only a word the corpus
 * never uses, with exactly one term near it (one edit, two from 8 letters, as expansion allows)
 * and that term written as a name (trueCase's test), and not itself a word the word vectors know
 * ("colloquial" is not "Colloquy"); the word's first letter keeps its case.
 */
import type { KnowledgeBase } from '../index/KnowledgeBase.js';
import { isStopWord, termOf } from '../nlp/terms.js';
import { wordVectors } from '../nlp/wordVectors.js';
import { typoEdits } from './queryExpansion.js';
import { NAME_MIN_USES } from './trueCase.js';

/** Letters-only words of at least 5 letters (shorter ones are too near too many others), a possessive "’s" allowed after. */
const CANDIDATE_WORD = /(?<![\p{L}\p{N}'’-])\p{L}{5,}(?=['’]s\b|(?![\p{L}\p{N}'’-]))/gu;
/** A phrase in quote marks, which the question wants matched as written. */
const QUOTED = /“[^”]*”|"[^"]*"/gu;


/** `question` with each unknown word that is one name misspelt replaced by that name's corpus form. */
export function fixNameSpelling(kb: KnowledgeBase, question: string): string {
  return outsideQuotedPhrases(question, (text) => fixWords(kb, text));
}

/** `question` with `fix` applied to the text outside its quoted phrases, which the question wants matched as typed. */
export function outsideQuotedPhrases(question: string, fix: (text: string) => string): string {
  // Between quoted phrases, the text as split around them.
  let out = '';
  let at = 0;
  for (const m of question.matchAll(QUOTED)) {
    out += fix(question.slice(at, m.index)) + m[0];
    at = m.index! + m[0].length;
  }
  return out + fix(question.slice(at));
}

function fixWords(kb: KnowledgeBase, text: string): string {
  return text.replace(CANDIDATE_WORD, (word) => {
    if (isStopWord(word)) return word;
    const term = termOf(word);
    if (!term || kb.index.documentFrequency(term) > 0 || (wordVectors()?.idOf(word) ?? -1) >= 0) return word;
    const near = kb.index.nearTerms(term, typoEdits(term));
    if (near.length !== 1 || !kb.index.isName(near[0]!, NAME_MIN_USES)) return word;
    const form = kb.index.formsSharingPrefix(word).find(([, t]) => t === near[0])?.[0];
    if (!form) return word;
    return (word[0] === word[0]!.toUpperCase() ? form[0]!.toUpperCase() : form[0]!) + form.slice(1);
  });
}
