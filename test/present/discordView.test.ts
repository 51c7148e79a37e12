import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LIMITS, discordFmt, toChoices, toDiscordMessage } from '../../src/present/discordView.js';
import { clip, clipLines, listWithin } from '../../src/present/textView.js';
import { renderConsoleView } from '../../src/present/consoleView.js';

const sentence = (n: number) => `Sentence number ${n} says something rather long about the peace talks in Doha.`;

function embedTotal(json: { title?: string; description?: string; fields?: { name: string; value: string }[]; footer?: { text: string } }): number {
  return (json.title?.length ?? 0) + (json.description?.length ?? 0) + (json.footer?.text.length ?? 0) + (json.fields ?? []).reduce((n, f) => n + f.name.length + f.value.length, 0);
}

describe('clip', () => {
  it('cuts at a sentence boundary when one is near, else at a word boundary, never mid-word', () => {
    const text = Array.from({ length: 30 }, (_, i) => sentence(i)).join(' ');
    const c = clip(text, 500);
    expect(c.length).toBeLessThanOrEqual(500);
    expect(c).toMatch(/Doha\. …$/);
    const words = 'alpha bravo charlie delta echo foxtrot golf hotel india juliet';
    const w = clip(words, 30);
    expect(w.length).toBeLessThanOrEqual(30);
    expect(w).toMatch(/^alpha bravo charlie delta\S*…$/);
    expect(words.startsWith(w.replace('…', ''))).toBe(true);
  });

  it('keeps bold markers balanced and respects the limit for any text', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 3000 }), fc.integer({ min: 10, max: 2000 }), (s, max) => {
        const c = clip(s, max);
        expect(c.length).toBeLessThanOrEqual(max);
        if (s.length <= max) expect(c).toBe(s);
      }),
    );
    expect(clip(`**${'word '.repeat(100)}**`, 50)).toMatch(/\*\*…$|\*\* …$/);
  });

  it('clipLines drops whole lines first', () => {
    const text = Array.from({ length: 100 }, (_, i) => `line ${i} with words`).join('\n');
    const c = clipLines(text, 200);
    expect(c.length).toBeLessThanOrEqual(200);
    expect(c.split('\n').slice(0, -1).every((l) => /^line \d+ with words$/.test(l))).toBe(true);
  });

  it('listWithin says how many lines it left out', () => {
    const lines = Array.from({ length: 15 }, (_, i) => `broken_${String(i).padStart(2, '0')}.json: invalid JSON (Expected double-quoted property name in JSON at position 14) (skipped)`);
    const shown = listWithin(lines, 1000);
    expect(shown.length).toBeLessThanOrEqual(1000);
    const out = shown.split('\n');
    const more = Number(/^… and (\d+) more$/.exec(out.at(-1)!)![1]);
    expect(out.length - 1 + more).toBe(15);
    expect(listWithin(lines.slice(0, 3), 1000)).toBe(lines.slice(0, 3).join('\n'));
    // A first line near the limit is shown, clipped, with the count of the rest.
    const long = listWithin(['x '.repeat(497) + 'end', 'b'], 1000).split('\n');
    expect(long).toHaveLength(2);
    expect(long[0]!.startsWith('x x')).toBe(true);
    expect(long[1]).toBe('b');
    expect(listWithin(['x '.repeat(497) + 'end', 'b', 'c'.repeat(20)], 1000).split('\n').at(-1)).toMatch(/^(?:c+|… and 1 more)$/);
    fc.assert(
      fc.property(fc.array(fc.string({ minLength: 1, maxLength: 80 }), { maxLength: 40 }), fc.integer({ min: 20, max: 400 }), (ls, max) => {
        const clean = ls.map((l) => l.replace(/\n/g, ' '));
        const got = listWithin(clean, max);
        expect(got.length).toBeLessThanOrEqual(max);
        const rows = got === '' ? [] : got.split('\n');
        const m = /^… and (\d+) more$/.exec(rows.at(-1) ?? '');
        expect(rows.length - (m ? 1 : 0) + (m ? Number(m[1]) : 0)).toBe(clean.length);
      }),
    );
  });
});

describe('toDiscordMessage', () => {
  it('shows markdown in a title as written (a headline or a topic is plain text)', () => {
    const json = toDiscordMessage({ title: 'Timeline: __peace__ *talks*', body: 'b' }).embeds[0]!.toJSON();
    expect(json.title).toBe('Timeline: \\_\\_peace\\_\\_ \\*talks\\*');
  });

  it('stays within every embed limit for huge views and never allows mentions', () => {
    const huge = Array.from({ length: 400 }, (_, i) => sentence(i)).join('\n');
    const msg = toDiscordMessage({
      title: 'T'.repeat(400),
      body: huge,
      fields: Array.from({ length: 30 }, (_, i) => ({ name: `F${i}`, value: huge })),
      footer: 'x '.repeat(2000),
      pager: { kind: 'quote', token: 'abcdefghij', page: 1, pages: 3 },
    });
    const json = msg.embeds[0]!.toJSON();
    expect(json.title!.length).toBeLessThanOrEqual(LIMITS.title);
    expect(json.description!.length).toBeLessThanOrEqual(LIMITS.description);
    expect(json.fields!.length).toBeLessThanOrEqual(25);
    for (const f of json.fields!) expect(f.value.length).toBeLessThanOrEqual(LIMITS.fieldValue);
    expect(embedTotal(json)).toBeLessThanOrEqual(LIMITS.total);
    expect(msg.allowedMentions).toEqual({ parse: [] });
    const buttons = msg.components[0]!.toJSON().components as { custom_id: string; disabled?: boolean }[];
    expect(buttons.map((b) => b.custom_id)).toEqual(['page:quote:abcdefghij:0', 'page:quote:abcdefghij:2']);
  });

  it('escapes markdown in corpus text and builds links', () => {
    expect(discordFmt.text('**bold** _x_ @everyone')).toBe('\\*\\*bold\\*\\* \\_x\\_ @everyone');
    expect(discordFmt.link('A [b]', 'https://e.x/a)b')).toBe('[A b](https://e.x/a%29b)');
  });

  it('caps autocomplete at 25 choices of ≤ 100 characters', () => {
    const choices = toChoices(Array.from({ length: 40 }, (_, i) => ({ name: `${'n'.repeat(150)}${i}`, value: `v${i}` })));
    expect(choices).toHaveLength(25);
    expect(choices.every((c) => c.name.length <= 100)).toBe(true);
  });
});

describe('renderConsoleView', () => {
  it('prints title, body, fields, footer and a paging hint; colour only when asked', () => {
    const view = { title: 'Title', body: 'Body', fields: [{ name: 'F', value: 'V' }], footer: 'Page 1/2 · foot', pager: { kind: 'q', token: 't', page: 0, pages: 2 } };
    const plain = renderConsoleView(view, false);
    expect(plain).toBe('Title\nBody\n\nF\nV\nfoot\n(page 1/2: type /next)');
    expect(renderConsoleView(view, true)).toContain('\x1b[1mTitle\x1b[22m');
  });
});
