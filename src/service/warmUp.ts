import type { KnowledgeBase } from '../index/KnowledgeBase.js';
import { runInSlices } from '../index/runInSlices.js';
import { phraseTableSteps } from '../answer/phraseAbbreviations.js';
import { wordVectors } from '../nlp/wordVectors.js';
import { nlp } from '../nlp/wink.js';

/** Work between two yields to the event loop while warming (as the sliced build's). */
const SLICE_MS = 15;

/**
 * Builds ahead of time what the engines would otherwise build for the first question that needs
 * it: wink's model and the word-vector table (once per process, ~0.1 s each) and the knowledge base's phrase table for
 * abbreviations (~0.4 s on BBC's 44,000 sentences), so that no user's first "what did the EU say"
 * pays for them. It runs in slices: a reload warms the new knowledge base while the old one answers.
 * Smaller tables stay lazy (the /quote speaker table: ~0.17 s on BBC, on the first speaker query).
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
  kb.index.formsSharingPrefix('warm');
}
