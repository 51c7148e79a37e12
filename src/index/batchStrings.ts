/**
 * The strings of a worker's batches (terms, word forms, token codes) go to this thread once per
 * worker, not once per batch: a worker numbers every string it sends (StringTable), each batch
 * carries the strings new since its last and names the others by number, and this thread keeps
 * what it resolved each number to (WorkerStrings). BBC's batches named ~950k strings, ~50k of
 * them new to their worker; each string named meant a lookup in a large Map here.
 */

/** The strings added to a worker's table by one batch: ids `base`, `base` + 1, … */
export interface AddedStrings {
  base: number;
  added: string[];
}

/** A worker's numbering of the strings it has sent (it lives as long as the worker, one build). */
export class StringTable {
  private readonly ids = new Map<string, number>();
  private added: string[] = [];
  private base = 0;
  /** Ids of the word forms sent so far (see IndexStats.toColumns). */
  readonly sentForms = new Set<number>();

  id(s: string): number {
    let id = this.ids.get(s);
    if (id === undefined) {
      id = this.ids.size;
      this.ids.set(s, id);
      this.added.push(s);
    }
    return id;
  }

  /** The strings numbered since the last call, to send with the batch. */
  takeAdded(): AddedStrings {
    const out = { base: this.base, added: this.added };
    this.base = this.ids.size;
    this.added = [];
    return out;
  }
}

/** One worker's strings as this thread received them, with what each was resolved to here. */
export class WorkerStrings {
  readonly list: string[] = [];
  private readonly codes: number[] = [];
  private readonly documents: (Map<number, number> | undefined)[] = [];
  private readonly capitals: ([number, number] | undefined)[] = [];

  /** Adds a batch's new strings (batches arrive in the order the worker made them). */
  receive({ base, added }: AddedStrings): void {
    if (base !== this.list.length) throw new Error(`worker strings out of order: ${base} after ${this.list.length}`);
    for (const s of added) {
      // Every slot filled, so that the arrays stay dense (resolved in any order).
      this.list.push(s);
      this.codes.push(-1);
      this.documents.push(undefined);
      this.capitals.push(undefined);
    }
  }

  /** String `id`'s token code, `resolve`d once. */
  code(id: number, resolve: (s: string) => number): number {
    let c = this.codes[id]!;
    if (c < 0) this.codes[id] = c = resolve(this.list[id]!);
    return c;
  }

  /** Term `id`'s keyword-index postings, `resolve`d once. */
  postings(id: number, resolve: (term: string) => Map<number, number>): Map<number, number> {
    return (this.documents[id] ??= resolve(this.list[id]!));
  }

  /** Term `id`'s capitalisation counts (IndexStats.caps' entry, changed in place), `resolve`d once. */
  caps(id: number, resolve: (term: string) => [number, number]): [number, number] {
    return (this.capitals[id] ??= resolve(this.list[id]!));
  }
}
