/**
 * Hostile user input through the real Discord path, and the security checks: /reload permission
 * re-check (Manage Guild or MODERATOR_ROLE_IDS), paging custom ids, the token never leaking.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { answerCount, EPHEMERAL, MANAGE_GUILD, sentMessageBodies, sleep, startReliabilityHarness, tempCorpus, textOf, userId, type RHarness } from './helpers.js';

const MOD_ROLE = '300000000000000042';
const UNCACHED_ROLE = '300000000000000043';
const SECRET = 'MTAxNzk0.reliability-secret-token.Xy9_zq';

const INPUTS: [string, string][] = [
  ['empty', ''],
  ['whitespace', ' \t\n  '],
  ['5,000 characters', 'why did the taliban '.repeat(250)],
  ['only stop words', 'the of and a to in is it that was'],
  ['only punctuation', '?!.,;:()[]{}—…'],
  ['regex metacharacters', '.*+?^${}()|[]\\ (a+)+$ [^\\w] \\1'],
  ['Discord markdown', '**bold** __under__ ~~strike~~ `code` ```js\nx``` > quote ||spoiler|| [link](https://x.y)'],
  ['mentions', '@everyone @here <@123> <@!123456789012345678> <@&456> <#789> what did khalilzad say'],
  ['zero-width characters', 'Kha\u200blil\u200dzad\ufeff \u2060troops\u200c?'],
  ['right-to-left text', 'ما هو اتفاق الدوحة؟ \u202eevil\u202c'],
  ['emoji', '🇦🇫 👩‍👩‍👧 🕊️ taliban 🤝 ceasefire? 😀😀😀'],
  ['lone surrogates and controls', '\ud800 \udfff \u0000 \u0007 taliban'],
];

describe('user input through the real Discord path', () => {
  let h: RHarness;
  beforeAll(async () => {
    h = await startReliabilityHarness({ guilds: 2 });
  });
  afterAll(async () => {
    await h?.stop();
  });

  for (const [k, [name, value]] of INPUTS.entries()) {
    it(`/ask, /quote and /timeline with ${name}: an answer or a clear message, never an error, never a ping`, async () => {
      const runs = [
        h.fake.sendCommand({ name: 'ask', options: { question: value }, userId: userId(100 + k) }),
        h.fake.sendCommand({ name: 'quote', options: { topic: value, speaker: value }, userId: userId(200 + k) }),
        h.fake.sendCommand({ name: 'timeline', options: { topic: value }, userId: userId(300 + k) }),
        h.fake.sendAutocomplete({ name: 'quote', options: [{ name: 'speaker', value }], userId: userId(400 + k) }),
      ];
      await Promise.all(runs.map((i) => i.response()));
      for (const i of runs.slice(0, 3)) {
        expect(i.failedCalls, i.describeCalls()).toEqual([]);
        expect(answerCount(i)).toBe(1);
        const text = textOf(i.visibleMessages[0]);
        expect(text.trim().length).toBeGreaterThan(0);
        expect(text).not.toMatch(/Something went wrong|produced no answer/);
        for (const c of i.calls) {
          const body = c.kind === 'callback' ? c.body?.data : c.body;
          if (body && (body.content !== undefined || body.embeds !== undefined)) expect(body.allowed_mentions).toEqual({ parse: [] });
        }
        expect(i.visibleMessages[0]!.mention_everyone).toBe(false);
      }
      expect(runs[3]!.autocompleteChoices).not.toBeNull();
    });
  }

  it('no handler error was logged and every bot message disallowed mentions', async () => {
    await sleep(50);
    expect(h.logs.filter((l) => (l.level as number) >= 50)).toEqual([]);
    const bodies = sentMessageBodies(h.fake);
    expect(bodies.length).toBeGreaterThanOrEqual(INPUTS.length * 3);
    for (const b of bodies) expect(b.allowed_mentions).toEqual({ parse: [] });
  });
});

describe('security: /reload permission re-check', () => {
  let h: RHarness;
  let corpus: Awaited<ReturnType<typeof tempCorpus>>;
  beforeAll(async () => {
    corpus = await tempCorpus(['002_6a1e3ce44a355d57.txt']);
    h = await startReliabilityHarness({ corpusDir: corpus.dir, guilds: 1, moderatorRoleIds: [MOD_ROLE, UNCACHED_ROLE], guildRoles: [MOD_ROLE, '300000000000000999'] });
  });
  afterAll(async () => {
    await h?.stop();
    await corpus?.remove();
  });

  it('member permissions "0" (command opened to everyone in the server settings): refused, nothing reloaded', async () => {
    const kb = h.archivist.knowledgeBase;
    const i = h.fake.sendCommand({ name: 'reload', permissions: '0', userId: userId(1) });
    await i.response();
    expect(i.original!.flags & EPHEMERAL).toBe(EPHEMERAL);
    expect(textOf(i.original)).toMatch(/Only moderators/);
    expect(h.archivist.knowledgeBase).toBe(kb);
  });

  it('an unrelated role: refused', async () => {
    const kb = h.archivist.knowledgeBase;
    const i = h.fake.sendCommand({ name: 'reload', permissions: '0', roles: ['300000000000000999'], userId: userId(2) });
    await i.response();
    expect(textOf(i.original)).toMatch(/Only moderators/);
    expect(h.archivist.knowledgeBase).toBe(kb);
  });

  it('a role listed in MODERATOR_ROLE_IDS without Manage Guild: allowed', async () => {
    const kb = h.archivist.knowledgeBase;
    const i = h.fake.sendCommand({ name: 'reload', permissions: '0', roles: ['300000000000000999', MOD_ROLE], userId: userId(3) });
    await i.response(10_000);
    expect(i.callbackType).toBe(5);
    expect(textOf(i.original)).toMatch(/Corpus reloaded/);
    expect(h.archivist.knowledgeBase).not.toBe(kb);
  });

  it('known limit: a moderator role the client has not cached (not in GUILD_CREATE) is not recognised', async () => {
    // canModerate reads member.roles.cache, which discord.js fills from the guild's role cache. With
    // the Guilds intent the cache is complete (GUILD_CREATE, GUILD_ROLE_CREATE), so this only bites
    // with a stale cache; the refusal is the safe direction.
    const i = h.fake.sendCommand({ name: 'reload', permissions: '0', roles: [UNCACHED_ROLE], userId: userId(6) });
    await i.response();
    expect(textOf(i.original)).toMatch(/Only moderators/);
  });

  it('Manage Guild without the role: allowed; in a DM: refused', async () => {
    const i = h.fake.sendCommand({ name: 'reload', permissions: MANAGE_GUILD, userId: userId(4) });
    await i.response(10_000);
    expect(textOf(i.original)).toMatch(/Corpus reloaded/);
    const dm = h.fake.sendCommand({ name: 'reload', guildId: null, userId: userId(5) });
    await dm.response();
    expect(textOf(dm.original)).toMatch(/Only moderators/);
  });
});

describe('security: paging custom ids', () => {
  let h: RHarness;
  beforeAll(async () => {
    h = await startReliabilityHarness({ guilds: 1 });
  });
  afterAll(async () => {
    await h?.stop();
  });

  it("another user's results, a forged kind, a forged or malformed token, a huge page: refused or clamped, never another result set", async () => {
    const asker = userId(10);
    const q = h.fake.sendCommand({ name: 'quote', options: { speaker: 'Khalilzad' }, userId: asker });
    const t = h.fake.sendCommand({ name: 'timeline', userId: asker });
    await Promise.all([q.response(), t.response()]);
    const next = q.original!.components[0].components[1].custom_id as string;
    const [, kind, token] = next.split(':');
    expect(kind).toBe('quote');
    const tNext = t.original!.components[0].components[1].custom_id as string;
    const tToken = tNext.split(':')[2]!;

    const press = (customId: string, user = asker) => {
      const i = h.fake.sendButton({ customId, messageId: q.original!.id, userId: user });
      return i.response().then(() => i);
    };
    const other = await press(next, userId(11));
    expect(other.original!.flags & EPHEMERAL).toBe(EPHEMERAL);
    expect(other.original!.content).toMatch(/Only the person/);
    const forgedKind = await press(`page:timeline:${token}:1`);
    expect(forgedKind.original!.content).toMatch(/expired/);
    const crossToken = await press(`page:quote:${tToken}:1`); // the asker's own timeline token under another kind
    expect(crossToken.original!.content).toMatch(/expired/);
    for (const bad of ['page:quote:../../etc/passwd:1', `page:quote:${token}:-1`, 'page:QUOTE:AAAAAAAAAAAA:1', `page:quote:${token}:1:extra`, `x`.repeat(100), 'page:quote:AAAAAAAAAAAA:1']) {
      const i = await press(bad);
      expect(i.original!.flags & EPHEMERAL, bad).toBe(EPHEMERAL);
      expect(i.original!.content, bad).toMatch(/not one of mine|expired/);
    }
    const huge = await press(`page:quote:${token}:99999`);
    expect(huge.callbackType).toBe(7);
    expect(huge.original!.embeds[0].footer.text).toMatch(/^Page (\d+)\/\1/); // clamped to the last page
    expect(textOf(huge.original)).toMatch(/Khalilzad/);
  });
});

describe('security: the token never leaks', () => {
  it('not in logs (info and debug), errors, or any REST body, even when commands fail or Discord errors', async () => {
    const h = await startReliabilityHarness({ guilds: 1, token: SECRET });
    try {
      expect(h.fake.token).toBe(SECRET);
      h.fake.failNext('POST /interactions', 500, undefined, 4); // a reply that fails outright
      const failing = h.fake.sendCommand({ name: 'help', userId: userId(20) });
      await failing.callCount(4);
      const asks = [h.fake.sendCommand({ name: 'ask', options: { question: SECRET }, userId: userId(21) }), h.fake.sendCommand({ name: 'sources', userId: userId(22) })];
      await Promise.all(asks.map((i) => i.response()));
      await vi.waitFor(() => expect(h.logs.filter((l) => l.msg === 'interaction').length).toBeGreaterThanOrEqual(3));
      await sleep(100);
      const logs = h.rawLogs.join('');
      expect(logs).toContain('interaction');
      const bodies = JSON.stringify(h.fake.requests.map((r) => r.body));
      expect(logs).not.toContain(SECRET);
      // The question typed by the user is echoed nowhere either (it was the token string).
      expect(bodies).not.toContain(SECRET);
      expect(logs).not.toContain('reliability-secret-token');
    } finally {
      await h.stop();
    }
  });
});
