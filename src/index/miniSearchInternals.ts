import type MiniSearch from 'minisearch';

/** A term's postings: field id → (short document id → occurrences). */
export type Postings = Map<number, Map<number, number>>;

/**
 * The parts of a MiniSearch 7.2 instance that DocumentWriter, MiniSearchScorer and
 * miniSearchJsonSteps read or write (private or protected in its typings). package.json pins
 * minisearch to 7.2.0, and each of them is tested against minisearch's own `add`, `search` and
 * `toJSON`, so a layout change fails the tests.
 */
export interface MiniSearchInternals {
  _index: Iterable<[string, Postings]> & { get(term: string): Postings | undefined; set(term: string, postings: Postings): unknown; fetch(term: string, initial: () => Postings): Postings };
  _documentCount: number;
  _nextId: number;
  _documentIds: Map<number, unknown>;
  _idToShortId: Map<unknown, number>;
  _fieldIds: Record<string, number>;
  _fieldLength: Map<number, number[]>;
  _avgFieldLength: number[];
  _storedFields: Map<number, unknown>;
  _dirtCount: number;
  addDocumentId(id: unknown): number;
  addFieldLength(documentId: number, fieldId: number, count: number, length: number): void;
}

export function internalsOf(search: MiniSearch<any> | MiniSearch<never>): MiniSearchInternals {
  return search as unknown as MiniSearchInternals;
}
