/** Lets the event loop run (timers, I/O, interactions) before the caller goes on. */
export function yieldToEventLoop(): Promise<void> {
  return new Promise<void>((resolve) => setImmediate(resolve));
}

/**
 * Runs a generator's steps in slices of at most about `sliceMs` of work, yielding to the event loop
 * between slices, so that a bot answering interactions stays responsive during long work (a
 * build, warming the engines' tables). Returns the generator's result.
 */
export async function runInSlices<T>(steps: Generator<unknown, T>, sliceMs: number): Promise<T> {
  let sliceStart = performance.now();
  let r = steps.next();
  while (!r.done) {
    if (performance.now() - sliceStart >= sliceMs) {
      await yieldToEventLoop();
      sliceStart = performance.now();
    }
    r = steps.next();
  }
  return r.value;
}

/** Runs a generator's steps in one go (when nothing waits for the event loop); returns its result. */
export function runAll<T>(steps: Generator<unknown, T>): T {
  let r = steps.next();
  while (!r.done) r = steps.next();
  return r.value;
}
