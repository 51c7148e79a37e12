import { once } from 'node:events';
import {
  ActionRowBuilder,
  AttachmentBuilder,
  ButtonBuilder,
  ButtonStyle,
  Client,
  DiscordAPIError,
  EmbedBuilder,
  Events,
  GatewayIntentBits,
  MessageFlags,
  REST,
  Routes,
  SlashCommandBuilder,
  type Interaction,
} from 'discord.js';
import { afterEach, describe, expect, it } from 'vitest';
import { FakeDiscord } from './FakeDiscord.js';

const GUILD_ID = '100000000000000001';
const APP_ID = '110000000000000001';

let fake: FakeDiscord | undefined;
let client: Client | undefined;

async function startFake(opts: Parameters<typeof FakeDiscord.start>[0] = {}): Promise<FakeDiscord> {
  fake = await FakeDiscord.start({ applicationId: APP_ID, guilds: [{ id: GUILD_ID, name: 'Test Guild' }], ...opts });
  return fake;
}

async function startClient(f: FakeDiscord): Promise<Client> {
  client = new Client({
    intents: [GatewayIntentBits.Guilds],
    rest: { api: f.apiUrl, globalRequestsPerSecond: 10_000 },
  });
  const ready = once(client, Events.ClientReady);
  await client.login(f.token);
  await ready;
  return client;
}

/** Install a handler and collect what it threw / saw. */
function handle(c: Client, fn: (i: Interaction) => Promise<void>): { errors: unknown[] } {
  const state = { errors: [] as unknown[] };
  c.on(Events.InteractionCreate, (i) => {
    fn(i).catch((error: unknown) => state.errors.push(error));
  });
  return state;
}

afterEach(async () => {
  await client?.destroy();
  client = undefined;
  await fake?.stop();
  fake = undefined;
});

