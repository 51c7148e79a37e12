import type { SentenceRole, SentenceToken } from '../nlp/types.js';
import { searchTerms } from '../nlp/terms.js';
import { plainTerms } from './DocumentWriter.js';
import type { StringTable, WorkerStrings } from './batchStrings.js';
import { runAll } from '../shared/runInSlices.js';

/**
 * Whether a sentence counts in IndexStats' capitalisation (see IndexStats.add): not the page's line
 * naming the outlet, nor a headline in title case, which capitalises every word ("Makes Surprise
 * Stop In Kabul" made "stop" a name). A story's sentence is never read so: one that lists names
 * ("Present were Ashraf Ghani, Abdullah Abdullah, … and Mike Pompeo") says they are names.
 */
export function countsCapitals(role: SentenceRole, tokens: readonly SentenceToken[]): boolean {
  return role !== 'site' && role !== 'furniture' && !(HEADLINE_ROLES.has(role) && titleCased(tokens));
}

/** Lines that are headlines: the article's and its page's other stories' ('related'). */
const HEADLINE_ROLES = new Set<SentenceRole>(['title', 'related']);

/** IndexStats as plain data (snapshots, and batches analysed on worker threads). */
export interface IndexStatsData {
  df: [string, number][];
  words: [string, string][];
  /** term → [occurrences not opening a sentence, of which capitalised] */
  caps: [string, [number, number]][];
  count: number;
}

/**
 * IndexStats of a batch as columns, as a worker thread posts them: a few arrays instead of a
 * small array per term, which are slow to copy between threads. Strings are ids in the worker's
 * StringTable; word forms and capitalisation name their terms by index in `terms` (every such
 * term has a document frequency).
 */
export interface IndexStatsColumns {
  /** The terms (ids) with their document frequencies, in the stats' order. */
  terms: Int32Array;
  df: Int32Array;
  /**
   * The word forms (ids) the worker had not sent in an earlier batch: a form's term is a function of
   * the form (termOf folds case first), so the words Map's entry of a form sent before is unchanged.
   */
  forms: Int32Array;
  /** Per form: its term's index in `terms`. */
  formTerms: Int32Array;
  /** Per capitalisation entry: its term's index in `terms`, occurrences, of which capitalised. */
  caps: Int32Array;
  count: number;
}

/**
 * What the index knows about terms besides postings: document frequencies, the corpus's word
 * forms, and how often each term is capitalised. Stats of consecutive parts of a corpus merge,
 * in order, into exactly the stats of the whole (same counts, same Map orders, last word form
 * wins), so worker threads can count their own batches.
 */
export class IndexStats {
  private dfCounts: Map<string, number>;
  /**
   * Where document frequencies are read instead of counted (deriveDf), while every sentence's
   * terms are plain; `dfStale` when sentences were added since they were last read.
   */
  private dfSource: (() => Iterable<[string, number]>) | undefined;
  private dfStale = false;
  /** Lower-cased word forms of the corpus and their terms, for abbreviations ("govt", "pak"). */
  readonly words: Map<string, string>;
  /** Per term: how often it occurs inside sentences, and how often capitalised there. */
  readonly caps: Map<string, [number, number]>;
  count: number;
  /** Per lexeme of analyseText (SentenceToken.lexeme) counted here: whether its word form is in `words`. */
  private lexemeForms = new Uint8Array(0);
  /** Per lexeme counted here: its term's entry in `caps` (entries are changed in place, never replaced). */
  private readonly lexemeCaps: ([number, number] | undefined)[] = [];

  constructor(from?: IndexStatsData) {
    this.dfCounts = new Map(from?.df);
    this.words = new Map(from?.words);
    this.caps = new Map(from?.caps);
    this.count = from?.count ?? 0;
  }

