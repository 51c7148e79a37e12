/**
 * One corpus, every figure: build (repetitions), memory after loading, /ask and its baseline on
 * the same questions, /quote and /timeline, and optionally queries during a reload.
 */
import { KnowledgeBase } from '../src/index/KnowledgeBase.js';
import type { CorpusSpec, BenchQuestion, LoadedCorpus } from './corpora.js';
import { makeQuestions, makeQuoteQueries, makeTopics } from './corpora.js';
import { spreadSample } from '../src/eval/squad.js';
import { benchBuild, type BuildFigures } from './build.js';
import { benchAsk, benchQuotes, benchTimeline, type AskFigures, type EngineLatency } from './ask.js';
import { benchBaseline, type BaselineFigures } from './baseline.js';
import { benchReload, type ReloadFigures } from './reload.js';
import { prepareToServe, warmUp } from '../src/service/warmUp.js';
import { memoryNow, type BotMemoryFigures, type MemoryFigures } from './memory.js';
import { benchSnapshot, type SnapshotFigures } from './snapshot.js';
import { round } from './stats.js';
import { WinkAlone, buildVersusWink, type WinkFigures } from './winkAlone.js';

export interface SuiteOptions {
  /** /ask and baseline questions. */
  queries: number;
  buildRepetitions: number;
  /** /quote queries (the run stops early past `engineBudgetMs`). */
  quoteQueries: number;
  timelineQueries: number;
  engineBudgetMs?: number;
  reload: boolean;
  /** Measure wink-nlp alone on the corpus's text after each build repetition (WinkAlone). Default true. */
  winkAlone?: boolean;
  /** readSnapshot repetitions (median reported); 0 skips the snapshot. Default 3. */
  snapshotRepetitions?: number;
  progress: boolean;
  log?: (line: string) => void;
}

export interface CorpusResult {
  corpus: string;
  label: string;
  synthetic: boolean;
  notes: string[];
  build: BuildFigures;
  /** wink-nlp alone on the same text, one thread (null when skipped). */
  wink: WinkFigures | null;
  /** readSnapshot of this corpus's snapshot, median seconds (null when skipped). */
  snapshot_load_s: number | null;
  snapshot: SnapshotFigures | null;
  /** In this process, after the build repetitions (what the allocator kept from them included). */
  memory: MemoryFigures;
  /** In a fresh process that loaded the corpus once as the bot does (null with --in-process). */
  bot_memory?: BotMemoryFigures | null;
  /** Total gold questions available (SQuAD) before sampling. */
  questions_available?: number;
  ask: AskFigures;
  baseline: BaselineFigures;
  ratios: {
    /** baseline p50 ÷ /ask p50: above 1, /ask is faster. */
    speedup_p50: number;
    speedup_p99: number;
    /** /ask accuracy − baseline accuracy (gold questions), else article-hit difference. */
    accuracy_gain: number;
  };
  quote: EngineLatency;
  timeline: EngineLatency;
  reload: ReloadFigures | null;
  /** Wall time of this suite, seconds. */
  elapsed_s: number;
}

export const SNAPSHOT_NOTE = 'snapshot_load_s: median of readSnapshot (read + JSON.parse + rebuild of tokens and index) on a snapshot written by writeSnapshot to a temporary file, in a process where the wink model is already loaded.';