describe('FakeDiscord with the real discord.js client', () => {
  it('logs in, gets READY and the guild, and registers commands with Bot auth', async () => {
    const f = await startFake();
    const c = await startClient(f);
    expect(c.user?.id).toBe(f.botUserId);
    expect(c.application?.id).toBe(APP_ID);
    const guild = c.guilds.cache.get(GUILD_ID);
    expect(guild?.available).toBe(true);
    expect(guild?.name).toBe('Test Guild');
    expect(guild?.roles.everyone.name).toBe('@everyone');
    expect(guild?.channels.cache.size).toBe(1);
    expect(f.gatewayStats.identifies).toBe(1);
    expect(f.requests.some((r) => r.path === '/gateway/bot' && r.status === 200)).toBe(true);

    const ask = new SlashCommandBuilder()
      .setName('ask')
      .setDescription('Ask a question')
      .addStringOption((o) => o.setName('question').setDescription('The question').setRequired(true).setAutocomplete(true));
    const rest = new REST({ api: f.apiUrl }).setToken(f.token);
    const registered = (await rest.put(Routes.applicationGuildCommands(APP_ID, GUILD_ID), {
      body: [ask.toJSON()],
    })) as { id: string; name: string }[];
    expect(registered.map((x) => x.name)).toEqual(['ask']);
    expect(f.registeredCommands(GUILD_ID)[0]?.name).toBe('ask');
    expect(f.registeredCommands(GUILD_ID)[0]?.options[0].autocomplete).toBe(true);

    await rest.put(Routes.applicationCommands(APP_ID), { body: [ask.toJSON()] });
    expect(f.registeredCommands().length).toBe(1);

    const bad = new REST({ api: f.apiUrl, retries: 0 }).setToken('wrong-token');
    const err = await bad.put(Routes.applicationCommands(APP_ID), { body: [] }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(DiscordAPIError);
    expect((err as DiscordAPIError).status).toBe(401);
    expect(f.countRequests('PUT /applications')).toBe(3);
  });

  it('records deferReply → editReply(embed) → followUp in order', async () => {
    const f = await startFake();
    const c = await startClient(f);
    const seen: { question: string | null; user: string; perms: string | undefined }[] = [];
    const h = handle(c, async (i) => {
      if (!i.isChatInputCommand()) return;
      seen.push({
        question: i.options.getString('question'),
        user: i.user.id,
        perms: i.memberPermissions?.bitfield.toString(),
      });
      await i.deferReply();
      await i.editReply({ embeds: [new EmbedBuilder().setTitle('Answer').setDescription('42')] });
      await i.followUp({ content: 'Sources: [1]' });
    });

    const interaction = f.sendCommand({ name: 'ask', options: { question: 'meaning?' }, userId: '200000000000000042' });
    await interaction.waitFor((x) => x.followups.length === 1);
    expect(h.errors).toEqual([]);
    expect(seen).toEqual([{ question: 'meaning?', user: '200000000000000042', perms: expect.any(String) }]);
    expect(interaction.calls.map((x) => `${x.kind}:${x.status}`)).toEqual([
      'callback:204',
      'editOriginal:200',
      'followup:200',
    ]);
    expect(interaction.calls[0]?.body.type).toBe(5);
    expect(interaction.callbackType).toBe(5);
    expect(interaction.firstCallbackMs).toBeGreaterThanOrEqual(0);
    expect(interaction.firstCallbackMs).toBeLessThan(3000);
    expect(interaction.original?.embeds[0].title).toBe('Answer');
    expect(interaction.original?.flags & 128).toBe(0); // no longer "thinking"
    expect(interaction.followups[0]?.content).toBe('Sources: [1]');
    expect(interaction.visibleMessages.map((m) => m.content || m.embeds[0]?.title)).toEqual(['Answer', 'Sources: [1]']);
    await expect(interaction.response()).resolves.toBe(interaction);
  });

  it('rejects a 2,001-character reply with 50035; the handler can recover', async () => {
    const f = await startFake();
    const c = await startClient(f);
    const caught: DiscordAPIError[] = [];
    handle(c, async (i) => {
      if (!i.isChatInputCommand()) return;
      try {
        await i.reply({ content: 'x'.repeat(2001) });
      } catch (error) {
        if (error instanceof DiscordAPIError) caught.push(error);
        await i.reply({ content: 'too long, sorry' });
      }
    });
    const interaction = f.sendCommand({ name: 'ask', options: [{ name: 'question', type: 3, value: 'q' }] });
    await interaction.response();
    expect(caught).toHaveLength(1);
    expect(caught[0]?.code).toBe(50035);
    expect(caught[0]?.status).toBe(400);
    expect(JSON.stringify(caught[0]?.rawError)).toContain('BASE_TYPE_MAX_LENGTH');
    expect(interaction.calls.map((x) => x.status)).toEqual([400, 204]);
    expect(interaction.original?.content).toBe('too long, sorry');
  });

  it('rejects an embed total over 6,000 characters, a second ack (40060) and a late ack (10062)', async () => {
    const f = await startFake({ interactionTimeoutMs: 150 });
    const c = await startClient(f);
    const codes: (number | string)[] = [];
    handle(c, async (i) => {
      if (!i.isChatInputCommand()) return;
      const mode = i.options.getString('mode');
      const tryIt = async (p: Promise<unknown>): Promise<void> => {
        try {
          await p;
          codes.push('ok');
        } catch (error) {
          codes.push(error instanceof DiscordAPIError ? error.code : String(error));
        }
      };
      if (mode === 'big-embeds') {
        const embeds = [0, 1].map(() => new EmbedBuilder().setDescription('y'.repeat(3500)));
        await tryIt(i.reply({ embeds }));
      } else if (mode === 'double') {
        await tryIt(i.reply({ content: 'first' }));
        // Bypass discord.js's own "already replied" guard to reach the API twice.
        await tryIt(
          c.rest.post(Routes.interactionCallback(i.id, i.token), { body: { type: 4, data: { content: 'again' } }, auth: false }),
        );
      } else {
        await new Promise((r) => setTimeout(r, 250));
        await tryIt(i.reply({ content: 'late' }));
      }
    });
    const big = f.sendCommand({ name: 'ask', options: { mode: 'big-embeds' } });
    await big.callCount(1);
    const double = f.sendCommand({ name: 'ask', options: { mode: 'double' } });
    await double.callCount(2);
    const late = f.sendCommand({ name: 'ask', options: { mode: 'late' } });
    await late.callCount(1);
    await new Promise((r) => setTimeout(r, 20));
    expect(codes).toEqual([50035, 'ok', 40060, 10062]);
    expect(JSON.stringify(big.calls[0]?.response)).toContain('MAX_EMBED_SIZE_EXCEEDED');
    expect(double.original?.content).toBe('first');
    expect(late.acknowledged).toBe(false);
    expect(late.firstCallbackMs).toBeGreaterThan(150);
  });

  it('rejects an autocomplete answer with 26 choices and accepts 25', async () => {
    const f = await startFake();
    const c = await startClient(f);
    const caught: DiscordAPIError[] = [];
    const focused: string[] = [];
    handle(c, async (i) => {
      if (!i.isAutocomplete()) return;
      focused.push(i.options.getFocused());
      const choices = Array.from({ length: 26 }, (_, n) => ({ name: `choice ${n}`, value: `v${n}` }));
      try {
        await i.respond(choices);
      } catch (error) {
        if (error instanceof DiscordAPIError) caught.push(error);
        await i.respond(choices.slice(0, 25));
      }
    });
    const interaction = f.sendAutocomplete({ name: 'ask', options: { question: 'tal' } });
    await interaction.response();
    expect(focused).toEqual(['tal']);
    expect(interaction.payload.data.options[0].focused).toBe(true);
    expect(caught[0]?.code).toBe(50035);
    expect(interaction.calls.map((x) => x.status)).toEqual([400, 204]);
    expect(interaction.autocompleteChoices).toHaveLength(25);
  });

  it('delivers a button click with its customId and message; update() is recorded', async () => {
    const f = await startFake();
    const c = await startClient(f);
    const seen: { customId: string; messageId: string }[] = [];
    handle(c, async (i) => {
      if (!i.isButton()) return;
      seen.push({ customId: i.customId, messageId: i.message.id });
      await i.update({ content: 'page 2', components: [] });
    });
    const interaction = f.sendButton({ customId: 'page:2', messageId: '120000000000000001' });
    await interaction.response();
    expect(seen).toEqual([{ customId: 'page:2', messageId: '120000000000000001' }]);
    expect(interaction.callbackType).toBe(7);
    expect(interaction.original?.id).toBe('120000000000000001');
    expect(interaction.original?.content).toBe('page 2');
  });

  it('follow-up with a file fills an ephemeral deferral; 6 action rows rejected; deleted reply is gone', async () => {
    const f = await startFake();
    const c = await startClient(f);
    const log: (string | number)[] = [];
    const h = handle(c, async (i) => {
      if (!i.isChatInputCommand()) return;
      await i.deferReply({ flags: MessageFlags.Ephemeral });
      const m = await i.followUp({ content: 'file', files: [new AttachmentBuilder(Buffer.from('hi'), { name: 'a.txt' })] });
      log.push(m.attachments.first()?.name ?? 'no attachment');
      const rows = Array.from({ length: 6 }, (_, r) =>
        new ActionRowBuilder<ButtonBuilder>().addComponents(
          new ButtonBuilder().setCustomId(`b${r}`).setLabel('x').setStyle(ButtonStyle.Primary),
        ),
      );
      await i.followUp({ content: 'rows', components: rows }).catch((e: DiscordAPIError) => log.push(e.code));
      await i.deleteReply();
      await i.fetchReply().catch((e: DiscordAPIError) => log.push(e.code));
    });
    const interaction = f.sendCommand({ name: 'ask' });
    await interaction.waitFor((x) => x.calls.length === 5);
    await new Promise((r) => setTimeout(r, 20));
    expect(h.errors).toEqual([]);
    expect(log).toEqual(['a.txt', 50035, 10008]);
    expect(interaction.calls[1]?.messageId).toBe(interaction.original?.id); // first follow-up filled @original
    expect(interaction.original?.flags & MessageFlags.Ephemeral).toBe(MessageFlags.Ephemeral);
    expect(interaction.followups).toHaveLength(0);
    expect(interaction.originalDeleted).toBe(true);
    expect(interaction.calls.map((x) => `${x.kind}:${x.status}`)).toEqual([
      'callback:204',
      'followup:200',
      'followup:400',
      'deleteOriginal:204',
      'getOriginal:404',
    ]);
  });

  it('reply({ withResponse: true }) gets the callback response object', async () => {
    const f = await startFake();
    const c = await startClient(f);
    const contents: (string | undefined)[] = [];
    handle(c, async (i) => {
      if (!i.isChatInputCommand()) return;
      const r = await i.reply({ content: 'hello', withResponse: true });
      contents.push(r.resource?.message?.content);
    });
    const interaction = f.sendCommand({ name: 'ask' });
    await interaction.response();
    await new Promise((r) => setTimeout(r, 20));
    expect(contents).toEqual(['hello']);
    expect(interaction.calls[0]?.query.with_response).toBe('true');
  });

  it('injected 429 and 500 on the callback are retried transparently by @discordjs/rest', async () => {
    const f = await startFake();
    const c = await startClient(f);
    handle(c, async (i) => {
      if (i.isChatInputCommand()) await i.reply({ content: 'ok' });
    });
    const rl = f.failNext('POST /interactions', 429, { retry_after: 0.02 });
    const boom = f.failNext('POST /interactions', 500);
    const interaction = f.sendCommand({ name: 'ask' });
    await interaction.response();
    expect(rl.hits).toBe(1);
    expect(boom.hits).toBe(1);
    expect(interaction.calls.map((x) => `${x.status}${x.injected ? '*' : ''}`)).toEqual(['429*', '500*', '204']);
    expect(f.countRequests('POST /interactions')).toBe(3);
  });

  it('a persistent 502 exhausts the retries and the handler sees an HTTPError', async () => {
    const f = await startFake();
    const c = await startClient(f);
    const seen: unknown[] = [];
    handle(c, async (i) => {
      if (i.isChatInputCommand()) await i.reply({ content: 'ok' }).catch((e: unknown) => seen.push(e));
    });
    f.failNext('POST /interactions', 502, undefined, 10);
    const interaction = f.sendCommand({ name: 'ask' });
    await interaction.callCount(4); // first try + 3 retries
    await new Promise((r) => setTimeout(r, 20));
    expect(seen).toHaveLength(1);
    expect((seen[0] as { status?: number }).status).toBe(502);
    expect(interaction.acknowledged).toBe(false);
  });

  it('after dropGateway(4000) the client resumes and handles a new interaction', async () => {
    const f = await startFake();
    const c = await startClient(f);
    handle(c, async (i) => {
      if (i.isChatInputCommand()) await i.reply({ content: `pong ${i.options.getString('n')}` });
    });
    const first = f.sendCommand({ name: 'ping', options: { n: '1' } });
    await first.response();

    await f.dropGateway(4000);
    await f.gatewayReady();
    const second = f.sendCommand({ name: 'ping', options: { n: '2' } });
    await second.response();
    expect(second.original?.content).toBe('pong 2');
    expect(f.gatewayStats.resumes).toBe(1);
    expect(f.gatewayStats.identifies).toBe(1);

    // Abrupt drop (1006); an interaction dispatched while disconnected is replayed on RESUME.
    await f.dropGateway(1006);
    const third = f.sendCommand({ name: 'ping', options: { n: '3' } });
    await third.response();
    expect(third.original?.content).toBe('pong 3');
    expect(f.gatewayStats.resumes).toBe(2);
  });

  it('client.login rejects with a bad token', async () => {
    const f = await startFake();
    client = new Client({ intents: [GatewayIntentBits.Guilds], rest: { api: f.apiUrl, globalRequestsPerSecond: 10_000 } });
    await expect(client.login('not-the-token')).rejects.toThrow(/token/i);
    expect(f.requests.find((r) => r.path === '/gateway/bot')?.status).toBe(401);
    expect(f.gatewayStats.connections).toBe(0);
  });
});
