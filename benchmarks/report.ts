/** The readable table and the JSON object (`--json`, last line) of a benchmark run. */
import os from 'node:os';
import type { CorpusResult } from './suite.js';
import { SNAPSHOT_NOTE } from './suite.js';
import { buildVersusWink } from './winkAlone.js';

/** The flat per-corpus figures of the JSON contract (and a few more). */
export interface FlatFigures {
  label: string;
  synthetic: boolean;
  articles: number;
  sentences: number;
  tokens: number;
  build_s: number;
  build_p99_s: number;
  build_cold_s: number;
  build_repetitions: number;
  read_s: number;
  index_s: number;
  sentences_per_s: number;
  tokens_per_s: number;
  /** wink-nlp alone, default pipeline, one thread, same text, same process (the in-run reference for tokens_per_s). */
  wink_tokens_per_s: number | null;
  /** tokens_per_s ÷ wink_tokens_per_s. The 300k against wink's published 525-650k is 0.46-0.57. */
  build_vs_wink: number | null;
  snapshot_load_s: number | null;
  snapshot_mb: number | null;
  /** Heap and RSS of a process holding the corpus as the bot does (fresh process, one load, forced GC). */
  heap_mb: number;
  rss_mb: number;
  /** Heap and RSS in the benchmark's own process after its build repetitions. */
  heap_after_builds_mb: number;
  rss_after_builds_mb: number;
  peak_rss_mb: number;
  questions: number;
  accuracy: number | null;
  accuracy_with_context: number | null;
  baseline_accuracy: number | null;
  article_hit: number;
  baseline_article_hit: number;
  ask_p50_ms: number;
  ask_p99_ms: number;
  ask_max_ms: number;
  baseline_p50_ms: number;
  baseline_p99_ms: number;
  baseline_build_s: number;
  speedup_p50: number;
  speedup_p99: number;
  quote_p50_ms: number | null;
  quote_p99_ms: number | null;
  timeline_p50_ms: number | null;
  timeline_p99_ms: number | null;
  reload_max_query_ms: number | null;
}

export function flatten(r: CorpusResult): FlatFigures {
  return {
    label: r.label,
    synthetic: r.synthetic,
    articles: r.build.articles,
    sentences: r.build.sentences,
    tokens: r.build.tokens,
    build_s: r.build.build_s.p50,
    build_p99_s: r.build.build_s.p99,
    build_cold_s: r.build.build_cold_s,
    build_repetitions: r.build.repetitions,
    read_s: r.build.read_s.p50,
    index_s: r.build.index_s.p50,
    sentences_per_s: r.build.sentences_per_s,
    tokens_per_s: r.build.tokens_per_s,
    wink_tokens_per_s: r.wink?.default_pipe_tokens_per_s ?? null,
    build_vs_wink: r.wink ? buildVersusWink(r.build.tokens_per_s, r.wink) : null,
    snapshot_load_s: r.snapshot_load_s,
    snapshot_mb: r.snapshot?.size_mb ?? null,
    heap_mb: r.bot_memory?.heap_mb ?? r.memory.heap_mb,
    rss_mb: r.bot_memory?.rss_mb ?? r.memory.rss_mb,
    heap_after_builds_mb: r.memory.heap_mb,
    rss_after_builds_mb: r.memory.rss_mb,
    peak_rss_mb: r.build.peak_rss_mb,
    questions: r.ask.queries,
    accuracy: r.ask.accuracy ?? null,
    accuracy_with_context: r.ask.accuracy_with_context ?? null,
    baseline_accuracy: r.baseline.accuracy ?? null,
    article_hit: r.ask.article_hit,
    baseline_article_hit: r.baseline.article_hit,
    ask_p50_ms: r.ask.latency_ms.p50,
    ask_p99_ms: r.ask.latency_ms.p99,
    ask_max_ms: r.ask.latency_ms.max,
    baseline_p50_ms: r.baseline.latency_ms.p50,
    baseline_p99_ms: r.baseline.latency_ms.p99,
    baseline_build_s: r.baseline.build_s,
    speedup_p50: r.ratios.speedup_p50,
    speedup_p99: r.ratios.speedup_p99,
    quote_p50_ms: r.quote.latency_ms?.p50 ?? null,
    quote_p99_ms: r.quote.latency_ms?.p99 ?? null,
    timeline_p50_ms: r.timeline.latency_ms?.p50 ?? null,
    timeline_p99_ms: r.timeline.latency_ms?.p99 ?? null,
    reload_max_query_ms: r.reload?.max_query_ms ?? null,
  };
}

