import type { Worker } from 'node:worker_threads';
import { idleCores } from './idleCores.js';
import { prepareAnalysisWorkers } from './spawnAnalysisWorker.js';
import { returnAnalysisWorker, takeAnalysisWorker } from './analysisWorkerPool.js';
import { workersForIdle } from './buildInWorkers.js';

/**
 * Analysis workers started while the corpus is still being read, so that their cold start (their
 * own modules and wink model: ~0.6 s of a BBC build) overlaps the reading instead of delaying the
 * build. Started only for a folder with many files, as many as the cores idle beside this process
 * allow (or as asked); the build takes them, or starts its own when it wants more, and `release`
 * hands back those it did not take (a corpus that turned out too small for workers).
 */
export class EarlyWorkers {
  private readonly started: Worker[] = [];
  private released = false;
  /** Cores idle beside this process when the workers were started (what the build decides with; 0 when a number was asked for). */
  readonly idle: Promise<number>;

  constructor(requested: number | undefined, spawn: () => Worker = takeAnalysisWorker, prepare: () => Promise<void> = prepareAnalysisWorkers) {
    // Started once what they run is ready (prepareAnalysisWorkers: ~30 ms, while the files are
    // read) and, unless a number was asked for, the sample says how many cores are idle; `idle`
    // resolves after that, so a build that awaits it finds them. The sample follows the
    // preparation: esbuild's process, busy meanwhile, made a core look taken, and a bot started
    // from the sources never used a worker for its first load (BBC: 6.6-7.0 s, 0 workers, 3 of 3).
    this.idle = requested !== undefined
      ? prepare().then(() => {
          this.start(requested, spawn);
          return 0;
        })
      : prepare()
          .then(() => idleCores())
          .then((idle) => {
            this.start(workersForIdle(idle), spawn);
            return idle;
          });
  }

  private start(count: number, spawn: () => Worker): void {
    for (let i = 0; i < count && !this.released; i++) {
      try {
        this.started.push(spawn());
      } catch {
        return; // the build starts its own (or falls back to this thread)
      }
    }
  }

  /** A worker started early, or a new one. */
  take = (): Worker => this.started.shift() ?? takeAnalysisWorker();

  /** Hands back the workers nobody took (kept for a later build, or ended: analysisWorkerPool). */
  async release(): Promise<void> {
    this.released = true;
    await Promise.all(this.started.splice(0).map((w) => returnAnalysisWorker(w, true)));
  }
}
