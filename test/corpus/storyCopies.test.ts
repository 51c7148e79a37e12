import { describe, expect, it } from 'vitest';
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { readCorpus } from '../../src/corpus/readCorpus.js';
import { storyCopies } from '../../src/corpus/storyCopies.js';

describe('storyCopies', () => {
  it('warns about a story saved twice, naming the first file, and keeps both', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'archivist-copies-'));
    try {
      copyFileSync('corpus/003_d6197644dbe40003.txt', path.join(dir, 'a.txt'));
      copyFileSync('corpus/003_d6197644dbe40003.txt', path.join(dir, 'b.txt'));
      copyFileSync('corpus/004_498ab2b590156276.txt', path.join(dir, 'c.txt'));
      const { articles, warnings } = await readCorpus(dir);
      expect(articles.map((a) => a.file)).toEqual(['a.txt', 'b.txt', 'c.txt']);
      expect(warnings).toEqual([{ file: 'b.txt', reason: 'same story as a.txt', skipped: false }]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('finds none in the shipped corpus, whose one page holds four different stories', async () => {
    const { articles } = await readCorpus('corpus');
    expect(articles.length).toBeGreaterThan(5);
    expect(storyCopies(articles)).toEqual([]);
    // The same title over another body is another story.
    expect(storyCopies([articles[0]!, { ...articles[0]!, file: 'x.txt', paragraphs: articles[1]!.paragraphs }])).toEqual([]);
  });
});
