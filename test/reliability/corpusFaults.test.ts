/**
 * The corpus misbehaving under /reload (folder vanishes, unreadable, files changing while read), and
 * SIGTERM with interactions in flight (the real `npm start` entry point in a child process).
 */
import { chmod, mkdir, rm, unlink, writeFile } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { FakeDiscord, type FakeInteraction } from '../fake-discord/FakeDiscord.js';
import { answerCount, APP_ID, EPHEMERAL, GUILD_IDS, MANAGE_GUILD, QUESTIONS, sleep, startReliabilityHarness, tempCorpus, textOf, userId, type RHarness } from './helpers.js';
import { spawnBot } from '../discord/harness.js';

const FILE = '002_6a1e3ce44a355d57.txt';
const FILE2 = '001_b732b1534980fd86.txt';
const Q = 'will the taliban accept a permanent cease-fire';

describe('/reload when the corpus misbehaves: reported, and the old corpus keeps serving', () => {
  let h: RHarness | undefined;
  let corpus: Awaited<ReturnType<typeof tempCorpus>> | undefined;
  afterEach(async () => {
    await h?.stop();
    h = undefined;
    if (corpus) await chmod(corpus.dir, 0o700).catch(() => undefined);
    await corpus?.remove();
    corpus = undefined;
  });

  const reload = async (harness: RHarness): Promise<FakeInteraction> => {
    const r = harness.fake.sendCommand({ name: 'reload', permissions: MANAGE_GUILD, userId: userId(700) });
    await r.response(15_000);
    return r;
  };
  const askStillServes = async (harness: RHarness): Promise<void> => {
    const i = harness.fake.sendCommand({ name: 'ask', options: { question: Q }, userId: userId(701) });
    await i.response();
    expect(textOf(i.visibleMessages[0])).toMatch(/cease-fire/i);
  };

  it('the folder vanishes', async () => {
    corpus = await tempCorpus([FILE]);
    h = await startReliabilityHarness({ corpusDir: corpus.dir, guilds: 1 });
    const kb = h.archivist.knowledgeBase;
    await corpus.remove();
    const r = await reload(h);
    expect(textOf(r.original)).toMatch(/Reload failed[\s\S]*cannot be read[\s\S]*ENOENT[\s\S]*previous corpus stays in service/);
    expect(h.archivist.knowledgeBase).toBe(kb);
    await askStillServes(h);
  });

  it('the folder is replaced by a file, then emptied of articles', async () => {
    corpus = await tempCorpus([FILE]);
    h = await startReliabilityHarness({ corpusDir: corpus.dir, guilds: 1 });
    const kb = h.archivist.knowledgeBase;
    await rm(corpus.dir, { recursive: true });
    await writeFile(corpus.dir, 'not a folder');
    expect(textOf((await reload(h)).original)).toMatch(/Reload failed[\s\S]*not a folder/);
    await rm(corpus.dir);
    await mkdir(corpus.dir);
    await writeFile(path.join(corpus.dir, 'empty.txt'), '');
    const r = await reload(h);
    expect(textOf(r.original)).toMatch(/Reload failed[\s\S]*no readable article[\s\S]*empty\.txt/);
    // Said once.
    expect(textOf(r.original).match(/previous corpus stays in service/gi)).toHaveLength(1);
    expect(h.archivist.knowledgeBase).toBe(kb);
    await askStillServes(h);
  });

  const isRoot = process.getuid?.() === 0;
  it.skipIf(isRoot)('the folder becomes unreadable (chmod 000) — skipped as root, where chmod does not block reads', async () => {
    corpus = await tempCorpus([FILE]);
    h = await startReliabilityHarness({ corpusDir: corpus.dir, guilds: 1 });
    const kb = h.archivist.knowledgeBase;
    await chmod(corpus.dir, 0o000);
    const r = await reload(h);
    expect(textOf(r.original)).toMatch(/Reload failed|EACCES/);
    expect(h.archivist.knowledgeBase).toBe(kb);
    await askStillServes(h);
  });

  it.skipIf(isRoot)('one file becomes unreadable (chmod 000): named in the warnings, the rest reloads — skipped as root', async () => {
    corpus = await tempCorpus([FILE, FILE2]);
    h = await startReliabilityHarness({ corpusDir: corpus.dir, guilds: 1 });
    await chmod(path.join(corpus.dir, FILE2), 0o000);
    const r = await reload(h);
    expect(textOf(r.original)).toMatch(new RegExp(`${FILE2.replace(/_/g, '\\\\_')}.*EACCES`));
    await askStillServes(h);
  });

  it('files deleted, truncated and rewritten while reloads run: every reload reports, nothing crashes, answers keep coming', async () => {
    corpus = await tempCorpus([FILE, FILE2]);
    const original = readFileSync(path.join('corpus', FILE2));
    h = await startReliabilityHarness({ corpusDir: corpus.dir, guilds: 1 });
    const harness = h;
    const target = path.join(corpus.dir, FILE2);
    let churn = true;
    let writes = 0;
    const churner = (async () => {
      while (churn) {
        const step = writes++ % 4;
        if (step === 0) await unlink(target).catch(() => undefined);
        else if (step === 1) await writeFile(target, original.subarray(0, 100 + (writes % 7) * 300));
        else if (step === 2) await writeFile(target, '');
        else await writeFile(target, original);
        await new Promise((r) => setImmediate(r));
      }
    })();
    const outcomes: string[] = [];
    try {
      for (let k = 0; k < 6; k++) {
        const r = await reload(harness);
        const t = textOf(r.original);
        expect(r.original!.flags & EPHEMERAL).toBe(EPHEMERAL);
        expect(t).toMatch(/Corpus reloaded|Reload failed/);
        outcomes.push(/Corpus reloaded/.test(t) ? (new RegExp(FILE2.replace(/_/g, '\\\\_')).test(t) ? 'ok+warning' : 'ok') : 'failed');
        await askStillServes(harness);
      }
    } finally {
      churn = false;
      await churner;
    }
    console.log(`[reliability] reload under file churn (${writes} writes): ${outcomes.join(', ')}`);
    // The stable file is always there.
    expect(harness.archivist.sources().some((s) => s.file === FILE)).toBe(true);
    expect(harness.logs.filter((l) => (l.level as number) >= 50)).toEqual([]);
  }, 30_000);
});

