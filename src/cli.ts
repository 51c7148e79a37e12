/**
 * `archivist` command line: ask | quote | timeline | speakers | corpus | index | console.
 * `--json` prints machine-readable output (a contract scripts rely on); otherwise text for people.
 */
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { KnowledgeBase } from './index/KnowledgeBase.js';
import { openKnowledgeBase } from './index/openKnowledgeBase.js';
import { writeSnapshot } from './index/snapshot.js';
import { corpusFingerprint } from './corpus/readCorpus.js';
import { answerQuestion } from './answer/answerQuestion.js';
import { askToJson, corpusToJson, quoteToJson, timelineEventToJson } from './present/json.js';
import { askToText } from './present/consoleText.js';
import { consoleFmt } from './present/consoleView.js';
import { loadConfig } from './config.js';
import { searchQuotes, listSpeakers, speakersLike } from './quotes/searchQuotes.js';
import { buildTimeline } from './timeline/buildTimeline.js';
import { timelineDateLabels } from './present/timelineDate.js';
import { didYouMean } from './present/textView.js';
import { topicProblem } from './answer/topicMatch.js';
import { quoteKindLabel, quotedText } from './present/quoteKind.js';
import { runConsole } from './console/runConsole.js';
import { buildProgress } from './console/progress.js';
import { Archivist } from './service/Archivist.js';
import { runMain } from './runMain.js';
import { prepareToServe } from './service/warmUp.js';

