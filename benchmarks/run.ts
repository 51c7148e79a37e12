/**
 * `npm run bench [-- --json] [--quick] [--corpus DIR] [--in-process]`
 *
 * Measures build, memory and engine latency on the shipped corpus, BBC News and SQuAD dev, and
 * plain minisearch on the same questions in the same process. Each corpus runs in its own child
 * process (started with --expose-gc) so that memory figures are that corpus's alone; `--in-process`
 * runs them all here instead. Prints a table; with `--json`, one JSON object as the last line.
 */
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { bbcSpec, customSpec, shippedSpec, squadSpec, type CorpusKey, type CorpusSpec } from './corpora.js';
import { probeBotMemory, runCorpusSuite, type CorpusResult, type SuiteOptions } from './suite.js';
import type { BotMemoryFigures } from './memory.js';
import { describe, makeReport } from './report.js';

export interface RunArgs {
  json: boolean;
  quick: boolean;
  corpus?: string;
  inProcess: boolean;
  only?: CorpusKey;
  progress: boolean;
  queries?: number;
  /** Child mode: only measure the bot's memory for `only` (probeBotMemory). */
  memoryProbe: boolean;
}

export function parseArgs(argv: readonly string[]): RunArgs {
  const args: RunArgs = { json: false, quick: false, inProcess: false, progress: true, memoryProbe: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--json') args.json = true;
    else if (a === '--quick') args.quick = true;
    else if (a === '--in-process') args.inProcess = true;
    else if (a === '--no-progress') args.progress = false;
    else if (a === '--memory-probe') args.memoryProbe = true;
    else if (a === '--corpus') args.corpus = need(argv[++i], a);
    else if (a.startsWith('--corpus=')) args.corpus = a.slice('--corpus='.length);
    else if (a === '--only') args.only = need(argv[++i], a) as CorpusKey;
    else if (a === '--queries') args.queries = Number(need(argv[++i], a));
    else if (a === '--help' || a === '-h') {
      console.log('usage: npm run bench -- [--json] [--quick] [--corpus DIR] [--queries N] [--in-process] [--no-progress]');
      process.exit(0);
    } else throw new Error(`unknown option ${a}`);
  }
  return args;
}

function need(v: string | undefined, flag: string): string {
  if (v === undefined) throw new Error(`${flag} needs a value`);
  return v;
}

/** The corpora of a run, in order. */
export function specsFor(args: RunArgs): CorpusSpec[] {
  if (args.corpus) return [customSpec(args.corpus)];
  const specs: CorpusSpec[] = [shippedSpec(), bbcSpec({ quick: args.quick })];
  const squad = squadSpec();
  if (squad) specs.push(squad);
  return specs;
}

/** Per-corpus sizes of a run. */
export function suiteOptions(key: CorpusKey, args: RunArgs, log: (s: string) => void): SuiteOptions {
  const q = args.quick;
  const queries = args.queries ?? (key === 'squad' ? (q ? 200 : 2000) : q ? 200 : 1000);
  const engines = key !== 'squad';
  return {
    queries,
    buildRepetitions: key === 'shipped' ? (q ? 3 : 7) : key === 'squad' ? (q ? 1 : 3) : q ? 1 : 5,
    quoteQueries: engines ? (q ? 200 : 1000) : 0,
    timelineQueries: engines ? (q ? 100 : 1000) : 0,
    engineBudgetMs: q ? 5_000 : 15_000,
    reload: key === 'bbc' || key === 'custom',
    progress: args.progress,
    log,
  };
}

const log = (s: string) => process.stderr.write(s + '\n');

async function runChild<T = CorpusResult>(key: CorpusKey, args: RunArgs, mode: string[] = []): Promise<T> {
  const script = fileURLToPath(import.meta.url);
  const childArgs = ['--only', key, ...mode, ...(args.quick ? ['--quick'] : []), ...(args.corpus ? ['--corpus', args.corpus] : []), ...(args.progress ? [] : ['--no-progress']), ...(args.queries ? ['--queries', String(args.queries)] : [])];
  const child = spawn(process.execPath, [...process.execArgv, '--expose-gc', script, ...childArgs], { stdio: ['ignore', 'pipe', 'inherit'] });
  let out = '';
  child.stdout.setEncoding('utf8').on('data', (d: string) => (out += d));
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  const last = out.trim().split('\n').pop() ?? '';
  if (code !== 0 || !last.startsWith('{')) throw new Error(`benchmark of ${key} failed (exit ${code})`);
  return JSON.parse(last) as T;
}

export async function main(argv: readonly string[]): Promise<void> {
  const args = parseArgs(argv);
  const specs = specsFor(args);
  if (args.only) {
    const spec = specs.find((s) => s.key === args.only);
    if (!spec) throw new Error(`no corpus ${args.only} in this run`);
    if (args.memoryProbe) {
      process.stdout.write(JSON.stringify(await probeBotMemory(spec)) + '\n');
      return;
    }
    const result = await runCorpusSuite(spec, suiteOptions(spec.key, args, log));
    process.stdout.write(JSON.stringify(result) + '\n');
    return;
  }
  const t0 = performance.now();
  const notes: string[] = [];
  if (!args.corpus && !squadSpec()) notes.push('../shared/data/squad/dev-v1.1.json is absent: no SQuAD figures.');
  for (const s of specs) if (s.synthetic) log(`NOTE: ${s.notes[0]}`);
  const results: CorpusResult[] = [];
  for (const spec of specs) {
    log(`— ${spec.label}`);
    if (args.inProcess) {
      results.push(await runCorpusSuite(spec, suiteOptions(spec.key, args, log)));
      continue;
    }
    const result = await runChild(spec.key, args);
    log('  memory: a fresh process loads the corpus once, as the bot does…');
    result.bot_memory = await runChild<BotMemoryFigures>(spec.key, args, ['--memory-probe']);
    const m = result.bot_memory;
    log(`  memory of that process: heap ${m.heap_mb} MB, RSS ${m.rss_mb} MB after ${m.settle_s} s idle (${m.rss_at_load_mb} MB right after the load of ${m.load_s} s)`);
    results.push(result);
  }
  if (args.inProcess) notes.push('--in-process: all corpora ran in one process, so memory figures include earlier corpora.');
  const report = makeReport(results, args.quick ? 'quick' : 'full', Math.round((performance.now() - t0) / 100) / 10, notes);
  console.log(describe(report));
  if (args.json) console.log(JSON.stringify(report));
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  main(process.argv.slice(2)).catch((e: Error) => {
    console.error(`bench: ${e.message}`);
    process.exit(1);
  });
}
