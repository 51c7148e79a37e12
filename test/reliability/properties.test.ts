/**
 * Property-based tests on random text, filling the gaps of the existing ones (test/nlp: ASCII-ish
 * strings; test/timeline, test/quotes: chosen alphabets): the cleaner (none existed), and the
 * splitter, date resolver, quote extractor and answer engine on full Unicode (astral planes, RTL,
 * zero-width, combining marks, lone surrogates) and on news-shaped text.
 */
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { ArticleCleaner } from '../../src/corpus/ArticleCleaner.js';
import { analyseText } from '../../src/nlp/analyse.js';
import { resolveDates } from '../../src/timeline/resolveDates.js';
import { extractQuotes } from '../../src/quotes/extractQuotes.js';
import { Archivist } from '../../src/service/Archivist.js';

/** Pieces of news pages and hostile text, glued at random. */
const piece = fc.constantFrom(
  'Kabul', 'Taliban', 'Khalilzad said', ' said ', 'Published March 3, 2021', 'September 27, 2020', '09/11/2020 12:40 PM EDT',
  'By John Smith', 'Share this article', 'Like this article?', 'Latest News', '3 days ago', 'Photo: Reuters', '|', ' | AMN',
  '“', '”', '"', '‘', '’', '«', '»', '. ', '? ', '! ', ', ', ': ', '\n', '\n\n', '\r\n', '\t', '\u00a0', ' ', '  ',
  'the', 'peace talks', 'in Doha', 'on Tuesday', 'yesterday', 'last year', 'U.S.', 'Mr.', 'Dr.', '350,000', '4,500 troops',
  'اتفاق سلام', '多哈和平谈判', '😀', '👩‍👩‍👧', '\u200b', '\u200d', '\u202e', 'e\u0301', '\ufeff', '*', '_', '~', '`', '@everyone', '<@123>',
  'A', 'b', 'The ceasefire held.', 'He added that the talks would resume.',
);
const newsText = fc.array(piece, { maxLength: 80 }).map((a) => a.join(''));
/** Any UTF-16 (lone surrogates included), full Unicode code points, graphemes, and news-shaped text. */
const anyText = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 300 }),
  fc.string({ unit: fc.constantFrom('\n', ' ', 'a', '.', '\ud800', '\udc00', '“', '”'), maxLength: 200 }),
  fc.string({ unit: 'grapheme', maxLength: 200 }),
  newsText,
);

const collapse = (s: string) => s.replace(/\s+/gu, ' ').trim();

describe('ArticleCleaner (property)', () => {
  const cleaner = new ArticleCleaner();
  it('never throws; title, paragraphs and extras are input text (modulo line joining); dates are ISO', () => {
    fc.assert(
      fc.property(anyText, (raw) => {
        const input = collapse(raw.replace(/\r\n?/g, '\n'));
        const stories = cleaner.clean(raw);
        for (const s of stories) {
          expect(input).toContain(collapse(s.title));
          for (const p of s.paragraphs) {
            expect(p.length).toBeGreaterThan(0);
            expect(input).toContain(collapse(p));
          }
          for (const e of s.extras) expect(input).toContain(collapse(e.text));
          if (s.published) expect(s.published).toMatch(/^\d{4}-\d{2}-\d{2}$/);
          if (s.updated) expect(s.updated).toMatch(/^\d{4}-\d{2}-\d{2}$/);
        }
      }),
      { numRuns: 600 },
    );
  });
  it('paragraphs keep their words in input order (no reordering inside a paragraph)', () => {
    fc.assert(
      fc.property(fc.array(fc.array(piece, { minLength: 1, maxLength: 30 }).map((a) => a.join('')), { minLength: 1, maxLength: 12 }), (paras) => {
        const raw = paras.join('\n\n');
        const input = collapse(raw);
        for (const s of cleaner.clean(raw)) for (const p of s.paragraphs) expect(input.indexOf(collapse(p))).toBeGreaterThanOrEqual(0);
      }),
      { numRuns: 300 },
    );
  });
});

