import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PassThrough, Readable } from 'node:stream';
import { beforeAll, describe, expect, it } from 'vitest';
import { Archivist } from '../../src/service/Archivist.js';
import { runConsole } from '../../src/console/runConsole.js';

let archivist: Archivist;
beforeAll(async () => {
  archivist = await Archivist.open('corpus');
});

async function drive(lines: string[], colour = false): Promise<string> {
  const output = new PassThrough();
  let out = '';
  output.on('data', (d: Buffer) => (out += d.toString()));
  await runConsole({ archivist, input: Readable.from([lines.join('\n') + '\n']), output, colour });
  return out;
}

describe('local console (runConsole with streams)', () => {
  it('runs the same commands as the bot, plain text when not a TTY, and ends at end of input', async () => {
    const out = await drive([
      '/ask how big are the afghan security and defence forces',
      '/ask any good pizza places in nyc',
      '/quote speaker:Khalilzad ceasefire',
      '/sources',
      '/help',
    ]);
    expect(out).toContain('numbering more than 350,000');
    expect(out).toContain('001_b732b1534980fd86.txt'); // not markdown-escaped on the console
    expect(out).toMatch(/does not answer/);
    expect(out).toMatch(/Quotations by Khalilzad on “ceasefire”/);
    expect(out).toContain('Zalmay Khalilzad');
    expect(out).toContain('8 articles, ');
    expect(out).toContain('/timeline');
    expect(out).toContain('to ask about one article, name it'); // /help names the article form
    expect(out).not.toMatch(/\x1b\[/);
  });

  it('pages with /next and /prev, accepts bare questions and quoted or full-name option values', async () => {
    const out = await drive(['/timeline', '/next', '/prev', '/prev', 'who mediates in Doha?', '/quote speaker:Zalmay Khalilzad prisoners', '/quote speaker:"Zalmay Khalilzad"', '/nope']);
    expect(out).toMatch(/page 1\/\d+/);
    expect(out).toMatch(/page 2\/\d+/);
    expect(out).toContain('That was the first page.');
    expect(out).toMatch(/Quotations by Zalmay Khalilzad on “prisoners”/);
    expect(out).toMatch(/Quotations by Zalmay Khalilzad\n/);
    expect(out).toMatch(/Unknown command \/nope/);
  });

  it('says why /next has nothing to turn: nothing shown yet, or a result of one page', async () => {
    const out = await drive(['/next', '/quote speaker:Ismail', '/next']);
    expect(out).toContain('Nothing to page through: run /quote, /timeline or /sources first.');
    expect(out).toContain('Nothing to page through: the last result has no more pages.');
  });

  it('splits bare words after /quote into a known speaker and the topic; words naming nobody are the topic', async () => {
    const out = await drive(['/quote Khalilzad prisoners', '/quote Zalmay Khalilzad truce', '/quote ceasefire', '/quote Nobody Atall', '/quote un peace talks', '/quote taliban official']);
    expect(out).toMatch(/Quotations by Khalilzad on “prisoners”/);
    expect(out).toMatch(/Quotations by Zalmay Khalilzad on “truce”/);
    expect(out).toMatch(/Quotations on “ceasefire”/);
    expect(out).toContain('The corpus has no quotation on “Nobody Atall”.');
    // A word that only starts a speaker's name is none ("un" of "UNHCR"); a quoted role is one.
    expect(out).toMatch(/Quotations on “un peace talks”/);
    expect(out).toMatch(/Quotations by taliban official\n/);
  });

  it('refuses an option longer than the command allows, as Discord does, and goes on', async () => {
    const out = await drive([`/ask ${'why '.repeat(1250)}`, '/ask who flew to Doha']);
    expect(out).toContain('The question is too long: 4999 characters, at most 400 (as in Discord).');
    expect(out).toContain('Mike Pompeo');
  });

  it('lists a phrase quoted inside a sentence when someone is named as saying it, marked (partial)', async () => {
    const out = await drive(['/quote speaker:Khalilzad topic:war is expensive']);
    expect(out).toMatch(/“war is expensive\.”\n— Zalmay Khalilzad \(partial\)/);
    // Reported speech is the article's words, not the speaker's: shown in its sentence, verbatim,
    // without quote marks of its own.
    expect(out).toMatch(/\nBut Khalilzad said if the Taliban fail to pursue a political settlement[^\n]*“we will support them”\.\n— Zalmay Khalilzad \(reported\)/);
  });

  it('refuses an option of another command instead of reading it as words ("/ask … topic:x")', async () => {
    const out = await drive(['/ask question:who flew to Doha? topic:x', '/sources topic:x', '/ask who was the speaker: Pompeo or Khalilzad?', 'what was the topic:peace or war?', '/ask who flew to Doha?']);
    expect(out).toContain('/ask has no option topic: (its options: question:).');
    expect(out).toContain('/sources has no option topic: (it takes no options).');
    // "speaker: Pompeo" (a space after the colon) is part of a question, and so is any bare line.
    expect(out).not.toContain('has no option speaker:');
    expect(out.match(/has no option/g)).toHaveLength(2);
    expect(out).toContain('Mike Pompeo');
  });

  it('says when a /timeline or /quote topic has no words to search for, instead of listing everything', async () => {
    const out = await drive(['/timeline topic:!!!', '/quote speaker:Khalilzad topic:the', '/timeline topic:peace talks']);
    expect(out.match(/The topic has no words to search for \(only common words, punctuation or symbols\)\./g)).toHaveLength(2);
    expect(out).not.toMatch(/Timeline: !!!/);
    expect(out).toMatch(/Timeline: peace talks/);
  });

  it('cites a later story of a page by its id (file#n), in answers and in /sources', async () => {
    const out = await drive(['/ask where did Turkish intelligence capture the Daesh member?', '/sources']);
    // File 000 holds four stories; the Daesh capture is the second.
    expect(out).toMatch(/Durand Line[\s\S]*— Turkish intelligence captures a Daesh member near the Durand Line — .*000_7947b005a03511ba\.txt#2/);
    expect(out).toMatch(/000_7947b005a03511ba\.txt#4/);
  });

  it('takes a named speaker whole when no shorter run of its words names someone quoted', async () => {
    const out = await drive(['/quote speaker:Mehmet Goren', '/quote speaker:Zalmai Khalilzad', '/quote speaker:Khalilzad prisoners', '/quote speaker:Khal topic:ceasefire', '/quote speaker:Ash Carter']);
    // Nobody quotes "Mehmet Goren" (he is the captured Daesh member): not "by Mehmet on “Goren”".
    expect(out).toContain('The corpus has no quotation by Mehmet Goren.');
    // File 001's spelling of the envoy's given name is one letter off the canonical "Zalmay".
    expect(out).toMatch(/Quotations by Zalmai Khalilzad\n/);
    expect(out).toMatch(/Quotations by Khalilzad on “prisoners”/);
    // A one-word prefix autocomplete completes to one speaker is that speaker, as a Discord user
    // picks it; not when more words were typed for the speaker ("Ash Carter" is not Ashraf Ghani).
    expect(out).toMatch(/Quotations by Zalmay Khalilzad on “ceasefire”/);
    expect(out).toContain('The corpus has no quotation by Ash Carter.');
    // …and says whom a name that found nobody may have meant.
    expect(out).toContain('Did you mean: Ashraf Ghani?');
    expect(out).not.toMatch(/no quotation by Mehmet Goren\.\s*Did you mean/);
  });

  it('shows what a speaker said nearest to a topic none of their quotations is on, as such, and suggests no other name for them', async () => {
    const out = await drive(['/quote speaker:khalilzad topic:opposition safe havens not handled in time', '/quote speaker:khalilzad topic:pizza']);
    expect(out).toMatch(/No quotation on that topic\nNo quotation by khalilzad on “opposition safe havens not handled in time” matches the topic closely\. Closest of what they said:\n\n/);
    expect(out).toContain('The issue of sanctuaries for the opposition was not dealt with');
    expect(out).toContain('The corpus has no quotation by khalilzad on “pizza”.');
    expect(out).not.toContain('Did you mean: Zalmay Khalilzad?');
  });

  it('lets a free-text value run on over several words ("/timeline topic:peace talks")', async () => {
    const out = await drive(['/timeline topic:peace talks', '/quote speaker:Khalilzad topic:peace deal', '/quote topic:peace deal']);
    expect(out).toMatch(/Timeline: peace talks\n/);
    expect(out).toMatch(/Quotations by Khalilzad on “peace deal”/);
    expect(out).toMatch(/Quotations on “peace deal”/);
  });

  it('on a TTY, recalls earlier lines with ↑, from this session and the last one, and keeps them for the next', async () => {
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'archivist-history-')), 'history');
    writeFileSync(file, '/sources\nhow big are the afghan security and defence forces\n');
    const output = new PassThrough();
    let out = '';
    output.on('data', (d: Buffer) => (out += d.toString()));
    // ↑ then Enter: the last line of the previous session; then /help, then ↑ ↑ Enter: the question again.
    const input = Readable.from(['\x1b[A\r', '/help\r', '\x1b[A\x1b[A\r', '/quit\r']);
    await runConsole({ archivist, input, output, prompt: true, colour: false, historyFile: file });
    expect(out.match(/numbering more than 350,000/g)).toHaveLength(2);
    expect(out).toContain('/timeline'); // /help ran
    const saved = readFileSync(file, 'utf8').trim().split('\n');
    expect(saved).toEqual(['/sources', '/help', 'how big are the afghan security and defence forces', '/quit']);
    expect(statSync(file).mode & 0o077).toBe(0);
  });

  it('a console without a writable history file still runs', async () => {
    const output = new PassThrough();
    let out = '';
    output.on('data', (d: Buffer) => (out += d.toString()));
    const historyFile = path.join(tmpdir(), 'no-such-dir-archivist', 'history');
    await runConsole({ archivist, input: Readable.from(['/help\r', '/quit\r']), output, prompt: true, colour: false, historyFile });
    expect(out).toContain('/timeline');
  });

  it('colours on request (TTY) and the console user may /reload', async () => {
    const out = await drive(['/ask how big are the afghan security and defence forces', '/reload'], true);
    expect(out).toContain('\x1b[1m350,000\x1b[22m');
    expect(out).toContain('Corpus reloaded');
    expect(out).toContain('No file was added, removed or changed.'); // not three empty lists
    expect(out).not.toMatch(/Added \(0\)/);
  });

  it('npx tsx src/main.ts without a token says so in one line and serves piped stdin', async () => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
      env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', DISCORD_TOKEN: '', CORPUS_DIR: path.resolve('corpus') },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.stdin.end('/ask how big are the afghan security and defence forces\n/timeline\n');
    const code = await new Promise<number | null>((r) => child.on('exit', (c) => r(c)));
    expect(code).toBe(0);
    expect(stderr.trim().split('\n')).toHaveLength(1);
    expect(stderr).toMatch(/no DISCORD_TOKEN set, so the local console runs/);
    expect(stdout).toContain('350,000');
    expect(stdout).toMatch(/2019-12-04 — U\.S\. peace envoy Zalmay Khalilzad arrived in Kabul/);
  });
});
