import type { SentenceToken } from '../nlp/types.js';
import { searchTerms } from '../nlp/terms.js';
import { Codes } from './Codes.js';
import { IntColumn } from './IntColumn.js';
import type { StringTable } from './batchStrings.js';

/** A store's columns as plain data (sent between threads, written in snapshots). */
export interface TokenColumnsData {
  /** Token types and POS tags, coded in `types` and `pos`. */
  codes: string[];
  /** Per token: offset in its sentence, length, type code, POS code. */
  starts: Int32Array;
  lengths: Int32Array;
  types: Int32Array;
  pos: Int32Array;
  /** Per token: its term's code (in `codes`) × 2, plus 1 when it is a stop word. */
  terms: Int32Array;
  /** [token index, value] for the rare tokens whose value is not the sentence text at their offset. */
  odd: [number, string][];
}

/**
 * Sentences whose token objects are kept (~20 MB at most): several queries' candidates and
 * neighbours. With 1,024, SQuAD /ask p99 went from ~4 to ~7 ms (long sentences, made anew).
 */
const RECENT_SENTENCES = 8192;

/** A store's columns as a worker thread posts them: its codes are ids in the worker's StringTable. */
export interface PackedTokenColumns extends Omit<TokenColumnsData, 'codes'> {
  codes: Int32Array;
}

/** Another store's columns, ready to append from (see TokenStore.columnsFrom). */
export interface ForeignColumns {
  data: Omit<TokenColumnsData, 'codes'>;
  recode: Int32Array;
  odd: ReadonlyMap<number, string>;
}

/**
 * Every token of a knowledge base in columns: ~20 bytes a token instead of an object, a string
 * and an array slot (~110 bytes). A token's value is its sentence's text at its offset, so only
 * offsets and lengths are kept. Token objects are made on demand (`tokensOf`) and not kept.
 */
export class TokenStore {
  private readonly codes: Codes;
  private readonly starts: IntColumn;
  private readonly lengths: IntColumn;
  private readonly types: IntColumn;
  private readonly pos: IntColumn;
  private readonly terms: IntColumn;
  private readonly odd: Map<number, string>;
  /** Token objects of recently read sentences, by first token index. */
  private readonly recent = new Map<number, SentenceToken[]>();
  /**
   * Per lexeme of analyseText (SentenceToken.lexeme) appended here: its type's code + 1, then its
   * term's code × 2 + stop + 1 (0: not appended yet). A token's type, term and stop flag are its
   * lexeme's, so only its tag needs a lookup.
   */
  private lexemeCodes = new Int32Array(0);

  /** `capacity`: tokens expected (a new store's columns are made that long, so that they need not grow). */
  constructor(from?: TokenColumnsData, capacity?: number) {
    this.codes = new Codes(from?.codes);
    this.starts = new IntColumn(from?.starts ?? capacity);
    this.lengths = new IntColumn(from?.lengths ?? capacity);
    this.types = new IntColumn(from?.types ?? capacity);
    this.pos = new IntColumn(from?.pos ?? capacity);
    this.terms = new IntColumn(from?.terms ?? capacity);
    this.odd = new Map(from?.odd);
  }

  get size(): number {
    return this.starts.length;
  }

  /** Appends the tokens of a sentence whose text is `text` (their terms and stop flags kept: /ask reads them for every candidate); returns the index of the first. */
  append(text: string, tokens: readonly SentenceToken[]): number {
    const first = this.size;
    for (const t of tokens) {
      if (!text.startsWith(t.value, t.start)) this.odd.set(this.size, t.value);
      this.starts.push(t.start);
      this.lengths.push(t.value.length);
      const lexeme = t.lexeme ?? -1;
      const known = lexeme >= 0 ? this.lexemeCode(lexeme) : -1;
      if (known >= 0) {
        // Type and term coded when this lexeme was first appended: only the tag is looked up.
        this.types.push(this.lexemeCodes[known]! - 1);
        this.pos.push(this.codes.code(t.pos));
        this.terms.push(this.lexemeCodes[known + 1]! - 1);
        continue;
      }
      // Coded in this order (type, tag, term) for every token, so that codes are numbered alike
      // whether or not a token's lexeme was coded before.
      const type = this.codes.code(t.type);
      this.types.push(type);
      this.pos.push(this.codes.code(t.pos));
      const term = this.codes.code(t.term) * 2 + (t.stop ? 1 : 0);
      this.terms.push(term);
      if (lexeme >= 0) {
        this.lexemeCodes[2 * lexeme] = type + 1;
        this.lexemeCodes[2 * lexeme + 1] = term + 1;
      }
    }
    return first;
  }

