import type MiniSearch from 'minisearch';

/** The parts of a MiniSearch 7.2 instance that its `add` writes (protected or private in its typings). */
interface MiniSearchInternals {
  _index: { fetch(term: string, initial: () => Postings): Postings };
  _documentCount: number;
  _idToShortId: Map<unknown, number>;
  addDocumentId(id: unknown): number;
  addFieldLength(documentId: number, fieldId: number, count: number, length: number): void;
}

/** A term's postings: field id → (short document id → occurrences). */
type Postings = Map<number, Map<number, number>>;

/** A field's text as minisearch sees it: its tokens (split on spaces) and how many are distinct. */
interface FieldTokens {
  tokens: string[];
  distinct: number;
}

/**
 * Adds documents to a MiniSearch exactly as its own `add` does — the same postings, field
 * lengths, running average field lengths and insertion orders, so the index, its search results
 * and its `toJSON` are the same — for documents whose fields are terms joined by single spaces
 * (tokenize: split on ' ', processTerm: drop empty strings) and without stored fields.
 *
 * It is cheaper because minisearch finds each term's postings in its radix tree (a walk down the
 * tree per term occurrence, ~2 µs); here a term's postings are kept in a Map after its first
 * occurrence, and the second field (an article's title, the same for each of its sentences) is
 * split once per article. A test compares the result with minisearch's own `add`.
 */
export class DocumentWriter {
  private readonly internals: MiniSearchInternals;
  private readonly postings = new Map<string, Postings>();
  private lastSecond: string | undefined;
  private secondTokens: FieldTokens | undefined;

  constructor(search: MiniSearch<never> | MiniSearch<any>) {
    this.internals = search as unknown as MiniSearchInternals;
  }

  /** Adds the document `id` whose two fields (field ids 0 and 1) are `first` and `second`. */
  add(id: number, first: string, second: string): void {
    const ms = this.internals;
    if (ms._idToShortId.has(id)) throw new Error(`MiniSearch: duplicate ID ${id}`);
    const doc = ms.addDocumentId(id);
    this.addField(doc, 0, fieldTokens(first));
    if (second !== this.lastSecond) {
      this.lastSecond = second;
      this.secondTokens = fieldTokens(second);
    }
    this.addField(doc, 1, this.secondTokens!);
  }

  private addField(doc: number, fieldId: number, { tokens, distinct }: FieldTokens): void {
    const ms = this.internals;
    ms.addFieldLength(doc, fieldId, ms._documentCount - 1, distinct);
    for (const term of tokens) {
      if (!term) continue;
      let data = this.postings.get(term);
      if (data === undefined) {
        data = ms._index.fetch(term, newPostings);
        this.postings.set(term, data);
      }
      const docs = data.get(fieldId);
      if (docs === undefined) data.set(fieldId, new Map([[doc, 1]]));
      else docs.set(doc, (docs.get(doc) ?? 0) + 1);
    }
  }
}

const newPostings = (): Postings => new Map();

function fieldTokens(text: string): FieldTokens {
  const tokens = text.split(' ');
  return { tokens, distinct: new Set(tokens).size };
}
