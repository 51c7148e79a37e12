import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { KnowledgeBase } from '../../src/index/KnowledgeBase.js';
import { listSpeakers, searchQuotes, speakersLike, suggestSpeakers } from '../../src/quotes/searchQuotes.js';
import { readDevSet } from '../../src/eval/devSet.js';
import { scoreQuotes } from '../../src/eval/quoteEval.js';

const corpusDir = fileURLToPath(new URL('../../corpus/', import.meta.url));
const devPath = fileURLToPath(new URL('../../../shared/eval/dev.json', import.meta.url));
let kb: KnowledgeBase;

beforeAll(async () => {
  kb = await KnowledgeBase.load(corpusDir);
}, 60_000);

describe('searchQuotes', () => {
  it('finds a speaker by surname alone, across articles and spellings, under one canonical name', () => {
    const { quotes } = searchQuotes(kb, { speaker: 'Khalilzad' });
    expect(quotes.length).toBeGreaterThan(40);
    expect(new Set(quotes.map((q) => q.speaker))).toEqual(new Set(['Zalmay Khalilzad']));
    // The 2021 article spells him "Zalmai"; its quotations are his too.
    expect(quotes.some((q) => q.file === '001_b732b1534980fd86.txt')).toBe(true);
    const hit = quotes[0]!;
    expect(hit.file).toBeTruthy();
    expect(hit.title).toBeTruthy();
    expect(hit.sentenceIds.length).toBeGreaterThan(0);
  });

  it('finds a statement by a topic that writes a stop verb in another form ("wanting" for "want")', () => {
    // "Trump said the U.S. and Taliban had been engaged in negotiations and insisted the militants want to make a deal …"
    const { quotes } = searchQuotes(kb, { speaker: 'trump', topic: 'taliban wanting a deal' });
    expect(quotes.map((q) => q.text)).toEqual([expect.stringContaining('insisted the militants want to make a deal')]);
  });

  it('is case- and accent-insensitive, and accepts a variant spelling of the full name', () => {
    const base = searchQuotes(kb, { speaker: 'Khalilzad' }).quotes.length;
    expect(searchQuotes(kb, { speaker: 'khalílzad' }).quotes).toHaveLength(base);
    expect(searchQuotes(kb, { speaker: 'KHALILZAD' }).quotes).toHaveLength(base);
    expect(searchQuotes(kb, { speaker: 'Zalmai Khalilzad' }).quotes).toHaveLength(base);
    // A given name alone, as typed without picking autocomplete's suggestion.
    expect(searchQuotes(kb, { speaker: 'zalmay' }).quotes).toHaveLength(base);
    expect(searchQuotes(kb, { speaker: 'Nobody Atall' }).quotes).toHaveLength(0);
  });

  it('counts a topic word the quotation says in other words ("deal" ~ "agreement")', () => {
    const { quotes } = searchQuotes(kb, { topic: 'peace deal' });
    // Among the first four: the Taliban's "under the deal it negotiated…" says the word itself.
    expect(quotes.slice(0, 4).map((q) => q.text).join(' | ')).toMatch(/through a peace agreement/);
  });

  it('gives reported speech the sentence it stands in, with the statement\'s place in it', () => {
    const [hit] = searchQuotes(kb, { speaker: 'ghani' }).quotes;
    expect(hit).toMatchObject({ kind: 'indirect', text: 'repeated his call for a cease-fire during his meeting with Khalilzad' });
    expect(hit!.sentence).toEqual({ text: 'Ghani repeated his call for a cease-fire during his meeting with Khalilzad.', start: 6, end: 74 });
    // A direct quotation is its own text.
    expect(searchQuotes(kb, { speaker: 'Khalilzad' }).quotes.find((q) => q.kind === 'direct')?.sentence).toBeUndefined();
  });

  it('reads a small number in the topic in its other spellings ("district 5" is "the fifth district")', () => {
    const { quotes } = searchQuotes(kb, { speaker: 'Haji Mohammad Ismail', topic: 'starting the handouts in district 5' });
    expect(quotes[0]?.text).toContain('we started distributing these items in Kabul’s fifth district');
  });

  it('reads a name in the topic in its other forms ("Pakistani" finds "Pakistan")', () => {
    const { quotes } = searchQuotes(kb, { speaker: 'Khalilzad', topic: 'Pakistani soil' });
    expect(quotes.slice(0, 3).map((q) => q.text).join(' | ')).toMatch(/Pakistan soil should not be used/);
  });

  it('with a topic, puts a statement reported on it before a direct quotation that is less on it', () => {
    const { quotes } = searchQuotes(kb, { speaker: 'Khalilzad', topic: 'truce' });
    expect(quotes[0]).toMatchObject({ kind: 'indirect' });
    expect(quotes[0]!.text).toMatch(/permanent truce/);
    // The quotation says "cease-fire": found, with a related word's weight.
    const ceasefire = quotes.find((q) => /cease-fire/.test(q.text) && q.kind === 'direct')!;
    expect(ceasefire.score).toBeGreaterThan(0.5);
    expect(ceasefire.score).toBeLessThan(quotes[0]!.score);
  });

  it('does not take a quotation for one on the topic because the sentence next to it is', () => {
    // "Khalilzad pointed out that “war is expensive.”" follows the quotation about the Turks' meeting.
    const { quotes } = searchQuotes(kb, { speaker: 'Khalilzad', topic: 'expensive' });
    expect(quotes.map((q) => q.text)).toEqual(['war is expensive.']);
  });

  it('ranks the quotation on the topic first', () => {
    const { quotes } = searchQuotes(kb, { speaker: 'Khalilzad', topic: 'releasing Taliban prisoners' });
    expect(quotes[0]?.text).toMatch(/release of prisoners/);
    expect(quotes[0]!.score).toBeGreaterThan(quotes[quotes.length - 1]!.score - 1e-9);
    const violence = searchQuotes(kb, { speaker: 'Khalilzad', topic: 'bringing down the level of violence' }).quotes;
    expect(violence[0]?.text).toContain('both sides need to bring down the level of violence');
  });

  it('without a speaker, returns the most relevant quotations from anyone', () => {
    const { quotes } = searchQuotes(kb, { topic: 'flour rice cooking oil blankets', limit: 3 });
    expect(quotes.length).toBeGreaterThan(0);
    expect(quotes.length).toBeLessThanOrEqual(3);
    expect(quotes[0]?.speaker).toBe('Haji Mohammad Ismail');
  });

  it('without a topic, serves direct quotations in date order, then indirect speech, then the phrases attributed to the speaker', () => {
    const { quotes } = searchQuotes(kb, { speaker: 'Khalilzad' });
    const firstIndirect = quotes.findIndex((q) => q.kind === 'indirect');
    const firstPhrase = quotes.findIndex((q) => q.kind === 'phrase');
    expect(firstIndirect).toBeGreaterThan(0);
    expect(firstPhrase).toBeGreaterThan(firstIndirect);
    expect(quotes.slice(firstIndirect, firstPhrase).every((q) => q.kind === 'indirect')).toBe(true);
    expect(quotes.slice(firstPhrase).every((q) => q.kind === 'phrase')).toBe(true);
    // "Khalilzad pointed out that “war is expensive.”": a partial quotation is his words too.
    expect(quotes.slice(firstPhrase).map((q) => q.text)).toContain('war is expensive.');
    const direct = quotes.slice(0, firstIndirect);
    const dates = direct.map((q) => q.published ?? '9999-99-99');
    expect([...dates].sort()).toEqual(dates);
    expect(direct[0]?.published).toBe('2020-09-11');
    expect(direct[0]?.text).toBe('Tomorrow is a momentous day for Afghanistan');
    // Position order inside one article.
    const sameArticle = direct.filter((q) => q.articleId === direct[0]!.articleId).map((q) => q.sentenceIds[0]!);
    expect([...sameArticle].sort((a, b) => a - b)).toEqual(sameArticle);
  });

  it('returns nothing for an unrelated topic', () => {
    expect(searchQuotes(kb, { speaker: 'Khalilzad', topic: 'football world cup' }).quotes).toEqual([]);
    expect(searchQuotes(kb, { topic: 'stock market crash' }).quotes).toEqual([]);
    expect(searchQuotes(kb, { topic: 'chocolate recipes' }).quotes).toEqual([]);
  });

  it('finds what a named speaker said on a topic half said in other words', () => {
    // "freeing" for "release", "back-channel" for "informal": the speaker narrows the search, so
    // the article need cover less of the topic (SPEAKER_COVERAGE_FLOOR) than a topic alone.
    const freed = searchQuotes(kb, { speaker: 'zalmay khalilzad', topic: 'freeing taliban prisoners' }).quotes;
    expect(freed.slice(0, 3).map((q) => q.text).join('\n')).toContain('none of us are happy about the release of prisoners');
    const informal = searchQuotes(kb, { speaker: 'taliban official', topic: 'back-channel talks with the americans' }).quotes;
    expect(informal[0]?.text).toContain('informal talks with the Americans');
    // Under the whole topic's floor the topic's names must be in the article: not "the sanctions’
    // blacklist" (the Taliban's) for "russia sanctions" (the review's case).
    expect(searchQuotes(kb, { speaker: 'khalilzad', topic: 'russia sanctions' }).quotes).toEqual([]);
    // Without a speaker the whole topic's floor holds: the corpus says nothing of back channels.
    expect(searchQuotes(kb, { topic: 'back-channel talks with the americans' }).quotes).toEqual([]);
  });

  it('reads a topic in chat shorthand as /ask reads a question ("ppl" is people; blind17 q02)', () => {
    const hits = searchQuotes(kb, { speaker: 'khalilzad', topic: 'ppl getting killed on every side' }).quotes;
    expect(hits.slice(0, 3).map((q) => q.text).join('\n')).toContain('are dying on all sides');
  });

  it('gives what a named speaker said nearest to a topic that none of their quotations is on, marked apart', () => {
    // "The issue of sanctuaries for the opposition was not dealt with in a timely fashion": only
    // "opposition" and "time" are said as the topic says them (its article covers 0.29 of it).
    const k = searchQuotes(kb, { speaker: 'khalilzad', topic: 'opposition safe havens not handled in time' });
    expect(k.quotes).toEqual([]);
    expect(k.closest?.map((q) => q.text).join('\n')).toContain('The issue of sanctuaries for the opposition was not dealt with');
    expect(k.closest!.length).toBeLessThanOrEqual(3);
    // Nothing near at all, or no speaker named, or a match: no closest.
    expect(searchQuotes(kb, { speaker: 'khalilzad', topic: 'pizza' }).closest).toEqual([]);
    expect(searchQuotes(kb, { topic: 'back-channel talks with the americans' }).closest).toBeUndefined();
    expect(searchQuotes(kb, { speaker: 'khalilzad', topic: 'prisoners' }).closest).toBeUndefined();
  });

  it('serves an attributed phrase on its topic, and scare-quoted (unattributed) phrases only when nothing else matches, or when asked for', () => {
    expect(searchQuotes(kb, { speaker: 'Khalilzad', topic: 'war is expensive' }).quotes[0]?.text).toBe('war is expensive.');
    expect(searchQuotes(kb, { topic: 'Taliban prisoners' }).quotes.every((q) => q.kind !== 'phrase' || q.speaker !== null)).toBe(true);
    expect(searchQuotes(kb, {}).quotes.every((q) => q.kind !== 'phrase' || q.speaker !== null)).toBe(true);
    const phrases = searchQuotes(kb, { speaker: 'Khalilzad', kinds: ['phrase'] }).quotes;
    expect(phrases.length).toBeGreaterThan(0);
    expect(phrases.every((q) => q.kind === 'phrase')).toBe(true);
  });

  it('honours limit', () => {
    expect(searchQuotes(kb, { speaker: 'Khalilzad', limit: 2 }).quotes).toHaveLength(2);
  });
});

