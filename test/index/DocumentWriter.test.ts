import { describe, expect, it } from 'vitest';
import MiniSearch from 'minisearch';
import { DocumentWriter, batchPostings } from '../../src/index/DocumentWriter.js';

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

  it('writes a large batch in several steps, with the index minisearch add builds', () => {
    // 400 documents of 3-6 terms: well over one step's postings.
    const docs = Array.from({ length: 400 }, (_, i) => ({ id: i, text: `${DOCS[i % DOCS.length]!.text} t${i % 37} u${i % 11}`.trim() }));
    const theirs = new MiniSearch<(typeof docs)[number]>(OPTIONS);
    for (const d of docs) theirs.add(d);
    const ours = new MiniSearch<(typeof docs)[number]>(OPTIONS);
    const writer = new DocumentWriter(ours);
    const batch = batchPostings(docs.map((d) => d.text.split(' ').filter(Boolean)));
    let steps = 0;
    for (const _ of writer.addCountedSteps(0, batch, (t) => writer.termDocuments(batch.terms[t]!))) steps++;
    expect(batch.docs.length).toBeGreaterThan(1_500);
    expect(steps).toBeGreaterThanOrEqual(1);
    expect(JSON.stringify(ours.toJSON())).toBe(JSON.stringify(theirs.toJSON()));
  });

  it("builds the same index from term lists and from a batch's postings, empty terms and spaces included", () => {
    const docs = [...DOCS, { id: 6, text: 'a  b' }, { id: 7, text: ' deni' }, { id: 8, text: 'envoy ' }];
    const lists = docs.map((d) => (d.text === '' ? [] : d.id === 7 ? ['', 'deni'] : d.id === 8 ? ['envoy', ''] : d.id === 6 ? ['a ', 'b'] : d.text.split(' ')));
    const theirs = new MiniSearch<(typeof docs)[number]>(OPTIONS);
    for (const d of docs) theirs.add(d);
    const byTerms = new MiniSearch<(typeof docs)[number]>(OPTIONS);
    const writer = new DocumentWriter(byTerms);
    docs.forEach((d, i) => writer.addTerms(d.id, lists[i]!));
    expect(JSON.stringify(byTerms.toJSON())).toBe(JSON.stringify(theirs.toJSON()));
    // Two batches after two documents added one by one.
    const byBatch = new MiniSearch<(typeof docs)[number]>(OPTIONS);
    const batchWriter = new DocumentWriter(byBatch);
    batchWriter.add(0, docs[0]!.text);
    batchWriter.addTerms(1, lists[1]!);
    batchWriter.addBatch(2, structuredClone(batchPostings(lists.slice(2, 5))));
    batchWriter.addBatch(5, batchPostings(lists.slice(5)));
    expect(JSON.stringify(byBatch.toJSON())).toBe(JSON.stringify(theirs.toJSON()));
    for (const q of ['envoy', 'deni sourc', 'a', 'b']) expect(byBatch.search(q)).toEqual(theirs.search(q));
  });

  it('refuses a duplicate id like minisearch', () => {
    const writer = new DocumentWriter(new MiniSearch(OPTIONS));
    writer.add(1, 'a b');
    expect(() => writer.add(1, 'a b')).toThrow(/duplicate ID 1/);
  });
});
