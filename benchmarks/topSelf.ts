/**
 * Top self-time functions of a V8 CPU profile (.cpuprofile, as written by `node --cpu-prof` or by
 * benchmarks/profile.ts), and self time per package / source folder.
 *   npx tsx benchmarks/topSelf.ts FILE.cpuprofile [N]
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  hitCount?: number;
}
export interface CpuProfile {
  nodes: ProfileNode[];
  samples?: number[];
  timeDeltas?: number[];
  startTime: number;
  endTime: number;
}

export interface SelfTime {
  name: string;
  where: string;
  ms: number;
  share: number;
}

/** Self time by function and by package (node_modules/<pkg>) or source folder, largest first. */
export function selfTimes(profile: CpuProfile): { functions: SelfTime[]; groups: SelfTime[]; total_ms: number } {
  const byNode = new Map<number, number>();
  const samples = profile.samples ?? [];
  const deltas = profile.timeDeltas ?? [];
  for (let i = 0; i < samples.length; i++) byNode.set(samples[i]!, (byNode.get(samples[i]!) ?? 0) + (deltas[i] ?? 0) / 1000);
  const fn = new Map<string, SelfTime>();
  const grp = new Map<string, SelfTime>();
  let total = 0;
  for (const node of profile.nodes) {
    const ms = byNode.get(node.id) ?? 0;
    if (ms === 0) continue;
    total += ms;
    const { functionName, url, lineNumber } = node.callFrame;
    const where = url ? `${shorten(url)}:${lineNumber + 1}` : '';
    const key = `${functionName}@${where}`;
    const f = fn.get(key) ?? { name: functionName || '(anonymous)', where, ms: 0, share: 0 };
    f.ms += ms;
    fn.set(key, f);
    const g = groupOf(url, functionName);
    const gr = grp.get(g) ?? { name: g, where: '', ms: 0, share: 0 };
    gr.ms += ms;
    grp.set(g, gr);
  }
  const finish = (m: Map<string, SelfTime>) =>
    [...m.values()].map((x) => ({ ...x, ms: Math.round(x.ms), share: Math.round((1000 * x.ms) / Math.max(1, total)) / 10 })).sort((a, b) => b.ms - a.ms);
  return { functions: finish(fn), groups: finish(grp), total_ms: Math.round(total) };
}

function shorten(url: string): string {
  const nm = url.lastIndexOf('node_modules/');
  if (nm >= 0) return url.slice(nm + 'node_modules/'.length);
  const src = url.search(/\/(src|benchmarks)\//);
  return src >= 0 ? url.slice(src + 1) : url.replace(/^file:\/\//, '');
}

function groupOf(url: string, name: string): string {
  if (!url) return name.startsWith('(') ? name : '(native/builtin)';
  const m = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (m) return m[1]!;
  const s = /\/(src\/[^/]+)\//.exec(url);
  if (s) return s[1]!;
  if (url.startsWith('node:')) return 'node:internal';
  return shorten(url);
}

export function formatTop(title: string, profile: CpuProfile, n = 15): string {
  const { functions, groups, total_ms } = selfTimes(profile);
  const lines = [`${title}: ${total_ms} ms sampled`, '  self ms   share  function (where)'];
  for (const f of functions.slice(0, n)) lines.push(`  ${String(f.ms).padStart(7)}  ${f.share.toFixed(1).padStart(5)}%  ${f.name}${f.where ? ` (${f.where})` : ''}`);
  lines.push('  by package / folder:');
  for (const g of groups.slice(0, 8)) lines.push(`  ${String(g.ms).padStart(7)}  ${g.share.toFixed(1).padStart(5)}%  ${g.name}`);
  return lines.join('\n');
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const file = process.argv[2];
  if (!file) {
    console.error('usage: npx tsx benchmarks/topSelf.ts FILE.cpuprofile [N]');
    process.exit(2);
  }
  console.log(formatTop(file, JSON.parse(readFileSync(file, 'utf8')) as CpuProfile, Number(process.argv[3] ?? 15)));
}
