/**
 * Load through FakeDiscord with the real discord.js client: a burst of /ask from 50 users in 5 guilds,
 * and a cooldown flood from one user.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { answerCount, EPHEMERAL, figures, GUILD_IDS, QUESTIONS, sleep, startReliabilityHarness, userId, type RHarness } from './helpers.js';
import type { FakeInteraction } from '../fake-discord/FakeDiscord.js';

describe('load: 300 /ask from 50 users across 5 guilds (cooldown 0)', () => {
  let h: RHarness;
  beforeAll(async () => {
    h = await startReliabilityHarness({ cooldownSeconds: 0 });
  });
  afterAll(async () => {
    await h?.stop();
  });

  it('every interaction gets exactly one answer, the first response within 3 s', async () => {
    const N = 300;
    const before = h.fake.requests.length;
    const interactions: FakeInteraction[] = [];
    const started = performance.now();
    for (let n = 0; n < N; n++) {
      interactions.push(
        h.fake.sendCommand({
          name: 'ask',
          options: { question: QUESTIONS[n % QUESTIONS.length]! },
          userId: userId(n % 50),
          guildId: GUILD_IDS[n % 5]!,
        }),
      );
    }
    await Promise.all(interactions.map((i) => i.response(15_000)));
    const wall = performance.now() - started;
    await sleep(100); // anything sent twice would arrive now
    const first = interactions.map((i) => i.firstCallbackMs ?? Infinity);
    const done = interactions.map((i) => Math.max(...i.calls.map((c) => c.atMs)));
    const f = figures(first);
    const d = figures(done);
    const deferred = interactions.filter((i) => i.callbackType === 5).length;
    console.log(
      `[reliability] load ${N} /ask: first response p50 ${f.p50} ms, p99 ${f.p99} ms, max ${f.max} ms; ` +
        `complete answer p50 ${d.p50} / p99 ${d.p99} / max ${d.max} ms; ${deferred} deferred; wall ${Math.round(wall)} ms; ` +
        `${h.fake.requests.length - before} REST calls`,
    );
    for (const i of interactions) {
      expect(i.failedCalls, i.describeCalls()).toEqual([]);
      expect(answerCount(i), i.describeCalls()).toBe(1);
      expect(i.firstCallbackMs).toBeLessThan(3000);
      expect(i.hasVisibleResponse).toBe(true);
      expect(i.visibleMessages).toHaveLength(1);
      expect(i.visibleMessages[0]!.flags & EPHEMERAL).toBe(0);
    }
    // Every interaction logged once, as answered or declined (never failed).
    const lines = h.logs.filter((l) => l.msg === 'interaction' && l.command === 'ask');
    expect(lines).toHaveLength(N);
    expect(h.logs.filter((l) => l.level as number >= 50)).toEqual([]);
    expect(f.max).toBeLessThan(3000);
  }, 40_000);
});

describe('cooldown: one user sends 20 commands within a second', () => {
  let h: RHarness;
  beforeAll(async () => {
    h = await startReliabilityHarness({ cooldownSeconds: 3, guilds: 1 });
  });
  afterAll(async () => {
    await h?.stop();
  });

  it('answers the allowed one, one private "slow down", drops the rest; REST calls counted', async () => {
    const user = userId(900);
    const before = h.fake.requests.length;
    const all: FakeInteraction[] = [];
    for (let n = 0; n < 20; n++) {
      all.push(h.fake.sendCommand({ name: 'ask', options: { question: QUESTIONS[n % QUESTIONS.length]! }, userId: user }));
      await sleep(40); // 20 within ~0.8 s
    }
    await all[0]!.response();
    await all[1]!.response();
    await sleep(300);
    const answered = all.filter((i) => i.calls.length > 0);
    expect(answered).toHaveLength(2);
    expect(answered[0]).toBe(all[0]);
    expect(answerCount(all[0]!)).toBe(1);
    expect(all[0]!.visibleMessages[0]!.flags & EPHEMERAL).toBe(0);
    expect(all[1]!.original!.flags & EPHEMERAL).toBe(EPHEMERAL);
    expect(all[1]!.original!.content).toMatch(/Slow down/);
    const rest = h.fake.requests.slice(before);
    // One callback each for the two answered interactions (+ possibly one edit after a defer): never 20.
    expect(rest.length).toBeLessThanOrEqual(3);
    expect(rest.every((r) => r.status < 400)).toBe(true);
    console.log(`[reliability] cooldown flood: 20 commands → ${answered.length} answered (1 answer + 1 slow down), ${rest.length} REST calls, ${h.logs.filter((l) => l.refused === 'cooldown').length} refusals logged`);
    expect(h.logs.filter((l) => l.refused === 'cooldown')).toHaveLength(19);
    // After the window the user is served again.
    await sleep(3000 - 20 * 40 + 300);
    const later = h.fake.sendCommand({ name: 'ask', options: { question: QUESTIONS[0]! }, userId: user });
    await later.response();
    expect(later.visibleMessages[0]!.flags & EPHEMERAL).toBe(0);
  }, 20_000);
});
