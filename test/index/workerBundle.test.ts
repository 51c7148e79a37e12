import { describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { prepareWorkerBundle, workerBundle } from '../../src/index/workerBundle.js';

describe('prepareWorkerBundle', () => {
  it('makes the analysis worker one JavaScript file, named by its content, once per process', async () => {
    const file = await prepareWorkerBundle();
    expect(file).toBeDefined();
    expect(workerBundle()).toBe(file);
    expect(await prepareWorkerBundle()).toBe(file);
    expect(path.basename(path.dirname(file!))).toBe('archivist');
    const code = readFileSync(file!);
    expect(path.basename(file!)).toBe(`analysisWorker-${createHash('sha256').update(code).digest('hex').slice(0, 16)}.mjs`);
    // The worker's own modules are inside; npm packages stay imports (resolved from node_modules).
    const text = code.toString('utf8');
    expect(text).toContain('parentPort');
    expect(text).toMatch(/from ["']wink-nlp["']/);
    expect(text).not.toMatch(/from ["']\.\.?\//);
  });
});
