import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { SlashCommandBuilder } from 'discord.js';
import { deployCommands } from '../../src/discord/deployCommands.js';
import { commands } from '../../commands/index.js';
import { EPHEMERAL, GUILD_ID, MANAGE_GUILD, startHarness, tempCorpus, textOf, type Harness } from './harness.js';

const PNG = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 0, 0, 0, 1]);
const ZEBRA = `Zebra crossing opens in Kabul

Published March 3, 2021

The city of Kabul opened its first solar-powered zebra crossing on Tuesday, officials said.

The crossing cost 12,000 dollars and was paid for by the municipality, according to the mayor.

Residents told @everyone and <@123456789012345678> on social media that the **zebra crossing** was a _welcome_ change.
`;

describe('the bot on the shipped corpus (real discord.js client, fake Discord)', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(async () => {
    await h?.stop();
  });

  it('deploy-commands registers every command in the guild, /reload for Manage Guild and guild-only', async () => {
    const r = await deployCommands(h.config);
    expect(r.scope).toBe('guild');
    const registered = h.fake.registeredCommands(GUILD_ID);
    expect(registered.map((c) => c.name).sort()).toEqual(commands.map((c) => c.data.name).sort());
    expect(registered.map((c) => c.name).sort()).toEqual(['ask', 'help', 'quote', 'reload', 'sources', 'timeline']);
    const reload = registered.find((c) => c.name === 'reload')!;
    expect(reload.default_member_permissions).toBe(MANAGE_GUILD);
    expect(reload.contexts).toEqual([0]);
    const quote = registered.find((c) => c.name === 'quote')!;
    expect(quote.options.find((o: { name: string }) => o.name === 'speaker').autocomplete).toBe(true);
    // Global when no guild is configured.
    const { guildId: _g, ...global } = h.config.discord!;
    await deployCommands({ ...h.config, discord: global });
    expect(h.fake.registeredCommands().length).toBe(commands.length);
  });

  it('/ask answers with the cited verbatim sentence, the answer in bold, confidence in the footer, no pings', async () => {
    const i = h.fake.sendCommand({ name: 'ask', options: { question: 'how big are the afghan security and defence forces' }, userId: '200000000000000101' });
    await i.response();
    expect(i.failedCalls).toEqual([]);
    expect(i.firstCallbackMs).toBeLessThan(3000);
    const embed = i.original!.embeds[0];
    expect(embed.description).toContain('350,000');
    expect(embed.description).toContain('**350,000**');
    expect(embed.description).toContain('001\\_b732b1534980fd86.txt');
    expect(embed.description).toContain('2021-05-04');
    expect(embed.footer.text).toMatch(/confidence \d+%/);
    expect(i.original!.flags & EPHEMERAL).toBe(0);
    expect(i.calls[0]!.body.data.allowed_mentions).toEqual({ parse: [] });
    const line = await vi.waitFor(() => {
      const l = h.logs.find((x) => x.msg === 'interaction' && x.command === 'ask' && x.user === '200000000000000101');
      if (!l) throw new Error('no log line yet');
      return l;
    });
    expect(line).toMatchObject({ guild: GUILD_ID, answered: true, kind: 'command' });
    expect(typeof line!.latencyMs).toBe('number');
    // Never the token, never the question at info level.
    const all = h.rawLogs.join('');
    expect(all).not.toContain(h.fake.token);
    expect(all).not.toContain('security and defence');
  });

  it('/ask says plainly when the corpus does not answer', async () => {
    const i = h.fake.sendCommand({ name: 'ask', options: { question: 'any good pizza places in nyc' }, userId: '200000000000000102' });
    await i.response();
    expect(textOf(i.original)).toMatch(/does not answer/);
    await vi.waitFor(() => expect(h.logs.find((l) => l.msg === 'interaction' && l.user === '200000000000000102')).toMatchObject({ answered: false }));
  });

  it('/ask lists the closest passages, cited, when it cannot answer', async () => {
    const i = h.fake.sendCommand({ name: 'ask', options: { question: 'what is the capital of Turkey' }, userId: '200000000000000110' });
    await i.response();
    const d: string = i.original!.embeds[0].description;
    expect(d).toMatch(/does not answer/);
    expect(d).toMatch(/Closest passages/);
    expect(d).toMatch(/^> .+/m);
    expect(d).toMatch(/\.txt(?:#\d+)?\*$/m); // the article id: the file, with #n for a later story of a page
  });

  it('works in a DM too', async () => {
    const i = h.fake.sendCommand({ name: 'ask', options: { question: 'how big are the afghan security and defence forces' }, guildId: null, userId: '200000000000000111' });
    await i.response();
    expect(i.original!.embeds[0].description).toContain('350,000');
  });

  it('a reply Discord rejects is reported privately instead', async () => {
    h.fake.failNext('POST /interactions', 400, { message: 'Invalid Form Body', code: 50035, errors: {} });
    const i = h.fake.sendCommand({ name: 'sources', userId: '200000000000000112' });
    await i.response();
    expect(i.calls.map((c) => c.status)).toEqual([400, 204]);
    expect(i.original!.flags & EPHEMERAL).toBe(EPHEMERAL);
    expect(i.original!.content).toMatch(/Something went wrong/);
  });

  it('/ask with an empty question answers privately', async () => {
    const i = h.fake.sendCommand({ name: 'ask', options: { question: '   ?' }, userId: '200000000000000103' });
    await i.response();
    expect(i.original!.flags & EPHEMERAL).toBe(EPHEMERAL);
  });

  it('autocomplete for /quote speaker returns at most 25 known speakers', async () => {
    const all = h.fake.sendAutocomplete({ name: 'quote', options: [{ name: 'speaker', value: '' }] });
    await all.response();
    expect(all.autocompleteChoices!.length).toBeGreaterThan(0);
    expect(all.autocompleteChoices!.length).toBeLessThanOrEqual(25);
    const k = h.fake.sendAutocomplete({ name: 'quote', options: [{ name: 'speaker', value: 'khal' }] });
    await k.response();
    expect(k.autocompleteChoices!.map((c) => c.value)).toContain('Zalmay Khalilzad');
  });

  it('/quote pages with ◀ ▶ for the asker only; others get a private refusal; bad ids are refused', async () => {
    const asker = '200000000000000104';
    const i = h.fake.sendCommand({ name: 'quote', options: { speaker: 'Khalilzad' }, userId: asker });
    await i.response();
    const msg = i.original!;
    expect(textOf(msg)).toContain('Zalmay Khalilzad');
    const buttons = msg.components[0].components as { custom_id: string; disabled?: boolean }[];
    expect(buttons).toHaveLength(2);
    expect(buttons[0]!.disabled).toBe(true);
    const next = buttons[1]!.custom_id;
    expect(next).toMatch(/^page:quote:[A-Za-z0-9_-]+:1$/);
    expect(msg.embeds[0].footer.text).toMatch(/^Page 1\/\d+/);

    const other = h.fake.sendButton({ customId: next, messageId: msg.id, userId: '200000000000000999' });
    await other.response();
    expect(other.callbackType).toBe(4);
    expect(other.original!.flags & EPHEMERAL).toBe(EPHEMERAL);
    expect(other.original!.content).toMatch(/Only the person who ran this command/);

    const press = h.fake.sendButton({ customId: next, messageId: msg.id, userId: asker });
    await press.response();
    expect(press.callbackType).toBe(7);
    expect(press.original!.embeds[0].footer.text).toMatch(/^Page 2\//);
    expect(press.calls[0]!.body.data.allowed_mentions).toEqual({ parse: [] });
    expect(textOf(press.original)).not.toEqual(textOf(msg));

    const forged = h.fake.sendButton({ customId: 'page:quote:AAAAAAAAAAAA:3', userId: asker });
    await forged.response();
    expect(forged.original!.flags & EPHEMERAL).toBe(EPHEMERAL);
    expect(forged.original!.content).toMatch(/expired/);
  });

  it('/timeline lists one dated line per event, paged', async () => {
    const i = h.fake.sendCommand({ name: 'timeline', userId: '200000000000000105' });
    await i.response();
    const d: string = i.original!.embeds[0].description;
    // The date expression in bold in the verbatim line.
    expect(d).toMatch(/\*\*2019-12-04\*\* — U\.S\. peace envoy Zalmay Khalilzad arrived in Kabul on \*\*December 4\*\*/);
    expect(d).toMatch(/on \*\*December 4\*\*[^\n]*\[\d\]/);
    const sources = i.original!.embeds[0].fields.find((f: { name: string }) => f.name === 'Sources').value as string;
    expect(sources).toMatch(/\[\d\] U\.S\. Peace Envoy Khalilzad Makes Surprise Stop In Kabul — Security Risks Asia, 2019-12-05, 003\\_d6197644dbe40003\.txt/);
    expect(i.original!.components).toHaveLength(1);
  });

  it('/sources and /help answer', async () => {
    const s = h.fake.sendCommand({ name: 'sources', userId: '200000000000000106' });
    await s.response();
    expect(textOf(s.original)).toContain('8 articles');
    expect(textOf(s.original)).toContain('Security Risks Asia');
    const help = h.fake.sendCommand({ name: 'help', userId: '200000000000000107' });
    await help.response();
    expect(textOf(help.original)).toContain('/quote');
  });

  it('/reload by a member without Manage Guild is refused privately and reloads nothing', async () => {
    const before = h.archivist.knowledgeBase;
    const i = h.fake.sendCommand({ name: 'reload', userId: '200000000000000108' });
    await i.response();
    expect(i.original!.flags & EPHEMERAL).toBe(EPHEMERAL);
    expect(textOf(i.original)).toMatch(/Only moderators/);
    expect(h.archivist.knowledgeBase).toBe(before);
  });

  it('every message the bot sent (replies, edits, follow-ups, updates) disallows mentions', () => {
    const messages = h.fake.requests
      .filter((r) => (r.method === 'POST' || r.method === 'PATCH') && /^\/(interactions|webhooks)\//.test(r.path))
      .map((r) => (r.path.startsWith('/interactions') ? r.body?.data : r.body))
      .filter((m) => m && (m.content !== undefined || m.embeds !== undefined));
    expect(messages.length).toBeGreaterThan(10);
    for (const m of messages) expect(m.allowed_mentions).toEqual({ parse: [] });
  });
});

describe('the bot on a temporary corpus', () => {
  let h: Harness | undefined;
  let corpus: Awaited<ReturnType<typeof tempCorpus>> | undefined;
  afterEach(async () => {
    await h?.stop();
    h = undefined;
    await corpus?.remove();
    corpus = undefined;
  });

  it('/reload by a moderator swaps the corpus; a broken file is reported and the rest keeps answering', async () => {
    corpus = await tempCorpus(['002_6a1e3ce44a355d57.txt']);
    h = await startHarness({ corpusDir: corpus.dir });
    const q = 'how much did the zebra crossing cost';
    const before = h.fake.sendCommand({ name: 'ask', options: { question: q } });
    await before.response();
    expect(textOf(before.original)).not.toContain('12,000');

    await corpus.write('zebra.txt', ZEBRA);
    await corpus.write('broken.txt', PNG);
    const reload = h.fake.sendCommand({ name: 'reload', permissions: MANAGE_GUILD, userId: '200000000000000201' });
    await reload.response();
    expect(reload.callbackType).toBe(5); // deferred, always
    expect(reload.original!.flags & EPHEMERAL).toBe(EPHEMERAL);
    const report = textOf(reload.original);
    expect(report).toContain('Corpus reloaded');
    expect(report).toMatch(/Added \(1\)\s+zebra\.txt/);
    expect(report).toMatch(/broken\.txt: .*PNG/);
    expect(report).toMatch(/\d+ ms/);

    const after = h.fake.sendCommand({ name: 'ask', options: { question: q } });
    await after.response();
    expect(textOf(after.original)).toContain('12,000');
    const old = h.fake.sendCommand({ name: 'ask', options: { question: 'will the taliban accept a permanent cease-fire' } });
    await old.response();
    expect(textOf(old.original)).toMatch(/cease-fire/i);
  });

  it('a failed reload keeps the old corpus in service and says why', async () => {
    corpus = await tempCorpus(['002_6a1e3ce44a355d57.txt']);
    h = await startHarness({ corpusDir: corpus.dir });
    const kb = h.archivist.knowledgeBase;
    await corpus.remove();
    const reload = h.fake.sendCommand({ name: 'reload', permissions: MANAGE_GUILD });
    await reload.response();
    expect(textOf(reload.original)).toMatch(/Reload failed[\s\S]*cannot be read[\s\S]*previous corpus stays in service/);
    expect(h.archivist.knowledgeBase).toBe(kb);
  });

  it('corpus text with @everyone and markdown never pings and is escaped', async () => {
    corpus = await tempCorpus([]);
    await corpus.write('zebra.txt', ZEBRA);
    h = await startHarness({ corpusDir: corpus.dir });
    const i = h.fake.sendCommand({ name: 'ask', options: { question: 'what did residents say about the zebra crossing on social media' } });
    await i.response();
    const body = i.calls[0]!.body;
    expect(body.data.allowed_mentions).toEqual({ parse: [] });
    const d: string = i.original!.embeds[0].description;
    expect(d).toContain('@everyone');
    expect(d).toContain('\\*\\*zebra crossing\\*\\*');
    expect(i.original!.mention_everyone).toBe(false);
  });

  it('a moderator role from MODERATOR_ROLE_IDS may reload without Manage Guild', async () => {
    // The fake sends members without roles, so this checks the refusal path keeps working with roles configured.
    corpus = await tempCorpus(['002_6a1e3ce44a355d57.txt']);
    h = await startHarness({ corpusDir: corpus.dir, moderatorRoleIds: ['300000000000000001'] });
    const i = h.fake.sendCommand({ name: 'reload' });
    await i.response();
    expect(textOf(i.original)).toMatch(/Only moderators/);
  });
});

describe('the interaction handler', () => {
  let h: Harness | undefined;
  afterEach(async () => {
    await h?.stop();
    h = undefined;
  });

  it('a per-user cooldown answers a flood with one private "slow down" and drops the rest', async () => {
    h = await startHarness({ cooldownSeconds: 60 });
    const user = '200000000000000301';
    const first = h.fake.sendCommand({ name: 'help', userId: user });
    await first.response();
    const second = h.fake.sendCommand({ name: 'help', userId: user });
    await second.response();
    expect(second.original!.flags & EPHEMERAL).toBe(EPHEMERAL);
    expect(second.original!.content).toMatch(/Slow down/);
    const third = h.fake.sendCommand({ name: 'help', userId: user });
    const other = h.fake.sendCommand({ name: 'help', userId: '200000000000000302' });
    await other.response();
    await new Promise((r) => setTimeout(r, 50));
    expect(third.calls).toHaveLength(0);
    await vi.waitFor(() => expect(h!.logs.filter((l) => l.refused === 'cooldown')).toHaveLength(2));
  });

  it('errors reach the user privately with a short reason; slow commands are deferred', async () => {
    const boom = {
      data: new SlashCommandBuilder().setName('boom').setDescription('fails'),
      execute: async () => {
        throw new Error('secret internal detail');
      },
    };
    const slow = {
      data: new SlashCommandBuilder().setName('slow').setDescription('takes a while'),
      execute: async (ctx: Parameters<(typeof commands)[number]['execute']>[0]) => {
        await new Promise((r) => setTimeout(r, 1700));
        await ctx.reply({ body: 'done', tone: 'answer' });
      },
    };
    const slowFail = {
      data: new SlashCommandBuilder().setName('slowfail').setDescription('takes a while then fails'),
      execute: async () => {
        await new Promise((r) => setTimeout(r, 1600));
        throw new Error('late failure');
      },
    };
    h = await startHarness({ commands: [boom, slow, slowFail] });
    const b = h.fake.sendCommand({ name: 'boom' });
    await b.response();
    expect(b.original!.flags & EPHEMERAL).toBe(EPHEMERAL);
    expect(b.original!.content).toMatch(/Something went wrong/);
    expect(b.original!.content).not.toContain('secret');
    expect(h.rawLogs.join('')).toContain('secret internal detail');

    const s = h.fake.sendCommand({ name: 'slow' });
    const f = h.fake.sendCommand({ name: 'slowfail', userId: '200000000000000402' });
    await s.response();
    expect(s.callbackType).toBe(5);
    expect(s.firstCallbackMs).toBeLessThan(3000);
    expect(s.original!.embeds[0].description).toBe('done');
    await f.waitFor((x) => x.followups.length === 1 || x.originalDeleted);
    await f.waitFor((x) => x.followups.length === 1);
    expect(f.followups[0]!.flags & EPHEMERAL).toBe(EPHEMERAL);
    expect(f.originalDeleted).toBe(true);
  });

  it('unknown commands get a private reply; shutdown refuses new interactions and finishes those in flight', async () => {
    const slow = {
      data: new SlashCommandBuilder().setName('slow').setDescription('takes a while'),
      execute: async (ctx: Parameters<(typeof commands)[number]['execute']>[0]) => {
        await new Promise((r) => setTimeout(r, 300));
        await ctx.reply({ body: 'finished', tone: 'answer' });
      },
    };
    h = await startHarness({ commands: [slow] });
    const u = h.fake.sendCommand({ name: 'nope' });
    await u.response();
    expect(u.original!.flags & EPHEMERAL).toBe(EPHEMERAL);
    const s = h.fake.sendCommand({ name: 'slow' });
    await new Promise((r) => setTimeout(r, 50));
    expect(h.bot.handler.pending).toBe(1);
    const harness = h;
    h = undefined;
    const stopping = harness.bot.stop();
    const late = harness.fake.sendCommand({ name: 'slow', userId: '200000000000000501' });
    await late.response();
    expect(late.original!.flags & EPHEMERAL).toBe(EPHEMERAL);
    expect(late.original!.content).toMatch(/restarting/);
    await stopping;
    expect(s.original?.embeds[0].description).toBe('finished');
    await harness.fake.stop();
  });
});
