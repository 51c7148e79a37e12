import type MiniSearch from 'minisearch';
import { internalsOf } from './miniSearchInternals.js';

/** Index terms rendered between two yields (~5 ms). */
const TERMS_PER_STEP = 2_000;

/**
 * `JSON.stringify(search.toJSON())`, the same text (or with an empty `index`: `withPostings` false), made in steps of a few thousand terms: on BBC
 * `toJSON` and its stringify held the event loop ~300 ms in one go, and the bot rewrites its
 * snapshot after a /reload while it answers. Reads minisearch 7.2's layout, like DocumentWriter;
 * a test compares the text with minisearch's own.
 */
export function* miniSearchJsonSteps(search: MiniSearch<any>, withPostings = true): Generator<void, string> {
  const ms = internalsOf(search);
  const terms: string[] = [];
  let chunk: string[] = [];
  // Without postings: `"index":[]`, for a snapshot that stores them as columns (postingColumns.ts).
  for (const [term, fieldIndex] of withPostings ? ms._index : []) {
    const data: Record<number, Record<number, number>> = {};
    for (const [fieldId, freqs] of fieldIndex) data[fieldId] = Object.fromEntries(freqs);
    chunk.push(JSON.stringify([term, data]));
    if (chunk.length === TERMS_PER_STEP) {
      terms.push(chunk.join(','));
      chunk = [];
      yield;
    }
  }
  if (chunk.length) terms.push(chunk.join(','));
  const field = (key: string, value: unknown) => `${JSON.stringify(key)}:${JSON.stringify(value)}`;
  const head = [
    field('documentCount', ms._documentCount),
    field('nextId', ms._nextId),
    field('documentIds', Object.fromEntries(ms._documentIds)),
    field('fieldIds', ms._fieldIds),
  ];
  yield;
  head.push(field('fieldLength', Object.fromEntries(ms._fieldLength)));
  yield;
  head.push(field('averageFieldLength', ms._avgFieldLength), field('storedFields', Object.fromEntries(ms._storedFields)), field('dirtCount', ms._dirtCount));
  return `{${head.join(',')},"index":[${terms.join(',')}],"serializationVersion":2}`;
}
