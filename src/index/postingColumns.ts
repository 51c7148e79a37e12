import type MiniSearch from 'minisearch';
import { internalsOf } from './miniSearchInternals.js';

/**
 * A one-field minisearch index's postings as columns, for snapshots: its terms in the index's own
 * order, and per term its documents (short ids) and occurrences, one after the other. As JSON
 * (minisearch's toJSON: an object per term keyed by document) BBC's postings took ~190 ms to parse
 * and as long again for loadJS to turn into Maps, with most of a snapshot load's GC; as columns
 * they are copied out of the file and put in Maps directly.
 */
export interface PostingColumns {
  terms: string[];
  /** Per term: its number of documents. */
  counts: Int32Array;
  /** Per (term, document): the document's short id, terms in order, documents as the index holds them. */
  docs: Int32Array;
  /** Per (term, document): the term's occurrences in it. */
  tfs: Int32Array;
}

/** Terms gathered between two yields of postingColumnsSteps (~2 ms). */
const TERMS_PER_STEP = 2_000;

/** The postings of `search` (one field, id `field`) as columns, gathered in steps. */
export function* postingColumnsSteps(search: MiniSearch<any>, field = 0): Generator<void, PostingColumns> {
  const terms: string[] = [];
  const counts: number[] = [];
  const docs: number[] = [];
  const tfs: number[] = [];
  for (const [term, fields] of internalsOf(search)._index) {
    const postings = fields.get(field);
    if (fields.size !== 1 || !postings) throw new Error(`postingColumns: term "${term}" has postings in fields other than ${field}`);
    terms.push(term);
    counts.push(postings.size);
    for (const [doc, tf] of postings) {
      docs.push(doc);
      tfs.push(tf);
    }
    if (terms.length % TERMS_PER_STEP === 0) yield;
  }
  return { terms, counts: Int32Array.from(counts), docs: Int32Array.from(docs), tfs: Int32Array.from(tfs) };
}

/** Puts `columns`' postings into `search` (one loaded without postings), in their order: the index loadJS would make from the JSON. */
export function loadPostings(search: MiniSearch<any>, columns: PostingColumns, field = 0): void {
  const index = internalsOf(search)._index;
  const { terms, counts, docs, tfs } = columns;
  let k = 0;
  for (let t = 0; t < terms.length; t++) {
    const postings = new Map<number, number>();
    for (const end = k + counts[t]!; k < end; k++) postings.set(docs[k]!, tfs[k]!);
    index.set(terms[t]!, new Map([[field, postings]]));
  }
}
