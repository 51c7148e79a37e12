import type { Article } from '../corpus/types.js';
import type { PackedAnalyses } from './packedAnalysis.js';

/** Main thread → analysis worker: one batch of consecutive articles. */
export interface AnalysisRequest {
  batch: number;
  articles: Article[];
}

/**
 * Main thread → analysis worker between builds (see analysisWorkerPool.ts): `release` after a
 * build (drop its wink-nlp instance and strings), `prepare` before the next (load a fresh one now).
 */
export interface AnalysisControl {
  control: 'release' | 'prepare';
}

/** Analysis worker → main thread: the batch analysed, or why it could not be. */
export type AnalysisReply = { batch: number; packed: PackedAnalyses; error?: undefined } | { batch: number; error: string; packed?: undefined };
