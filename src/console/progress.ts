/**
 * "Indexing 1,204/2,224 articles (54%) · 3.1 s · ETA 2.6 s" on a terminal while a corpus is
 * indexed. The build yields to the event loop between slices, so progress callbacks arrive as it
 * goes; nothing is drawn for builds shorter than a second or when the stream is not a TTY.
 */
export interface BuildProgress {
  onProgress(done: number, total: number): void;
  /** Clears the line. */
  finish(): void;
}

export function buildProgress(stream: NodeJS.WriteStream = process.stderr, label = 'Indexing'): BuildProgress {
  const started = performance.now();
  let lastDraw = 0;
  let drawn = false;
  return {
    onProgress(done, total) {
      if (!stream.isTTY) return;
      const elapsed = performance.now() - started;
      if (elapsed < 1000 || elapsed - lastDraw < 100) return;
      lastDraw = elapsed;
      const share = total > 0 ? done / total : 1;
      const eta = share > 0 ? (elapsed / share - elapsed) / 1000 : 0;
      stream.write(`\r\x1b[K${label} ${done.toLocaleString('en-US')}/${total.toLocaleString('en-US')} articles (${Math.round(share * 100)}%) · ${(elapsed / 1000).toFixed(1)} s · ETA ${eta.toFixed(1)} s`);
      drawn = true;
    },
    finish() {
      if (drawn) stream.write('\r\x1b[K');
    },
  };
}
