import type { KnowledgeBase } from '../index/KnowledgeBase.js';
import { wordVectors } from '../nlp/wordVectors.js';

export interface WeightedTerm {
  /** A term to look for. */
  term: string;
  /** The question term it stands for. */
  origin: string;
  /** 1 for the term itself, less for a near spelling or a related word. */
  weight: number;
}

/**
 * The question's terms plus, for terms the corpus never uses, the corpus terms one or two edits
 * away (typos: "withdrawl", "goverment") and, for short words, what they abbreviate ("govt",
 * "pak"). `words` gives the question's own word forms behind each term.
 */
export function expandQuery(kb: KnowledgeBase, terms: readonly string[], words?: ReadonlyMap<string, string[]>): WeightedTerm[] {
  const out: WeightedTerm[] = [];
  for (const term of terms) {
    out.push({ term, origin: term, weight: 1 });
    if (kb.index.documentFrequency(term) > 0 || /\d/.test(term)) continue;
    if (term.length >= 5) {
      for (const near of kb.index.nearTerms(term, term.length >= 8 ? 2 : 1)) out.push({ term: near, origin: term, weight: 0.8 });
    }
    for (const word of words?.get(term) ?? []) {
      if (isCommonWord(word)) continue;
      for (const full of kb.index.abbreviatedTerms(word)) out.push({ term: full, origin: term, weight: 0.7 });
    }
  }
  return out;
}

/** The expanded terms grouped by the question term they stand for: origin → (term → best weight). */
export function variantsByOrigin(weighted: readonly WeightedTerm[]): Map<string, Map<string, number>> {
  const groups = new Map<string, Map<string, number>>();
  for (const w of weighted) {
    const g = groups.get(w.origin) ?? new Map<string, number>();
    g.set(w.term, Math.max(g.get(w.term) ?? 0, w.weight));
    groups.set(w.origin, g);
  }
  return groups;
}

/**
 * Words among the 5,000 most frequent English words ("cup", "won") are words, not abbreviations:
 * "cup" must not stand for "couple". The word-vector table is in frequency order.
 */
const COMMON_WORD_RANK = 5_000;

function isCommonWord(word: string): boolean {
  const rank = wordVectors()?.idOf(word) ?? -1;
  return rank >= 0 && rank < COMMON_WORD_RANK;
}
