/**
 * Ingestion + NLP + index build: a folder read whole is loaded as the bot loads it
 * (`KnowledgeBase.load`: reading, with the analysis workers starting meanwhile, then the build;
 * `read_s` is a separate read of the folder and `index_s` the rest); otherwise each repetition reads
 * the corpus (a BBC subset, readSquad's JSON) and builds a KnowledgeBase from it with `KnowledgeBase.build` — the sliced
 * build the bot runs (yields to the event loop every 8 ms; wink-nlp analysis of every sentence,
 * quotes, dated events, the index). Times are end to end unless named otherwise.
 */
import { KnowledgeBase } from '../src/index/KnowledgeBase.js';
import type { CorpusSpec, LoadedCorpus } from './corpora.js';
import { dist, round, type Dist } from './stats.js';
import { peakRssMb } from './memory.js';
import { startProgress } from './progress.js';

export interface BuildFigures {
  repetitions: number;
  articles: number;
  sentences: number;
  /** wink tokens over all sentences (words, numbers and punctuation). */
  tokens: number;
  chars: number;
  /** One-off: loading the wink-nlp model on first use (not part of build_s). */
  model_load_s: number;
  /** Reading + cleaning files (ingestion), seconds. */
  read_s: Dist;
  /** KnowledgeBase.build alone (NLP + quotes + events + index), seconds. */
  index_s: Dist;
  /** End to end (read + NLP + index), seconds. */
  build_s: Dist;
  /** The first repetition alone (cold process: JIT and heap still growing), as at bot start. */
  build_cold_s: number;
  /** Files readCorpus skipped (with a warning). */
  skipped_files: number;
  sentences_per_s: number;
  tokens_per_s: number;
  /** Tokens per second of the build alone (excluding file reading). */
  nlp_index_tokens_per_s: number;
  /** Process peak RSS after the builds. */
  peak_rss_mb: number;
}

export interface BuildOptions {
  repetitions: number;
  progress: boolean;
  log?: (line: string) => void;
  /** Run after each repetition with what it read, untimed (the suite measures wink-nlp alone there). */
  afterRepetition?: (read: LoadedCorpus) => void;
}

export async function benchBuild(spec: CorpusSpec, opts: BuildOptions): Promise<{ kb: KnowledgeBase; loaded: LoadedCorpus; figures: BuildFigures }> {
  const t0 = performance.now();
  KnowledgeBase.fromLoad({ articles: [{ id: 'warmup', file: 'warmup', title: 'Warm up', paragraphs: ['The model loads on first use. It is shared.'], extras: [] }], warnings: [] });
  const model_load_s = (performance.now() - t0) / 1000;

  const reads: number[] = [];
  const indexes: number[] = [];
  const totals: number[] = [];
  let kb: KnowledgeBase | undefined;
  let loaded: LoadedCorpus | undefined;
  const reps = Math.max(1, opts.repetitions);
  for (let r = 0; r < reps; r++) {
    kb = undefined; // let the previous one be collected
    loaded = await spec.read();
    const read = loaded.read_s; // the spec's own timing (pro-rated for subsets)
    const progress = startProgress(`indexing ${spec.key} (${r + 1}/${reps})`, opts.progress);
    let total: number;
    if (spec.folder) {
      // As the bot loads a folder: the analysis workers start while the files are read.
      const t = performance.now();
      kb = await KnowledgeBase.load(spec.folder, { onProgress: progress.onProgress });
      total = (performance.now() - t) / 1000;
    } else {
      const t = performance.now();
      kb = await KnowledgeBase.build(loaded.load, { onProgress: progress.onProgress });
      total = read + (performance.now() - t) / 1000;
    }
    progress.finish();
    reads.push(read);
    indexes.push(Math.max(0, total - read));
    totals.push(total);
    opts.log?.(`  build ${r + 1}/${reps}: ${round(total, 2)} s (${kb.sentences.length} sentences)`);
    opts.afterRepetition?.(loaded);
  }
  const sentences = kb!.sentences.length;
  let tokens = 0;
  let chars = 0;
  for (const s of kb!.sentences) {
    tokens += s.tokens.length;
    chars += s.text.length;
  }
  const build = dist(totals);
  const index = dist(indexes);
  return {
    kb: kb!,
    loaded: loaded!,
    figures: {
      repetitions: reps,
      articles: kb!.articles.length,
      sentences,
      tokens,
      chars,
      model_load_s: round(model_load_s),
      read_s: dist(reads),
      index_s: index,
      build_s: build,
      build_cold_s: round(totals[0]!),
      skipped_files: loaded!.load.warnings.filter((w) => w.skipped).length,
      sentences_per_s: Math.round(sentences / Math.max(1e-9, build.p50)),
      tokens_per_s: Math.round(tokens / Math.max(1e-9, build.p50)),
      nlp_index_tokens_per_s: Math.round(tokens / Math.max(1e-9, index.p50)),
      peak_rss_mb: peakRssMb(),
    },
  };
}