  /**
   * Where a lexeme's codes are in lexemeCodes (2 × lexeme), or -1 when it has none yet (the table
   * grown to hold it). Lexemes are dense numbers, so the table is ~8 bytes per distinct word.
   */
  private lexemeCode(lexeme: number): number {
    const at = 2 * lexeme;
    if (at + 1 >= this.lexemeCodes.length) {
      const grown = new Int32Array(Math.max(2 * this.lexemeCodes.length, at + 2, 4096));
      grown.set(this.lexemeCodes);
      this.lexemeCodes = grown;
      return -1;
    }
    return this.lexemeCodes[at]! > 0 ? at : -1;
  }

  /** Another store's columns made ready to append from (codes mapped to this store's). */
  columnsFrom(data: TokenColumnsData): ForeignColumns {
    return this.columnsWith(data, Int32Array.from(data.codes, (c) => this.codes.code(c)));
  }

  /** Another store's columns made ready to append from, `recode` mapping its codes to this store's (codeOf). */
  columnsWith(data: Omit<TokenColumnsData, 'codes'>, recode: Int32Array): ForeignColumns {
    return { data, recode, odd: new Map(data.odd) };
  }

  /** This store's code of a token type, POS tag or term (new codes numbered in the order asked). */
  codeOf(s: string): number {
    return this.codes.code(s);
  }

  /** Appends `count` tokens of another store's columns from index `from`; returns the index of the first. */
  appendColumns({ data, recode, odd }: ForeignColumns, from: number, count: number): number {
    const first = this.size;
    this.starts.pushRange(data.starts, from, count);
    this.lengths.pushRange(data.lengths, from, count);
    for (let i = from; i < from + count; i++) {
      this.types.push(recode[data.types[i]!]!);
      this.pos.push(recode[data.pos[i]!]!);
      const term = data.terms[i]!;
      this.terms.push(recode[term >> 1]! * 2 + (term & 1));
      if (odd.size > 0 && odd.has(i)) this.odd.set(first + i - from, odd.get(i)!);
    }
    return first;
  }

  /**
   * Token objects of the sentence `text` whose tokens are [first, first + count). The sentences
   * read last keep theirs: a query reads the same candidates' tokens several times over.
   */
  tokensOf(text: string, first: number, count: number): SentenceToken[] {
    const cached = this.recent.get(first);
    if (cached && cached.length === count) return cached;
    const tokens = this.makeTokens(text, first, count);
    if (this.recent.size >= RECENT_SENTENCES) this.recent.clear();
    this.recent.set(first, tokens);
    return tokens;
  }

  /**
   * The search terms of the sentence `text` whose tokens are [first, first + count), as
   * `searchTerms(tokens)` gives them, read from the columns without making token objects: the
   * usual case is every non-stop token's term. A hyphen (a compound kept whole, or a dash between
   * two words) needs the token values, so such a sentence goes through `searchTerms`.
   */
  searchTermsOf(text: string, first: number, count: number): string[] {
    const list = this.codes.list;
    const out: string[] = [];
    for (let i = first; i < first + count; i++) {
      const code = this.terms.get(i);
      const term = list[code >> 1]!;
      if (term.includes('-') || (this.lengths.get(i) === 1 && text[this.starts.get(i)] === '-')) return searchTerms(this.tokensOf(text, first, count));
      if (term && (code & 1) === 0) out.push(term);
    }
    return out;
  }

