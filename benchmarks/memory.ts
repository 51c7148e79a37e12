/** Memory figures: heap and RSS after loading a corpus, and the process's peak RSS. */

export interface MemoryFigures {
  /** V8 heap in use after a full GC (when the process runs with --expose-gc; otherwise as is). */
  heap_mb: number;
  /** Resident set size at the same moment. */
  rss_mb: number;
  /** Highest RSS of the process so far (getrusage maxrss). */
  peak_rss_mb: number;
  /** Whether a GC was forced before measuring. */
  gc: boolean;
}

const MB = 1024 * 1024;

export function memoryNow(): MemoryFigures {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (gc) {
    gc();
    gc();
  }
  const m = process.memoryUsage();
  return {
    heap_mb: Math.round(m.heapUsed / MB),
    rss_mb: Math.round(m.rss / MB),
    peak_rss_mb: peakRssMb(),
    gc: gc !== undefined,
  };
}

export function peakRssMb(): number {
  // maxRSS is in kilobytes.
  return Math.round(process.resourceUsage().maxRSS / 1024);
}

/** The bot's footprint: a fresh process that loaded the corpus once, as the bot starts (probeBotMemory). */
export interface BotMemoryFigures extends MemoryFigures {
  /** Read + build + warm-up, seconds. */
  load_s: number;
  sentences: number;
  /** RSS right after the load (forced GC), before the process settled for `settle_s`. */
  rss_at_load_mb: number;
  settle_s: number;
}
