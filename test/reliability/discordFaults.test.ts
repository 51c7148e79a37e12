/**
 * Discord misbehaving: rate limits (per route and global), 5xx for a while, the gateway dropping
 * mid-interaction (1006 and 4000), an interaction whose token expired (10062).
 */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { answerCount, EPHEMERAL, QUESTIONS, sleep, startReliabilityHarness, userId, type RHarness } from './helpers.js';

const Q = QUESTIONS[0]!;

describe('Discord faults (real discord.js client, fake Discord)', () => {
  let h: RHarness;
  let n = 0;
  const ask = (question = Q) => h.fake.sendCommand({ name: 'ask', options: { question }, userId: userId(500 + n++) });
  beforeAll(async () => {
    h = await startReliabilityHarness({ guilds: 1 });
  });
  afterAll(async () => {
    await h?.stop();
  });

  it('429 on the callback route with retry_after: the bot waits and answers', async () => {
    const fault = h.fake.failNext('POST /interactions', 429, { message: 'You are being rate limited.', retry_after: 0.3, global: false });
    const i = ask();
    await i.response(5000);
    expect(fault.hits).toBe(1);
    expect(i.calls.map((c) => c.status)).toEqual([429, 204]);
    const gap = i.calls[1]!.atMs - i.calls[0]!.atMs;
    expect(gap).toBeGreaterThanOrEqual(250); // honoured retry_after
    expect(i.firstCallbackMs).toBeLessThan(3000);
    expect(answerCount(i)).toBe(1);
  });

  it('a global 429: the bot waits retry_after and answers; other interactions still answered', async () => {
    const fault = h.fake.failNext('POST /interactions', 429, { message: 'You are being rate limited.', retry_after: 0.4, global: true });
    const a = ask();
    await a.callCount(1);
    const b = ask(QUESTIONS[1]);
    const c = ask(QUESTIONS[2]);
    await Promise.all([a.response(), b.response(), c.response()]);
    expect(fault.hits).toBe(1);
    expect(a.calls.map((x) => x.status)).toEqual([429, 204]);
    for (const i of [a, b, c]) {
      expect(answerCount(i)).toBe(1);
      expect(i.okCalls.length).toBeGreaterThan(0);
      expect(i.ackMs!).toBeLessThan(3000);
    }
    // a's retry honoured retry_after. b and c were not held: Discord exempts interaction endpoints from
    // the global limit, and @discordjs/rest sends them unauthenticated, outside the global bucket.
    expect(a.calls[1]!.atMs - a.calls[0]!.atMs).toBeGreaterThanOrEqual(350);
  });

  it('500 then 502 for a while on the callback: retried, then answered', async () => {
    const fault500 = h.fake.failNext('POST /interactions', 500, undefined, 1);
    const fault502 = h.fake.failNext('POST /interactions', 502, { message: 'Bad Gateway', code: 0 }, 1);
    const i = ask();
    await i.response();
    expect(fault500.hits + fault502.hits).toBe(2);
    expect(i.calls.map((c) => c.status)).toEqual([500, 502, 204]);
    expect(answerCount(i)).toBe(1);
  });

  it('a 5xx outage on the webhook after a deferral: the edit is retried and lands', async () => {
    const fault = h.fake.failNext('/webhooks', 503, undefined, 2);
    const i = h.fake.sendCommand({ name: 'reload', userId: userId(599) }); // not a moderator: defers? no — replies privately
    await i.response();
    expect(fault.hits).toBe(0); // a direct reply does not touch /webhooks
    fault.cancel();
    // A moderator reload defers (always) and fills the reply through the webhook.
    const f2 = h.fake.failNext('/webhooks', 503, undefined, 2);
    const r = h.fake.sendCommand({ name: 'reload', userId: userId(598), permissions: (1n << 5n).toString() });
    await r.response(10_000);
    expect(r.callbackType).toBe(5);
    expect(f2.hits).toBe(2);
    expect(r.calls.filter((c) => c.kind === 'editOriginal').map((c) => c.status)).toEqual([503, 503, 200]);
    expect(r.original!.flags & EPHEMERAL).toBe(EPHEMERAL);
  });

  it('a longer 5xx outage after a deferral (more failures than discord.js retries): the bot keeps trying with pauses and lands the edit', async () => {
    // @discordjs/rest gives up after 3 retries without a pause; 8 failures need the bot's own retries.
    const fault = h.fake.failNext('/webhooks', 502, { message: 'Bad Gateway', code: 0 }, 8);
    const r = h.fake.sendCommand({ name: 'reload', userId: userId(596), permissions: (1n << 5n).toString() });
    await r.response(20_000);
    expect(fault.hits).toBe(8);
    const edits = r.calls.filter((c) => c.kind === 'editOriginal').map((c) => c.status);
    expect(edits.at(-1)).toBe(200);
    expect(edits.filter((s) => s === 502)).toHaveLength(8);
  }, 30_000);

  it('gateway closed with 4000 right after an interaction is dispatched: it is answered; the client resumes', async () => {
    const resumes = h.fake.gatewayStats.resumes;
    const i = ask();
    await h.fake.dropGateway(4000);
    await i.response(5000);
    expect(answerCount(i)).toBe(1);
    await h.fake.gatewayReady(10_000);
    await vi.waitFor(() => expect(h.fake.gatewayStats.resumes).toBe(resumes + 1), { timeout: 5000 });
    const after = ask();
    await after.response();
    expect(answerCount(after)).toBe(1);
  });

  it('gateway dropped abruptly (1006): interactions dispatched while it is down are replayed on resume and answered', async () => {
    const resumes = h.fake.gatewayStats.resumes;
    await h.fake.dropGateway(1006);
    const during = [ask(), ask(QUESTIONS[3]), ask(QUESTIONS[4])];
    await Promise.all(during.map((i) => i.response(5000)));
    expect(h.fake.gatewayStats.resumes).toBe(resumes + 1);
    for (const i of during) {
      expect(answerCount(i)).toBe(1);
      expect(i.firstCallbackMs).toBeLessThan(3000);
    }
    console.log(`[reliability] 1006 drop: answered after resume in ${during.map((i) => Math.round(i.firstCallbackMs!)).join(', ')} ms`);
  });

  it('an interaction whose token expired (10062) is logged, not retried forever', async () => {
    let target = '';
    const fault = h.fake.failNext(({ method, path }) => method === 'POST' && target !== '' && path.startsWith(`/interactions/${target}/`), 404, { message: 'Unknown interaction', code: 10062 }, 100);
    const i = h.fake.sendCommand({ name: 'help', userId: userId(597) });
    target = i.id;
    await i.callCount(1);
    await sleep(1500);
    fault.cancel();
    // The answer, then the attempt to report the failure: both refused, nothing more.
    expect(i.calls.length).toBeLessThanOrEqual(2);
    expect(i.calls.every((c) => c.status === 404)).toBe(true);
    await vi.waitFor(() => expect(h.logs.some((l) => l.msg === 'could not report the error' && l.user === userId(597))).toBe(true));
    const line = h.logs.find((l) => l.msg === 'interaction' && l.user === userId(597))!;
    expect(line).toMatchObject({ answered: false });
    expect(JSON.stringify(h.logs.filter((l) => l.user === userId(597)))).toMatch(/Unknown interaction|10062/);
  });
});
