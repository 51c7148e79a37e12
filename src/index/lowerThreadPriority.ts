import { readlinkSync } from 'node:fs';
import { setPriority } from 'node:os';

/**
 * Lowers the calling thread's CPU priority (nice 10), leaving its process's other threads as they
 * are: a build's worker then takes only CPU that the main thread, answering queries, does not.
 * Linux only (a thread's id comes from /proc/thread-self, and setpriority on a thread id applies
 * to that thread); elsewhere, or when not permitted, nothing changes.
 */
export function lowerThreadPriority(): boolean {
  try {
    const tid = Number(readlinkSync('/proc/thread-self').split('/').pop());
    if (!Number.isInteger(tid) || tid <= 0) return false;
    setPriority(tid, 10);
    return true;
  } catch {
    return false;
  }
}
