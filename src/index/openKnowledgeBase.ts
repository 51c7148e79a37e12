import { existsSync } from 'node:fs';
import { corpusFingerprint, type ReadCorpusOptions } from '../corpus/readCorpus.js';
import { KnowledgeBase, type BuildOptions } from './KnowledgeBase.js';
import { readSnapshot, writeSnapshot } from './snapshot.js';

export interface OpenOptions extends ReadCorpusOptions, BuildOptions {
  /** A snapshot file: used when it matches the corpus folder, (re)written after a build otherwise. */
  snapshot?: string;
  /** Build from the text even when the snapshot is current (then save it). */
  rebuild?: boolean;
  /** Called with what happened, for logs: 'snapshot' when loaded from it, 'built' otherwise. */
  onSource?: (source: 'snapshot' | 'built', detail?: string) => void;
}

/**
 * The knowledge base of a corpus folder: from the snapshot when it is current (same files, sizes
 * and modification times), else built from the text — and then saved as the new snapshot.
 */
export async function openKnowledgeBase(dir: string, options: OpenOptions = {}): Promise<KnowledgeBase> {
  const { snapshot } = options;
  if (!snapshot) return KnowledgeBase.load(dir, options);
  const fingerprint = await corpusFingerprint(dir, options);
  let stale = 'no snapshot yet';
  if (options.rebuild) {
    stale = 'reload';
  } else if (existsSync(snapshot)) {
    try {
      const saved = await readSnapshot(snapshot);
      if (saved.fingerprint === fingerprint) {
        options.onSource?.('snapshot');
        return saved.kb;
      }
      stale = 'the corpus changed since the snapshot';
    } catch (e) {
      stale = `snapshot unreadable (${(e as Error).message})`;
    }
  }
  const kb = await KnowledgeBase.load(dir, options);
  options.onSource?.('built', stale);
  await writeSnapshot(kb, snapshot, fingerprint).catch((e: Error) => options.onSource?.('built', `snapshot not written: ${e.message}`));
  return kb;
}
