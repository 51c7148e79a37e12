import { bm25Idf, bm25TermWeight } from './bm25.js';

/** TitleField as plain data (snapshots): one entry per run of sentences that share a title. */
export interface TitleFieldData {
  /** The run's title terms joined by spaces. */
  texts: string[];
  /** Id of the run's first sentence, and how many sentences it has. */
  starts: number[];
  counts: number[];
}

/** A title's BM25 score for a query, and the query terms it matched (bit i: the i-th term). */
export interface TitleScore {
  score: number;
  terms: number;
}


/**
 * The article-title field of the sentence index, kept once per run of sentences with the same
 * title instead of once per sentence. As a minisearch field, every sentence carried its article's
 * title terms: a quarter of the postings a query walked, and of the build's index insertions, all
 * to give each sentence of an article the same title score. Here a title term is posted once per
 * article, and the field is scored as minisearch scored it — BM25+ over all sentences (document
 * frequency = sentences whose title has the term, field length = distinct terms) — so ranking is
 * unchanged (test/index/SentenceIndex.test.ts compares the two).
 */
export class TitleField {
  private readonly texts: string[] = [];
  private readonly starts: number[] = [];
  private readonly counts: number[] = [];
  /** Per run: its distinct terms with their counts, and its field length. */
  private readonly termCounts: Map<string, number>[] = [];
  private readonly lengths: number[] = [];
  /** Title term → the runs whose title has it. */
  private readonly postings = new Map<string, number[]>();
  /** Sum of every sentence's title length (for minisearch's average field length). */
  private totalLength = 0;
  private sentences = 0;

  constructor(from?: TitleFieldData) {
    if (!from) return;
    from.texts.forEach((text, i) => this.addRun(text, from.starts[i]!, from.counts[i]!));
  }

  /** Gives sentence `id` the title `text` (its article title's terms joined by spaces); ids come in increasing order. */
  add(id: number, text: string): void {
    const last = this.texts.length - 1;
    if (last >= 0 && this.texts[last] === text && this.starts[last]! + this.counts[last]! === id) {
      this.counts[last]!++;
      this.totalLength += this.lengths[last]!;
      this.sentences++;
    } else {
      this.addRun(text, id, 1);
    }
  }

  private addRun(text: string, start: number, count: number): void {
    const run = this.texts.length;
    const words = text.split(' ');
    const counts = new Map<string, number>();
    for (const w of words) if (w) counts.set(w, (counts.get(w) ?? 0) + 1);
    this.texts.push(text);
    this.starts.push(start);
    this.counts.push(count);
    this.termCounts.push(counts);
    // minisearch counts the distinct tokens of the field, an empty one ("") included.
    this.lengths.push(new Set(words).size);
    for (const term of counts.keys()) {
      const runs = this.postings.get(term);
      if (runs) runs.push(run);
      else this.postings.set(term, [run]);
    }
    this.totalLength += this.lengths[run]! * count;
    this.sentences += count;
  }

  /** The runs whose title matches any of `terms`, with minisearch's field score times `boost`. */
  scores(terms: readonly string[], documentCount: number, boost: number): Map<number, TitleScore> {
    const out = new Map<number, TitleScore>();
    const average = this.sentences > 0 ? this.totalLength / this.sentences : 0;
    for (let i = 0; i < terms.length && i < 32; i++) {
      const term = terms[i]!;
      const runs = this.postings.get(term);
      if (!runs) continue;
      let matching = 0;
      for (const run of runs) matching += this.counts[run]!;
      const idf = bm25Idf(documentCount, matching);
      for (const run of runs) {
        const tf = this.termCounts[run]!.get(term)!;
        const score = boost * idf * bm25TermWeight(tf, this.lengths[run]!, average);
        const s = out.get(run);
        if (s) {
          s.score += score;
          s.terms |= 2 ** i;
        } else {
          out.set(run, { score, terms: 2 ** i });
        }
      }
    }
    return out;
  }

  /** The sentence ids of a run: [start, start + count). */
  range(run: number): [number, number] {
    return [this.starts[run]!, this.starts[run]! + this.counts[run]!];
  }

  /** The run holding sentence `id` (binary search over the runs' starts). */
  runOf(id: number): number {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid]! <= id) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  toData(): TitleFieldData {
    return { texts: [...this.texts], starts: [...this.starts], counts: [...this.counts] };
  }
}
