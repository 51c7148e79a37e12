/** Word-vector soft matching of question terms against a sentence's words ("truce" ~ "ceasefire"). */
import { wordVectors, type WordVectors } from '../nlp/wordVectors.js';

/** No word ids: a sentence seen without soft matching. */
export const NO_IDS = new Int32Array(0);

/** Similarities below this are noise (truce~banana 0.1, keep~maintain 0.73, deal~agreement 0.86; tuned on SQuAD dev and the dev set). */
const SOFT_MIN = 0.7;
/** A related word counts for less than the word itself. */
const SOFT_WEIGHT = 0.6;
/** Near-synonyms and forms of one name (truce~ceasefire 0.92, afghan~afghanistan 0.82) count almost fully. */
const NEAR_SYNONYM = 0.8;
const NEAR_SYNONYM_WEIGHT = 0.85;
/** Words met before SoftTerm switches to one slot per vector row. */
const DENSE_AFTER = 4096;
/** The most a related word can count (SoftTerm.best never returns more). */
export const SOFT_MAX = NEAR_SYNONYM_WEIGHT;

/**
 * Word-vector soft matching for one question term: the best similarity between the question's
 * words for it and a sentence's words, remembered per corpus word for the rest of the question.
 */
export class SoftTerm {
  /** Similarity per corpus word (vector row) met so far. */
  private readonly seen = new SimilarityTable();
  /**
   * The same for a term matched against many words (a /quote or /timeline topic over thousands of
   * sentences): one slot per vector row (NaN: not yet computed), taken over from `seen` once it
   * holds DENSE_AFTER words, since a table lookup per word then costs more than the products saved.
   */
  private dense: Float64Array | undefined;

  constructor(
    private readonly vectors: WordVectors,
    private readonly queryIds: number[],
  ) {}

  static of(words: string[] | undefined): SoftTerm | undefined {
    const vectors = wordVectors();
    if (!vectors || !words) return undefined;
    const ids = words.map((w) => vectors.idOf(w)).filter((id) => id >= 0);
    return ids.length ? new SoftTerm(vectors, ids) : undefined;
  }

  private similarity(id: number): number {
    let sim = 0;
    for (const q of this.queryIds) sim = Math.max(sim, this.vectors.similarityOfIds(q, id));
    return sim;
  }

  /** 0, or SOFT_WEIGHT × the best similarity when it reaches SOFT_MIN. */
  best(wordIds: Int32Array): number {
    let best = 0;
    if (!this.dense && this.seen.size >= DENSE_AFTER) {
      this.dense = new Float64Array(this.vectors.size).fill(NaN);
      this.seen.forEach((id, sim) => (this.dense![id] = sim));
    }
    const dense = this.dense;
    for (const id of wordIds) {
      let sim = dense ? dense[id]! : this.seen.get(id);
      if (sim !== sim) {
        sim = this.similarity(id);
        if (dense) dense[id] = sim;
        else this.seen.set(id, sim);
      }
      if (sim > best) best = sim;
    }
    if (best < SOFT_MIN) return 0;
    return best * (best >= NEAR_SYNONYM ? NEAR_SYNONYM_WEIGHT : SOFT_WEIGHT);
  }
}

/**
 * Vector row → similarity, for the words one question term meets (hundreds to a few thousand):
 * open addressing in two typed arrays. A Map did the same but its growing tables were ~150 MB of
 * garbage over 2,000 SQuAD questions, which the collector then paused /ask for.
 */
class SimilarityTable {
  /** Row + 1 per slot (0: empty). */
  private keys = new Int32Array(256);
  private values = new Float64Array(256);
  size = 0;

  /** The similarity of `id`, or NaN when not met. */
  get(id: number): number {
    const mask = this.keys.length - 1;
    for (let i = hash(id) & mask; ; i = (i + 1) & mask) {
      const k = this.keys[i]!;
      if (k === id + 1) return this.values[i]!;
      if (k === 0) return NaN;
    }
  }

  set(id: number, sim: number): void {
    if (2 * (this.size + 1) > this.keys.length) this.grow();
    const mask = this.keys.length - 1;
    let i = hash(id) & mask;
    while (this.keys[i] !== 0 && this.keys[i] !== id + 1) i = (i + 1) & mask;
    if (this.keys[i] === 0) this.size++;
    this.keys[i] = id + 1;
    this.values[i] = sim;
  }

  forEach(visit: (id: number, sim: number) => void): void {
    for (let i = 0; i < this.keys.length; i++) if (this.keys[i] !== 0) visit(this.keys[i]! - 1, this.values[i]!);
  }

  private grow(): void {
    const { keys, values } = this;
    this.keys = new Int32Array(2 * keys.length);
    this.values = new Float64Array(2 * keys.length);
    this.size = 0;
    for (let i = 0; i < keys.length; i++) if (keys[i] !== 0) this.set(keys[i]! - 1, values[i]!);
  }
}

/** A row number spread over the table (a multiplicative hash, its high bits folded into the low ones the mask keeps). */
function hash(id: number): number {
  const h = Math.imul(id, 0x9e3779b1);
  return h ^ (h >>> 16);
}
