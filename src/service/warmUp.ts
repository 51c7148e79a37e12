import type { KnowledgeBase } from '../index/KnowledgeBase.js';
import { runInSlices } from '../shared/runInSlices.js';
import { phraseTableSteps } from '../answer/phraseAbbreviations.js';
import { speakerTableSteps } from '../quotes/searchQuotes.js';
import { wordVectors } from '../nlp/wordVectors.js';
import { nlp } from '../nlp/wink.js';
import { yearsOfEvents } from '../answer/yearMatch.js';

/**
 * Work between two yields to the event loop while warming: as the build's (KnowledgeBase SLICE_MS), because
 * a reload warms while two knowledge bases are in memory and a major GC's incremental marking
 * slows every slice (gaps of 43–61 ms were seen with 15 ms slices); the warm-up is ~0.5 s anyway.
 */
const SLICE_MS = 8;

/**
 * Builds ahead of time what the engines would otherwise build for the first question that needs
 * it: wink's model and the word-vector table (once per process, ~0.1 s each), the knowledge base's
 * phrase table for abbreviations (~0.4 s on BBC's 44,000 sentences) and word-form buckets, and
 * /quote's speaker table (~0.2 s on BBC: the first speaker query or autocomplete) and the copies
 * of each story (an answer names the files of its article's copies), so that no
 * user's first "what did the EU say" pays for them. It runs in slices: a reload warms the new
 * knowledge base while the old one answers.
 */
export async function warmUp(kb: KnowledgeBase): Promise<void> {
  await runInSlices(warmUpSteps(kb), SLICE_MS);
}

function* warmUpSteps(kb: KnowledgeBase): Generator<void, void> {
  // Once per process: a knowledge base read from a snapshot has not needed wink's model yet.
  nlp();
  yield;
  wordVectors();
  yield;
  yield* phraseTableSteps(kb);
  yield* kb.index.prefixBucketSteps();
  yield* speakerTableSteps(kb);
  kb.copiesOf(''); // the copies of each story (~5 ms on BBC), which every answer names
  yield;
  yearsOfEvents(kb); // the years of the dated events, which a question naming a year is checked against
}
