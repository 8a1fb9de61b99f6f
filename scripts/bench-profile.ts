// `npx tsx scripts/bench-profile.ts <file.cpuprofile>`: the functions with the most self and inclusive time, to read a BENCH_PROFILE run.
import { readFileSync } from 'node:fs';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
}

const profile: Profile = JSON.parse(readFileSync(process.argv[2], 'utf8'));
const top = Number(process.argv[3] ?? 30);
const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const parent = new Map<number, number>();
for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
const label = (n: ProfileNode) =>
  `${n.callFrame.functionName || '(anonymous)'} ${n.callFrame.url.replace(/^.*\/(node_modules|wt-[^/]+)\//, '$1/')}:${n.callFrame.lineNumber + 1}`;

const self = new Map<string, number>();
const inclusive = new Map<string, number>();
for (const id of profile.samples) {
  const leaf = byId.get(id)!;
  self.set(label(leaf), (self.get(label(leaf)) ?? 0) + 1);
  // Count each function once per sample, however deep it recurses.
  const seen = new Set<string>();
  for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
    const l = label(byId.get(at)!);
    if (!seen.has(l)) inclusive.set(l, (inclusive.get(l) ?? 0) + 1);
    seen.add(l);
  }
}
const total = profile.samples.length;
const print = (title: string, m: Map<string, number>) => {
  console.log(`${title} (of ${total} samples)`);
  for (const [l, n] of [...m].sort((a, b) => b[1] - a[1]).slice(0, top))
    console.log(`${((100 * n) / total).toFixed(1).padStart(6)}%  ${l}`);
};
print('self', self);
print('inclusive', inclusive);
