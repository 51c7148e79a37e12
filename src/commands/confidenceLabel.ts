/**
 * Below this an answer is given (it is above the threshold) but said to be uncertain: on the
 * question sets (dev and eval/), 28 of the 53 answers between 0.45 and 0.6 were right (16 of the
 * others answered a question the corpus cannot), against 107 of the 141 above it. The threshold
 * itself is calibrated on SQuAD (see README).
 */
export const LOW_CONFIDENCE = 0.6;

/** "confidence 83%", or with a warning when low: "confidence 52% (low: check the source)". */
export function confidenceLabel(confidence: number): string {
  // Judged on the percentage shown: 0.596 reads "60%", which is not low.
  const percent = Math.round(confidence * 100);
  const label = `confidence ${percent}%`;
  return percent < Math.round(LOW_CONFIDENCE * 100) ? `${label} (low: check the source)` : label;
}
