import { Worker } from 'node:worker_threads';
import { prepareWorkerBundle, workerBundle } from './workerBundle.js';

/** Whether this module runs from the TypeScript sources (tsx, vitest) rather than compiled (dist/). */
const FROM_SOURCES = import.meta.url.endsWith('.ts');

/**
 * Makes ready what spawnAnalysisWorker starts: from the TypeScript sources, the worker's bundle
 * (workerBundle.ts, ~30 ms in esbuild's process); compiled, nothing. Never rejects: a worker that
 * cannot use the bundle starts through tsx.
 */
export async function prepareAnalysisWorkers(): Promise<void> {
  if (FROM_SOURCES) await prepareWorkerBundle();
}

/**
 * Starts one analysis worker. Compiled (dist/), the worker is the .js file beside this one. Run
 * from TypeScript sources, it is the worker's bundle once prepareAnalysisWorkers has made it;
 * before that (or if it could not be made) the worker registers tsx, then imports its .ts entry:
 * Node 20 cannot load a .ts worker by itself and tsx's loader does not register in worker threads.
 */
export function spawnAnalysisWorker(): Worker {
  const here = import.meta.url;
  if (!FROM_SOURCES) return new Worker(new URL('./analysisWorker.js', here), WORKER_OPTIONS);
  const bundle = workerBundle();
  return bundle ? new Worker(bundle, WORKER_OPTIONS) : spawnThroughTsx();
}

/**
 * A worker's young generation is capped at 8 MB (V8's default grows it to 32 MB): a worker kept
 * between builds (analysisWorkerPool.ts) held ~100 MB of RSS a minute after its build, ~25 MB with
 * the cap; BBC rebuilds took the same time either way (3.0-4.1 s with a kept worker, fresh
 * processes alternated 3 times; 4 MB was slower).
 */
const WORKER_OPTIONS = { resourceLimits: { maxYoungGenerationSizeMb: 8 } };

/** The analysis worker started from its .ts entry through tsx's loader (no bundle; from the sources only). */
export function spawnThroughTsx(): Worker {
  const entry = new URL('./analysisWorker.ts', import.meta.url).href;
  const tsxApi = import.meta.resolve('tsx/esm/api'); // the ESM entry: tsx's CommonJS one cannot register here
  const bootstrap = `import(${JSON.stringify(tsxApi)})
    .then((api) => api.register())
    .then(() => import(${JSON.stringify(entry)}));`;
  return new Worker(bootstrap, { ...WORKER_OPTIONS, eval: true });
}
