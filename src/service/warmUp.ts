import type { KnowledgeBase } from '../index/KnowledgeBase.js';
import { runInSlices } from '../shared/runInSlices.js';
import { phraseTableSteps } from '../answer/phraseAbbreviations.js';
import { speakerTableSteps } from '../quotes/searchQuotes.js';
import { wordVectors } from '../nlp/wordVectors.js';
import { nlp } from '../nlp/wink.js';
import { yearsOfEvents } from '../answer/yearMatch.js';
import { collectGarbage } from '../shared/collectGarbage.js';
import { quotesBySentence } from '../quotes/quotesBySentence.js';
import { datedSpans } from '../timeline/datedSpans.js';

/**
 * Work between two yields to the event loop while warming: as the build's (KnowledgeBase SLICE_MS), because
 * a reload warms while two knowledge bases are in memory and a major GC's incremental marking
 * slows every slice (gaps of 43–61 ms were seen with 15 ms slices); the warm-up is ~0.5 s anyway.
 */
const SLICE_MS = 8;

/**
 * Builds ahead of time what the engines would otherwise build for the first question that needs
 * it: wink's model and the word-vector table (once per process, ~0.1 s each), the knowledge base's
 * phrase table for abbreviations (~0.4 s on BBC's 44,000 sentences), word-form buckets and every
 * sentence's word-vector rows (~0.2 s), and
 * /quote's speaker table (~0.2 s on BBC: the first speaker query or autocomplete) and the copies
 * of each story (an answer names the files of its article's copies), so that no
 * user's first "what did the EU say" pays for them. It runs in slices: a reload warms the new
 * knowledge base while the old one answers.
 */
export async function warmUp(kb: KnowledgeBase): Promise<void> {
  await runInSlices(warmUpSteps(kb), SLICE_MS);
}

/**
 * For a knowledge base about to answer its first question with nobody waiting yet (a start, not a
 * reload): the warm-up, then one full GC. A build leaves its garbage in V8's old space (BBC: a
 * 232 MB heap, 147 MB of it live), and without a collection now the first questions pay for it in
 * major-GC pauses (/ask p99 on 1,000 BBC questions after a start: 8.6–12.4 ms, 6.4–6.8 ms after
 * this ~0.1 s collection). Not after a reload: the old knowledge base answers meanwhile, and a
 * 0.1 s stop would hold its queries past the 50 ms a reload may make one wait.
 */
export async function prepareToServe(kb: KnowledgeBase): Promise<void> {
  await warmUp(kb);
  collectGarbage();
}

function* warmUpSteps(kb: KnowledgeBase): Generator<void, void> {
  // Once per process: a knowledge base read from a snapshot has not needed wink's model yet.
  nlp();
  yield;
  wordVectors();
  yield;
  yield* phraseTableSteps(kb);
  yield* kb.index.prefixBucketSteps();
  yield* kb.wordRowSteps();
  yield* speakerTableSteps(kb);
  kb.copiesOf(''); // the copies of each story (~5 ms on BBC), which every answer names
  yield;
  yearsOfEvents(kb); // the years of the dated events, which a question naming a year is checked against
  yield;
  quotesBySentence(kb); // the quotations of each sentence (~6 ms on BBC), which "what did X say" reads
  datedSpans(kb, 0); // the date expressions of each sentence (~4 ms on BBC), which a plain "when" reads
}