export interface RunReport {
  mode: 'full' | 'quick';
  machine: { cpus: number; cpu: string; node: string; platform: string; total_mem_gb: number };
  elapsed_s: number;
  notes: string[];
  bbc: FlatFigures | null;
  squad: FlatFigures | null;
  shipped: FlatFigures | null;
  custom?: FlatFigures | null;
  details: Record<string, CorpusResult>;
}

export function machine(): RunReport['machine'] {
  const cpus = os.cpus();
  return { cpus: cpus.length, cpu: cpus[0]?.model ?? 'unknown', node: process.version, platform: `${process.platform}-${process.arch}`, total_mem_gb: Math.round(os.totalmem() / 1024 ** 3) };
}

export function makeReport(results: CorpusResult[], mode: 'full' | 'quick', elapsed_s: number, notes: string[]): RunReport {
  const by = (k: string) => results.find((r) => r.corpus === k);
  const flat = (k: string) => {
    const r = by(k);
    return r ? flatten(r) : null;
  };
  const allNotes = [...notes];
  for (const r of results) for (const n of r.notes) if (!allNotes.includes(n)) allNotes.push(`${n}`);
  if (!allNotes.includes(SNAPSHOT_NOTE)) allNotes.push(SNAPSHOT_NOTE);
  const report: RunReport = {
    mode,
    machine: machine(),
    elapsed_s,
    notes: allNotes,
    bbc: flat('bbc'),
    squad: flat('squad'),
    shipped: flat('shipped'),
    details: Object.fromEntries(results.map((r) => [r.corpus, r])),
  };
  if (by('custom')) report.custom = flat('custom');
  return report;
}

type Row = [string, (r: CorpusResult) => string];

const ms = (x: number | undefined | null) => (x === undefined || x === null ? '-' : x >= 1000 ? `${(x / 1000).toFixed(2)} s` : `${x.toFixed(x < 10 ? 2 : 1)} ms`);
const pct = (x: number | undefined | null) => (x === undefined || x === null ? '-' : `${(x * 100).toFixed(1)}%`);
const num = (x: number) => x.toLocaleString('en-US');

