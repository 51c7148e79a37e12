/**
 * /quote and /timeline score only the topic's candidate sentences (topicMatcher.candidates) and
 * look speakers up by key. These tests pin the invariants that make that exact: every sentence
 * outside the candidates scores 0, and the indexed paths return what a full scan returns.
 */
import { fileURLToPath } from 'node:url';
import { resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { KnowledgeBase } from '../../src/index/KnowledgeBase.js';
import { topicMatcher } from '../../src/answer/topicMatch.js';
import { buildTimeline, TOPIC_THRESHOLD } from '../../src/timeline/buildTimeline.js';
import { canonicalAcrossArticles, searchQuotes, QUOTE_SCORE_FLOOR } from '../../src/quotes/searchQuotes.js';
import { speakerMatches } from '../../src/quotes/speakers.js';

const corpusDir = resolve(fileURLToPath(import.meta.url), '../../../corpus');
let kb: KnowledgeBase;

beforeAll(async () => {
  kb = await KnowledgeBase.load(corpusDir);
}, 60_000);

const TOPICS = ['peace talks', 'prisoners', 'Taliban ceasefire', 'winter aid', 'goverment', 'U.S.-Taliban agreement', 'Doha', 'pizza in New York', 'the talks said'];

describe('topic candidates', () => {
  it('every sentence outside the candidates scores 0', () => {
    for (const topic of TOPICS) {
      const tm = topicMatcher(kb, topic);
      const cands = new Set(tm.candidates() ?? []);
      expect(tm.terms.length).toBeGreaterThan(0);
      for (const s of kb.sentences) if (!cands.has(s.id)) expect(tm.score(s.id), `${topic} #${s.id}`).toBe(0);
    }
  });

  it('no topic: no candidates (every sentence scores 1)', () => {
    const tm = topicMatcher(kb, undefined);
    expect(tm.candidates()).toBeNull();
    expect(tm.score(0)).toBe(1);
  });

  it('/timeline with a topic keeps exactly the entries a full scan keeps', () => {
    const all = buildTimeline(kb).events;
    for (const topic of TOPICS) {
      const tm = topicMatcher(kb, topic);
      // A full scan: an entry is kept when one of its events' sentences scores ≥ the threshold.
      const bySentence = new Map<string, number>();
      for (const ev of kb.events) bySentence.set(`${ev.date}|${ev.articleId}|${ev.text}`, tm.score(ev.sentenceId));
      const kept = buildTimeline(kb, { topic }).events.map((e) => `${e.date}|${e.text}`);
      const scanKept = all.filter((e) => (bySentence.get(`${e.date}|${e.articleId}|${e.text}`) ?? 0) >= TOPIC_THRESHOLD).map((e) => `${e.date}|${e.text}`);
      // Entries kept by a merged duplicate's other event are kept too: the scan is a lower bound.
      for (const k of scanKept) expect(kept, topic).toContain(k);
      expect(kept.every((k) => all.some((e) => `${e.date}|${e.text}` === k)), topic).toBe(true);
    }
  });

  it('/quote with a topic: every hit carries its full-scan score, above the floor', () => {
    for (const topic of TOPICS) {
      const tm = topicMatcher(kb, topic);
      for (const hit of searchQuotes(kb, { topic, kinds: ['direct', 'indirect', 'phrase'] }).quotes) {
        const scores = hit.sentenceIds.map((id) => tm.score(id));
        const score = (Math.max(...scores) + scores.reduce((a, b) => a + b, 0) / scores.length) / 2;
        expect(hit.score, topic).toBe(score);
        expect(score).toBeGreaterThanOrEqual(QUOTE_SCORE_FLOOR);
      }
    }
  });
});

describe('speaker lookup by key', () => {
  it('returns the quotations of every person with a matching form, as a full scan does', () => {
    const queries = ['Khalilzad', 'zalmay', 'Zalmai Khalilzad', 'Mr. Khalilzad', 'one recipient', 'recipient', 'officials', 'Ghani', 'KHALILZAD', 'nobody'];
    for (const speaker of queries) {
      const got = searchQuotes(kb, { speaker, kinds: ['direct', 'indirect', 'phrase'] }).quotes.map((q) => `${q.articleId}|${q.text}`).sort();
      // Scan: a quotation matches when the query names its per-article speaker or its cross-article name.
      const scan = kb.quotes
        .filter((q) => q.speaker !== null && (speakerMatches(speaker, q.speaker) || speakerMatches(speaker, canonicalAcrossArticles(kb, q.speaker)!)))
        .map((q) => `${q.articleId}|${q.text}`)
        .sort();
      // The person's other written forms can add quotations, never remove them.
      for (const s of scan) expect(got, speaker).toContain(s);
    }
  });
});
