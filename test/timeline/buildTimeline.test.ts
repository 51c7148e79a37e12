import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { KnowledgeBase } from '../../src/index/KnowledgeBase.js';
import type { Article } from '../../src/corpus/types.js';
import { buildTimeline, TOPIC_THRESHOLD } from '../../src/timeline/buildTimeline.js';
import { scoreTimeline } from '../../src/eval/timelineEval.js';
import { normaliseForMatch, readDevSet } from '../../src/eval/devSet.js';

const repo = resolve(fileURLToPath(import.meta.url), '../../..');
const devPath = process.env.ARCHIVIST_DEV_SET ?? resolve(repo, '../shared/eval/dev.json');

function kbOf(articles: Article[]): KnowledgeBase {
  return KnowledgeBase.fromLoad({ articles, warnings: [] });
}

describe('buildTimeline on small articles', () => {
  it('sorts mixed precisions: a coarser date at the start of its period, before finer dates in it', () => {
    const kb = kbOf([
      {
        id: 'a.txt',
        file: 'a.txt',
        title: 'Council approves budget',
        published: '2021-03-05',
        extras: [],
        paragraphs: [
          'On February 1, 2020, the mayor resigned.',
          'In February 2020, the council met again.',
          'On January 31, 2020, the mayor announced plans to leave.',
          'In 2020, the council approved a smaller budget.',
        ],
      },
      {
        id: 'b.txt',
        file: 'b.txt',
        title: 'Mayor steps down',
        published: '2020-02-02',
        extras: [],
        paragraphs: ['The deputy mayor took office on February 1.', 'The council voted on February 1 to hold an election.'],
      },
    ]);
    const { events } = buildTimeline(kb);
    expect(events.map((e) => [e.date, e.precision, e.file])).toEqual([
      ['2020', 'year', 'a.txt'],
      ['2020-01-31', 'day', 'a.txt'],
      ['2020-02', 'month', 'a.txt'],
      // same day: article order, then sentence position
      ['2020-02-01', 'day', 'a.txt'],
      ['2020-02-01', 'day', 'b.txt'],
      ['2020-02-01', 'day', 'b.txt'],
      ['2020-02-02', 'day', 'b.txt'],
      ['2021-03-05', 'day', 'a.txt'],
    ]);
    expect(events[4]!.text).toBe('The deputy mayor took office on February 1.');
    expect(buildTimeline(kb, { limit: 3 }).events.map((e) => e.date)).toEqual(['2020', '2020-01-31', '2020-02']);
  });

  it('merges the same event reported by two articles into one entry citing both', () => {
    const kb = kbOf([
      {
        id: 'a.txt',
        file: 'a.txt',
        title: 'Truce in the north',
        published: '2021-03-05',
        extras: [],
        paragraphs: ['On March 3, the government announced a ceasefire in the northern provinces.'],
      },
      {
        id: 'b.txt',
        file: 'b.txt',
        title: 'Ceasefire declared',
        published: '2021-03-06',
        extras: [],
        paragraphs: [
          'On March 3 the government announced a ceasefire in the northern provinces, officials said.',
          'On March 3, rebels attacked a convoy near the river.',
        ],
      },
    ]);
    const onThird = buildTimeline(kb).events.filter((e) => e.date === '2021-03-03');
    expect(onThird).toHaveLength(2);
    const [truce, attack] = onThird;
    expect(truce).toMatchObject({
      text: 'On March 3, the government announced a ceasefire in the northern provinces.',
      articleId: 'a.txt',
      file: 'a.txt',
      title: 'Truce in the north',
      published: '2021-03-05',
    });
    expect(truce!.citations).toEqual([
      { articleId: 'a.txt', file: 'a.txt', title: 'Truce in the north', published: '2021-03-05' },
      { articleId: 'b.txt', file: 'b.txt', title: 'Ceasefire declared', published: '2021-03-06' },
    ]);
    expect(attack!.citations.map((c) => c.file)).toEqual(['b.txt']);
  });

  it('does not merge the same text at different dates', () => {
    const kb = kbOf([
      { id: 'a.txt', file: 'a.txt', title: 'A', published: '2021-03-05', extras: [], paragraphs: ['The minister said talks would resume.'] },
      { id: 'b.txt', file: 'b.txt', title: 'B', published: '2021-04-05', extras: [], paragraphs: ['The minister said talks would resume.'] },
    ]);
    const said = buildTimeline(kb).events.filter((e) => e.text.startsWith('The minister'));
    expect(said.map((e) => [e.date, e.citations.length])).toEqual([
      ['2021-03-05', 1],
      ['2021-04-05', 1],
    ]);
  });

  it('a topic naming someone in two words takes no sentence that has only the first (BBC News: "Bob Marley" listed Bob Hope)', () => {
    const kb = kbOf([
      { id: 'a.txt', file: 'a.txt', title: 'Awards history', extras: [], paragraphs: ['The first televised ceremony was in 1953, with Bob Hope as the MC.', 'Bob Hope hosted it again in 1960.'] },
      { id: 'b.txt', file: 'b.txt', title: 'Reggae legend remembered', extras: [], paragraphs: ['Partridge worked with Bob Marley from 1977 until the musician died.', 'Marley toured Europe in 1980.'] },
    ]);
    const events = buildTimeline(kb, { topic: 'Bob Marley' }).events;
    expect(events.map((e) => e.date)).toEqual(['1977', '1980']);
    // The surname alone still names him.
    expect(events.some((e) => e.text.startsWith('Marley toured'))).toBe(true);
  });
});