describe('listSpeakers / suggestSpeakers', () => {
  it('lists named speakers once across articles, most quoted first, without role nouns', () => {
    const list = listSpeakers(kb);
    expect(list[0]).toEqual({ name: 'Zalmay Khalilzad', quotes: searchQuotes(kb, { speaker: 'Khalilzad' }).quotes.length });
    expect(list.find((s) => s.name === 'Haji Mohammad Ismail')?.quotes).toBe(3);
    expect(list.some((s) => /Zalmai/.test(s.name))).toBe(false);
    expect(list.some((s) => /recipient|officials|report/.test(s.name))).toBe(false);
    for (let i = 1; i < list.length; i++) expect(list[i - 1]!.quotes).toBeGreaterThanOrEqual(list[i]!.quotes);
  });

  it('suggests by case/accent-insensitive prefix on any name part, at most 25', () => {
    expect(suggestSpeakers(kb, 'khal').map((s) => s.name)).toEqual(['Zalmay Khalilzad']);
    expect(suggestSpeakers(kb, 'ZAL').map((s) => s.name)).toEqual(['Zalmay Khalilzad']);
    expect(suggestSpeakers(kb, 'mohá').map((s) => s.name)).toEqual(['Haji Mohammad Ismail']);
    expect(suggestSpeakers(kb, 'xyz')).toEqual([]);
    expect(suggestSpeakers(kb, '').length).toBeLessThanOrEqual(25);
    expect(suggestSpeakers(kb, '', 2)).toHaveLength(2);
  });

  it('names the speakers a name that found no quotation may have meant', () => {
    expect(speakersLike(kb, 'Khal').map((s) => s.name)).toEqual(['Zalmay Khalilzad']);
    // A topic typed into the speaker: its first word.
    expect(speakersLike(kb, 'Khal prisoners').map((s) => s.name)).toEqual(['Zalmay Khalilzad']);
    expect(speakersLike(kb, 'Mehmet Goren')).toEqual([]);
    expect(speakersLike(kb, '  ')).toEqual([]);
    // A name misspelt: a letter or two off a name part.
    expect(speakersLike(kb, 'khalilzaad').map((s) => s.name)).toEqual(['Zalmay Khalilzad']);
    expect(speakersLike(kb, 'kalilzad').map((s) => s.name)).toEqual(['Zalmay Khalilzad']);
    expect(speakersLike(kb, 'ghanni').map((s) => s.name)).toEqual(['Ashraf Ghani']);
    expect(speakersLike(kb, 'nobody')).toEqual([]);
  });
});

