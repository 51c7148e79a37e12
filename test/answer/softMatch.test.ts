import { describe, expect, it } from 'vitest';
import { SoftTerm } from '../../src/answer/softMatch.js';
import { wordVectors } from '../../src/nlp/wordVectors.js';

describe('SoftTerm', () => {
  const vectors = wordVectors();

  it.skipIf(!vectors)('rates a near-synonym and ignores an unrelated word', () => {
    const truce = SoftTerm.of(['truce'])!;
    const row = (w: string) => Int32Array.of(vectors!.idOf(w));
    expect(truce.best(row('ceasefire'))).toBeGreaterThan(0.7);
    expect(truce.best(row('banana'))).toBe(0);
  });

  it.skipIf(!vectors)('gives the same answers after it switches to one slot per word (many words met)', () => {
    const probe = Int32Array.from(['ceasefire', 'agreement', 'banana', 'talks', 'war'].map((w) => vectors!.idOf(w)));
    const term = SoftTerm.of(['truce'])!;
    const before = Array.from(probe, (id) => term.best(Int32Array.of(id)));
    // Thousands of other words, as a /quote topic meets over a large corpus.
    term.best(Int32Array.from({ length: 6000 }, (_, i) => 1000 + i));
    expect(Array.from(probe, (id) => term.best(Int32Array.of(id)))).toEqual(before);
    expect(SoftTerm.of(['truce'])!.best(probe)).toBe(Math.max(...before));
  });
});

describe('SoftTerm memo', () => {
  const vectors = wordVectors();

  it.skipIf(!vectors)('remembers each word it met (hundreds, past its table growing) with the similarity it would compute afresh', () => {
    // 3,000 rows: the memo table grows several times before SoftTerm switches to one slot per row.
    const rows = Int32Array.from({ length: 3000 }, (_, i) => 500 + 7 * i);
    const term = SoftTerm.of(['truce', 'ceasefire'])!;
    const first = Array.from(rows, (id) => term.best(Int32Array.of(id)));
    const again = Array.from(rows, (id) => term.best(Int32Array.of(id)));
    const fresh = Array.from(rows, (id) => SoftTerm.of(['truce', 'ceasefire'])!.best(Int32Array.of(id)));
    expect(again).toEqual(first);
    expect(fresh).toEqual(first);
  });
});