describe('buildTimeline on the shipped corpus', () => {
  let kb: KnowledgeBase;
  beforeAll(async () => {
    kb = await KnowledgeBase.load('corpus');
  });

  it('without a topic lists every event in calendar order with citations', () => {
    const { events } = buildTimeline(kb);
    expect(events.length).toBeGreaterThan(20);
    expect(events.length).toBeLessThanOrEqual(kb.events.length);
    for (let i = 1; i < events.length; i++) expect(events[i - 1]!.date <= events[i]!.date).toBe(true);
    for (const e of events) {
      expect(e.citations[0]).toMatchObject({ articleId: e.articleId, file: e.file, title: e.title });
      expect(kb.article(e.articleId)!.file).toBe(e.file);
    }
  });

  const topics: [string, string, string][] = [
    ['Afghan refugee returns from Iran and Pakistan', 'since the start of 2025', '2025-01-01'],
    ["Biden's U.S. troop withdrawal deadline", 'by September 11 of 2021', '2021-09-11'],
    ['Taliban claims in Bamyan and Badakhshan', 'on September 26 claimed to have killed', '2020-09-26'],
    ["VOA report on Khalilzad's surprise Kabul stop", 'Khalilzad Makes Surprise Stop In Kabul', '2019-12-05'],
    ['U.S.-Taliban agreement', 'The agreement reached in February between U.S. and Taliban officials', '2020-02'],
  ];
  it.each(topics)('topic %s keeps its event, in date order', (topic, needle, date) => {
    const { events } = buildTimeline(kb, { topic });
    expect(events.length).toBeGreaterThan(0);
    expect(events.length).toBeLessThan(buildTimeline(kb).events.length / 3);
    expect(events.some((e) => e.date === date && normaliseForMatch(e.text).includes(normaliseForMatch(needle)))).toBe(true);
    for (let i = 1; i < events.length; i++) expect(events[i - 1]!.date <= events[i]!.date).toBe(true);
  });

  it('a topic keeps the events that say it, not the events next to one that does', () => {
    // "Khalilzad’s visit comes just days after Trump visited U.S. troops … for the Thanksgiving
    // holiday": the holiday, and the visit as the story went out (its main clause in the present).
    const { events } = buildTimeline(kb, { topic: 'Thanksgiving' });
    expect(events.map((e) => e.date)).toEqual(['2019-11-28', '2019-12-05']);
    for (const e of events) expect(e.text).toContain('for the Thanksgiving holiday');
    // The events of an article whose title says the topic are about it, though they do not say it.
    const titled = buildTimeline(kb, { topic: 'surprise stop' }).events;
    expect(titled.some((e) => e.file === '003_d6197644dbe40003.txt' && !/surprise stop/i.test(e.text))).toBe(true);
    // …but not a photo caption of the page: "Zalmay Khalilzad at CPAC 2011…" is no event of the ceasefire story.
    const ceasefire = buildTimeline(kb, { topic: 'ceasefire' }).events;
    expect(ceasefire.some((e) => e.text.includes('Khalilzad at CPAC 2011'))).toBe(false);
    expect(ceasefire.some((e) => e.file === '002_6a1e3ce44a355d57.txt' && !/cease-?fire|truce/i.test(e.text))).toBe(true);
  });

  it('a topic that names a period keeps the events dated in it, most of which do not write the year', () => {
    const all = buildTimeline(kb).events;
    const of2019 = buildTimeline(kb, { topic: '2019' }).events;
    expect(of2019.map((e) => e.text)).toEqual(all.filter((e) => e.date.startsWith('2019')).map((e) => e.text));
    expect(of2019.length).toBeGreaterThan(10);
    // "On September 23, the Taliban launched…" (2020) says no "2020".
    expect(buildTimeline(kb, { topic: 'in 2020' }).events.some((e) => e.text.startsWith('On September 23, the Taliban launched'))).toBe(true);
    const december = buildTimeline(kb, { topic: 'December 2019' }).events;
    expect(december.length).toBeGreaterThan(5);
    for (const e of december) expect(e.date).toMatch(/^2019-12/);
    expect(buildTimeline(kb, { topic: 'dec 2019' }).events).toEqual(december);
    expect(buildTimeline(kb, { topic: 'sept 23 2020' }).events.map((e) => e.date)).toEqual(['2020-09-23']);
    // The rest of the topic still chooses among them.
    const talks = buildTimeline(kb, { topic: 'Thanksgiving 2019' }).events;
    expect(talks.map((e) => e.date)).toEqual(['2019-11-28', '2019-12-05']);
    // A bound keeps the events on its side; a topic with nothing in its period gets nothing, not other years.
    const before = buildTimeline(kb, { topic: 'before 2020' }).events;
    expect(before.length).toBeGreaterThan(10);
    for (const e of before) expect(e.date < '2020').toBe(true);
    expect(buildTimeline(kb, { topic: 'refugees 2019' }).events).toEqual([]);
  });

  it('an unrelated topic returns nothing', () => {
    expect(TOPIC_THRESHOLD).toBeGreaterThan(0);
    expect(buildTimeline(kb, { topic: 'pizza in New York' }).events).toEqual([]);
    expect(buildTimeline(kb, { topic: 'football world cup' }).events).toEqual([]);
  });

  it('a topic with a limit keeps the most relevant events, still in date order', () => {
    const all = buildTimeline(kb, { topic: 'U.S.-Taliban agreement' }).events;
    expect(all.length).toBeGreaterThan(1);
    const one = buildTimeline(kb, { topic: 'U.S.-Taliban agreement', limit: 1 }).events;
    expect(one).toHaveLength(1);
    expect(one[0]!.text).toContain('The agreement reached in February');
  });

  it.skipIf(!existsSync(devPath))('scores 5/5 on the dev timeline items', () => {
    const dev = readDevSet(devPath)!;
    const r = scoreTimeline(kb, dev.timeline);
    expect(r.failures).toEqual([]);
    expect(r.passed).toBe(r.total);
    expect(r.total).toBeGreaterThan(0);
  });

  it('scoreTimeline reports a failure with the date found', () => {
    const r = scoreTimeline(kb, [
      { id: 'x', date: '2020-09-25', precision: 'day', must_contain: 'on September 26 claimed', file: '002_6a1e3ce44a355d57.txt' },
    ]);
    expect(r).toMatchObject({ passed: 0, total: 1 });
    expect(r.failures[0]).toContain('found at 2020-09-26');
  });
});
