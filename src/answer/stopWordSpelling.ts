/**
 * A function word typed a letter off ("acording to the envoy", "becuase", "waht did he say") is
 * written as meant before the question is read. Left as typed it is a word no sentence has and,
 * for a question word, hides what the question asks: "waht nationality is goren" expected no
 * name and was declined.
 *
 * Only a word the corpus never uses and the web rarely does (see COMMON_WORDS: a word the web
 * knows must be a swap of two letters), one edit from exactly one stop word (a swap only for words
 * under five letters: "teh"; "hwo" is two words' typo and stays), the stop word itself at least
 * three letters long. The case of the first letter is kept; quoted phrases stay as typed, as for
 * names (nameSpelling.ts).
 */
import type { KnowledgeBase } from '../index/KnowledgeBase.js';
import { STOP_WORDS, isStopWord, termOf } from '../nlp/terms.js';
import { editDistance } from '../shared/editDistance.js';
import { wordVectors } from '../nlp/wordVectors.js';
import { outsideQuotedPhrases } from './nameSpelling.js';

const WORD = /(?<![\p{L}\p{N}'’-])\p{L}{3,}(?![\p{L}\p{N}'’-])/gu;
/** Stop words a typo may be of: plain words of three letters or more (not "nt", "ur" or "isn't"). */
const TARGETS = [...STOP_WORDS].filter((w) => /^[a-z]{3,}$/.test(w));

export function fixStopWordSpelling(kb: KnowledgeBase, question: string): string {
  return outsideQuotedPhrases(question, (text) => fixWords(kb, text));
}

function fixWords(kb: KnowledgeBase, text: string): string {
  return text.replace(WORD, (word) => {
    const lower = word.toLowerCase();
    if (isStopWord(word)) return word;
    const term = termOf(word);
    if (!term || kb.index.documentFrequency(term) > 0) return word;
    const kind = known(lower);
    if (kind === undefined || kind === 'common') return word;
    const meant = stopWordNear(lower, kind === 'rare');
    return meant === undefined ? word : (word[0] === word[0]!.toUpperCase() ? meant[0]!.toUpperCase() : meant[0]!) + meant.slice(1);
  });
}

/**
 * The word vectors' table is in order of frequency on the web: a word among its first 30,000 is a
 * word of its own ("cover", "never", "won" are one edit from "over", "ever", "own"). Later ones may
 * be typos ("waht" 80,000th, "becuase" 118,000th) or rare words and names ("turing", "javid",
 * "ether", "sunder": one letter from "during", "said", "other", "under"), and their vectors do not
 * tell which: only a swap of two letters, which no such word here is, is read as a typo. A word the
 * table lacks ("acording") may be one edit from its stop word. Without the table, nothing is
 * rewritten: "never" and "won" could not be told from typos.
 */
const COMMON_WORDS = 30_000;

type Known = 'common' | 'rare' | 'unknown';

function known(word: string): Known | undefined {
  const vectors = wordVectors();
  if (!vectors) return undefined;
  const id = vectors.idOf(word);
  return id < 0 ? 'unknown' : id < COMMON_WORDS ? 'common' : 'rare';
}

/** The one stop word `word` is a typo of, if exactly one; only a swap of two letters when `swapOnly` (and under five letters). */
export function stopWordNear(word: string, swapOnly = false): string | undefined {
  let found: string | undefined;
  for (const target of TARGETS) {
    if (Math.abs(target.length - word.length) > 1) continue;
    if ((swapOnly || word.length < 5) && !isTransposition(word, target)) continue;
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
