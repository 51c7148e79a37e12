/** Command files run with a plain context (no transport): what they reply. */
import { describe, expect, it, beforeAll } from 'vitest';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Archivist } from '../../src/service/Archivist.js';
import { PageStore } from '../../src/commands/paging.js';
import type { CommandContext, View } from '../../src/commands/types.js';
import { consoleFmt } from '../../src/present/consoleView.js';
import { discordFmt, toDiscordMessage } from '../../src/present/discordView.js';
import * as ask from '../../commands/ask.js';
import * as quote from '../../commands/quote.js';
import * as reload from '../../commands/reload.js';
import * as timeline from '../../commands/timeline.js';

let archivist: Archivist;
beforeAll(async () => {
  archivist = await Archivist.open('corpus');
});

async function run(command: { execute(ctx: CommandContext): Promise<void> }, options: Record<string, string>, over: Partial<CommandContext> = {}): Promise<{ views: View[]; deferred: boolean[] }> {
  const views: View[] = [];
  const deferred: boolean[] = [];
  await command.execute({
    commandName: 'x',
    options: { getString: (n) => options[n] ?? null },
    user: { id: 'u1', name: 'tester' },
    guildId: null,
    canModerate: false,
    archivist,
    pages: new PageStore(),
    fmt: consoleFmt(false),
    defer: async (o) => {
      deferred.push(o?.ephemeral ?? false);
    },
    reply: async (v) => {
      views.push(v);
    },
    ...over,
  });
  return { views, deferred };
}

