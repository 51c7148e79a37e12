/**
 * BM25+ as minisearch 7.2 scores a field (its default parameters), so that MiniSearchScorer and
 * TitleField score exactly as minisearch's `search` would, and SentenceIndex.idf weighs terms alike.
 */
const K = 1.2;
const B = 0.7;
const D = 0.5;

/** Inverse document frequency of a term `matching` of `documents` documents have. */
export function bm25Idf(documents: number, matching: number): number {
  return Math.log(1 + (documents - matching + 0.5) / (matching + 0.5));
}

/** A term's weight in a field of `length` (average `average`) where it occurs `tf` times; times its idf, its score. */
export function bm25TermWeight(tf: number, length: number, average: number): number {
  return D + (tf * (K + 1)) / (tf + K * (1 - B + (B * length) / average));
}