describe('sentence splitter (property, full Unicode)', () => {
  it('never throws; sentences are slices of the input and token offsets point at the token text', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        let prevEnd = 0;
        for (const s of analyseText(text)) {
          expect(text.slice(s.start, s.end)).toBe(s.text);
          expect(s.start).toBeGreaterThanOrEqual(prevEnd);
          prevEnd = s.end;
          for (const t of s.tokens) expect(s.text.slice(t.start, t.start + t.value.length)).toBe(t.value);
          for (const e of s.entities) expect(s.text.slice(e.start, e.end)).toBe(e.value);
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('date resolver (property, full Unicode)', () => {
  it('never throws; every expression is a verbatim slice; dates are well formed', () => {
    fc.assert(
      fc.property(anyText, fc.option(fc.date({ min: new Date('1990-01-01'), max: new Date('2030-12-31'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)), { nil: undefined }), (s, pub) => {
        for (const d of resolveDates(s, pub)) {
          expect(s.slice(d.start, d.end)).toBe(d.text);
          expect(d.text.length).toBeGreaterThan(0);
          expect(d.date).toMatch(/^\d{4}(-\d{2}(-\d{2})?)?$/);
          const [y, m, day] = d.date.split('-').map(Number);
          if (m !== undefined) expect(m).toBeGreaterThanOrEqual(1);
          if (m !== undefined) expect(m).toBeLessThanOrEqual(12);
          if (day !== undefined) expect(new Date(Date.UTC(y!, m! - 1, day)).getUTCDate()).toBe(day);
        }
      }),
      { numRuns: 1500 },
    );
  });
});

describe('quote extractor (property, full Unicode)', () => {
  it('never throws; spans are in bounds and their slices joined are the quote text', () => {
    fc.assert(
      fc.property(fc.array(anyText, { maxLength: 6 }), (paras) => {
        for (const q of extractQuotes(paras)) {
          const pieces = q.spans.map((s) => {
            const p = paras[s.paragraph];
            expect(p).toBeDefined();
            expect(0 <= s.start && s.start <= s.end && s.end <= p!.length).toBe(true);
            return p!.slice(s.start, s.end);
          });
          expect(pieces.join(' ')).toBe(q.text);
          if (q.speaker !== null) expect(q.speaker.trim().length).toBeGreaterThan(0);
        }
      }),
      { numRuns: 400 },
    );
  });
});

describe('answer engine (property): random questions on the shipped corpus', () => {
  let archivist: Archivist;
  beforeAll(async () => {
    archivist = await Archivist.open('corpus');
  });
  it('never throws; every answer and closest passage is verbatim corpus text of the cited article', () => {
    const corpusText = (articleId: string) => {
      const a = archivist.knowledgeBase.article(articleId)!;
      return [a.title, ...a.paragraphs, ...a.extras.map((e) => e.text)].join('\n');
    };
    fc.assert(
      fc.property(fc.oneof(anyText, fc.array(fc.constantFrom('who', 'what', 'when', 'Taliban', 'Khalilzad', 'troops', 'ceasefire', 'Doha', '?', 'the', 'of', 'how many'), { maxLength: 12 }).map((a) => a.join(' '))), (q) => {
        const r = archivist.ask(q);
        expect(typeof r.answered).toBe('boolean');
        expect(r.confidence).toBeGreaterThanOrEqual(0);
        expect(r.confidence).toBeLessThanOrEqual(1);
        for (const s of r.sentences) {
          expect(corpusText(s.articleId)).toContain(s.text);
          if (s.highlight) expect(0 <= s.highlight.start && s.highlight.end <= s.text.length).toBe(true);
        }
        if (r.answered) expect(collapse(r.answer!)).toBe(collapse(r.sentences.map((s) => s.text).join(' ')));
        for (const p of r.closest) expect(corpusText(p.source.id)).toContain(p.text);
      }),
      { numRuns: 150 },
    );
  });
});
