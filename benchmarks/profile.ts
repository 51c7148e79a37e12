/**
 * CPU profiles of the two hot paths on BBC (or --corpus DIR): the build (readCorpus +
 * KnowledgeBase.fromLoad) and /ask (answerQuestion over the benchmark's BBC questions), written as
 * separate .cpuprofile files (open them in Chrome DevTools or summarise with topSelf.ts) and
 * summarised here by self time.
 *   npx tsx benchmarks/profile.ts [--corpus DIR] [--queries N] [--out DIR]
 * The same profiles come from `node --cpu-prof --import tsx …` over a whole run; this script
 * separates the two phases with node:inspector so each profile holds one of them only.
 */
import { Session } from 'node:inspector/promises';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { readCorpus } from '../src/corpus/readCorpus.js';
import { KnowledgeBase } from '../src/index/KnowledgeBase.js';
import { answerQuestion } from '../src/answer/answerQuestion.js';
import { BBC_DIR, SHIPPED_DIR, makeQuestions } from './corpora.js';
import { existsSync } from 'node:fs';
import { formatTop, type CpuProfile } from './topSelf.js';
import { ASK_OPTIONS } from './ask.js';

const argv = process.argv.slice(2);
const opt = (name: string) => {
  const i = argv.indexOf(name);
  return i >= 0 ? argv[i + 1] : undefined;
};
const dir = opt('--corpus') ?? (existsSync(BBC_DIR) ? BBC_DIR : SHIPPED_DIR);
const queries = Number(opt('--queries') ?? 500);
const out = opt('--out') ?? path.join(process.env.TMPDIR ?? '/tmp', 'archivist-profiles');
mkdirSync(out, { recursive: true });

const session = new Session();
session.connect();
await session.post('Profiler.enable');
await session.post('Profiler.setSamplingInterval', { interval: 500 });

async function profiled<T>(name: string, fn: () => Promise<T> | T): Promise<T> {
  await session.post('Profiler.start');
  const t = performance.now();
  const value = await fn();
  const ms = performance.now() - t;
  const { profile } = (await session.post('Profiler.stop')) as { profile: CpuProfile };
  const file = path.join(out, `${name}.cpuprofile`);
  writeFileSync(file, JSON.stringify(profile));
  console.log(`\n${formatTop(`${name} (${(ms / 1000).toFixed(2)} s wall) → ${file}`, profile, 20)}`);
  return value;
}

// Load the model outside the profiles.
KnowledgeBase.fromLoad({ articles: [{ id: 'w', file: 'w', title: 'Warm up', paragraphs: ['The model loads once.'], extras: [] }], warnings: [] });
const kb = await profiled('build', async () => KnowledgeBase.fromLoad(await readCorpus(dir)));
const questions = makeQuestions(kb, queries);
answerQuestion(kb, questions[0]!.question, ASK_OPTIONS); // word vectors load outside the profile
await profiled('ask', () => {
  for (const q of questions) answerQuestion(kb, q.question, ASK_OPTIONS);
});
session.disconnect();
