import { describe, expect, it, beforeAll } from 'vitest';
import { KnowledgeBase } from '../../src/index/KnowledgeBase.js';
import { searchQuotes } from '../../src/quotes/searchQuotes.js';
import { buildTimeline } from '../../src/timeline/buildTimeline.js';
import { quoteToJson, timelineEventToJson } from '../../src/present/json.js';
import { timelineDateLabel, timelineDateLabels } from '../../src/present/timelineDate.js';

let kb: KnowledgeBase;
beforeAll(async () => {
  kb = await KnowledgeBase.load('corpus');
});

describe('the CLI JSON of /quote and /timeline', () => {
  it('carries each hit\'s article citation: id, outlet and url besides file and title (one file may hold several stories)', () => {
    const quote = searchQuotes(kb, { speaker: 'Haji Mohammad Ismail' }).quotes[0]!;
    const json = quoteToJson(kb, quote);
    expect(json).toMatchObject({ text: quote.text, speaker: 'Haji Mohammad Ismail', file: '000_7947b005a03511ba.txt' });
    expect(json.source).toEqual({ id: '000_7947b005a03511ba.txt#3', file: '000_7947b005a03511ba.txt', title: 'Dozens of needy families in Kabul receive winter aid from Bayat Foundation', outlet: null, published: null, url: null });
    const event = buildTimeline(kb, { topic: 'Khalilzad surprise stop in Kabul' }).events.find((e) => e.file === '003_d6197644dbe40003.txt')!;
    expect(timelineEventToJson(kb, event).source).toMatchObject({ id: '003_d6197644dbe40003.txt', outlet: 'Security Risks Asia', published: '2019-12-05' });
  });

  it('says whether an event is dated by its text or by its article’s publication day (dated_by)', () => {
    const events = buildTimeline(kb).events;
    // The headline "U.S. Peace Envoy Khalilzad Makes Surprise Stop In Kabul" stands at its story's day;
    // "…arrived in Kabul on December 4…" is dated by its words.
    const headline = events.find((e) => e.text === 'U.S. Peace Envoy Khalilzad Makes Surprise Stop In Kabul')!;
    // Its date's evidence is the page's dateline, shown with it.
    expect(timelineEventToJson(kb, headline)).toMatchObject({ date: '2019-12-05', dated_by: 'publication', dateline: 'Published Dec 05, 2019' });
    expect(timelineDateLabel(headline)).toBe('2019-12-05 (“Published Dec 05, 2019”)');
    // A statement of the story with no date of its own stands at the story's day too, as reported then.
    const stance = events.find((e) => e.text.startsWith('The Taliban, which controls or influences nearly half of Afghan territory'))!;
    expect(stance).toMatchObject({ date: '2019-12-05', datedBy: 'publication' });
    expect(stance.dateline).toBeUndefined();
    expect(timelineDateLabel(stance)).toBe('2019-12-05 (reported)');
    const arrival = events.find((e) => e.text.includes('arrived in Kabul on December 4'))!;
    expect(timelineEventToJson(kb, arrival)).toMatchObject({ date: '2019-12-04', dated_by: 'text' });
    expect(timelineDateLabel(arrival)).toBe('2019-12-04');
  });

  it('shows a coarser reading the text gives instead of an invented day, and two readings both', () => {
    const events = buildTimeline(kb).events;
    // "…returned from Iran and Pakistan since the start of 2025."
    const start = events.find((e) => e.text.includes('since the start of 2025'))!;
    expect(start).toMatchObject({ date: '2025-01-01', altDate: '2025' });
    expect(timelineDateLabel(start)).toBe('2025');
    // "…arrived in Kabul on an unannounced visit yesterday (Monday, May 4)…" in a story of Tuesday May 4.
    const visit = events.find((e) => e.text.includes('yesterday (Monday, May 4)'))!;
    expect(timelineDateLabel(visit)).toBe('2021-05-04 (or 2021-05-03)');
  });

  it('quotes the date expression of a sentence listed under two dates, and of no other', () => {
    const events = buildTimeline(kb, { topic: 'Qatar' }).events;
    const labels = timelineDateLabels(events);
    const twice = events.flatMap((e, i) => (e.text.startsWith('“Tomorrow is a momentous day') ? [labels[i]] : []));
    expect(twice).toEqual(['2020-09-11 (“Friday”)', '2020-09-12 (“Tomorrow”)']);
    const pompeo = events.findIndex((e) => e.text.startsWith('Secretary of State Mike Pompeo flew to Doha'));
    expect(labels[pompeo]).toBe('2020-09-10');
    // "…toppled from power in the 2001 U.S.-led invasion": "2001", not "2001 (“2001”)".
    const all = buildTimeline(kb).events;
    const allLabels = timelineDateLabels(all);
    const invasion = all.flatMap((e, i) => (e.text.includes('the 2001 U.S.-led invasion') ? [allLabels[i]] : []));
    expect(invasion.length).toBeGreaterThan(1);
    expect(invasion).toContain('2001');
    expect(invasion.some((l) => l!.includes('(“2001”)'))).toBe(false);
  });

  it('marks a quotation that is part of what was said (partial), and only that', () => {
    const quotes = searchQuotes(kb, { speaker: 'Khalilzad', topic: 'assist' }).quotes;
    expect(quoteToJson(kb, quotes.find((q) => q.text.startsWith('prepared to assist'))!)).toMatchObject({ kind: 'direct', partial: true });
    expect(quoteToJson(kb, searchQuotes(kb, { speaker: 'Haji Mohammad Ismail' }).quotes[0]!)).not.toHaveProperty('partial');
  });

  it('names the copies of a quotation’s story (also_in, their ids), and only when there are some', async () => {
    const { readCorpus } = await import('../../src/corpus/readCorpus.js');
    const story = (await readCorpus('corpus')).articles.find((a) => a.file === '003_d6197644dbe40003.txt')!;
    const twice = KnowledgeBase.fromLoad({ articles: [story, { ...story, id: 'copy.txt', file: 'copy.txt' }], warnings: [] });
    const quote = searchQuotes(twice, { topic: 'ceasefire' }).quotes[0]!;
    expect(quoteToJson(twice, quote).also_in).toEqual(['copy.txt']);
    expect(quoteToJson(kb, searchQuotes(kb, { topic: 'ceasefire' }).quotes[0]!)).not.toHaveProperty('also_in');
  });
});
