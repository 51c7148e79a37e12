/**
 * Cold start from a snapshot: the built knowledge base is written once to a temporary file with
 * `writeSnapshot`, then `readSnapshot` (read the file, JSON.parse, rebuild tokens and the index)
 * is timed several times; the median is `snapshot_load_s`. The wink model and word vectors are
 * already loaded in this process, so a fresh process adds their load (~0.1 s + first query).
 */
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { KnowledgeBase } from '../src/index/KnowledgeBase.js';
import { readSnapshot, writeSnapshot } from '../src/index/snapshot.js';
import { dist, round, type Dist } from './stats.js';

export interface SnapshotFigures {
  /** readSnapshot, seconds (p50 over `repetitions`). */
  load_s: Dist;
  /** writeSnapshot once, seconds. */
  write_s: number;
  size_mb: number;
  repetitions: number;
  /** Same number of sentences after the round trip. */
  sentences_match: boolean;
}

export async function benchSnapshot(kb: KnowledgeBase, repetitions: number): Promise<SnapshotFigures> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'archivist-bench-snapshot-'));
  const file = path.join(dir, 'index.snap');
  try {
    const tw = performance.now();
    await writeSnapshot(kb, file, 'bench');
    const write_s = (performance.now() - tw) / 1000;
    const size_mb = round(statSync(file).size / (1024 * 1024), 1);
    const times: number[] = [];
    let sentences_match = true;
    const gc = (globalThis as { gc?: () => void }).gc;
    for (let r = 0; r < Math.max(1, repetitions); r++) {
      gc?.(); // the previous round's knowledge base is garbage: do not bill its collection to this one
      const t = performance.now();
      const { kb: loaded } = await readSnapshot(file);
      times.push((performance.now() - t) / 1000);
      if (loaded.sentences.length !== kb.sentences.length) sentences_match = false;
    }
    return { load_s: dist(times), write_s: round(write_s), size_mb, repetitions: times.length, sentences_match };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
