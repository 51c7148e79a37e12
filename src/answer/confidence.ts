import type { AnalysedQuestion } from './questionAnalysis.js';
import type { Scored } from './answerQuestion.js';

/** What the confidence is computed from: properties of the best candidate and its runner-up. */
export interface ConfidenceFeatures {
  /** Share of the question's (IDF-weighted) terms in the sentence. */
  own: number;
  /** Share found only around it (neighbours, title, metadata). */
  context: number;
  /** 1 when the question expects a type (date, number, name…). */
  typed: number;
  /** 1 when it expects a type and the sentence has no such phrase. */
  typeMiss: number;
  /** Share of the question's weight found nowhere near the sentence. */
  missing: number;
  /** The heaviest missing term relative to the heaviest term. */
  maxMissing: number;
  /** How far the best candidate is ahead of the next one. */
  margin: number;
  /** 1 when the question asks "which X" and the corpus never says X, not even in other words. */
  focusUnknown: number;
}

export const FEATURE_NAMES: (keyof ConfidenceFeatures)[] = ['own', 'context', 'typed', 'typeMiss', 'missing', 'maxMissing', 'margin', 'focusUnknown'];

export function confidenceFeatures(q: AnalysedQuestion, best: Scored, second: Scored | undefined): ConfidenceFeatures {
  const typed = q.expected === 'any' ? 0 : 1;
  return {
    own: best.own,
    context: best.context,
    typed,
    typeMiss: typed && !best.typeOk ? 1 : 0,
    missing: best.missing,
    maxMissing: best.maxMissing,
    margin: Math.max(0, Math.min(1, best.score - (second?.score ?? 0))),
    focusUnknown: best.focusUnknown ? 1 : 0,
  };
}

/** A typed question (when, how many, who) whose best sentence has no phrase of that type is probably not answered. */
export const TYPE_MISS_FACTOR = 0.6;

/**
 * Confidence that the best sentence answers: the share of the question's weight it covers (what
 * only its surroundings cover counts half), lowered when a typed question finds no phrase of its
 * type. A logistic model fitted on SQuAD (runner-up margin, missing terms, …) was tried and did no
 * better on conversational questions; see `npm run calibrate` for the threshold's calibration.
 */
export function confidenceOf(f: ConfidenceFeatures): number {
  return Math.min(1, f.own + 0.5 * f.context) * (f.typeMiss ? TYPE_MISS_FACTOR : 1) * (f.focusUnknown ? FOCUS_UNKNOWN_FACTOR : 1);
}

/** "Which hotel…" in a corpus that never mentions a hotel: the corpus can hardly say which. */
export const FOCUS_UNKNOWN_FACTOR = 0.75;
