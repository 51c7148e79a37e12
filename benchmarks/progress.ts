/**
 * Progress on a TTY while a corpus is indexed. The build (`KnowledgeBase.build`) yields to the
 * event loop between slices and reports each article through `onProgress`, so the bar is the
 * product's own (`buildProgress`, src/console/progress.ts), drawn on the main thread from real
 * counts. Nothing is drawn for builds shorter than one second, nor when stderr is not a terminal.
 */
import { buildProgress, type BuildProgress } from '../src/console/progress.js';

const NONE: BuildProgress = { onProgress: () => {}, finish: () => {} };

/** The bar for one build (a no-op when disabled or when stderr is not a TTY). */
export function startProgress(label: string, enabled: boolean): BuildProgress {
  if (!enabled || !process.stderr.isTTY) return NONE;
  return buildProgress(process.stderr, label);
}
