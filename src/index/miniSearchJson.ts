import type MiniSearch from 'minisearch';
import { internalsOf } from './miniSearchInternals.js';

/**
 * `JSON.stringify(search.toJSON())` without the postings (`"index":[]`: a snapshot stores them as
 * columns, postingColumns.ts), made in steps: on BBC `toJSON` and its stringify held the event
 * loop ~300 ms in one go, and the bot rewrites its snapshot after a /reload while it answers.
 * Reads minisearch 7.2's layout, like DocumentWriter; a test compares the text with minisearch's
 * own.
 */
export function* miniSearchJsonSteps(search: MiniSearch<any>): Generator<void, string> {
  const ms = internalsOf(search);
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
  return `{${head.join(',')},"index":[],"serializationVersion":2}`;
}
