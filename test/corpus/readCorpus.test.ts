import { describe, expect, it, beforeAll, afterAll } from 'vitest';
import { mkdtempSync, writeFileSync, mkdirSync, symlinkSync, rmSync, copyFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { readCorpus } from '../../src/corpus/readCorpus.js';
import type { LoadResult } from '../../src/corpus/types.js';

describe('the shipped corpus', () => {
  let load: LoadResult;
  beforeAll(async () => {
    load = await readCorpus('corpus');
  });
  const byId = (id: string) => load.articles.find((a) => a.id === id)!;

  it('splits the multi-story page into four stories and drops the headline list', () => {
    const ids = load.articles.filter((a) => a.file === '000_7947b005a03511ba.txt').map((a) => a.id);
    expect(ids).toEqual(['000_7947b005a03511ba.txt', '000_7947b005a03511ba.txt#2', '000_7947b005a03511ba.txt#3', '000_7947b005a03511ba.txt#4']);
    expect(byId('000_7947b005a03511ba.txt').title).toBe('Khalilzad calls for peace talks; warns against military solution');
    expect(byId('000_7947b005a03511ba.txt#2').title).toBe('Turkish intelligence captures a Daesh member near the Durand Line');
    expect(byId('000_7947b005a03511ba.txt#3').title).toBe('Dozens of needy families in Kabul receive winter aid from Bayat Foundation');
    expect(byId('000_7947b005a03511ba.txt#4').title).toBe('Nearly seven million Afghan refugees return home since Islamic Emirate’s takeover');
    const last = byId('000_7947b005a03511ba.txt#4');
    expect(last.paragraphs.at(-1)).toMatch(/since the start of 2025\.$/);
    expect(last.paragraphs.join(' ')).not.toMatch(/days ago/);
    // The teaser list is kept as related headlines, cut from their section label ("Latest News"),
    // each with the age the page lists it with, still glued as the page glued it.
    expect(last.extras).toContainEqual({ kind: 'related', text: '1 day agoAfghanistan signs 30-year deal for marble mining in Daikundi', age: '1 day ago' });
    expect(last.extras).toContainEqual({ kind: 'related', text: '5 days agoUS readies new Russia sanctions if Putin rejects peace deal, Bloomberg News reports', age: '5 days ago' });
    for (const a of load.articles) expect(a.paragraphs).not.toContain('Latest News');
  });

  it('finds the title, date, outlet and byline of each page', () => {
    const a1 = byId('001_b732b1534980fd86.txt');
    expect(a1.title).toBe('Khalilzad: The world opposes the return of the Taliban to power');
    expect(a1.published).toBe('2021-05-04');
    // "Peace عمران فروبلیعمران فروبلی Tuesday May 4th, 2021 0 Views": a theme prints the author twice, glued.
    expect(a1.author).toBe('عمران فروبلی');
    expect(a1.extras.find((x) => x.kind === 'byline')?.text).toContain('May 4th, 2021');
    const a2 = byId('002_6a1e3ce44a355d57.txt');
    expect(a2.title).toBe('US envoy for Afghanistan says Taliban won’t accept permanent cease-fire until political agreement');
    expect(a2.published).toBe('2020-09-27');
    expect(a2.outlet).toBe('AMN');
    expect(a2.extras.map((x) => x.kind)).toContain('caption');
    const a3 = byId('003_d6197644dbe40003.txt');
    expect(a3.title).toBe('U.S. Peace Envoy Khalilzad Makes Surprise Stop In Kabul');
    expect(a3.published).toBe('2019-12-05');
    expect(a3.updated).toBe('2020-02-11');
    expect(a3.outlet).toBe('Security Risks Asia');
    // The lines the outlets were read from stay citable, verbatim.
    expect(a2.extras).toContainEqual({ kind: 'site', text: 'Join our brand new verified AMN Telegram channel and get important news uncensored!' });
    // The promo names the outlet: a site line, not page furniture as well.
    expect(a2.extras.filter((x) => x.text.startsWith('Join our brand new')).map((x) => x.kind)).toEqual(['site']);
    // Share buttons and prompts are kept out of the body as page furniture.
    const furniture = byId('004_498ab2b590156276.txt').extras.filter((x) => x.kind === 'furniture').map((x) => x.text);
    expect(furniture).toEqual(['Like this article?', 'Share on Facebook', 'Share on Twitter', 'Share on Linkdin', 'Share This Post', 'Subscribe To Our Newsletter', 'Get updates and learn from the best', 'More To Explore']);
    expect(byId('004_498ab2b590156276.txt').paragraphs.join(' ')).not.toContain('Share on');
    expect(a3.extras).toContainEqual({ kind: 'site', text: 'U.S. Peace Envoy Khalilzad Makes Surprise Stop In Kabul | Security Risks Asia Humane ClubMade with Humane Club' });
    // A page that names no outlet gets no such line.
    expect(byId('004_498ab2b590156276.txt').extras.map((x) => x.kind)).not.toContain('site');
    const a4 = byId('004_498ab2b590156276.txt');
    expect(a4.title).toBe('Khalilzad hopeful ahead of ‘momentous’ Afghan peace negotiations');
    expect(a4.published).toBe('2020-09-11');
    expect(a4.author).toBe('Lara Seligman');
    expect(byId('000_7947b005a03511ba.txt').published).toBeUndefined();
  });

  it('strips boilerplate and keeps metadata lines out of the body', () => {
    const a4 = byId('004_498ab2b590156276.txt');
    const body = a4.paragraphs.join('\n');
    for (const junk of ['Like this article?', 'Share on Facebook', 'Subscribe To Our Newsletter', 'More To Explore', 'Get updates', 'By Lara Seligman']) {
      expect(body).not.toContain(junk);
    }
    expect(a4.paragraphs.at(-1)).toBe('Secretary of State Mike Pompeo flew to Doha, Qatar, Thursday for the start of the discussions.');
    const a2 = byId('002_6a1e3ce44a355d57.txt');
    expect(a2.paragraphs.join(' ')).not.toMatch(/Telegram|Gage Skidmore/);
    expect(a2.paragraphs[0]).toMatch(/^Zalmay Khalilzad, the U\.S\. envoy/);
    const a3 = byId('003_d6197644dbe40003.txt');
    expect(a3.paragraphs.join(' ')).not.toMatch(/Humane Club|Published Dec|Ayaz Gul for VOA/);
  });

  it('keeps every body paragraph verbatim from the file', async () => {
    const { readFileSync } = await import('node:fs');
    for (const a of load.articles) {
      const raw = readFileSync(path.join('corpus', a.file), 'utf8');
      for (const p of a.paragraphs) expect(raw).toContain(p);
    }
  });

  it('reports no warnings for the shipped files', () => {
    expect(load.warnings).toEqual([]);
  });
});

describe('bad files', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'archivist-corpus-'));
    copyFileSync('corpus/004_498ab2b590156276.txt', path.join(dir, 'good.txt'));
    writeFileSync(path.join(dir, 'empty.txt'), '');
    writeFileSync(path.join(dir, 'image.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]));
    writeFileSync(path.join(dir, 'latin1.txt'), Buffer.concat([Buffer.from('Pound falls against the euro\n\nThe pound fell to '), Buffer.from([0xa3]), Buffer.from('1.10 on Monday as traders sold sterling after the figures, the biggest drop of the year so far in the markets.\n')]));
    writeFileSync(path.join(dir, 'broken.json'), '{"title": "x", ');
    writeFileSync(path.join(dir, 'notarticle.json'), '{"hello": 1}');
    writeFileSync(path.join(dir, 'front.md'), '---\ntitle: Markdown story\ndate: 2021-05-04\noutlet: Example Times\nurl: https://example.org/a\n---\nThe council approved the new budget on Tuesday after a long debate about schools and roads in the city centre.\n');
    writeFileSync(path.join(dir, 'brokenfront.md'), '---\nthis is : not : yaml [\n::\n---\nHeadline of a markdown page\n\nBody text of the markdown page that has enough words to count as an article body for the cleaner to keep it, even after its front matter turned out to be broken.\n');
    writeFileSync(path.join(dir, 'boiler.txt'), 'Share on Facebook\nShare on Twitter\nSubscribe To Our Newsletter\nMore To Explore\n');
    writeFileSync(path.join(dir, 'notes.pdf'), 'x');
    writeFileSync(path.join(dir, 'README.TXT'), 'BBC News dataset\n\nConsists of 2225 documents from the BBC news website corresponding to stories in five topical areas from 2004-2005.\n');
    writeFileSync(path.join(dir, 'brokenshort.md'), '---\nnot yaml [\n---\nToo short.\n');
    writeFileSync(path.join(dir, 'baddate.md'), '---\ntitle: A story of a day that is none\ndate: 2024-02-30\n---\nThe council approved the new budget on Tuesday after a long debate about schools and roads in the city centre.\n');
    mkdirSync(path.join(dir, 'sub'));
    symlinkSync('..', path.join(dir, 'sub', 'loop'));
    symlinkSync('/etc', path.join(dir, 'outside'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('names every bad file with a reason and still reads the good ones', async () => {
    const { articles, warnings } = await readCorpus(dir);
    const reason = (file: string) => warnings.filter((w) => w.file === file).map((w) => w.reason).join('; ');
    expect(articles.map((a) => a.file)).toEqual(expect.arrayContaining(['good.txt', 'latin1.txt', 'front.md', 'brokenfront.md']));
    expect(reason('empty.txt')).toMatch(/empty/);
    expect(reason('image.txt')).toMatch(/binary.*PNG/);
    expect(reason('latin1.txt')).toMatch(/Latin-1/);
    expect(articles.find((a) => a.file === 'latin1.txt')!.paragraphs[0]).toContain('£1.10');
    expect(reason('broken.json')).toMatch(/invalid JSON/);
    expect(reason('notarticle.json')).toMatch(/not an article/);
    // One problem, one warning (not also "no article text found").
    expect(warnings.filter((w) => w.file === 'notarticle.json')).toHaveLength(1);
    expect(warnings.find((w) => w.file === 'notarticle.json')!.skipped).toBe(true);
    // A folder's README is no article.
    expect(reason('README.TXT')).toMatch(/note about the folder/);
    expect(articles.some((a) => a.file === 'README.TXT')).toBe(false);
    // A note that does not say why there is no article leaves the reason that does.
    expect(warnings.filter((w) => w.file === 'brokenshort.md').map((w) => [w.skipped, w.reason.slice(0, 20)])).toEqual([
      [false, 'front matter is not '],
      [true, 'no article text foun'],
    ]);
    // A date that is none: said, and the article read undated.
    expect(reason('baddate.md')).toMatch(/date "2024-02-30" is not a date/);
    expect(articles.find((a) => a.file === 'baddate.md')!.published).toBeUndefined();
    expect(reason('brokenfront.md')).toMatch(/front matter/);
    expect(reason('boiler.txt')).toMatch(/no article text/);
    expect(reason('notes.pdf')).toMatch(/unsupported/);
    expect(reason('sub/loop')).toMatch(/loop|already read/);
    expect(reason('outside')).toMatch(/outside the corpus/);
    const md = articles.find((a) => a.file === 'front.md')!;
    expect(md).toMatchObject({ title: 'Markdown story', published: '2021-05-04', outlet: 'Example Times', url: 'https://example.org/a' });
  });

  it('fails clearly when the folder itself is missing', async () => {
    await expect(readCorpus(path.join(dir, 'nope'))).rejects.toThrow(/cannot be read/);
  });

  it('reads the title-line-then-body layout and JSON arrays', async () => {
    const d = mkdtempSync(path.join(tmpdir(), 'archivist-formats-'));
    writeFileSync(path.join(d, 'bbc.txt'), 'Ad sales boost Time Warner profit\n\nQuarterly profits at US media giant TimeWarner jumped 76% to $1.13bn for the three months to December, from $639m year-earlier.\n\nThe firm, which is now one of the biggest investors in Google, benefited from sales of high-speed internet connections.\n');
    writeFileSync(path.join(d, 'list.json'), JSON.stringify([{ title: 'One', date: 'May 4, 2021', body: 'First story body with enough words to be a story about the council and the schools in the town.' }, { title: 'Two', body: 'Second story body with enough words to be a story about the river and the bridge in the town.' }]));
    const { articles, warnings } = await readCorpus(d);
    expect(warnings).toEqual([]);
    const bbc = articles.find((a) => a.file === 'bbc.txt')!;
    expect(bbc.title).toBe('Ad sales boost Time Warner profit');
    expect(bbc.paragraphs).toHaveLength(2);
    expect(articles.filter((a) => a.file === 'list.json').map((a) => [a.id, a.title, a.published])).toEqual([
      ['list.json', 'One', '2021-05-04'],
      ['list.json#2', 'Two', undefined],
    ]);
    rmSync(d, { recursive: true, force: true });
  });
});

describe('headlines', () => {
  it('takes a short line before longer prose as the headline, even when it ends with dots', async () => {
    const d = mkdtempSync(path.join(tmpdir(), 'archivist-head-'));
    writeFileSync(path.join(d, 'a.txt'), 'Rivals of the £400 Apple...\n\nThe Mac mini is the cheapest Apple computer ever. But though it is cheap for a Mac how does it compare to PCs that cost about the same amount?\n');
    writeFileSync(path.join(d, 'b.txt'), 'The council approved the new bridge on Tuesday after a long debate. Work starts in spring and should take two years, the mayor said in a statement to reporters.\n');
    const { articles } = await readCorpus(d);
    const a = articles.find((x) => x.file === 'a.txt')!;
    expect(a.title).toBe('Rivals of the £400 Apple...');
    expect(a.paragraphs[0]).toMatch(/^The Mac mini/);
    // No headline: the first sentence names the story and stays in the body.
    const b = articles.find((x) => x.file === 'b.txt')!;
    expect(b.title).toBe('The council approved the new bridge on Tuesday after a long debate.');
    expect(b.paragraphs[0]).toMatch(/^The council approved/);
    rmSync(d, { recursive: true, force: true });
  });
});

describe('other scripts', () => {
  it('keeps an article written without spaces between words (Chinese)', async () => {
    const d = mkdtempSync(path.join(tmpdir(), 'archivist-cjk-'));
    writeFileSync(path.join(d, 'zh.txt'), '和平谈判在多哈重新开始\n\n美国特使哈利勒扎德周五表示，阿富汗政府和塔利班之间的和平谈判将于明天在卡塔尔首都多哈开始。\n');
    const { articles, warnings } = await readCorpus(d);
    expect(warnings).toEqual([]);
    expect(articles[0]!.title).toBe('和平谈判在多哈重新开始');
    rmSync(d, { recursive: true, force: true });
  });
});
