/**
 * `npm run soak`: the heavier load run, on loopback only, bounded in count and time.
 *
 * 1. 1,000 /ask from 50 users in 5 guilds, dispatched as fast as the fake gateway takes them.
 * 2. 1,000 /ask (plus a /sources every 25) while a moderator /reloads a corpus twice the size (the
 *    shipped files copied under new names): nothing fails, and the new files are visible only
 *    after the swap (answers sent before it come from the old set of files).
 *
 * Prints its figures; exits 1 when a check fails or the run exceeds its time bound.
 */
import { cp } from 'node:fs/promises';
import path from 'node:path';
import { KnowledgeBase } from '../../src/index/KnowledgeBase.js';
import type { FakeInteraction } from '../fake-discord/FakeDiscord.js';
import { answerCount, figures, GUILD_IDS, MANAGE_GUILD, QUESTIONS, shippedFiles, startReliabilityHarness, tempCorpus, textOf, userId } from '../reliability/helpers.js';

const N = Number(process.env.SOAK_N ?? 1000);
const TIME_BOUND_MS = Number(process.env.SOAK_TIME_BOUND_MS ?? 180_000);
const failures: string[] = [];
const check = (ok: boolean, what: string) => {
  if (!ok) failures.push(what);
};

const bound = setTimeout(() => {
  console.error(`soak: exceeded its time bound of ${TIME_BOUND_MS} ms`);
  process.exit(1);
}, TIME_BOUND_MS);
bound.unref();

function burst(h: Awaited<ReturnType<typeof startReliabilityHarness>>, n: number, offset: number): FakeInteraction[] {
  const out: FakeInteraction[] = [];
  for (let k = 0; k < n; k++) {
    out.push(h.fake.sendCommand({ name: 'ask', options: { question: QUESTIONS[(k + offset) % QUESTIONS.length]! }, userId: userId(k % 50), guildId: GUILD_IDS[k % 5]! }));
  }
  return out;
}

function verify(label: string, all: FakeInteraction[]): void {
  let lost = 0;
  let twice = 0;
  let late = 0;
  let failed = 0;
  for (const i of all) {
    const a = answerCount(i);
    if (a === 0) lost++;
    if (a > 1) twice++;
    if ((i.firstCallbackMs ?? Infinity) >= 3000) late++;
    if (i.failedCalls.length) failed++;
  }
  check(lost === 0, `${label}: ${lost} interactions without an answer`);
  check(twice === 0, `${label}: ${twice} interactions answered twice`);
  check(late === 0, `${label}: ${late} first responses at or after 3 s`);
  check(failed === 0, `${label}: ${failed} interactions with a failed REST call`);
  const f = figures(all.map((i) => i.firstCallbackMs ?? Infinity));
  const d = figures(all.map((i) => Math.max(0, ...i.calls.map((c) => c.atMs))));
  const deferred = all.filter((i) => i.callbackType === 5).length;
  console.log(
    `${label}: ${all.length} interactions, lost ${lost}, answered twice ${twice}, failed ${failed}; first response p50 ${f.p50} ms, p99 ${f.p99} ms, max ${f.max} ms; ` +
      `complete p50 ${d.p50} / p99 ${d.p99} / max ${d.max} ms; ${deferred} deferred`,
  );
}

