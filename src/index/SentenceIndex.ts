import MiniSearch from 'minisearch';
import type { SentenceToken } from '../nlp/types.js';
import { IndexStats, type IndexStatsColumns, type IndexStatsData } from './IndexStats.js';
import { TitleField, type TitleFieldData } from './TitleField.js';
import { MiniSearchScorer, popCount } from './MiniSearchScorer.js';
import { DocumentWriter, type BatchPostings } from './DocumentWriter.js';
import type { WorkerStrings } from './batchStrings.js';
import { miniSearchJsonSteps } from './miniSearchJson.js';
import { loadPostings, postingColumnsSteps, type PostingColumns } from './postingColumns.js';
import { nthLargest } from './nthLargest.js';
import { runAll } from '../shared/runInSlices.js';
import { isSubsequence } from '../shared/text.js';
import { bm25Idf } from './bm25.js';
import { editDistance } from '../shared/editDistance.js';

const PREFIX_LENGTH = 4;
/** Word forms filed between two yields of prefixBucketSteps (~2 ms). */
const FORMS_PER_STEP = 5_000;

export interface SentenceHit {
  id: number;
  score: number;
}

interface IndexedDoc {
  id: number;
  text: string;
}

export interface SentenceIndexJson extends IndexStatsData {
  /** minisearch's own plain-object form (toJSON), read back with loadJS: parsed once, with the snapshot. */
  minisearch: ReturnType<MiniSearch['toJSON']>;
  titles: TitleFieldData;
}

const MINISEARCH_OPTIONS = {
  fields: ['text'],
  tokenize: (s: string) => s.split(' '),
  processTerm: (t: string) => t || null,
  searchOptions: { combineWith: 'OR' as const },
};

/** Weight of the title field against the sentence's own text. */
const TITLE_BOOST = 0.25;

/**
 * Keyword index over sentences (minisearch, BM25). Documents are stored as already-normalised
 * terms joined by spaces, so the index and queries share exactly one normalisation (src/nlp/terms)
 * and minisearch's own tokenizer never splits "U.S." or "Taliban’s" differently from ours.
 * The article title is a second, lightly boosted field: a sentence of an article about the
 * question's subject ranks above an equal sentence elsewhere. It is kept per article (TitleField)
 * and added to minisearch's scores as minisearch would add a field's.
 */
export class SentenceIndex {
  private readonly search_: MiniSearch<IndexedDoc>;
  private readonly stats: IndexStats;
  private readonly titles: TitleField;
  private readonly scorer: MiniSearchScorer;
  /** Adds documents as minisearch's `add` would, faster; made on the first one. */
  private writer_: DocumentWriter | undefined;
  /** formsSharingPrefix's buckets, built on first use and dropped when the statistics change. */
  private prefixBuckets: Map<string, [string, string][]> | undefined;

  /** `postings`: minisearch's postings as columns, when `from` has them out of its JSON (snapshots). */
  constructor(from?: SentenceIndexJson, postings?: PostingColumns) {
    // loadJS needs the same options: functions are not serialised.
    this.search_ = from ? MiniSearch.loadJS<IndexedDoc>(from.minisearch, MINISEARCH_OPTIONS) : new MiniSearch<IndexedDoc>(MINISEARCH_OPTIONS);
    if (postings) loadPostings(this.search_, postings);
    this.stats = new IndexStats(from);
    // A new index's document frequencies are its postings' sizes (see IndexStats.deriveDf).
    if (!from) this.stats.deriveDf(() => this.writer_?.documentFrequencies() ?? []);
    this.titles = new TitleField(from?.titles);
    this.scorer = new MiniSearchScorer(this.search_, 'text');
  }

  private writer(): DocumentWriter {
    return (this.writer_ ??= new DocumentWriter(this.search_));
  }

