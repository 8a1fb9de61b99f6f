// Prints the weapp package sizes against the budget (main ≤ 600 KB; WeChat's cap 2 MB per package).
// Run after `taro build --type weapp` (production); exits non-zero only above the 2 MB cap.
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';

const WEAPP = path.resolve(__dirname, '../dist/weapp');
const H5 = path.resolve(__dirname, '../dist/h5');
const KB = 1024;
const MAIN_BUDGET = 600 * KB;
const WECHAT_CAP = 2 * KB * KB;

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? filesUnder(full) : [full];
  });
}

const kb = (bytes: number) => `${(bytes / KB).toFixed(1)} KB`;
const line = (name: string, bytes: number, note: string) => console.log(`${name.padEnd(28)} ${kb(bytes).padStart(10)}  ${note}`);

if (!existsSync(path.join(WEAPP, 'app.json'))) {
  console.error('dist/weapp/app.json not found: run `npx taro build --type weapp` first.');
  process.exit(1);
}

const app = JSON.parse(readFileSync(path.join(WEAPP, 'app.json'), 'utf8'));
const roots: string[] = (app.subPackages ?? app.subpackages ?? []).map((p: { root: string }) => p.root.replace(/\/$/, ''));
const sizes = new Map<string, number>([['main', 0], ...roots.map((r): [string, number] => [r, 0])]);

for (const file of filesUnder(WEAPP)) {
  const rel = path.relative(WEAPP, file).split(path.sep).join('/');
  const owner = roots.find((r) => rel === r || rel.startsWith(`${r}/`)) ?? 'main';
  sizes.set(owner, (sizes.get(owner) ?? 0) + statSync(file).size);
}

let overCap = false;
console.log('weapp packages (dist/weapp)');
for (const [name, bytes] of sizes) {
  const budget = name === 'main' ? MAIN_BUDGET : WECHAT_CAP;
  if (bytes > WECHAT_CAP) overCap = true;
  const verdict =
    bytes > WECHAT_CAP
      ? `OVER WeChat's 2 MB cap`
      : bytes > budget
        ? `over the ${kb(budget)} budget (cap 2048.0 KB)`
        : `within ${kb(budget)}${name === 'main' ? ' budget' : ' cap'}`;
  line(name === 'main' ? 'main package' : `subpackage ${name}`, bytes, verdict);
}
const total = [...sizes.values()].reduce((a, b) => a + b, 0);
line('total', total, '');

if (existsSync(H5)) {
  line(
    'h5 build (dist/h5)',
    filesUnder(H5).reduce((sum, f) => sum + statSync(f).size, 0),
    'for reference',
  );
}

process.exit(overCap ? 1 : 0);
