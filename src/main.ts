/**
 * `npm start`: with DISCORD_TOKEN, the Discord bot; without, the local console on the same corpus.
 * Configuration problems are printed one per line and exit 1; so does a token Discord rejects.
 */
import { loadConfigOrReport, type Config } from './config.js';
import { Archivist } from './service/Archivist.js';
import { openKnowledgeBase } from './index/openKnowledgeBase.js';
import { KnowledgeBase } from './index/KnowledgeBase.js';
import { buildProgress } from './console/progress.js';
import { runConsole } from './console/runConsole.js';
import { startBot, BotStartError } from './discord/bot.js';
import { createLogger } from './discord/logger.js';
import { runMain } from './runMain.js';

async function main(): Promise<number> {
  const config = loadConfigOrReport({ requireDiscord: false });
  if (!config) return 1;
  if (!config.discord) {
    console.error(`archivist: no DISCORD_TOKEN set, so the local console runs on ${config.corpusDir} (type /help; /quit or end of input to leave)`);
    const archivist = await openCorpus(config);
    if (!archivist) return 1;
    await runConsole({ archivist });
    return 0;
  }
  const logger = createLogger(config.logLevel);
  const archivist = await openCorpus(config);
  if (!archivist) return 1;
  logger.info({ corpus: config.corpusDir, articles: archivist.knowledgeBase.articles.length, warnings: archivist.knowledgeBase.warnings.length, analysisWorkers: archivist.knowledgeBase.analysisWorkers }, 'corpus loaded');
  let bot;
  try {
    bot = await startBot({ config, archivist, logger });
  } catch (e) {
    console.error(`archivist: ${e instanceof BotStartError ? e.message : (e as Error).message}`);
    return 1;
  }
  const stop = (signal: string): void => {
    logger.info({ signal, inFlight: bot.handler.pending }, 'shutting down');
    bot.stop().then(
      () => {
        logger.info('stopped');
        logger.flush();
        process.exit(0);
      },
      (e: unknown) => {
        logger.error({ err: e }, 'shutdown failed');
        process.exit(1);
      },
    );
  };
  process.once('SIGINT', () => stop('SIGINT'));
  process.once('SIGTERM', () => stop('SIGTERM'));
  return new Promise<number>(() => undefined);
}

async function openCorpus(config: Config): Promise<Archivist | undefined> {
  const snapshot = config.snapshotFile;
  const progress = buildProgress();
  let first = true;
  // The first load shows progress and may start from the snapshot. A reload builds from the text
  // in slices while the bot keeps answering (reading a large snapshot would block it) and, with a
  // snapshot configured, saves the result as the new snapshot.
  const loader = async (dir: string): Promise<KnowledgeBase> => {
    const initial = first;
    first = false;
    const options = initial ? { onProgress: progress.onProgress } : {};
    const kb = snapshot
      ? await openKnowledgeBase(dir, {
          ...options,
          snapshot,
          rebuild: !initial,
          onSource: (source, detail) => console.error(`archivist: index ${source === 'snapshot' ? `loaded from ${snapshot}` : `built from ${dir}${detail ? ` (${detail})` : ''}`}`),
        })
      : await KnowledgeBase.load(dir, options);
    if (initial) progress.finish();
    return kb;
  };
  try {
    const archivist = await Archivist.open(config.corpusDir, loader);
    const kb = archivist.knowledgeBase;
    // The first few, then how many more: a large corpus can have a hundred (BBC News: its stories saved twice).
    for (const w of kb.warnings.slice(0, STARTUP_WARNINGS)) console.error(`archivist: warning: ${w.file}: ${w.reason}`);
    const more = kb.warnings.length - STARTUP_WARNINGS;
    if (more > 0) console.error(`archivist: … and ${more} more warning${more === 1 ? '' : 's'} (npm run archivist -- corpus lists them all)`);
    if (kb.articles.length === 0) console.error(`archivist: ${config.corpusDir} has no readable article yet: answers will be empty until /reload`);
    return archivist;
  } catch (e) {
    console.error(`archivist: ${(e as Error).message}`);
    return undefined;
  }
}

runMain(main);

/** Load warnings the local console prints at start. */
const STARTUP_WARNINGS = 10;
