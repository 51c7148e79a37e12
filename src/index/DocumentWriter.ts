import type MiniSearch from 'minisearch';
import { internalsOf, type MiniSearchInternals, type Postings } from './miniSearchInternals.js';
import { runAll } from '../shared/runInSlices.js';

/**
 * A batch of consecutive documents' postings, counted where they were analysed (a worker thread)
 * so that the thread writing the index adds them term by term (see DocumentWriter.addBatch).
 */
export interface BatchPostings {
  /** Per document: its field length (minisearch's: distinct tokens of its text split on ' '). */
  lengths: Int32Array;
  /** The batch's terms in order of first occurrence. */
  terms: string[];
  /** Per term: how many of the batch's documents have it; its (document, occurrences) pairs follow in `docs` and `tfs`, documents ascending. */
  counts: Int32Array;
  /** Document index in the batch (0 = its first). */
  docs: Int32Array;
  tfs: Int32Array;
  /** Whether every document's terms are plain (plainTerms). */
  plain: boolean;
}

/**
 * Adds documents to a MiniSearch exactly as its own `add` does — the same postings, field
 * lengths, running average field lengths and insertion orders, so the index, its search results
 * and its `toJSON` are the same — for documents of one field (field id 0) whose text is terms
 * joined by single spaces (tokenize: split on ' ', processTerm: drop empty strings), without stored
 * fields.
 *
 * It is cheaper because minisearch finds each term's postings in its radix tree (a walk down the
 * tree per term occurrence, ~2 µs); here a term's postings are kept in a Map after its first
 * occurrence. A test compares the result with minisearch's own `add`.
 */
export class DocumentWriter {
  private readonly internals: MiniSearchInternals;
  /** Per term seen: its field's documents (short id → occurrences). */
  private readonly postings = new Map<string, Map<number, number>>();

  constructor(search: MiniSearch<never> | MiniSearch<any>) {
    this.internals = internalsOf(search);
  }

  /** Adds the document `id` whose one field is `text`. */
  add(id: number, text: string): void {
    this.addTerms(id, text.split(' '));
  }

  /**
   * Adds the document `id` whose one field is `terms.join(' ')` (without joining and splitting
   * again when no term is empty or holds a space).
   */
  addTerms(id: number, terms: readonly string[]): void {
    const doc = this.newDocument(id);
    const length = eachToken(terms, (term) => {
      const docs = this.termDocuments(term);
      const n = docs.get(doc);
      docs.set(doc, (n ?? 0) + 1);
      return n === undefined;
    });
    this.internals.addFieldLength(doc, FIELD, this.internals._documentCount - 1, length);
  }

  /**
   * Adds the documents of a batch (ids `firstId`, `firstId` + 1, …) from their postings counted
   * elsewhere (batchPostings): the same index as adding them one by one.
   */
  addBatch(firstId: number, batch: BatchPostings): void {
    this.addCounted(firstId, batch, (t) => this.termDocuments(batch.terms[t]!));
  }

  /**
   * addBatch for postings whose terms are known by index only: `documentsOf(t)` gives the batch's
   * t-th term's documents (termDocuments), asked for in order of t.
   */
  addCounted(firstId: number, batch: Omit<BatchPostings, 'terms'>, documentsOf: (t: number) => Map<number, number>): void {
    runAll(this.addCountedSteps(firstId, batch, documentsOf));
  }

  /**
   * addCounted in steps of about POSTINGS_PER_STEP postings, for a build that yields to the event
   * loop between them (a batch's postings took up to 24 ms in one go during a BBC build).
   */
  *addCountedSteps(firstId: number, batch: Omit<BatchPostings, 'terms'>, documentsOf: (t: number) => Map<number, number>): Generator<void, void> {
    const ms = this.internals;
    const shortIds = new Int32Array(batch.lengths.length);
    for (let d = 0; d < shortIds.length; d++) {
      const doc = (shortIds[d] = this.newDocument(firstId + d));
      ms.addFieldLength(doc, FIELD, ms._documentCount - 1, batch.lengths[d]!);
    }
    // Terms new to the index are created in the order of their first occurrence, as one by one.
    const { counts, docs, tfs } = batch;
    let k = 0;
    let stepEnd = POSTINGS_PER_STEP;
    for (let t = 0; t < counts.length; t++) {
      const postings = documentsOf(t);
      for (const end = k + counts[t]!; k < end; k++) postings.set(shortIds[docs[k]!]!, tfs[k]!);
      if (k >= stepEnd) {
        stepEnd = k + POSTINGS_PER_STEP;
        yield;
      }
    }
  }

