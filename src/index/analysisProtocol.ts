import type { Article } from '../corpus/types.js';
import type { PackedAnalyses } from './packedAnalysis.js';

/** Main thread → analysis worker: one batch of consecutive articles. */
export interface AnalysisRequest {
  batch: number;
  articles: Article[];
}

/** Analysis worker → main thread: the batch analysed, or why it could not be. */
export type AnalysisReply = { batch: number; packed: PackedAnalyses; error?: undefined } | { batch: number; error: string; packed?: undefined };