const USAGE = `usage: archivist <command> [--json] [args]
  ask [--json] [--stdin] QUESTION…          answer a question from the corpus (--stdin: one question per line)
  quote [--json] [--speaker NAME] [TOPIC…]  verbatim quotations, attributed
  speakers [--json]                         who is quoted, with counts
  timeline [--json] [TOPIC…]                dated events in calendar order
  corpus [--json]                           list the loaded articles and load warnings
  index --out FILE                          build the index and save it as a snapshot (INDEX_SNAPSHOT=FILE starts from it)
  console                                   the interactive console (same commands as the Discord bot)
Set CORPUS_DIR to read another corpus folder (default ./corpus).`;

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  const { values, positionals } = parseArgs({
    args: rest,
    allowPositionals: true,
    options: { json: { type: 'boolean', default: false }, stdin: { type: 'boolean', default: false }, speaker: { type: 'string' }, out: { type: 'string' } },
  });
  const config = loadConfig({ requireDiscord: false });
  if (!command || command === 'help' || command === '--help') {
    console.log(USAGE);
    return command ? 0 : 2;
  }
  const style = consoleFmt(process.stdout.isTTY === true);
  if (command === 'index') {
    if (!values.out) {
      console.error('archivist: index needs --out FILE');
      return 2;
    }
    const started = performance.now();
    const progress = buildProgress();
    const built = await KnowledgeBase.load(config.corpusDir, { onProgress: progress.onProgress });
    progress.finish();
    await writeSnapshot(built, values.out, await corpusFingerprint(config.corpusDir));
    console.log(`Indexed ${built.articles.length} articles, ${built.sentences.length} sentences in ${((performance.now() - started) / 1000).toFixed(1)} s → ${values.out}`);
    return 0;
  }
  const progress = buildProgress();
  const kb = await openKnowledgeBase(config.corpusDir, { onProgress: progress.onProgress, ...(config.snapshotFile ? { snapshot: config.snapshotFile } : {}) });
  progress.finish();
  switch (command) {
    case 'ask': {
      if (values.stdin) {
        const rl = createInterface({ input: process.stdin, crlfDelay: Infinity });
        for await (const line of rl) {
          const r = answerQuestion(kb, line);
          console.log(values.json ? JSON.stringify(askToJson(r)) : askToText(r, style) + '\n');
        }
        return 0;
      }
      const r = answerQuestion(kb, positionals.join(' '));
      console.log(values.json ? JSON.stringify(askToJson(r)) : askToText(r, style));
      // A question that could not be used (empty, only punctuation) is the caller's mistake: exit 2, as for bad usage.
      return r.problem ? 2 : 0;
    }
    case 'quote': {
      const topic = positionals.join(' ').trim() || undefined;
      if (topicProblem(topic)) return refuseTopic(topicProblem(topic)!, 'quotes', values.json);
      const { quotes, closest = [] } = searchQuotes(kb, { ...(values.speaker ? { speaker: values.speaker } : {}), ...(topic ? { topic } : {}) });
      const print = (q: (typeof quotes)[number]) => {
        const also = q.copies.length ? ` (also in ${q.copies.map((c) => c.articleId).join(', ')})` : '';
        console.log(`${q.sentence?.text ?? quotedText(q.text, q.kind)}\n  — ${q.speaker ?? 'unattributed'}${quoteKindLabel(q)}, ${style.dim(`${q.title}, ${q.published ?? 'undated'}, ${q.articleId}${also}`)}\n`);
      };
      if (values.json) {
        console.log(JSON.stringify({ quotes: quotes.map((q) => quoteToJson(kb, q)), closest: closest.map((q) => quoteToJson(kb, q)) }));
      } else if (quotes.length === 0 && closest.length > 0) {
        console.log('No quotation on that topic. Closest of what they said:\n');
        closest.forEach(print);
      } else if (quotes.length === 0) {
        const hint = didYouMean(values.speaker ? speakersLike(kb, values.speaker).map((s) => s.name) : []);
        console.log(`No quotation found.${hint ? ` ${hint}` : ''}`);
      } else {
        quotes.slice(0, 10).forEach(print);
      }
      return 0;
    }
    case 'speakers': {
      const speakers = listSpeakers(kb);
      if (values.json) console.log(JSON.stringify({ speakers }));
      else for (const s of speakers) console.log(`${String(s.quotes).padStart(4)}  ${s.name}`);
      return 0;
    }
    case 'timeline': {
      const topic = positionals.join(' ').trim() || undefined;
      if (topicProblem(topic)) return refuseTopic(topicProblem(topic)!, 'events', values.json);
      const { events } = buildTimeline(kb, topic ? { topic } : {});
      if (values.json) {
        console.log(JSON.stringify({ events: events.map((e) => timelineEventToJson(kb, e)) }));
      } else if (events.length === 0) {
        console.log('No dated event found.');
      } else {
        const labels = timelineDateLabels(events);
        events.forEach((e, i) => console.log(`${style.bold(labels[i]!.padEnd(21))}  ${e.text}  ${style.dim(`[${e.articleId}]`)}`));
      }
      return 0;
    }
    case 'console': {
      await prepareToServe(kb);
      await runConsole({ archivist: new Archivist(config.corpusDir, kb) });
      return 0;
    }
    case 'corpus': {
      if (values.json) console.log(JSON.stringify(corpusToJson(kb)));
      else {
        for (const a of kb.articles) console.log(`${a.published ?? '----------'}  ${a.id}  ${a.title}${a.outlet ? ` (${a.outlet})` : ''}`);
        for (const w of kb.warnings) console.log(`warning: ${w.file}: ${w.reason}`);
      }
      return 0;
    }
    default:
      console.error(`archivist: unknown command "${command}"\n${USAGE}`);
      return 2;
  }
}

/**
 * A topic with no words to search for is the caller's mistake (exit 2, as for a question): said on
 * stderr, or as `problem` beside an empty list in JSON.
 */
function refuseTopic(problem: string, list: 'quotes' | 'events', json: boolean | undefined): number {
  if (json) console.log(JSON.stringify({ [list]: [], problem }));
  else console.error(problem);
  return 2;
}

// "archivist timeline | head": the reader went away, which is no error of ours (EPIPE was thrown
// as an unhandled 'error' event).
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') process.exit(0);
  throw e;
});

runMain(() => main(process.argv.slice(2)));
