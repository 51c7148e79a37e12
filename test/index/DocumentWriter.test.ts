import { describe, expect, it } from 'vitest';
import MiniSearch from 'minisearch';
import { DocumentWriter } from '../../src/index/DocumentWriter.js';

const OPTIONS = { fields: ['text'], tokenize: (s: string) => s.split(' '), processTerm: (t: string) => t || null };

// Sentences' terms: repeated terms, an empty text, a compound and its parts.
const DOCS = [
  { id: 0, text: 'envoy met taliban leader doha envoy' },
  { id: 1, text: 'talk resum' },
  { id: 2, text: '' },
  { id: 3, text: 'pakistan govern agre' },
  { id: 4, text: 'un-nam un nam sourc deni' },
  { id: 5, text: 'deni deni deni' },
];

describe('DocumentWriter', () => {
  it('builds the same index as minisearch add, orders and average field lengths included', () => {
    const theirs = new MiniSearch<(typeof DOCS)[number]>(OPTIONS);
    for (const d of DOCS) theirs.add(d);
    const ours = new MiniSearch<(typeof DOCS)[number]>(OPTIONS);
    const writer = new DocumentWriter(ours);
    for (const d of DOCS) writer.add(d.id, d.text);
    expect(JSON.stringify(ours.toJSON())).toBe(JSON.stringify(theirs.toJSON()));
    for (const q of ['envoy', 'deni sourc', 'talk doha', 'pakistan', 'un-nam']) expect(ours.search(q)).toEqual(theirs.search(q));
    ours.add({ id: 6, text: 'envoy talk' }); // minisearch's own add still works after ours
    theirs.add({ id: 6, text: 'envoy talk' });
    expect(ours.toJSON()).toEqual(theirs.toJSON());
  });

  it('refuses a duplicate id like minisearch', () => {
    const writer = new DocumentWriter(new MiniSearch(OPTIONS));
    writer.add(1, 'a b');
    expect(() => writer.add(1, 'a b')).toThrow(/duplicate ID 1/);
  });
});
