import { describe, it, expect, beforeAll } from 'vitest';
import { mkdtempSync, writeFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { bbcSpec, shippedSpec, squadSpec } from '../../benchmarks/corpora.js';
import { probeBotMemory, runCorpusSuite, type CorpusResult, type SuiteOptions } from '../../benchmarks/suite.js';
import { makeReport, table } from '../../benchmarks/report.js';
import { parseArgs } from '../../benchmarks/run.js';
import { dist, percentile } from '../../benchmarks/stats.js';

// The benchmark's own functions on tiny inputs: the shipped corpus, a synthetic scale-up of it and
// a three-question SQuAD-format file written here. Never reads ../shared/data.
const tiny: SuiteOptions = { queries: 12, buildRepetitions: 2, quoteQueries: 6, timelineQueries: 4, engineBudgetMs: 2_000, reload: false, snapshotRepetitions: 2, progress: false };

let shipped: CorpusResult;
let synthetic: CorpusResult;
let squad: CorpusResult;
let tmp: string;

beforeAll(async () => {
  tmp = mkdtempSync(path.join(os.tmpdir(), 'bench-test-'));
  const squadFile = path.join(tmp, 'tiny-squad.json');
  writeFileSync(
    squadFile,
    JSON.stringify({
      data: [
        {
          title: 'Harbour_Bridge',
          paragraphs: [
            {
              context: 'The harbour bridge opened in 1932 after eight years of work. It carries eight lanes of traffic and two railway tracks. Its arch spans 503 metres.',
              qas: [
                { question: 'When did the harbour bridge open?', answers: [{ text: '1932' }] },
                { question: 'How long is the arch of the bridge?', answers: [{ text: '503 metres' }] },
              ],
            },
          ],
        },
        {
          title: 'Glacier_Lake',
          paragraphs: [{ context: 'Glacier Lake lies at 2,100 metres. Its water stays below four degrees all year. Trout were introduced in 1951.', qas: [{ question: 'When were trout introduced to Glacier Lake?', answers: [{ text: '1951' }] }] }],
        },
      ],
    }),
  );
  shipped = await runCorpusSuite(shippedSpec(), { ...tiny, reload: true });
  synthetic = await runCorpusSuite(bbcSpec({ quick: true, bbcSubset: 16, bbcDir: path.join(tmp, 'no-such-bbc') }), { ...tiny, buildRepetitions: 1 });
  squad = await runCorpusSuite(squadSpec(squadFile)!, { ...tiny, buildRepetitions: 1, quoteQueries: 0, timelineQueries: 0 });
  rmSync(tmp, { recursive: true, force: true });
}, 60_000);

const nonNegative = (x: unknown) => typeof x === 'number' && Number.isFinite(x) && x >= 0;

describe('benchmark suite on a tiny corpus', () => {
  it('measures build, memory and rates', () => {
    const b = shipped.build;
    expect(b.repetitions).toBe(2);
    expect(b.articles).toBeGreaterThan(0);
    expect(b.sentences).toBeGreaterThan(b.articles);
    expect(b.tokens).toBeGreaterThan(b.sentences);
    for (const x of [b.build_s.p50, b.build_s.p99, b.read_s.p50, b.index_s.p50, b.sentences_per_s, b.tokens_per_s, b.peak_rss_mb]) expect(nonNegative(x)).toBe(true);
    expect(b.build_s.p99).toBeGreaterThanOrEqual(b.build_s.p50);
    expect(shipped.memory.rss_mb).toBeGreaterThan(0);
    expect(shipped.memory.heap_mb).toBeGreaterThan(0);
    expect(nonNegative(shipped.snapshot_load_s)).toBe(true);
    expect(shipped.snapshot!.size_mb).toBeGreaterThan(0);
    expect(shipped.snapshot!.repetitions).toBe(2);
    expect(shipped.snapshot!.sentences_match).toBe(true);
  });

  it('measures wink-nlp alone on the same text, the reference for the build rate', () => {
    const w = shipped.wink!;
    // wink counts its own tokens over the same texts the build analyses: the same tokens.
    expect(w.tokens).toBe(shipped.build.tokens);
    expect(w.tokens_per_s).toBeGreaterThan(0);
    expect(w.default_pipe_tokens_per_s).toBeGreaterThan(0);
    // Measured after each build repetition, beside the builds it is compared with.
    expect(w.passes).toBe(shipped.build.repetitions);
    const json = JSON.parse(JSON.stringify(makeReport([shipped], 'quick', 1, []))) as Record<string, Record<string, number>>;
    expect(json.shipped!.wink_tokens_per_s).toBe(w.default_pipe_tokens_per_s);
    expect(json.shipped!.build_vs_wink).toBeCloseTo(shipped.build.tokens_per_s / w.default_pipe_tokens_per_s, 2);
  });

  it('times /ask and the minisearch baseline on the same questions', () => {
    expect(shipped.ask.queries).toBe(12);
    expect(shipped.baseline.queries).toBe(12);
    for (const d of [shipped.ask.latency_ms, shipped.baseline.latency_ms]) {
      expect(d.n).toBe(12);
      expect(nonNegative(d.p50) && nonNegative(d.p99) && nonNegative(d.max)).toBe(true);
      expect(d.p50).toBeLessThanOrEqual(d.p99);
      expect(d.p99).toBeLessThanOrEqual(d.max);
    }
    expect(shipped.ask.article_hit).toBeGreaterThanOrEqual(0);
    expect(shipped.ask.article_hit).toBeLessThanOrEqual(1);
    expect(nonNegative(shipped.ratios.speedup_p50)).toBe(true);
  });

  it('times /quote and /timeline, and queries during a reload', () => {
    expect(shipped.timeline.latency_ms?.n).toBe(4);
    if (shipped.quote.latency_ms) expect(nonNegative(shipped.quote.latency_ms.p99)).toBe(true);
    else expect(shipped.quote.note).toBeTruthy();
    const r = shipped.reload!;
    expect(r.queries).toBeGreaterThan(0);
    expect(r.failed).toBe(0);
    expect(nonNegative(r.max_query_ms) && nonNegative(r.rebuild_s)).toBe(true);
  });

  it('labels the synthetic scale-up when the BBC folder is absent', () => {
    expect(synthetic.synthetic).toBe(true);
    expect(synthetic.label).toMatch(/SYNTHETIC/);
    expect(synthetic.build.articles).toBe(16);
    expect(synthetic.notes.join(' ')).toMatch(/absent/);
  });

  it('scores gold questions: accuracy beside the baseline, as fractions', () => {
    expect(squad.questions_available).toBe(3);
    expect(squad.ask.queries).toBe(3);
    for (const a of [squad.ask.accuracy, squad.ask.accuracy_with_context, squad.baseline.accuracy]) {
      expect(a).toBeGreaterThanOrEqual(0);
      expect(a).toBeLessThanOrEqual(1);
    }
  });

  it('reports the JSON contract and a table', () => {
    const report = makeReport([shipped, { ...synthetic }, squad], 'quick', 1, []);
    const json = JSON.parse(JSON.stringify(report)) as Record<string, Record<string, unknown>>;
    for (const k of ['articles', 'sentences', 'build_s', 'tokens_per_s', 'snapshot_load_s', 'rss_mb', 'ask_p50_ms', 'ask_p99_ms', 'baseline_p50_ms', 'baseline_p99_ms', 'reload_max_query_ms']) expect(json.bbc).toHaveProperty(k);
    for (const k of ['questions', 'accuracy', 'baseline_accuracy', 'ask_p50_ms', 'ask_p99_ms', 'baseline_p50_ms']) expect(json.squad).toHaveProperty(k);
    expect(nonNegative(json.bbc!.snapshot_load_s)).toBe(true);
    expect(nonNegative(json.bbc!.snapshot_mb)).toBe(true);
    expect(json.squad!.questions).toBe(3);
    const text = table([shipped, synthetic, squad]);
    expect(text).toMatch(/\/ask p50/);
    expect(text).toMatch(/SYNTHETIC/);
  });
});

describe('the bot-process memory probe', () => {
  it('loads the corpus once and measures it; the report takes it as rss_mb', async () => {
    const probe = await probeBotMemory(shippedSpec(), 10);
    expect(probe.sentences).toBe(shipped.build.sentences);
    expect(probe.rss_mb).toBeGreaterThan(0);
    expect(nonNegative(probe.load_s)).toBe(true);
    expect(probe.rss_at_load_mb).toBeGreaterThan(0);
    expect(probe.settle_s).toBe(0.01);
    const report = makeReport([{ ...shipped, bot_memory: { ...probe, rss_mb: 123, heap_mb: 45 } }], 'quick', 1, []);
    const json = JSON.parse(JSON.stringify(report)) as Record<string, Record<string, unknown>>;
    expect(json.shipped).toMatchObject({ rss_mb: 123, heap_mb: 45, rss_after_builds_mb: shipped.memory.rss_mb });
  });
});

describe('benchmark helpers', () => {
  it('parses options', () => {
    expect(parseArgs(['--json', '--quick', '--corpus', 'x'])).toMatchObject({ json: true, quick: true, corpus: 'x', memoryProbe: false });
    expect(parseArgs(['--only', 'bbc', '--memory-probe'])).toMatchObject({ only: 'bbc', memoryProbe: true });
    expect(() => parseArgs(['--nope'])).toThrow(/unknown option/);
  });

  it('computes nearest-rank percentiles', () => {
    const values = Array.from({ length: 100 }, (_, i) => i + 1);
    expect(percentile(values, 50)).toBe(50);
    expect(percentile(values, 99)).toBe(99);
    expect(dist(values)).toMatchObject({ n: 100, p50: 50, p99: 99, max: 100 });
    expect(dist([])).toMatchObject({ n: 0, p50: 0 });
  });
});
