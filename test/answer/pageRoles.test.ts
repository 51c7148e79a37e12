import { describe, expect, it } from 'vitest';
import { analyseQuestion } from '../../src/answer/questionAnalysis.js';
import { rolesAskedBy } from '../../src/answer/pageRoles.js';

describe('rolesAskedBy', () => {
  it('reads "outlet" as asking for the site line and the reprint note (which names the outlet that first ran it)', () => {
    expect(rolesAskedBy(analyseQuestion('which outlet was it reprinted from'))).toEqual(expect.arrayContaining(['site', 'note']));
  });

  it('reads "who wrote" as asking for the byline only', () => {
    expect(rolesAskedBy(analyseQuestion('who wrote it'))).toEqual(['byline']);
  });
});
