import { Worker } from 'node:worker_threads';

/**
 * Starts one analysis worker. Compiled (dist/), the worker is the .js file beside this one. Run
 * from TypeScript sources (tsx, vitest), Node 20 cannot load a .ts worker by itself and tsx's
 * loader does not register in worker threads, so the worker first registers tsx, then imports
 * its .ts entry.
 */
export function spawnAnalysisWorker(): Worker {
  const here = import.meta.url;
  if (!here.endsWith('.ts')) return new Worker(new URL('./analysisWorker.js', here));
  const entry = new URL('./analysisWorker.ts', here).href;
  const tsxApi = import.meta.resolve('tsx/esm/api'); // the ESM entry: tsx's CommonJS one cannot register here
  const bootstrap = `import(${JSON.stringify(tsxApi)})
    .then((api) => api.register())
    .then(() => import(${JSON.stringify(entry)}));`;
  return new Worker(bootstrap, { eval: true });
}
