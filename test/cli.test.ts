/** The `archivist` command line, run as a user runs it: its JSON and its exit codes. */
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';

function cli(...args: string[]): { status: number | null; stdout: string } {
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli.ts', ...args], { encoding: 'utf8', env: { ...process.env, CORPUS_DIR: 'corpus', INDEX_SNAPSHOT: '' } });
  return { status: r.status, stdout: r.stdout };
}

describe('archivist CLI', () => {
  it('ask --json: one JSON object with the cited source; exit 0', () => {
    const r = cli('ask', '--json', 'who flew to Doha for the start of the talks');
    expect(r.status).toBe(0);
    const json = JSON.parse(r.stdout.trim().split('\n').at(-1)!);
    expect(json).toMatchObject({ answered: true, sources: [{ file: '004_498ab2b590156276.txt' }] });
    expect(json.answer).toContain('Mike Pompeo');
  }, 30_000);

  it('timeline piped into a reader that stops early ("| head -1"): exit 0, no stack trace', () => {
    const r = spawnSync('sh', ['-c', `"${process.execPath}" --import tsx src/cli.ts timeline | head -c 20`], { encoding: 'utf8', env: { ...process.env, CORPUS_DIR: 'corpus', INDEX_SNAPSHOT: '' } });
    expect(r.stdout.length).toBe(20);
    expect(r.stderr).not.toMatch(/EPIPE|Unhandled/);
  }, 30_000);

  it('ask with an empty question: the problem in the JSON, exit 2', () => {
    const r = cli('ask', '--json', '');
    expect(r.status).toBe(2);
    expect(JSON.parse(r.stdout.trim().split('\n').at(-1)!)).toMatchObject({ answered: false, problem: 'The question is empty.' });
  }, 30_000);

  it('quote by a name nobody is quoted under: says whom it may have meant', () => {
    const r = cli('quote', '--speaker', 'Khal');
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('No quotation found. Did you mean: Zalmay Khalilzad?');
  }, 30_000);

  it('quote --json: what a speaker said nearest to a topic none of their quotations is on, apart from the quotations', () => {
    const r = cli('quote', '--json', '--speaker', 'khalilzad', 'opposition', 'safe', 'havens', 'not', 'handled', 'in', 'time');
    expect(r.status).toBe(0);
    const json = JSON.parse(r.stdout.trim().split('\n').at(-1)!);
    expect(json.quotes).toEqual([]);
    expect(json.closest.map((q: { text: string }) => q.text).join('\n')).toContain('The issue of sanctuaries for the opposition was not dealt with');
  }, 30_000);

  it('timeline with a topic of no words (punctuation only): the problem beside an empty list, exit 2', () => {
    const r = cli('timeline', '--json', '!!!');
    expect(r.status).toBe(2);
    expect(JSON.parse(r.stdout.trim().split('\n').at(-1)!)).toEqual({ events: [], problem: 'The topic has no words to search for (only common words, punctuation or symbols).' });
  }, 30_000);
});
