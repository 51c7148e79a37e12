import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { KnowledgeBase } from '../../src/index/KnowledgeBase.js';
import { readSnapshot, writeSnapshot, SNAPSHOT_VERSION } from '../../src/index/snapshot.js';
import { openKnowledgeBase } from '../../src/index/openKnowledgeBase.js';
import { answerQuestion } from '../../src/answer/answerQuestion.js';
import { SentenceIndex, type SentenceIndexJson } from '../../src/index/SentenceIndex.js';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'archivist-snapshot-'));
  cpSync('corpus', path.join(dir, 'corpus'), { recursive: true });
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('snapshots', () => {
  it('restore a knowledge base that answers exactly like the one saved', async () => {
    const kb = await KnowledgeBase.load(path.join(dir, 'corpus'));
    const file = path.join(dir, 'kb.json');
    await writeSnapshot(kb, file, 'fp');
    const { kb: restored, fingerprint } = await readSnapshot(file);
    expect(fingerprint).toBe('fp');
    expect(JSON.stringify(restored.sentences)).toBe(JSON.stringify(kb.sentences));
    expect(restored.quotes).toEqual(kb.quotes);
    expect(restored.events).toEqual(kb.events);
    // The keyword index whole, its postings stored as columns: the index minisearch's own loadJS
    // makes of its JSON (a loaded radix tree lists its terms in another order than the one built).
    const viaJson = SentenceIndex.fromJSON(JSON.parse(JSON.stringify(kb.index.toJSON())) as SentenceIndexJson);
    expect(JSON.stringify(restored.index.toJSON())).toBe(JSON.stringify(viaJson.toJSON()));
    for (const q of ['how big are the afghan security and defence forces', 'who wrote the 09/11/2020 article on khalilzad', 'any good pizza places in nyc']) {
      expect(answerQuestion(restored, q)).toEqual(answerQuestion(kb, q));
    }
  });

  it("writes a sentence's text only when it is not its source's text at its offsets, and reads both back", async () => {
    const kb = await KnowledgeBase.load(path.join(dir, 'corpus'));
    const body = kb.sentences.find((s) => s.role === 'body')!;
    const article = kb.article(body.articleId)!;
    const original = article.paragraphs[body.paragraph]!;
    const file = path.join(dir, 'text.json');
    (article.paragraphs as string[])[body.paragraph] = original.toUpperCase(); // no longer the sentence's source
    try {
      await writeSnapshot(kb, file, 'fp');
    } finally {
      (article.paragraphs as string[])[body.paragraph] = original;
    }
    const bytes = readFileSync(file);
    const json = JSON.parse(bytes.toString('latin1', 4, 4 + bytes.readUInt32LE(0))) as { sentences: { text: (string | 0)[] } };
    const written = json.sentences.text.filter((t) => t !== 0);
    expect(written.length).toBeGreaterThan(0); // the sentences of that paragraph
    expect(written.length).toBeLessThan(10);
    expect(written).toContain(body.text);
    const { kb: restored } = await readSnapshot(file);
    expect(restored.sentences[body.id]!.text).toBe(body.text);
    expect(restored.sentences.map((s) => s.text)).toEqual(kb.sentences.map((s) => s.text));
  });

  it('are used while the corpus is unchanged and rebuilt when it changes', async () => {
    const corpus = path.join(dir, 'corpus');
    const file = path.join(dir, 'auto.json');
    const sources: string[] = [];
    const onSource = (s: string) => sources.push(s);
    await openKnowledgeBase(corpus, { snapshot: file, onSource });
    await openKnowledgeBase(corpus, { snapshot: file, onSource });
    writeFileSync(path.join(corpus, 'new.txt'), 'Council approves the bridge\n\nThe city council approved the new river bridge on Tuesday after a long debate about its cost and the traffic it will bring.\n');
    const kb = await openKnowledgeBase(corpus, { snapshot: file, onSource });
    expect(sources).toEqual(['built', 'snapshot', 'built']);
    expect(kb.articles.map((a) => a.file)).toContain('new.txt');
  });

  it('rebuild, without failing, from a snapshot of an older version', async () => {
    const corpus = path.join(dir, 'corpus');
    const file = path.join(dir, 'old.json');
    writeFileSync(file, JSON.stringify({ format: 'archivist-snapshot', version: SNAPSHOT_VERSION - 1, fingerprint: 'x', sentences: [] }));
    const details: string[] = [];
    const kb = await openKnowledgeBase(corpus, { snapshot: file, onSource: (s, d) => details.push(`${s}: ${d}`) });
    expect(kb.sentences.length).toBeGreaterThan(0);
    expect(details[0]).toMatch(new RegExp(`^built: snapshot unreadable .*not an Archivist snapshot of version ${SNAPSHOT_VERSION}`));
    expect((await readSnapshot(file)).kb.sentences.length).toBe(kb.sentences.length);
  });

  it('reads a snapshot whose JSON length starts with the byte of "{" (123 modulo 256)', async () => {
    const kb = await KnowledgeBase.load(path.join(dir, 'corpus'));
    const file = path.join(dir, 'brace.snap');
    // The fingerprint is part of the JSON: lengthen it until the length's low byte is 0x7b.
    for (let pad = 0; pad < 256; pad++) {
      await writeSnapshot(kb, file, `fp-${'x'.repeat(pad)}`);
      if (readFileSync(file)[0] === 0x7b) break;
    }
    expect(readFileSync(file)[0]).toBe(0x7b);
    expect((await readSnapshot(file)).kb.sentences.length).toBe(kb.sentences.length);
  });

  it('refuses a file that is not a snapshot', async () => {
    const file = path.join(dir, 'other.json');
    writeFileSync(file, '{"hello": 1}');
    await expect(readSnapshot(file)).rejects.toThrow(/not an Archivist snapshot/);
    writeFileSync(file, 'hello, this is text');
    await expect(readSnapshot(file)).rejects.toThrow(/not an Archivist snapshot/);
  });

  it('refuses a snapshot cut short (its last columns missing), and one cut inside its JSON', async () => {
    const whole = path.join(dir, 'whole.snap');
    await writeSnapshot(await KnowledgeBase.load(path.join(dir, 'corpus')), whole, 'x');
    const bytes = readFileSync(whole);
    for (const cut of [bytes.length - 8, 100]) {
      const file = path.join(dir, `cut-${cut}.snap`);
      writeFileSync(file, bytes.subarray(0, cut));
      await expect(readSnapshot(file)).rejects.toThrow(/not an Archivist snapshot/);
    }
  });

  it("refuses a snapshot whose columns fit the file but not each other (a damaged posting count)", async () => {
    const whole = path.join(dir, 'whole2.snap');
    await writeSnapshot(await KnowledgeBase.load(path.join(dir, 'corpus')), whole, 'x');
    const bytes = readFileSync(whole);
    const length = bytes.readUInt32LE(0);
    const json = JSON.parse(bytes.toString('latin1', 4, 4 + length)) as { tokens: { lengths: Record<string, number> } };
    const tokenValues = Object.values(json.tokens.lengths).reduce((a, b) => a + b, 0);
    const countsAt = 4 + length + ((4 - ((4 + length) % 4)) % 4) + 4 * tokenValues;
    expect((await readSnapshot(whole)).kb.sentences.length).toBeGreaterThan(0);
    const damaged = Buffer.from(bytes);
    damaged.writeInt32LE(0x7fffffff, countsAt); // the first term's count, as a flipped bit could make it
    const file = path.join(dir, 'damaged.snap');
    writeFileSync(file, damaged);
    await expect(readSnapshot(file)).rejects.toThrow(/not an Archivist snapshot/);
  });
});