describe.skipIf(!existsSync(devPath))('dev quote items', () => {
  it('scores 5/5', () => {
    const dev = readDevSet(devPath)!;
    const r = scoreQuotes(kb, dev.quote);
    expect(r.failures).toEqual([]);
    expect(r.passed).toBe(r.total);
  });
});

describe('speakerTableSteps', () => {
  it('builds, in steps or half-way then by a query, the table a query builds whole', async () => {
    const { speakerTableSteps } = await import('../../src/quotes/searchQuotes.js');
    const whole = await KnowledgeBase.load(corpusDir);
    const stepped = await KnowledgeBase.load(corpusDir);
    const halfway = await KnowledgeBase.load(corpusDir);
    for (const _ of speakerTableSteps(stepped));
    speakerTableSteps(halfway).next();
    const expected = listSpeakers(whole);
    expect(expected.length).toBeGreaterThan(0);
    expect(listSpeakers(stepped)).toEqual(expected);
    expect(listSpeakers(halfway)).toEqual(expected);
    expect(searchQuotes(stepped, { speaker: 'Khalilzad' }).quotes).toEqual(searchQuotes(whole, { speaker: 'Khalilzad' }).quotes);
  });

  it('goes on after a query built the table meanwhile, and the query\'s table stays', async () => {
    const { speakerTableSteps } = await import('../../src/quotes/searchQuotes.js');
    const whole = await KnowledgeBase.load(corpusDir);
    const resumed = await KnowledgeBase.load(corpusDir);
    const steps = speakerTableSteps(resumed);
    steps.next();
    const expected = listSpeakers(whole);
    expect(listSpeakers(resumed)).toEqual(expected); // a query in between builds the table whole
    const before = searchQuotes(resumed, { speaker: 'Khalilzad' }).quotes;
    for (let r = steps.next(); !r.done; r = steps.next()); // the warm-up finishes its own, then keeps the query's
    expect(listSpeakers(resumed)).toEqual(expected);
    expect(searchQuotes(resumed, { speaker: 'Khalilzad' }).quotes).toEqual(before);
    expect(before).toEqual(searchQuotes(whole, { speaker: 'Khalilzad' }).quotes);
  });
});