async function main(): Promise<void> {
  const t0 = performance.now();
  const files = await shippedFiles();
  const corpus = await tempCorpus(files);
  let loads = 0;
  let swapAt = Infinity; // Date.now() when the reload's knowledge base was complete (the swap follows synchronously)
  const loader = async (dir: string) => {
    const kb = await KnowledgeBase.load(dir);
    if (loads++ > 0) swapAt = Date.now();
    return kb;
  };
  const h = await startReliabilityHarness({ corpusDir: corpus.dir, loader, cooldownSeconds: 0 });
  const rss0 = process.memoryUsage().rss;
  const receiptLag: number[] = [];
  h.bot.client.on('interactionCreate', (i) => receiptLag.push(Date.now() - i.createdTimestamp));
  try {
    const warm = burst(h, 20, 0);
    await Promise.all(warm.map((i) => i.response(20_000)));

    // 1. Plain load.
    const started = performance.now();
    const one = burst(h, N, 0);
    await Promise.all(one.map((i) => i.response(60_000).catch(() => i)));
    const wall1 = performance.now() - started;
    await new Promise((r) => setTimeout(r, 200));
    verify(`soak 1 (${N} /ask, ${Math.round(wall1)} ms wall)`, one);
    const lag = figures(receiptLag.splice(0));
    console.log(`soak 1: gateway receipt lag (dispatch → interactionCreate) p50 ${lag.p50} ms, p99 ${lag.p99} ms, max ${lag.max} ms`);

    // 2. The same under a /reload of a corpus twice the size.
    const oldArticles = h.archivist.sources().length;
    for (const f of files) await cp(path.join(corpus.dir, f), path.join(corpus.dir, `copy${f.replace(/[^0-9a-z.]/gi, '')}`));
    const started2 = performance.now();
    const two: FakeInteraction[] = [];
    const sources: FakeInteraction[] = [];
    let reload: FakeInteraction | undefined;
    for (let k = 0; k < N; k++) {
      two.push(h.fake.sendCommand({ name: 'ask', options: { question: QUESTIONS[k % QUESTIONS.length]! }, userId: userId(k % 50), guildId: GUILD_IDS[k % 5]! }));
      if (k % 25 === 0) sources.push(h.fake.sendCommand({ name: 'sources', userId: userId(60 + (k % 7)), guildId: GUILD_IDS[k % 5]! }));
      if (k === 50) reload = h.fake.sendCommand({ name: 'reload', permissions: MANAGE_GUILD, userId: userId(99), guildId: GUILD_IDS[0]! });
      if (k % 100 === 99) await new Promise((r) => setTimeout(r, 20)); // spread the second burst over the reload
    }
    await Promise.all([...two, ...sources, reload!].map((i) => i.response(60_000).catch(() => i)));
    const wall2 = performance.now() - started2;
    await new Promise((r) => setTimeout(r, 200));
    verify(`soak 2 (${N} /ask + ${sources.length} /sources during /reload, ${Math.round(wall2)} ms wall)`, [...two, ...sources]);
    const report = textOf(reload!.visibleMessages[0]);
    const newArticles = h.archivist.sources().length;
    check(/Corpus reloaded/.test(report), `reload did not succeed: ${report.slice(0, 200)}`);
    check(newArticles === oldArticles * 2, `after the reload ${newArticles} articles, expected ${oldArticles * 2}`);
    // Visibility of the swap: an answer citing a copied file, or /sources listing the doubled corpus,
    // must have been sent after the new knowledge base was complete.
    // When the message carrying the answer was sent (the reply, or the edit after a deferral).
    const sentAt = (i: FakeInteraction) => i.dispatchedAtDate + Math.max(...i.okCalls.filter((c) => c.kind !== 'getOriginal' && !(c.kind === 'callback' && c.body?.type === 5)).map((c) => c.atMs));
    let citingNew = 0;
    let before = 0;
    let after = 0;
    for (const i of two) {
      const at = sentAt(i);
      if (at < swapAt) before++;
      else after++;
      if (/copy\d/.test(textOf(i.visibleMessages[0]))) {
        citingNew++;
        check(at >= swapAt, `an answer citing a new file was sent ${swapAt - at} ms before the swap`);
      }
    }
    const counts = new Map<number, number>();
    for (const s of sources) {
      if (!s.hasVisibleResponse) continue; // counted as lost above
      const m = /(\d+) articles/.exec(textOf(s.visibleMessages[0]));
      const n = m ? Number(m[1]) : -1;
      counts.set(n, (counts.get(n) ?? 0) + 1);
      check(n === oldArticles || n === oldArticles * 2, `/sources showed ${n} articles (half-built?)`);
      if (n === oldArticles * 2) check(sentAt(s) >= swapAt, '/sources showed the new corpus before the swap');
    }
    const reloadMs = /in (\d+) ms/.exec(report)?.[1];
    console.log(
      `soak 2 reload: ${oldArticles} → ${newArticles} articles in ${reloadMs} ms; answers sent before the swap ${before}, after ${after}; ` +
        `${citingNew} answers cited a new file (all after the swap); /sources counts ${[...counts].map(([n, c]) => `${n}×${c}`).join(', ')}`,
    );
    const errors = h.logs.filter((l) => (l.level as number) >= 50);
    check(errors.length === 0, `${errors.length} error log lines: ${JSON.stringify(errors.slice(0, 3))}`);
    console.log(`soak: RSS ${Math.round(rss0 / 2 ** 20)} → ${Math.round(process.memoryUsage().rss / 2 ** 20)} MB; ${h.fake.requests.length} REST calls; total ${Math.round(performance.now() - t0)} ms`);
  } finally {
    await h.stop();
    await corpus.remove();
  }
  clearTimeout(bound);
  if (failures.length) {
    console.error(`soak: ${failures.length} check(s) failed:\n  ${failures.slice(0, 20).join('\n  ')}`);
    process.exit(1);
  }
  console.log('soak: all checks passed');
}

main().catch((e: unknown) => {
  console.error('soak failed:', e);
  process.exit(1);
});
