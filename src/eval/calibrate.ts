/**
 * `npm run calibrate`: how the /ask confidence (src/answer/confidence.ts) separates right answers
 * from wrong ones and misses on SQuAD dev, and what each threshold does there, on the
 * development questions and on the question sets in eval/ — the data behind DEFAULT_THRESHOLD.
 *
 * Examples: positives are SQuAD questions whose top sentence holds the gold answer from the right
 * article; negatives are wrong top answers, and the same questions asked with the answer's
 * paragraph removed (a near miss: the article and its topic are still there) and with the whole
 * article removed (a far miss).
 */
import { existsSync, readdirSync } from 'node:fs';
import { KnowledgeBase } from '../index/KnowledgeBase.js';
import { analyseQuestion } from '../answer/questionAnalysis.js';
import { rankCandidates, bestOf, answerQuestion } from '../answer/answerQuestion.js';
import { rolesAskedBy } from '../answer/pageRoles.js';
import { answerConfidence } from '../answer/confidence.js';
import { readSquad, spreadSample } from './squad.js';
import { containsAnswer, readDevSet } from './devSet.js';

const sampleSize = Number(process.argv.find((a) => /^\d+$/.test(a)) ?? 1500);
const THRESHOLDS = [0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6];
const squad = readSquad();
if (!squad) {
  console.log('SQuAD dev not found (../shared/data/squad/dev-v1.1.json): nothing to calibrate on.');
  process.exit(0);
}
const kb = KnowledgeBase.fromLoad(squad.load);
const examples: { confidence: number; y: number }[] = [];
for (const sq of spreadSample(squad.questions, sampleSize)) {
  const q = analyseQuestion(sq.question);
  if (q.terms.length === 0) continue;
  const add = (filter: ((articleId: string, s: { paragraph: number; role: string }) => boolean) | undefined, positiveWhenCorrect: boolean) => {
    const scored = rankCandidates(kb, q, filter ? { filter } : {});
    const best = bestOf(kb, scored, rolesAskedBy(q), q);
    if (!best) return;
    const correct = best.sentence.articleId === sq.articleId && containsAnswer(best.sentence.text, sq.answers);
    examples.push({ confidence: answerConfidence(q, best), y: positiveWhenCorrect && correct ? 1 : 0 });
  };
  add(undefined, true);
  add((id, s) => !(id === sq.articleId && s.role === 'body' && s.paragraph === sq.paragraph), false);
  add((id) => id !== sq.articleId, false);
}


const pos = examples.filter((e) => e.y === 1);
const neg = examples.filter((e) => e.y === 0);
console.log(`SQuAD examples: ${examples.length} (${pos.length} right answers; ${neg.length} wrong answers, near and far misses)`);
for (const th of THRESHOLDS) {
  const tp = pos.filter((e) => e.confidence >= th).length / pos.length;
  const tn = neg.filter((e) => e.confidence < th).length / neg.length;
  console.log(`threshold ${th.toFixed(2)}: SQuAD right answers kept ${(100 * tp).toFixed(1)}%, others declined ${(100 * tn).toFixed(1)}%, balanced ${(50 * (tp + tn)).toFixed(1)}%`);
}
// The conversational sets on the shipped corpus: the development questions and the sets in eval/.
const sets = [
  ['dev', readDevSet()],
  ...(existsSync('eval') ? readdirSync('eval').filter((f) => f.endsWith('.json')).sort().map((f) => [f.replace(/\.json$/, ''), readDevSet(`eval/${f}`)] as const) : []),
] as const;
const shippedKb = sets.some(([, set]) => set) ? await KnowledgeBase.load('corpus') : undefined;
for (const [name, set] of sets) {
  if (!set || !shippedKb || set.ask.length + set.unanswerable.length === 0) continue; // a /quote or /timeline set
  for (const th of THRESHOLDS) {
    const ok = set.ask.filter((it) => {
      const r = answerQuestion(shippedKb, it.question, { threshold: th });
      return r.answered && containsAnswer(r.answer, it.answers) && r.sources[0]?.file === it.file;
    }).length;
    const declined = set.unanswerable.filter((it) => !answerQuestion(shippedKb, it.question, { threshold: th }).answered).length;
    console.log(`threshold ${th.toFixed(2)}: ${name} ask ${ok}/${set.ask.length}, unanswerable declined ${declined}/${set.unanswerable.length}`);
  }
}