const ROWS: Row[] = [
  ['articles / sentences', (r) => `${num(r.build.articles)} / ${num(r.build.sentences)}`],
  ['tokens', (r) => num(r.build.tokens)],
  ['files skipped by readCorpus', (r) => String(r.build.skipped_files)],
  ['build (read+NLP+index) p50 / p99', (r) => `${r.build.build_s.p50.toFixed(2)} / ${r.build.build_s.p99.toFixed(2)} s (n=${r.build.repetitions})`],
  ['  first (cold) build', (r) => `${r.build.build_cold_s.toFixed(2)} s`],
  ['  of which read / build p50', (r) => `${r.build.read_s.p50.toFixed(2)} / ${r.build.index_s.p50.toFixed(2)} s`],
  ['sentences/s, tokens/s (end to end)', (r) => `${num(r.build.sentences_per_s)}, ${num(r.build.tokens_per_s)}`],
  ['wink-nlp alone, 1 thread: all pipes / ours', (r) => (r.wink ? `${num(r.wink.default_pipe_tokens_per_s)} / ${num(r.wink.tokens_per_s)} tokens/s` : '-')],
  ['  build end to end ÷ wink-nlp alone', (r) => (r.wink ? `${buildVersusWink(r.build.tokens_per_s, r.wink)}×` : '-')],
  ['snapshot load p50 (size, n)', (r) => (r.snapshot ? `${r.snapshot.load_s.p50.toFixed(2)} s (${r.snapshot.size_mb} MB, n=${r.snapshot.repetitions})` : '-')],
  ['peak RSS during build', (r) => `${r.build.peak_rss_mb} MB`],
  ['heap / RSS, bot process (one load, settled)', (r) => (r.bot_memory ? `${r.bot_memory.heap_mb} / ${r.bot_memory.rss_mb} MB (${r.bot_memory.rss_at_load_mb} at load)${r.bot_memory.gc ? '' : ' (no gc)'}` : '-')],
  ['heap / RSS after the builds', (r) => `${r.memory.heap_mb} / ${r.memory.rss_mb} MB${r.memory.gc ? '' : ' (no gc)'}`],
  ['/ask queries', (r) => num(r.ask.queries) + (r.questions_available ? ` of ${num(r.questions_available)}` : '')],
  ['/ask p50 / p99 / max', (r) => `${ms(r.ask.latency_ms.p50)} / ${ms(r.ask.latency_ms.p99)} / ${ms(r.ask.latency_ms.max)}`],
  ['minisearch p50 / p99 / max', (r) => `${ms(r.baseline.latency_ms.p50)} / ${ms(r.baseline.latency_ms.p99)} / ${ms(r.baseline.latency_ms.max)}`],
  ['speed-up vs minisearch p50 / p99', (r) => `${r.ratios.speedup_p50}× / ${r.ratios.speedup_p99}×`],
  ['accuracy /ask vs minisearch', (r) => (r.ask.accuracy !== undefined ? `${pct(r.ask.accuracy)} vs ${pct(r.baseline.accuracy)}` : '-')],
  ['  (answer as shown, with context)', (r) => pct(r.ask.accuracy_with_context)],
  ['right article top-1 /ask vs minisearch', (r) => `${pct(r.ask.article_hit)} vs ${pct(r.baseline.article_hit)}`],
  ['/quote p50 / p99 (n)', (r) => (r.quote.latency_ms ? `${ms(r.quote.latency_ms.p50)} / ${ms(r.quote.latency_ms.p99)} (${r.quote.latency_ms.n})` : '-')],
  ['/timeline p50 / p99 (n)', (r) => (r.timeline.latency_ms ? `${ms(r.timeline.latency_ms.p50)} / ${ms(r.timeline.latency_ms.p99)} (${r.timeline.latency_ms.n})` : '-')],
  ['reload (sliced): worst query wait', (r) => (r.reload ? `${ms(r.reload.max_query_ms)} (${r.reload.over_50ms}/${r.reload.queries} > 50 ms, ${r.reload.failed} failed)` : '-')],
  ['  reload p99 wait, rebuild time', (r) => (r.reload ? `${ms(r.reload.latency_ms.p99)}, ${r.reload.rebuild_s.toFixed(2)} s` : '-')],
  ['suite wall time', (r) => `${r.elapsed_s} s`],
];

export function table(results: CorpusResult[]): string {
  const heads = ['', ...results.map((r) => (r.synthetic ? `${r.corpus} (SYNTHETIC)` : r.corpus))];
  const body = ROWS.map(([name, f]) => [name, ...results.map((r) => f(r))]);
  const widths = heads.map((_, i) => Math.max(heads[i]!.length, ...body.map((row) => row[i]!.length)));
  const line = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i]!)).join(' │ ').trimEnd();
  const sep = widths.map((w) => '─'.repeat(w)).join('─┼─');
  return [line(heads), sep, ...body.map(line)].join('\n');
}

export function describe(report: RunReport): string {
  const m = report.machine;
  const head = `Archivist benchmark (${report.mode}) — ${m.cpus} × ${m.cpu}, ${m.total_mem_gb} GB, Node ${m.node}, ${report.elapsed_s} s`;
  const results = Object.values(report.details);
  const labels = results.map((r) => `  ${r.corpus}: ${r.label}`);
  return [head, ...labels, '', table(results), '', ...report.notes.map((n) => `note: ${n}`)].join('\n');
}
