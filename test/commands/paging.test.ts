import { describe, expect, it } from 'vitest';
import { PageStore, pageCustomId, parsePageCustomId } from '../../src/commands/paging.js';

const items = Array.from({ length: 12 }, (_, i) => `item ${i + 1}`);

describe('PageStore', () => {
  it('opens the first page with a pager only when there is more than one page', () => {
    const store = new PageStore();
    const one = store.open({ kind: 'quote', userId: 'u1', title: 'T', items: items.slice(0, 3), perPage: 5 });
    expect(one.pager).toBeUndefined();
    expect(store.size).toBe(0);
    const v = store.open({ kind: 'quote', userId: 'u1', title: 'T', items, perPage: 5 });
    expect(v.pager).toMatchObject({ kind: 'quote', page: 0, pages: 3 });
    expect(v.body).toContain('item 5');
    expect(v.body).not.toContain('item 6');
    expect(v.footer).toBe('Page 1/3');
  });

  it('numbers the sources of each page and cites them once, under the items', () => {
    const store = new PageStore();
    const sources = [['A'], ['B'], ['A', 'C'], ['C']];
    const v = store.open({ kind: 'timeline', userId: 'u1', title: 'T', items: items.slice(0, 4), sources, perPage: 3 });
    expect(v.body.split('\n')).toEqual(['item 1 [1]', 'item 2 [2]', 'item 3 [1, 3]']);
    expect(v.fields).toEqual([{ name: 'Sources', value: '[1] A\n[2] B\n[3] C' }]);
    // The next page numbers its own from 1.
    const next = store.turn(pageCustomId('timeline', v.pager!.token, 1), 'u1');
    expect(next.ok && next.view.body).toBe('item 4 [1]');
    expect(next.ok && next.view.fields).toEqual([{ name: 'Sources', value: '[1] C' }]);
  });

  it('spreads long citations over fields that each fit Discord, losing none', () => {
    const store = new PageStore();
    const cite = (i: number) => `A rather long headline of story number ${i} about the peace talks in Doha — Some Outlet, 2020-09-${String(i).padStart(2, '0')}, https://example.org/${'x'.repeat(120)}/${i}`;
    const v = store.open({ kind: 'timeline', userId: 'u1', title: 'T', items: items.slice(0, 10), sources: items.slice(0, 10).map((_, i) => [cite(i + 1)]), perPage: 10 });
    expect(v.fields!.length).toBeGreaterThan(1);
    expect(v.fields!.map((f) => f.name)).toEqual(['Sources', ...Array(v.fields!.length - 1).fill('Sources (continued)')]);
    for (const f of v.fields!) expect(f.value.length).toBeLessThanOrEqual(1024);
    const listed = v.fields!.flatMap((f) => f.value.split('\n'));
    expect(listed.map((l) => /^\[(\d+)\]/.exec(l)![1])).toEqual(['1', '2', '3', '4', '5', '6', '7', '8', '9', '10']);
  });

  it('turns pages for the owner, refuses others, expires, and rejects malformed ids', () => {
    let now = 1_000;
    const store = new PageStore(60_000, 10, () => now);
    const v = store.open({ kind: 'timeline', userId: 'u1', title: 'T', items, perPage: 5 });
    const id = pageCustomId('timeline', v.pager!.token, 2);
    const mine = store.turn(id, 'u1');
    expect(mine.ok && mine.view.body).toContain('item 12');
    expect(store.turn(id, 'u2')).toMatchObject({ ok: false, reason: 'not-yours' });
    expect(store.turn(pageCustomId('quote', v.pager!.token, 1), 'u1')).toMatchObject({ ok: false, reason: 'expired' });
    expect(store.turn('page:timeline:../../etc:1', 'u1')).toMatchObject({ ok: false, reason: 'invalid' });
    expect(store.turn(`${id}9999999`, 'u1')).toMatchObject({ ok: false, reason: 'invalid' });
    // Out-of-range pages are clamped.
    const far = store.turn(pageCustomId('timeline', v.pager!.token, 99), 'u1');
    expect(far.ok && far.view.pager?.page).toBe(2);
    now += 60_001;
    expect(store.turn(id, 'u1')).toMatchObject({ ok: false, reason: 'expired' });
  });

  it('is a bounded LRU', () => {
    const store = new PageStore(60_000, 3);
    const tokens = Array.from({ length: 5 }, () => store.open({ kind: 'sources', userId: 'u', title: 'T', items, perPage: 5 }).pager!.token);
    expect(store.size).toBe(3);
    expect(store.turn(pageCustomId('sources', tokens[0]!, 1), 'u')).toMatchObject({ reason: 'expired' });
    expect(store.turn(pageCustomId('sources', tokens[4]!, 1), 'u').ok).toBe(true);
  });

  it('parses custom ids strictly', () => {
    expect(parsePageCustomId('page:quote:abcdefgh:3')).toEqual({ kind: 'quote', token: 'abcdefgh', page: 3 });
    expect(parsePageCustomId('page:quote:abc:3')).toBeNull();
    expect(parsePageCustomId('other')).toBeNull();
  });
});