export async function runCorpusSuite(spec: CorpusSpec, opts: SuiteOptions): Promise<CorpusResult> {
  const t0 = performance.now();
  const log = opts.log ?? (() => {});
  log(`${spec.label}: building (${opts.buildRepetitions}×)…`);
  // wink-nlp alone is measured after each build repetition (see WinkAlone).
  let winkAlone: WinkAlone | undefined;
  const afterRepetition = opts.winkAlone === false ? undefined : (read: LoadedCorpus) => (winkAlone ??= new WinkAlone(read.load.articles)).measure();
  const { kb, loaded, figures: build } = await benchBuild(spec, { repetitions: opts.buildRepetitions, progress: opts.progress, log, afterRepetition });
  const memory = memoryNow();
  log(`  ${build.articles} articles, ${build.sentences} sentences, build p50 ${build.build_s.p50} s, heap ${memory.heap_mb} MB, RSS ${memory.rss_mb} MB`);
  const wink = winkAlone?.figures() ?? null;
  if (wink) log(`  wink-nlp alone, one thread: ${wink.default_pipe_tokens_per_s} tokens/s (all pipes), ${wink.tokens_per_s} (the product's); the build end to end ${build.tokens_per_s} = ${buildVersusWink(build.tokens_per_s, wink)}×`);

  const questions: BenchQuestion[] = loaded.questions ? spreadSample(loaded.questions, opts.queries) : makeQuestions(kb, opts.queries);
  // As the bot before its first question (Archivist.open): warmed, then the build's garbage
  // collected, so that the engines' timings do not carry major-GC pauses for the builds'
  // garbage, which a started bot has collected (until session 15 they did).
  await prepareToServe(kb);
  log(`  /ask: ${questions.length} questions…`);
  const ask = benchAsk(kb, questions);
  log(`  /ask p50 ${ask.latency_ms.p50} ms, p99 ${ask.latency_ms.p99} ms${ask.accuracy !== undefined ? `, accuracy ${ask.accuracy}` : ''}; baseline…`);
  const baseline = benchBaseline(kb, questions);
  log(`  baseline p50 ${baseline.latency_ms.p50} ms, p99 ${baseline.latency_ms.p99} ms${baseline.accuracy !== undefined ? `, accuracy ${baseline.accuracy}` : ''}`);

  const quote = opts.quoteQueries > 0 ? await benchQuotes(kb, makeQuoteQueries(kb, opts.quoteQueries), opts.engineBudgetMs) : { latency_ms: null, note: 'not run for this corpus' };
  if (quote.latency_ms) log(`  /quote p50 ${quote.latency_ms.p50} ms, p99 ${quote.latency_ms.p99} ms (${quote.latency_ms.n} queries)`);
  const timeline = opts.timelineQueries > 0 ? benchTimeline(kb, makeTopics(kb, opts.timelineQueries), opts.engineBudgetMs) : { latency_ms: null, note: 'not run for this corpus' };
  if (timeline.latency_ms) log(`  /timeline p50 ${timeline.latency_ms.p50} ms, p99 ${timeline.latency_ms.p99} ms (${timeline.latency_ms.n} queries)`);

  const snapReps = opts.snapshotRepetitions ?? 3;
  let snapshot: SnapshotFigures | null = null;
  if (snapReps > 0) {
    snapshot = await benchSnapshot(kb, snapReps);
    log(`  snapshot: ${snapshot.size_mb} MB, write ${snapshot.write_s} s, readSnapshot p50 ${snapshot.load_s.p50} s (n=${snapshot.repetitions})`);
  }

  let reload: ReloadFigures | null = null;
  if (opts.reload) {
    log('  reload: the bot\'s rebuild (KnowledgeBase.load, sliced, + warmUp) while a query runs every 20 ms…');
    // As the bot's reload: read the folder, then the sliced async build, then the sliced warm-up, then swap.
    reload = await benchReload(kb, questions, async () => warmUp(await loadAsTheBotDoes(spec)));
    log(`  reload: worst query ${reload.max_query_ms} ms over ${reload.queries} queries (${reload.over_50ms} over 50 ms)`);
  }

  const accAsk = ask.accuracy ?? ask.article_hit;
  const accBase = baseline.accuracy ?? baseline.article_hit;
  return {
    corpus: spec.key,
    label: spec.label,
    synthetic: spec.synthetic,
    notes: [...spec.notes, SNAPSHOT_NOTE],
    build,
    wink,
    snapshot_load_s: snapshot ? snapshot.load_s.p50 : null,
    snapshot,
    memory,
    ...(loaded.questions ? { questions_available: loaded.questions.length } : {}),
    ask,
    baseline,
    ratios: {
      speedup_p50: ratio(baseline.latency_ms.p50, ask.latency_ms.p50),
      speedup_p99: ratio(baseline.latency_ms.p99, ask.latency_ms.p99),
      accuracy_gain: round(accAsk - accBase, 4),
    },
    quote,
    timeline,
    reload,
    elapsed_s: round((performance.now() - t0) / 1000, 1),
  };
}

function ratio(a: number, b: number): number {
  return b > 0 ? round(a / b, 2) : 0;
}

/**
 * Memory of a process that holds the corpus as the bot does: read, built once (the sliced build,
 * workers where the bot would use them), warmed and collected (prepareToServe), then idle for `settleMs` — as a bot between
 * interactions — before a forced GC. Right after a load the RSS still holds what the build freed
 * (BBC: 370–530 MB, then 324–354 MB 8 s later in the same process), so both are reported. Run in a
 * fresh process.
 */
export async function probeBotMemory(spec: CorpusSpec, settleMs = 8_000): Promise<BotMemoryFigures> {
  const t = performance.now();
  const kb = await loadAsTheBotDoes(spec);
  await prepareToServe(kb);
  const load_s = round((performance.now() - t) / 1000);
  const atLoad = memoryNow();
  await new Promise((resolve) => setTimeout(resolve, settleMs));
  const figures = memoryNow();
  // Read after measuring, so the knowledge base is alive when measured.
  return { ...figures, load_s, sentences: kb.sentences.length, rss_at_load_mb: atLoad.rss_mb, settle_s: settleMs / 1000 };
}

/** A folder as the bot loads one (KnowledgeBase.load: workers start while it is read); other corpora read, then built. */
async function loadAsTheBotDoes(spec: CorpusSpec): Promise<KnowledgeBase> {
  return spec.folder ? KnowledgeBase.load(spec.folder) : KnowledgeBase.build((await spec.read()).load);
}