describe('SIGTERM with interactions in flight (npm start in a child process)', () => {
  it('every interaction the bot received is answered or told it is restarting before exit 0', async () => {
    const fake = await FakeDiscord.start({ applicationId: APP_ID, guilds: GUILD_IDS.map((id) => ({ id })) });
    const bot = spawnBot(fake, APP_ID);
    try {
      await bot.ready(20_000);
      const warm = fake.sendCommand({ name: 'ask', options: { question: QUESTIONS[0]! } });
      await warm.response(10_000);
      const burst: FakeInteraction[] = [];
      for (let k = 0; k < 60; k++) burst.push(fake.sendCommand({ name: 'ask', options: { question: QUESTIONS[k % QUESTIONS.length]! }, userId: userId(k), guildId: GUILD_IDS[k % 5]! }));
      await sleep(15);
      bot.child.kill('SIGTERM');
      // More arrive while it is shutting down.
      for (let k = 60; k < 70; k++) burst.push(fake.sendCommand({ name: 'ask', options: { question: QUESTIONS[0]! }, userId: userId(k) }));
      expect(await bot.exited).toBe(0);
      const stderr = bot.stderr();
      const answered = burst.filter((i) => i.hasVisibleResponse && !/restarting/.test(textOf(i.visibleMessages[0])));
      const apologised = burst.filter((i) => i.hasVisibleResponse && /restarting/.test(textOf(i.visibleMessages[0])));
      const received = stderr.split('\n').filter((l) => l.includes('"msg":"interaction"')).length - 1; // minus the warm-up
      const silent = burst.filter((i) => i.calls.length === 0);
      console.log(`[reliability] SIGTERM: ${burst.length} dispatched, ${received} received by the bot, ${answered.length} answered, ${apologised.length} told "restarting", ${silent.length} never reached the bot before exit`);
      // Whatever the bot received was answered exactly once (answer or apology), and it exited cleanly.
      expect(answered.length + apologised.length).toBe(received);
      for (const i of [...answered, ...apologised]) expect(answerCount(i)).toBe(1);
      expect(answered.length).toBeGreaterThan(0);
      expect(stderr).toContain('"msg":"stopped"');
      expect(stderr).not.toContain(fake.token);
    } finally {
      bot.child.kill('SIGKILL');
      await fake.stop();
    }
  }, 40_000);
});