describe('searchQuotes over copies of one story', () => {
  it('lists a quotation once, with the other files that have it by the same speaker', async () => {
    const { readCorpus } = await import('../../src/corpus/readCorpus.js');
    const { articles } = await readCorpus(corpusDir);
    const story = articles.find((a) => a.file === '004_498ab2b590156276.txt')!;
    const copy = { ...story, id: 'copy/004.txt', file: 'copy/004.txt' };
    const twice = KnowledgeBase.fromLoad({ articles: [story, copy], warnings: [] });
    const once = KnowledgeBase.fromLoad({ articles: [story], warnings: [] });
    const fromTwo = searchQuotes(twice, { speaker: 'Khalilzad' }).quotes;
    const fromOne = searchQuotes(once, { speaker: 'Khalilzad' }).quotes;
    expect(fromOne.length).toBeGreaterThan(3);
    expect(fromTwo.map((q) => q.text)).toEqual(fromOne.map((q) => q.text));
    for (const q of fromTwo) {
      expect(q.file).toBe(story.file);
      expect(q.copies).toEqual([{ articleId: 'copy/004.txt', file: 'copy/004.txt' }]);
    }
    // A limit counts quotations, not copies.
    expect(searchQuotes(twice, { speaker: 'Khalilzad', limit: 2 }).quotes.map((q) => q.copies.length)).toEqual([1, 1]);
  });
});

describe('a speaker typed as a role', () => {
  it('finds the people the corpus names in it, under their names ("us envoy" → Khalilzad, "the afghan president" → Ghani)', () => {
    const envoy = searchQuotes(kb, { speaker: 'us envoy', topic: 'backing afghan forces and development no matter the price' }).quotes;
    expect(envoy[0]!.speaker).toBe('Zalmay Khalilzad');
    expect(envoy[0]!.text).toContain('will continue to support Afghanistan’s security, defense forces');
    const president = searchQuotes(kb, { speaker: 'the afghan president' }).quotes;
    expect(president.map((q) => q.speaker)).toEqual(['Ashraf Ghani']);
    expect(president[0]!.text).toContain('repeated his call for a cease-fire');
    // A role nobody in the corpus holds finds nothing.
    expect(searchQuotes(kb, { speaker: 'un envoy' }).quotes).toEqual([]);
  });
});