  /**
   * Reads the derived document frequencies now (see deriveDf), in steps of DF_PER_STEP terms, for
   * a build that yields between them (BBC has ~50,000 terms: 10-20 ms in one go).
   */
  *settleSteps(): Generator<void, void> {
    if (!this.dfSource || !this.dfStale) return;
    const counts = new Map<string, number>();
    for (const [term, n] of this.dfSource()) {
      counts.set(term, n);
      if (counts.size % DF_PER_STEP === 0) yield;
    }
    this.dfCounts = counts;
    this.dfStale = false;
  }

  /** Number of sentences containing each term, in the order the terms first occur. */
  get df(): Map<string, number> {
    // Settled (every query asks: no generator made then).
    if (this.dfSource && this.dfStale) runAll(this.settleSteps());
    return this.dfCounts;
  }

  /**
   * Document frequencies are not counted here but read, when asked for, from `source`: the
   * keyword index's postings sizes, in the order its terms first occurred, which are the same
   * while each sentence's terms are plain (plainTerms: no empty term, none holding a space, so the
   * index's tokens are the terms). The sentences are added to the index after they are counted
   * here; from the first sentence or batch whose terms are not plain on, they are counted again.
   * Only for stats without sentences yet.
   */
  deriveDf(source: () => Iterable<[string, number]>): void {
    if (this.count > 0 || this.dfCounts.size > 0) throw new Error('IndexStats.deriveDf: stats already hold sentences');
    this.dfSource = source;
  }

  /** Whether document frequencies are still derived (deriveDf), every sentence's terms plain so far. */
  get derivesDf(): boolean {
    return this.dfSource !== undefined;
  }

  /** Stops deriving document frequencies (from here on they are counted), keeping those so far. */
  private countDf(): void {
    if (!this.dfSource) return;
    runAll(this.settleSteps()); // up to date unless sentences were added since the last read
    this.dfSource = undefined;
  }

  /**
   * Counts one sentence; returns its search terms. `countCapitals` false leaves its words out of
   * `caps`: the page line naming the outlet ("… | Security Risks Asia") would make a word found only
   * there ("risks") look like a name.
   */
  add(tokens: readonly SentenceToken[], countCapitals = true): string[] {
    const terms = searchTerms(tokens);
    if (this.dfSource && !plainTerms(terms)) this.countDf();
    if (this.dfSource) this.dfStale = true;
    else for (const t of new Set(terms)) this.dfCounts.set(t, (this.dfCounts.get(t) ?? 0) + 1);
    for (let i = 0; i < tokens.length; i++) {
      const tok = tokens[i]!;
      if (!tok.term || tok.stop || tok.type !== 'word') continue;
      const lexeme = tok.lexeme ?? -1;
      // A word form's term is a function of the form, so a lexeme's form set once stays set.
      if (lexeme < 0 || !this.formSet(lexeme)) this.words.set(tok.value.toLowerCase(), tok.term);
      if (i === 0 || !countCapitals) continue; // a sentence's first word is capitalised anyway
      let c = lexeme >= 0 ? this.lexemeCaps[lexeme] : undefined;
      if (!c) {
        c = this.caps.get(tok.term);
        if (!c) this.caps.set(tok.term, (c = [0, 0]));
        if (lexeme >= 0) this.lexemeCaps[lexeme] = c;
      }
      c[0]++;
      c[1] += startsCapitalised(tok.value) ? 1 : 0;
    }
    this.count++;
    return terms;
  }

  /** Whether lexeme's word form was put in `words` here already; marks it as put. */
  private formSet(lexeme: number): boolean {
    if (lexeme >= this.lexemeForms.length) {
      const grown = new Uint8Array(Math.max(2 * this.lexemeForms.length, lexeme + 1, 4096));
      grown.set(this.lexemeForms);
      this.lexemeForms = grown;
    }
    if (this.lexemeForms[lexeme] === 1) return true;
    this.lexemeForms[lexeme] = 1;
    return false;
  }