  /** A plain-data form for snapshots (SentenceIndex.fromJSON reads it back). */
  toJSON(): SentenceIndexJson {
    return { minisearch: this.search_.toJSON(), titles: this.titles.toData(), ...this.stats.toData() };
  }

  /**
   * The index as a snapshot stores it, made in steps (a snapshot is rewritten while the bot
   * answers): the JSON text of toJSON without minisearch's postings (its `index` empty), and the
   * postings as columns (fromSnapshot reads both back).
   */
  *toSnapshotSteps(): Generator<void, { json: string; postings: PostingColumns }> {
    const postings = yield* postingColumnsSteps(this.search_);
    const minisearch = yield* miniSearchJsonSteps(this.search_);
    const rest = JSON.stringify({ titles: this.titles.toData(), ...this.stats.toData() });
    return { json: `{"minisearch":${minisearch},${rest.slice(1)}`, postings };
  }

  static fromJSON(json: SentenceIndexJson): SentenceIndex {
    return new SentenceIndex(json);
  }

  /** The index toSnapshotSteps wrote: its JSON (parsed) and its postings. */
  static fromSnapshot(json: SentenceIndexJson, postings: PostingColumns): SentenceIndex {
    return new SentenceIndex(json, postings);
  }

  /** Number of sentences indexed. */
  get size(): number {
    return this.stats.count;
  }

  /**
   * Adds one sentence, by id and tokens; `title` is its article title's terms joined by spaces. Ids
   * come in increasing order. `countCapitals`: see IndexStats.add.
   */
  add(id: number, tokens: readonly SentenceToken[], title: string, countCapitals = true): void {
    const terms = this.stats.add(tokens, countCapitals);
    this.prefixBuckets = undefined;
    this.writer().addTerms(id, terms);
    this.titles.add(id, title);
  }

  /**
   * Adds the documents of a batch counted elsewhere (a worker's, whose IndexStats are merged with
   * `mergeStats`), ids `firstId` on, from their postings (DocumentWriter.addCounted; `documentsOf`
   * gives the t-th term's documents, from termDocuments); their titles are given with `addTitle`.
   */
  addCounted(firstId: number, postings: Omit<BatchPostings, 'terms'>, documentsOf: (t: number) => Map<number, number>): void {
    this.writer().addCounted(firstId, postings, documentsOf);
  }

  /** addCounted in steps (DocumentWriter.addCountedSteps). */
  addCountedSteps(firstId: number, postings: Omit<BatchPostings, 'terms'>, documentsOf: (t: number) => Map<number, number>): Generator<void, void> {
    return this.writer().addCountedSteps(firstId, postings, documentsOf);
  }

  /** A term's documents in the keyword index (short id → occurrences), made when new (only while the index is built). */
  termDocuments(term: string): Map<number, number> {
    return this.writer().termDocuments(term);
  }

  /** Gives sentence `id` (added with addBatch) its article title's terms joined by spaces. */
  addTitle(id: number, title: string): void {
    this.titles.add(id, title);
  }

  /**
   * Works out now, in steps, what is otherwise worked out on first use after documents were added
   * (the document frequencies, 10-20 ms for BBC): a build runs it at its end, so that the first
   * query does not pay for it.
   */
  settleSteps(): Generator<void, void> {
    return this.stats.settleSteps();
  }

  /** Merges the IndexStats of the documents added next with addCounted (strings: their worker's); `plain`: their postings' `plain`. */
  mergeStats(stats: IndexStatsColumns, strings: WorkerStrings, plain = false): void {
    this.stats.merge(stats, strings, plain);
    this.prefixBuckets = undefined;
  }

