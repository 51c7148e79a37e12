import type MiniSearch from 'minisearch';
import { internalsOf, type MiniSearchInternals } from './miniSearchInternals.js';
import { bm25Idf, bm25TermWeight } from './bm25.js';


/** The documents one query matched, in no order: parallel arrays. */
export interface MatchedDocuments {
  ids: number[];
  /** The sum of the terms' BM25+ scores (before minisearch multiplies by the terms matched). */
  scores: number[];
  /** A bit per query term matched (bit i: the i-th term). */
  terms: number[];
}

/**
 * Scores a query over one field of a MiniSearch index as its `search` does with `combineWith:
 * 'OR'` and no prefix or fuzzy terms — BM25+ per term, summed (minisearch then multiplies by the
 * number of query terms matched) — reading its postings in place. minisearch's `search` makes a
 * result object per matching document (a Map entry, a terms array, a match object, then the result
 * with its fields) and sorts them all: ~1.8 µs per posting, half of an /ask on BBC, for the 30
 * documents /ask keeps. Here a query adds into typed arrays and the caller ranks what it needs.
 * The index is still minisearch's: built, stored and serialised by it. It depends on minisearch
 * 7.2's internal layout, so test/index/SentenceIndex.test.ts compares every score with `search`'s.
 * Documents are never removed from our indexes (a reload builds a new one), so minisearch's check
 * for discarded documents is not needed.
 */
export class MiniSearchScorer {
  private readonly ms: MiniSearchInternals;
  private readonly fieldId: number;
  /** Per short document id: this query's score, and its matched-term bits. */
  private scores = new Float64Array(0);
  private bits = new Uint32Array(0);
  /** Per short document id: the field's length (read once from minisearch's Map). */
  private lengths = new Float64Array(0);
  private preparedFor = -1;
  /** Whether every short id is its document's id (sentences added in id order from 0): no lookup then. */
  private idsAreShortIds = false;

  constructor(search: MiniSearch<never> | MiniSearch<any>, field: string) {
    this.ms = internalsOf(search);
    const id = this.ms._fieldIds[field];
    if (id === undefined) throw new Error(`MiniSearchScorer: the index has no field "${field}"`);
    this.fieldId = id;
  }

  /** Documents matching any of the (distinct, at most 32) terms. */
  collect(terms: readonly string[]): MatchedDocuments {
    this.prepare();
    const ms = this.ms;
    const n = ms._documentCount;
    const average = ms._avgFieldLength[this.fieldId]!;
    const touched: number[] = [];
    const { scores, bits, lengths } = this;
    for (let i = 0; i < terms.length && i < 32; i++) {
      const postings = ms._index.get(terms[i]!)?.get(this.fieldId);
      if (!postings) continue;
      const matching = postings.size;
      const idf = bm25Idf(n, matching);
      const bit = 2 ** i;
      // forEach, not for…of: no [doc, tf] pair made per posting.
      postings.forEach((tf, doc) => {
        if (bits[doc] === 0) touched.push(doc);
        scores[doc]! += idf * bm25TermWeight(tf, lengths[doc]!, average);
        bits[doc]! |= bit;
      });
    }
    const out: MatchedDocuments = { ids: new Array(touched.length), scores: new Array(touched.length), terms: new Array(touched.length) };
    const same = this.idsAreShortIds;
    touched.forEach((doc, k) => {
      out.ids[k] = same ? doc : (ms._documentIds.get(doc) as number);
      out.scores[k] = scores[doc]!;
      out.terms[k] = bits[doc]!;
      scores[doc] = 0;
      bits[doc] = 0;
    });
    return out;
  }

  /** The ids of the documents whose field has the term. */
  documentsWith(term: string): number[] {
    const postings = this.ms._index.get(term)?.get(this.fieldId);
    return postings ? [...postings.keys()].map((doc) => this.ms._documentIds.get(doc) as number) : [];
  }

  /** Sizes the arrays to the index (documents added since the last query included). */
  private prepare(): void {
    const ms = this.ms;
    if (this.preparedFor === ms._documentIds.size) return;
    this.preparedFor = ms._documentIds.size;
    let top = 0;
    let same = true;
    for (const [doc, id] of ms._documentIds) {
      if (doc >= top) top = doc + 1;
      if (id !== doc) same = false;
    }
    this.idsAreShortIds = same;
    this.scores = new Float64Array(top);
    this.bits = new Uint32Array(top);
    this.lengths = new Float64Array(top);
    for (const [doc, lengths] of ms._fieldLength) if (doc < top) this.lengths[doc] = lengths[this.fieldId] ?? 0;
  }
}

/** The number of bits set: the number of query terms a document matched. */
export function popCount(x: number): number {
  let n = 0;
  for (let v = x; v !== 0; v &= v - 1) n++;
  return n;
}