  /**
   * Adds the stats of the next part of the corpus (from its `toColumns`, whose strings are
   * `strings`); `plain`: whether every sentence's terms in it are plain (see deriveDf).
   */
  merge(next: IndexStatsColumns, strings: WorkerStrings, plain = false): void {
    const { terms, df, forms, formTerms, caps } = next;
    const list = strings.list;
    if (!plain) this.countDf();
    if (this.dfSource) this.dfStale = true;
    else for (let i = 0; i < terms.length; i++) this.dfCounts.set(list[terms[i]!]!, (this.dfCounts.get(list[terms[i]!]!) ?? 0) + df[i]!);
    for (let i = 0; i < forms.length; i++) this.words.set(list[forms[i]!]!, list[terms[formTerms[i]!]!]!);
    for (let i = 0; i < caps.length; i += 3) {
      const c = strings.caps(terms[caps[i]!]!, this.capsEntry);
      c[0] += caps[i + 1]!;
      c[1] += caps[i + 2]!;
    }
    this.count += next.count;
  }

  /** A term's capitalisation entry, made (with no occurrences) when it has none. */
  private readonly capsEntry = (term: string): [number, number] => {
    let c = this.caps.get(term);
    if (!c) this.caps.set(term, (c = [0, 0]));
    return c;
  };

  /** These stats as columns, their strings numbered in `table` (a worker's). */
  toColumns(table: StringTable): IndexStatsColumns {
    const index = new Map<string, number>();
    const counts = this.df;
    const terms = new Int32Array(counts.size);
    const df = new Int32Array(counts.size);
    for (const [t, n] of counts) {
      df[index.size] = n;
      terms[index.size] = table.id(t);
      index.set(t, index.size);
    }
    const termIndex = (t: string) => {
      const i = index.get(t);
      if (i === undefined) throw new Error(`IndexStats: term without a document frequency: ${t}`);
      return i;
    };
    const forms: number[] = [];
    const formTerms: number[] = [];
    for (const [form, term] of this.words) {
      const id = table.id(form);
      if (table.sentForms.has(id)) continue;
      table.sentForms.add(id);
      forms.push(id);
      formTerms.push(termIndex(term));
    }
    const caps = new Int32Array(this.caps.size * 3);
    let k = 0;
    for (const [t, [n, capitalised]] of this.caps) {
      caps[k++] = termIndex(t);
      caps[k++] = n;
      caps[k++] = capitalised;
    }
    return { terms, df, forms: Int32Array.from(forms), formTerms: Int32Array.from(formTerms), caps, count: this.count };
  }

  toData(): IndexStatsData {
    return { df: [...this.df], words: [...this.words], caps: [...this.caps], count: this.count };
  }
}

/** Terms whose document frequency settleSteps reads between two yields. */
const DF_PER_STEP = 10_000;

/**
 * Whether a line is written in title case: at least TITLE_CASE_MIN_WORDS words after its first,
 * every one that is not a stop word capitalised ("U.S. Peace Envoy Khalilzad Makes Surprise Stop In
 * Kabul"). A sentence-case line has a lower-case word among so many ("Afghan border forces
 * prevent illegal entry of hundreds into Iran").
 */
export function titleCased(tokens: readonly SentenceToken[]): boolean {
  let words = 0;
  for (let i = 1; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.type !== 'word' || t.stop || !t.term) continue;
    if (!startsCapitalised(t.value)) return false;
    words++;
  }
  return words >= TITLE_CASE_MIN_WORDS;
}

/** Fewer capitalised words in a row may be one long name ("Radio Free Europe/Radio Liberty"). */
const TITLE_CASE_MIN_WORDS = 5;

/** Whether a word opens with an upper-case letter (ASCII decided without a regular expression). */
function startsCapitalised(word: string): boolean {
  const c = word.charCodeAt(0);
  if (c < 128) return c >= 65 && c <= 90;
  return /^\p{Lu}/u.test(word);
}