describe('commands with a plain context', () => {
  it('/ask: verbatim answer, citation line, confidence footer; problems are private', async () => {
    const { views } = await run(ask, { question: 'how big are the afghan security and defence forces' });
    expect(views).toHaveLength(1);
    expect(views[0]!.body).toContain('numbering more than 350,000');
    expect(views[0]!.body).toContain('— Khalilzad: The world opposes the return of the Taliban to power — 2021-05-04, 001_b732b1534980fd86.txt');
    expect(views[0]!.footer).toMatch(/^confidence \d+%$/);
    expect(views[0]!.tone).toBe('answer');
    const long = await run(ask, { question: `who flew to Doha for the start of the talks ${'and '.repeat(120)}` });
    expect(long.views[0]!.footer).toMatch(/^confidence \d+% · Only the first 400 characters of the question were read\.$/);
    const typo = await run(ask, { question: 'who is Khalilzaad?' });
    expect(typo.views[0]!.footer).toBe('confidence 100% · Read as “who is Khalilzad?”.');
    const empty = await run(ask, { question: '' });
    expect(empty.views[0]).toMatchObject({ ephemeral: true, tone: 'notice' });
  });

  it('/ask, /quote and /timeline read past Discord markup: mentions, custom emoji, spoilers', async () => {
    const plain = await run(ask, { question: 'who flew to Doha?' });
    const marked = await run(ask, { question: '<@123> ||who flew|| to **Doha**? <:pepe:12345>' });
    expect(plain.views[0]!.tone).toBe('answer');
    expect(marked.views[0]).toEqual(plain.views[0]);
    // The same pages (each result set gets its own paging token).
    const withoutToken = (v: View) => ({ ...v, pager: { ...v.pager!, token: '' } });
    const quotes = await run(quote, { speaker: '<@1> **Khalilzad**' });
    expect(withoutToken(quotes.views[0]!)).toEqual(withoutToken((await run(quote, { speaker: 'Khalilzad' })).views[0]!));
    const events = await run(timeline, { topic: '`Thanksgiving` @everyone' });
    expect(events.views[0]).toEqual((await run(timeline, { topic: 'Thanksgiving' })).views[0]);
  });

  it('/ask says when its answer is a headline the page lists rather than the cited article\'s text', async () => {
    const { views } = await run(ask, { question: 'marble mining deal which province' });
    expect(views[0]!.body).toContain('Afghanistan signs 30-year deal for marble mining in Daikundi');
    expect(views[0]!.body).toContain('— a headline listed on the page of Nearly seven million Afghan refugees return home');
    expect(views[0]!.title).toBeUndefined();
    const prose = await run(ask, { question: 'how big are the afghan security and defence forces' });
    expect(prose.views[0]!.body).not.toContain('a headline listed on the page of');
    expect(prose.views[0]!.title).toBe('Khalilzad: The world opposes the return of the Taliban to power');
  });

  it('/quote without speaker or topic explains itself privately; with a speaker it pages 5 per page', async () => {
    const none = await run(quote, {});
    expect(none.views[0]).toMatchObject({ ephemeral: true });
    const { views } = await run(quote, { speaker: 'Khalilzad' });
    expect(views[0]!.pager?.kind).toBe('quote');
    // Five entries, each attributed on its own line.
    expect((views[0]!.body.match(/^— /gm) ?? []).length).toBe(5);
    const choices = quote.autocomplete({ commandName: 'quote', focused: { name: 'speaker', value: 'zal' }, options: { getString: () => null }, archivist });
    expect(choices.length).toBeLessThanOrEqual(25);
    expect(choices[0]!.value).toBe('Zalmay Khalilzad');
  });

  it('/quote names the other files of a quotation found in copies of one story instead of listing it again; /ask names them too', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'archivist-copies-'));
    try {
      const story = readFileSync('corpus/004_498ab2b590156276.txt');
      writeFileSync(path.join(dir, 'hopeful.txt'), story);
      writeFileSync(path.join(dir, 'hopeful-copy.txt'), story);
      const copies = await Archivist.open(dir);
      const { views } = await run(quote, { speaker: 'Khalilzad' }, { archivist: copies });
      const single = await run(quote, { speaker: 'Khalilzad' });
      const countIn = (v: View) => Number(/^(\d+) quotation/m.exec(v.body)?.[1]);
      expect(countIn(views[0]!)).toBe(archivist.quote({ speaker: 'Khalilzad' }).filter((q) => q.file === '004_498ab2b590156276.txt').length);
      expect(countIn(views[0]!)).toBeLessThan(countIn(single.views[0]!));
      // Each quotation once, cited from one file with the other named.
      const cited = views[0]!.body.match(/ (hopeful(?:-copy)?\.txt) \(also in (hopeful(?:-copy)?\.txt)\)$/gm) ?? [];
      expect(cited.length).toBe((views[0]!.body.match(/^— /gm) ?? []).length);
      for (const line of cited) expect(new Set(line.match(/hopeful(?:-copy)?\.txt/g)).size).toBe(2);
      const answer = await run(ask, { question: 'How many troops will the US have in Afghanistan by November?' }, { archivist: copies });
      expect(answer.views[0]!.body).toMatch(/ hopeful(-copy)?\.txt \(also in hopeful(-copy)?\.txt\)$/m);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('/timeline puts the date expression of each event in bold', async () => {
    const { views } = await run(timeline, { topic: 'casualties' }, { fmt: discordFmt });
    const lines = views[0]!.body.split('\n');
    // One sentence, two dates ("… of last year to this year, … are down this year"): two rows, each
    // marking its own, and naming it beside the date (plain text has no bold).
    expect(lines.find((l) => l.startsWith('**2019 (“last year”)** — “Compared'))).toContain('months of **last year** to this year');
    expect(lines.find((l) => l.startsWith('**2020 (“this year”)** — “Compared'))).toContain('are down **this year**');
  });

  it('/quote shows reported speech in its sentence, verbatim, the statement in bold', async () => {
    const { views } = await run(quote, { speaker: 'ghani' }, { fmt: discordFmt });
    const page = toDiscordMessage(views[0]!);
    expect(JSON.stringify(page)).toContain('Ghani **repeated his call for a cease-fire during his meeting with Khalilzad**.');
  });

  it('/timeline cites an event by its article id, which tells apart the stories of one page', async () => {
    const { views } = await run(timeline, { topic: 'refugees returned from Iran and Pakistan' });
    expect(views[0]!.body).toContain('since the start of 2025');
    // Lines marked with numbers, the page's sources cited in full once (title — outlet, date, id).
    expect(views[0]!.body).toMatch(/since the start of 2025[^\n]*\[1\]/);
    const sources = views[0]!.fields!.find((f) => f.name === 'Sources')!.value;
    expect(sources).toMatch(/^\[1\] .+ — .*000_7947b005a03511ba\.txt#4$/m);
    expect(sources.split('\n').every((line, i) => line.startsWith(`[${i + 1}] `))).toBe(true);
  });

  it('every page of /timeline and /quote fits a Discord message', async () => {
    for (const [cmd, opts] of [[timeline, {}], [quote, { speaker: 'Khalilzad' }], [quote, { topic: 'peace' }]] as const) {
      const pages = new PageStore();
      const { views } = await run(cmd, opts, { fmt: discordFmt, pages });
      const first = views[0]!;
      for (let p = 0; p < (first.pager?.pages ?? 1); p++) {
        const view = p === 0 ? first : (pages.turn(`page:${first.pager!.kind}:${first.pager!.token}:${p}`, 'u1') as { view: View }).view;
        const json = toDiscordMessage(view).embeds[0]!.toJSON();
        expect(json.description!.length).toBeLessThanOrEqual(4096);
      }
    }
  });

  it('/reload: refuses non-moderators; moderators get a deferred private report; concurrent reloads share one', async () => {
    const refused = await run(reload, {});
    expect(refused.views[0]).toMatchObject({ ephemeral: true, tone: 'error' });
    expect(refused.deferred).toEqual([]);

    let loads = 0;
    const kb = archivist.knowledgeBase;
    const slow = new Archivist('corpus', kb, async () => {
      loads++;
      await new Promise((r) => setTimeout(r, 100));
      return kb;
    });
    const [a, b] = await Promise.all([run(reload, {}, { canModerate: true, archivist: slow }), run(reload, {}, { canModerate: true, archivist: slow })]);
    expect(loads).toBe(1);
    expect(a.deferred).toEqual([true]);
    expect(a.views[0]).toMatchObject({ title: 'Corpus reloaded', ephemeral: true });
    expect(b.views[0]!.body).toMatch(/already running/);

    const failing = new Archivist('corpus', kb, async () => {
      throw new Error('disk on fire');
    });
    const failed = await run(reload, {}, { canModerate: true, archivist: failing });
    expect(failed.views[0]).toMatchObject({ title: 'Reload failed', ephemeral: true });
    expect(failed.views[0]!.body).toMatch(/disk on fire\nThe previous corpus stays in service/);
    expect(failing.knowledgeBase).toBe(kb);
  });
});