  /**
   * Sentences matching any of the terms in their text or their article's title, best BM25 first
   * (minisearch's score: the fields' sums times the number of query terms matched).
   */
  search(terms: readonly string[], limit = 50): SentenceHit[] {
    const unique = [...new Set(terms)].filter(Boolean);
    if (unique.length === 0) return [];
    const titles = this.titles.scores(unique, this.search_.documentCount, TITLE_BOOST);
    const text = this.scorer.collect(unique);
    const n = text.ids.length;
    const scores = new Float64Array(n);
    for (let k = 0; k < n; k++) {
      const title = titles.size > 0 ? titles.get(this.titles.runOf(text.ids[k]!)) : undefined;
      scores[k] = title ? (text.scores[k]! + title.score) * popCount(text.terms[k]! | title.terms) : text.scores[k]! * popCount(text.terms[k]!);
    }
    // Only the first `limit` are wanted: the limit-th best score bounds what is kept (selected, not
    // sorted: cheaper than sorting every hit as an object, or every score).
    const floor = n > limit ? nthLargest(scores, limit) : -Infinity;
    const hits: SentenceHit[] = [];
    for (let k = 0; k < n; k++) if (scores[k]! >= floor) hits.push({ id: text.ids[k]!, score: scores[k]! });
    if (titles.size > 0) {
      // Sentences matched by their title alone score alike within a run: listed only when they
      // can reach the first `limit`. Those the text matched are marked in a reused column (a Set
      // of the text's hits, thousands of ids, was most of a BBC query's garbage).
      let marked = false;
      for (const [run, title] of titles) {
        const score = title.score * popCount(title.terms);
        if (score < floor) continue;
        if (!marked) {
          this.mark(text.ids, 1);
          marked = true;
        }
        const [from, to] = this.titles.range(run);
        for (let id = from; id < to; id++) if (this.hitMarks[id] !== 1) hits.push({ id, score });
      }
      if (marked) this.mark(text.ids, 0);
    }
    hits.sort(byScore);
    return hits.length > limit ? hits.slice(0, limit) : hits;
  }

  /** Per sentence id: 1 while `search` has it among the text's hits (0 otherwise, between searches). */
  private hitMarks = new Uint8Array(0);

  /** Sets `ids`' marks to `value`, growing the column as needed. */
  private mark(ids: ArrayLike<number>, value: 0 | 1): void {
    for (let k = 0; k < ids.length; k++) {
      const id = ids[k]!;
      if (id >= this.hitMarks.length) {
        const grown = new Uint8Array(Math.max(id + 1, 2 * this.hitMarks.length));
        grown.set(this.hitMarks);
        this.hitMarks = grown;
      }
      this.hitMarks[id] = value;
    }
  }

  /** Ids of the sentences whose own text has the term. */
  sentencesWith(term: string): number[] {
    return this.scorer.documentsWith(term);
  }

  /** Whether the corpus writes this word (any case) as one of its words. */
  isWordForm(word: string): boolean {
    return this.stats.words.has(word.toLowerCase());
  }

  /** Corpus terms within `maxEdits` edits of `term` (only asked for terms the corpus lacks). */
  nearTerms(term: string, maxEdits: number, limit = 3): string[] {
    const df = this.stats.df;
    const out: { t: string; d: number; n: number; order: number }[] = [];
    // A typo is compared with the terms it could be (same first letter, a near length), not all ~50,000.
    for (let length = term.length - maxEdits; length <= term.length + maxEdits; length++) {
      for (const [t, , order] of this.termsByStart.of(df, `${term[0]}${length}`)) {
        const d = editDistance(term, t, maxEdits);
        if (d <= maxEdits) out.push({ t, d, n: df.get(t) ?? 0, order });
      }
    }
    // Fewest edits, then the most frequent, then the first met in the corpus.
    out.sort((a, b) => a.d - b.d || b.n - a.n || a.order - b.order);
    return out.slice(0, limit).map((x) => x.t);
  }

  private readonly termsByStart = new Buckets<string, number>((t) => `${t[0]}${t.length}`);
  private readonly formsByLetter = new Buckets<string, string>((form) => form[0]!);

