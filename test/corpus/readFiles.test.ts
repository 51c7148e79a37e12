import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { readFiles, type FileRead } from '../../src/corpus/readFiles.js';
import { readCorpus } from '../../src/corpus/readCorpus.js';

let dir: string;
let files: string[];

beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'archivist-readfiles-'));
  files = Array.from({ length: 40 }, (_, i) => path.join(dir, `f${String(i).padStart(2, '0')}.txt`));
  files.forEach((f, i) => writeFileSync(f, `file ${i} `.repeat(i + 1)));
  mkdirSync(path.join(dir, 'a-folder.txt'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function all(list: string[], maxBytes: number, slowReadMs?: number): Promise<(FileRead | Error)[]> {
  const out: (FileRead | Error)[] = [];
  for await (const r of readFiles(list, maxBytes, slowReadMs)) out.push(r);
  return out;
}

const text = (r: FileRead | Error) => (r instanceof Error ? `error: ${r.message.split(':')[0]}` : `${Buffer.from(r.bytes).toString('utf8')}${r.truncated ? ' [truncated]' : ''}`);

describe('readFiles', () => {
  it('gives each file in order, the same whether read synchronously or asynchronously (after a slow read)', async () => {
    const list = [...files.slice(0, 20), path.join(dir, 'missing.txt'), path.join(dir, 'a-folder.txt'), ...files.slice(20)];
    const sync = await all(list, 1 << 20);
    const async = await all(list, 1 << 20, -1); // every read counts as slow: all but the first asynchronous
    expect(sync.map(text)).toEqual(async.map(text));
    expect(sync).toHaveLength(list.length);
    expect(text(sync[3]!)).toBe('file 3 '.repeat(4));
    expect(text(sync[20]!)).toBe('error: ENOENT');
    expect(sync[21]).toBeInstanceOf(Error);
    expect(text(sync.at(-1)!)).toBe('file 39 '.repeat(40));
  });

  it('reads at most maxBytes of a file, and says it was longer', async () => {
    for (const slow of [undefined, -1]) {
      const [short, long] = await all([files[0]!, files[30]!], 20, slow);
      expect(text(short!)).toBe('file 0 ');
      expect(text(long!)).toBe(`${'file 30 '.repeat(31).slice(0, 20)} [truncated]`);
    }
  });
});

describe('readCorpus', () => {
  it('lets the event loop run while it reads and parses many files', async () => {
    const many = mkdtempSync(path.join(tmpdir(), 'archivist-many-'));
    try {
      const body = 'The envoy met the leaders in Doha on Tuesday, officials said. '.repeat(30);
      for (let i = 0; i < 1500; i++) writeFileSync(path.join(many, `a${i}.txt`), `Headline number ${i}\n\n${body}\n`);
      // The longest the event loop waits while the folder is read: a timer every millisecond.
      let last = performance.now();
      let longest = 0;
      const timer = setInterval(() => {
        const now = performance.now();
        longest = Math.max(longest, now - last);
        last = now;
      }, 1);
      const t = performance.now();
      const { articles } = await readCorpus(many);
      const ms = performance.now() - t;
      clearInterval(timer);
      longest = Math.max(longest, performance.now() - last); // the wait up to the end
      expect(articles).toHaveLength(1500);
      // Reading and parsing take 130-400 ms here; no wait comes near that (slices of 8 ms; a GC
      // pause may add some).
      expect(longest).toBeLessThan(Math.max(40, ms / 2));
    } finally {
      rmSync(many, { recursive: true, force: true });
    }
  });
});