  /** Each term's number of documents, in the order the terms first occurred in documents added here. */
  *documentFrequencies(): Generator<[string, number]> {
    for (const [term, docs] of this.postings) yield [term, docs.size];
  }

  private newDocument(id: number): number {
    if (this.internals._idToShortId.has(id)) throw new Error(`MiniSearch: duplicate ID ${id}`);
    return this.internals.addDocumentId(id);
  }

  /** The field's documents of `term` (short id → occurrences; made, with the term, when new). */
  termDocuments(term: string): Map<number, number> {
    let docs = this.postings.get(term);
    if (docs === undefined) {
      const data = this.internals._index.fetch(term, newPostings);
      docs = data.get(FIELD);
      if (docs === undefined) data.set(FIELD, (docs = new Map()));
      this.postings.set(term, docs);
    }
    return docs;
  }
}

/**
 * The postings of consecutive documents, each given as its terms (as addTerms takes them), for
 * DocumentWriter.addBatch.
 */
export function batchPostings(documents: readonly (readonly string[])[]): BatchPostings {
  const lengths = new Int32Array(documents.length);
  const index = new Map<string, number>();
  const terms: string[] = [];
  const docsOf: number[][] = [];
  const tfsOf: number[][] = [];
  let pairs = 0;
  let plain = true;
  for (let d = 0; d < documents.length; d++) {
    plain &&= plainTerms(documents[d]!);
    lengths[d] = eachToken(documents[d]!, (term) => {
      let t = index.get(term);
      if (t === undefined) {
        index.set(term, (t = terms.length));
        terms.push(term);
        docsOf.push([]);
        tfsOf.push([]);
      }
      const docs = docsOf[t]!;
      const last = docs.length - 1;
      if (last >= 0 && docs[last] === d) {
        tfsOf[t]![last]!++;
        return false;
      }
      docs.push(d);
      tfsOf[t]!.push(1);
      pairs++;
      return true;
    });
  }
  const counts = new Int32Array(terms.length);
  const docs = new Int32Array(pairs);
  const tfs = new Int32Array(pairs);
  let k = 0;
  for (let t = 0; t < terms.length; t++) {
    const list = docsOf[t]!;
    const tf = tfsOf[t]!;
    counts[t] = list.length;
    for (let i = 0; i < list.length; i++, k++) {
      docs[k] = list[i]!;
      tfs[k] = tf[i]!;
    }
  }
  return { lengths, terms, counts, docs, tfs, plain };
}

/**
 * Calls `visit` with each non-empty token of `terms.join(' ')` split on ' ' (minisearch's tokens of
 * that text, empty ones dropped), and returns the text's field length as minisearch counts it: its
 * distinct tokens, the empty one included. `visit` says whether its token is new to the document.
 */
function eachToken(terms: readonly string[], visit: (term: string) => boolean): number {
  const tokens = plainTerms(terms) ? terms : terms.join(' ').split(' ');
  let distinct = 0;
  let empty = tokens.length === 0;
  for (let i = 0; i < tokens.length; i++) {
    const term = tokens[i]!;
    if (!term) empty = true;
    else if (visit(term)) distinct++;
  }
  return distinct + (empty ? 1 : 0);
}

/** Whether `terms` split on ' ' after joining are `terms` themselves: no empty term, none holding a space. */
export function plainTerms(terms: readonly string[]): boolean {
  for (let i = 0; i < terms.length; i++) if (terms[i] === '' || terms[i]!.includes(' ')) return false;
  return true;
}

/** Postings written between two yields of addCountedSteps (a BBC batch has ~3,000). */
const POSTINGS_PER_STEP = 1_000;

/** The one field's id (minisearch numbers fields in the order of its `fields` option). */
const FIELD = 0;

const newPostings = (): Postings => new Map();
