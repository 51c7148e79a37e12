import { describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { prepareWorkerBundle, workerBundle } from '../../src/index/workerBundle.js';
import { spawnAnalysisWorker, spawnThroughTsx } from '../../src/index/spawnAnalysisWorker.js';
import { analyseInWorkers, batchesOf } from '../../src/index/analysisPool.js';
import { readCorpus } from '../../src/corpus/readCorpus.js';

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

  it('runs the same analysis as the worker started through tsx (the fallback when no bundle can be made)', async () => {
    await prepareWorkerBundle();
    const { articles } = await readCorpus('corpus');
    const batches = batchesOf(articles, 4_000);
    expect(batches.length).toBeGreaterThan(2);
    const run = async (spawn: () => import('node:worker_threads').Worker) => {
      const out = [];
      for await (const b of analyseInWorkers(batches, 1, spawn)) out.push(b.packed);
      return out;
    };
    const [bundled, throughTsx] = await Promise.all([run(spawnAnalysisWorker), run(spawnThroughTsx)]);
    expect(bundled.length).toBe(batches.length);
    expect(bundled).toEqual(throughTsx);
  }, 30_000);
});