  /** The terms of tokens [first, first + count) that are not stop words, in reading order (punctuation has none). */
  contentTermsOf(first: number, count: number): string[] {
    const list = this.codes.list;
    const out: string[] = [];
    for (let i = first; i < first + count; i++) {
      const code = this.terms.get(i);
      if ((code & 1) === 0 && list[code >> 1]) out.push(list[code >> 1]!);
    }
    return out;
  }

  /** The first and last of tokens [first, first + count) whose term is in `terms` (indexes from `first`), or undefined. */
  termSpan(first: number, count: number, terms: ReadonlySet<string>): [number, number] | undefined {
    const list = this.codes.list;
    let a = -1;
    let b = -1;
    for (let i = 0; i < count; i++) {
      if (!terms.has(list[this.terms.get(first + i) >> 1]!)) continue;
      if (a < 0) a = i;
      b = i;
    }
    return a < 0 ? undefined : [a, b];
  }

  /** The value and POS tag of each of tokens [first, first + count) whose term is `term`, without making token objects. */
  tokensWithTerm(text: string, first: number, count: number, term: string): { value: string; pos: string }[] {
    const list = this.codes.list;
    const out: { value: string; pos: string }[] = [];
    const code = this.codes.find(term);
    if (code < 0) return out;
    for (let i = first; i < first + count; i++) {
      if (this.terms.get(i) >> 1 !== code) continue;
      const start = this.starts.get(i);
      const value = (this.odd.size > 0 ? this.odd.get(i) : undefined) ?? text.slice(start, start + this.lengths.get(i));
      out.push({ value, pos: list[this.pos.get(i)]! });
    }
    return out;
  }

  /** The values of the sentence's word tokens that are not stop words (for word vectors), without making token objects. */
  contentWordsOf(text: string, first: number, count: number): string[] {
    const list = this.codes.list;
    const out: string[] = [];
    for (let i = first; i < first + count; i++) {
      if ((this.terms.get(i) & 1) === 1 || list[this.types.get(i)] !== 'word') continue;
      const start = this.starts.get(i);
      out.push((this.odd.size > 0 ? this.odd.get(i) : undefined) ?? text.slice(start, start + this.lengths.get(i)));
    }
    return out;
  }

  /**
   * The same token objects, made without keeping them: for one pass over many sentences (a table
   * built from the whole corpus), which would only fill the recent cache with tokens nobody reads again.
   */
  tokensOnce(text: string, first: number, count: number): SentenceToken[] {
    return this.recent.get(first) ?? this.makeTokens(text, first, count);
  }

  private makeTokens(text: string, first: number, count: number): SentenceToken[] {
    const out: SentenceToken[] = new Array(count);
    const list = this.codes.list;
    for (let k = 0; k < count; k++) {
      const i = first + k;
      const start = this.starts.get(i);
      const value = (this.odd.size > 0 ? this.odd.get(i) : undefined) ?? text.slice(start, start + this.lengths.get(i));
      const term = this.terms.get(i);
      out[k] = { value, start, type: list[this.types.get(i)]!, pos: list[this.pos.get(i)]!, term: list[term >> 1]!, stop: (term & 1) === 1, lexeme: -1 };
    }
    return out;
  }

  /** Drops spare capacity once the build is done, when there is much of it (see IntColumn.trim). */
  trim(): void {
    for (const c of [this.starts, this.lengths, this.types, this.pos, this.terms]) c.trim();
  }

  /** The columns as a worker posts them, codes numbered in `table`. */
  toPacked(table: StringTable): PackedTokenColumns {
    const { codes, ...columns } = this.toData();
    return { ...columns, codes: Int32Array.from(codes, (c) => table.id(c)) };
  }

  toData(): TokenColumnsData {
    return {
      codes: [...this.codes.list],
      starts: this.starts.values(),
      lengths: this.lengths.values(),
      types: this.types.values(),
      pos: this.pos.values(),
      terms: this.terms.values(),
      odd: [...this.odd],
    };
  }
}
