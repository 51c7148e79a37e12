/** Small measuring helpers shared by the benchmark suites. */

/** Distribution of a set of measurements (same unit as the input). */
export interface Dist {
  n: number;
  p50: number;
  p99: number;
  max: number;
  mean: number;
}

/** Nearest-rank percentile of sorted values. */
export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return 0;
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length - 1, Math.max(0, rank - 1))]!;
}

export function dist(values: readonly number[]): Dist {
  const sorted = [...values].sort((a, b) => a - b);
  const sum = sorted.reduce((s, x) => s + x, 0);
  return {
    n: sorted.length,
    p50: round(percentile(sorted, 50)),
    p99: round(percentile(sorted, 99)),
    max: round(sorted[sorted.length - 1] ?? 0),
    mean: round(sorted.length ? sum / sorted.length : 0),
  };
}

export function round(x: number, digits = 3): number {
  const f = 10 ** digits;
  return Math.round(x * f) / f;
}

/** Milliseconds taken by fn (fn's value is returned too). */
export function timed<T>(fn: () => T): { value: T; ms: number } {
  const t = performance.now();
  const value = fn();
  return { value, ms: performance.now() - t };
}

export async function timedAsync<T>(fn: () => Promise<T>): Promise<{ value: T; ms: number }> {
  const t = performance.now();
  const value = await fn();
  return { value, ms: performance.now() - t };
}

/**
 * Runs `fn` over the items, timing each call in milliseconds. Stops early when `budgetMs` is spent
 * (at least `minItems` are always run). A few warm-up calls (not counted) let the JIT settle.
 */
export function latencies<T>(items: readonly T[], fn: (item: T) => void, opts: { warmup?: number; budgetMs?: number; minItems?: number } = {}): number[] {
  const warm = Math.min(opts.warmup ?? 5, items.length);
  for (let i = 0; i < warm; i++) fn(items[i]!);
  const out: number[] = [];
  const start = performance.now();
  for (const item of items) {
    const t = performance.now();
    fn(item);
    out.push(performance.now() - t);
    if (opts.budgetMs !== undefined && out.length >= (opts.minItems ?? 50) && performance.now() - start > opts.budgetMs) break;
  }
  return out;
}

/** Deterministic PRNG (mulberry32). */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
