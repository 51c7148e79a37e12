import { afterEach, describe, expect, it, vi } from 'vitest';
import { buildProgress } from '../../src/console/progress.js';

function stream(isTTY: boolean) {
  const out: string[] = [];
  return { out, s: { isTTY, write: (t: string) => out.push(t) } as unknown as NodeJS.WriteStream };
}

describe('build progress', () => {
  afterEach(() => vi.restoreAllMocks());

  it('draws nothing off a terminal or during the first second', () => {
    let now = 0;
    vi.spyOn(performance, 'now').mockImplementation(() => now);
    const tty = stream(true);
    const pipe = stream(false);
    const a = buildProgress(tty.s);
    const b = buildProgress(pipe.s);
    now = 500;
    a.onProgress(10, 100);
    now = 2000;
    b.onProgress(50, 100);
    expect(tty.out).toEqual([]);
    expect(pipe.out).toEqual([]);
  });

  it('shows count, share and an ETA, and clears the line at the end', () => {
    let now = 0;
    vi.spyOn(performance, 'now').mockImplementation(() => now);
    const tty = stream(true);
    const p = buildProgress(tty.s);
    now = 2000;
    p.onProgress(1000, 4000);
    expect(tty.out.at(-1)).toMatch(/1,000\/4,000 articles \(25%\) · 2\.0 s · ETA 6\.0 s/);
    p.finish();
    expect(tty.out.at(-1)).toBe('\r\x1b[K');
  });
});
