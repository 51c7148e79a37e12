/**
 * A function word typed a letter off ("acording to the envoy", "becuase", "waht did he say") is
 * written as meant before the question is read. Left as typed it is a word no sentence has: it
 * counts against every sentence's coverage (lowering the confidence, so that a right answer was
 * declined) and, for a question word, hides what the question asks ("waht" expects nothing).
 *
 * Only a word the corpus never uses and the web rarely does (commonWord), one edit from exactly one stop word (a transposition only
 * for words under five letters: "teh", "hwo" is two words' typo and stays), the stop word itself
 * at least three letters long. The case of the first letter is kept.
 */
import type { KnowledgeBase } from '../index/KnowledgeBase.js';
import { STOP_WORDS, isStopWord, termOf } from '../nlp/terms.js';
import { editDistance } from '../index/SentenceIndex.js';
import { wordVectors } from '../nlp/wordVectors.js';

const WORD = /(?<![\p{L}\p{N}'’-])\p{L}{3,}(?![\p{L}\p{N}'’-])/gu;
/** Stop words a typo may be of: plain words of three letters or more (not "nt", "ur" or "isn't"). */
const TARGETS = [...STOP_WORDS].filter((w) => /^[a-z]{3,}$/.test(w));

export function fixStopWordSpelling(kb: KnowledgeBase, question: string): string {
  return question.replace(WORD, (word) => {
    const lower = word.toLowerCase();
    if (isStopWord(word)) return word;
    const term = termOf(word);
    if (!term || kb.index.documentFrequency(term) > 0 || commonWord(lower)) return word;
    const meant = stopWordNear(lower);
    return meant === undefined ? word : (word[0] === word[0]!.toUpperCase() ? meant[0]!.toUpperCase() : meant[0]!) + meant.slice(1);
  });
}

/**
 * The word vectors' table is in order of frequency on the web: a word among its first 30,000 is
 * a word of its own ("cover", "never", "won" are one edit from "over", "ever", "own"), while
 * frequent typos come later ("waht" 80,000th, "becuase" 118,000th) or not at all ("acording").
 */
const COMMON_WORDS = 30_000;

function commonWord(word: string): boolean {
  const id = wordVectors()?.idOf(word) ?? -1;
  return id >= 0 && id < COMMON_WORDS;
}

/** The one stop word `word` is a typo of, if exactly one. */
export function stopWordNear(word: string): string | undefined {
  let found: string | undefined;
  for (const target of TARGETS) {
    if (Math.abs(target.length - word.length) > 1) continue;
    if (word.length < 5 && !isTransposition(word, target)) continue;
    if (editDistance(word, target, 1) > 1) continue;
    if (found !== undefined) return undefined;
    found = target;
  }
  return found;
}

/** Whether `b` is `a` with two neighbouring letters swapped. */
function isTransposition(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  const i = [...a].findIndex((c, k) => c !== b[k]);
  return i >= 0 && i < a.length - 1 && a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
}
