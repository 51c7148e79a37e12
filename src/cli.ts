/**
 * `archivist` command line: ask | quote | timeline | speakers | corpus | index | console.
 * `--json` prints machine-readable output (a contract scripts rely on); otherwise text for people.
 */
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { KnowledgeBase } from './index/KnowledgeBase.js';
import { answerQuestion } from './answer/answerQuestion.js';
import { askToJson, corpusToJson } from './present/json.js';
import { askToText, ansi, plain } from './present/consoleText.js';
import { loadConfig } from './config.js';

const USAGE = `usage: archivist <command> [--json] [args]
  ask [--json] [--stdin] QUESTION…     answer a question from the corpus (--stdin: one question per line)
  corpus [--json]                      list the loaded articles and load warnings
  console                              the interactive console (same commands as the Discord bot)
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
  const style = process.stdout.isTTY ? ansi : plain;
  const kb = await KnowledgeBase.load(config.corpusDir);
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

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    console.error(`archivist: ${(e as Error).message}`);
    process.exitCode = 1;
  },
);
