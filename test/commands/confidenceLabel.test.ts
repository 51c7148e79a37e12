import { describe, expect, it } from 'vitest';
import { LOW_CONFIDENCE, confidenceLabel } from '../../src/commands/confidenceLabel.js';

describe('confidenceLabel', () => {
  it('says the confidence, and that it is low below LOW_CONFIDENCE', () => {
    expect(confidenceLabel(1)).toBe('confidence 100%');
    expect(confidenceLabel(LOW_CONFIDENCE)).toBe('confidence 60%');
    expect(confidenceLabel(0.48)).toBe('confidence 48% (low: check the source)');
    // Judged as shown: "60%" is not low, "59%" is.
    expect(confidenceLabel(0.596)).toBe('confidence 60%');
    expect(confidenceLabel(0.594)).toBe('confidence 59% (low: check the source)');
  });
});
