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
      await new Promise<void>((resolve) => setImmediate(resolve));
      sliceStart = performance.now();
    }
    r = steps.next();
  }
  return r.value;
}