  /**
   * Terms of corpus words that a short unknown word abbreviates: same first letter, its letters in
   * order, and either a prefix ("pak" → pakistan) or a contraction ("govt" → government).
   */
  abbreviatedTerms(word: string, limit = 3): string[] {
    const w = word.toLowerCase();
    if (!/^[a-z]{3,5}$/.test(w)) return [];
    const out = new Map<string, number>();
    for (const [form, term] of this.formsByLetter.of(this.stats.words, w[0]!)) {
      if (form.length <= w.length || form.length > 4 * w.length) continue;
      if (form.startsWith(w) || isSubsequence(w, form)) out.set(term, this.stats.df.get(term) ?? 0);
    }
    return [...out].sort((a, b) => b[1] - a[1]).slice(0, limit).map(([t]) => t);
  }

  /**
   * Corpus word forms (lower case) sharing the first four letters of `word`, with their terms:
   * the candidates for other forms of one name ("turks" → turkish, turkey). Buckets are built on
   * first use, so a lookup costs one map read.
   */
  formsSharingPrefix(word: string): readonly [string, string][] {
    const key = word.toLowerCase().slice(0, PREFIX_LENGTH);
    if (key.length < PREFIX_LENGTH) return [];
    if (!this.prefixBuckets) runAll(this.prefixBucketSteps());
    return this.prefixBuckets!.get(key) ?? [];
  }

  /**
   * Builds formsSharingPrefix's buckets (~25 ms on BBC's word forms) in steps of a few thousand
   * forms, for a warm-up that yields between them; a lookup meanwhile builds them whole.
   */
  *prefixBucketSteps(): Generator<void, void> {
    if (this.prefixBuckets) return;
    const buckets = new Map<string, [string, string][]>();
    let n = 0;
    for (const [form, term] of this.stats.words) {
      if (++n % FORMS_PER_STEP === 0) yield;
      if (form.length < PREFIX_LENGTH) continue;
      const k = form.slice(0, PREFIX_LENGTH);
      const bucket = buckets.get(k);
      if (bucket) bucket.push([form, term]);
      else buckets.set(k, [[form, term]]);
    }
    this.prefixBuckets ??= buckets;
  }

  /**
   * Whether the corpus writes this term as a name (capitalised inside sentences: "UN", "Pakistan"),
   * in at least `minUses` of them (1: a word seen once, capitalised, counts).
   */
  isName(term: string, minUses = 1): boolean {
    const c = this.stats.caps.get(term);
    return c !== undefined && c[0] >= minUses && c[1] / c[0] >= 0.8;
  }

  documentFrequency(term: string): number {
    return this.stats.df.get(term) ?? 0;
  }

  /** Inverse document frequency; a term the corpus never uses gets the highest weight. */
  idf(term: string): number {
    return bm25Idf(this.size, this.stats.df.get(term) ?? 0);
  }
}

/**
 * A Map's entries grouped by a key of theirs, each with its place in the Map's order, made when
 * first asked for and again once the Map was replaced or grew: lookups that need only the entries
 * of one key (typos: a first letter and a length) read those, not the whole Map's entries.
 */
class Buckets<K, V> {
  private made: { source: Map<K, V>; size: number; groups: Map<string, [K, V, number][]> } | undefined;

  constructor(private readonly keyOf: (key: K) => string) {}

  of(source: Map<K, V>, key: string): readonly [K, V, number][] {
    if (this.made?.source !== source || this.made.size !== source.size) {
      const groups = new Map<string, [K, V, number][]>();
      let order = 0;
      for (const [k, v] of source) {
        const g = this.keyOf(k);
        let list = groups.get(g);
        if (!list) groups.set(g, (list = []));
        list.push([k, v, order++]);
      }
      this.made = { source, size: source.size, groups };
    }
    return this.made.groups.get(key) ?? [];
  }
}

/** Best first; equal scores in id order (corpus order). */
const byScore = (a: SentenceHit, b: SentenceHit) => b.score - a.score || a.id - b.id;
