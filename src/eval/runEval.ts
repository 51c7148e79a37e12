/**
 * `npm run eval`: scores the engines on the development questions (../shared/eval/dev.json, or
 * `--set FILE` in the same schema, e.g. eval/heldout.json). Prints one line per failure and a
 * summary; `--json` prints the summary as JSON.
 */
import { KnowledgeBase } from '../index/KnowledgeBase.js';
import { answerQuestion } from '../answer/answerQuestion.js';
import { readDevSet, containsAnswer } from './devSet.js';
import { scoreQuotes } from './quoteEval.js';
import { scoreTimeline } from './timelineEval.js';

const json = process.argv.includes('--json');
const verbose = process.argv.includes('--verbose');
const setAt = process.argv.indexOf('--set');
const setPath = setAt >= 0 ? process.argv[setAt + 1] : undefined;
const dev = setPath ? readDevSet(setPath) : readDevSet();
if (!dev) {
  console.log(`No question set found (${setPath ?? '../shared/eval/dev.json'}): nothing to score.`);
  process.exit(0);
}
const kb = await KnowledgeBase.load(process.env.CORPUS_DIR ?? 'corpus');
const lines: string[] = [];
let askPass = 0;
for (const item of dev.ask) {
  const r = answerQuestion(kb, item.question);
  const ok = r.answered && containsAnswer(r.answer, item.answers) && r.sources[0]?.file === item.file;
  if (ok) askPass++;
  if (!ok || verbose) lines.push(`${ok ? 'PASS' : 'FAIL'} ${item.id} ${item.question}\n     → [${r.confidence}] ${r.answered ? r.answer : 'DECLINED; closest: ' + (r.closest[0]?.text ?? '')} (${r.sources[0]?.file ?? '-'})`);
}
let declinePass = 0;
for (const item of dev.unanswerable) {
  const r = answerQuestion(kb, item.question);
  if (!r.answered) declinePass++;
  if (r.answered || verbose) lines.push(`${r.answered ? 'FAIL' : 'PASS'} ${item.id} ${item.question}\n     → [${r.confidence}] ${r.answer ?? 'declined'}`);
}
const quotes = scoreQuotes(kb, dev.quote ?? []);
const timeline = scoreTimeline(kb, dev.timeline ?? []);
for (const f of [...quotes.failures, ...timeline.failures]) lines.push(`FAIL ${f}`);
const summary = {
  ask: { passed: askPass, total: dev.ask.length },
  unanswerable: { passed: declinePass, total: dev.unanswerable.length },
  quote: { passed: quotes.passed, total: quotes.total },
  timeline: { passed: timeline.passed, total: timeline.total },
};
if (json) console.log(JSON.stringify(summary));
else {
  for (const l of lines) console.log(l);
  console.log(`ask: ${askPass}/${dev.ask.length} (${pct(askPass, dev.ask.length)})`);
  console.log(`unanswerable declined: ${declinePass}/${dev.unanswerable.length} (${pct(declinePass, dev.unanswerable.length)})`);
  console.log(`quote: ${quotes.passed}/${quotes.total} (${pct(quotes.passed, quotes.total)})`);
  console.log(`timeline: ${timeline.passed}/${timeline.total} (${pct(timeline.passed, timeline.total)})`);
}

function pct(a: number, b: number): string {
  return b ? `${Math.round((100 * a) / b)}%` : '-';
}
