import type { SentenceToken } from '../nlp/types.js';
import { searchTerms } from '../nlp/terms.js';

/** IndexStats as plain data (snapshots, and batches analysed on worker threads). */
export interface IndexStatsData {
  df: [string, number][];
  words: [string, string][];
  /** term → [occurrences not opening a sentence, of which capitalised] */
  caps: [string, [number, number]][];
  count: number;
}

/**
 * What the index knows about terms besides postings: document frequencies, the corpus's word
 * forms, and how often each term is capitalised. Stats of consecutive parts of a corpus merge,
 * in order, into exactly the stats of the whole (same counts, same Map orders, last word form
 * wins), so worker threads can count their own batches.
 */
export class IndexStats {
  /** Number of sentences containing each term. */
  readonly df: Map<string, number>;
  /** Lower-cased word forms of the corpus and their terms, for abbreviations ("govt", "pak"). */
  readonly words: Map<string, string>;
  /** Per term: how often it occurs inside sentences, and how often capitalised there. */
  readonly caps: Map<string, [number, number]>;
  count: number;

  constructor(from?: IndexStatsData) {
    this.df = new Map(from?.df);
    this.words = new Map(from?.words);
    this.caps = new Map(from?.caps);
    this.count = from?.count ?? 0;
  }

  /** Counts one sentence; returns its search terms. */
  add(tokens: readonly SentenceToken[]): string[] {
    const terms = searchTerms(tokens);
    for (const t of new Set(terms)) this.df.set(t, (this.df.get(t) ?? 0) + 1);
    tokens.forEach((tok, i) => {
      if (!tok.term || tok.stop || tok.type !== 'word') return;
      this.words.set(tok.value.toLowerCase(), tok.term);
      if (i === 0) return; // a sentence's first word is capitalised anyway
      const c = this.caps.get(tok.term) ?? [0, 0];
      c[0]++;
      if (/^\p{Lu}/u.test(tok.value)) c[1]++;
      this.caps.set(tok.term, c);
    });
    this.count++;
    return terms;
  }

  /** Adds the stats of the next part of the corpus. */
  merge(next: IndexStatsData): void {
    for (const [t, n] of next.df) this.df.set(t, (this.df.get(t) ?? 0) + n);
    for (const [form, t] of next.words) this.words.set(form, t);
    for (const [t, [n, capitalised]] of next.caps) {
      const c = this.caps.get(t);
      if (c) {
        c[0] += n;
        c[1] += capitalised;
      } else {
        this.caps.set(t, [n, capitalised]);
      }
    }
    this.count += next.count;
  }

  toData(): IndexStatsData {
    return { df: [...this.df], words: [...this.words], caps: [...this.caps], count: this.count };
  }
}
