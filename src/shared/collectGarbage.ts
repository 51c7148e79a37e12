import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

let gc: (() => void) | undefined;

/**
 * A full garbage collection now, `times` times. V8's `gc` exists only with --expose-gc, which a
 * worker cannot be given and `npm start` does not pass; set at run time the flag takes effect for
 * new contexts, so one is made to fetch it (jest-leak-detector does the same), then the flag is
 * unset. For moments when nobody waits: a full GC of a heap holding BBC stops the thread ~0.1 s.
 */
export function collectGarbage(times = 1): void {
  // A process started with --expose-gc (the benchmark's children) has it already, the flag set.
  gc ??= (globalThis as { gc?: () => void }).gc ?? fetchGc();
  for (let i = 0; i < times; i++) gc();
}

function fetchGc(): () => void {
  setFlagsFromString('--expose-gc');
  const fetched = runInNewContext('gc') as () => void;
  setFlagsFromString('--no-expose-gc');
  return fetched;
}
