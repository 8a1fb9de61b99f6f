// The boundaries the layout promises, checked on the source: the pure core and the rubric import no
// platform, and the mini-program's main package never pulls zod in (it would blow the 600 KB budget).
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

const ROOT = resolve(__dirname, '../..');
const PLATFORM = ['@tarojs/', 'wx-server-sdk', 'better-sqlite3', 'react'];

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : /\.tsx?$/.test(name) ? [path] : [];
  });
}

/** The modules a file imports for their values (`import type` and `export type` are erased from bundles). */
function valueImports(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const specs: string[] = [];
  for (const m of text.matchAll(/^\s*(import|export)\s+(type\s+)?([^'";]*?\bfrom\s+)?['"]([^'"]+)['"]/gm)) {
    if (!m[2]) specs.push(m[4]);
  }
  for (const m of text.matchAll(/\brequire\(\s*['"]([^'"]+)['"]\s*\)/g)) specs.push(m[1]);
  return specs;
}

function resolveRelative(from: string, spec: string): string | null {
  const base = resolve(dirname(from), spec);
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, join(base, 'index.ts'), join(base, 'index.tsx')]) {
    if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  }
  return null;
}

/** Every package reached from `entries` through relative value imports, with the chain that reached it. */
function packagesReached(entries: string[]): Map<string, string[]> {
  const reached = new Map<string, string[]>();
  const seen = new Set<string>();
  const walk = (file: string, chain: string[]) => {
    if (seen.has(file)) return;
    seen.add(file);
    const here = [...chain, relative(ROOT, file)];
    for (const spec of valueImports(file)) {
      if (spec.startsWith('.')) {
        const target = resolveRelative(file, spec);
        if (target && !/\.(s?css)$/.test(spec)) walk(target, here);
      } else if (!reached.has(spec)) reached.set(spec, here);
    }
  };
  for (const entry of entries) walk(entry, []);
  return reached;
}

const platformIn = (reached: Map<string, string[]>) =>
  [...reached]
    .filter(([pkg]) => PLATFORM.some((p) => pkg === p || pkg.startsWith(p)))
    .map(([pkg, chain]) => `${pkg} ← ${chain.join(' ← ')}`);

test('rubric/ and cloud/core import no Taro, React, wx-server-sdk or better-sqlite3, directly or through other modules', () => {
  const entries = [
    ...filesUnder(join(ROOT, 'rubric')),
    ...filesUnder(join(ROOT, 'cloud/core')),
    ...filesUnder(join(ROOT, 'cloud/contract')),
  ];
  expect(entries.length).toBeGreaterThan(30);
  expect(platformIn(packagesReached(entries))).toEqual([]);
});

test('the main package of the mini-program (the app and its pages under src/pages) reaches no zod', () => {
  const entries = [join(ROOT, 'src/app.ts'), ...filesUnder(join(ROOT, 'src/pages'))];
  const reached = packagesReached(entries);
  expect(reached.has('react')).toBe(true); // the walk does follow the pages' imports
  const zod = [...reached]
    .filter(([pkg]) => pkg === 'zod' || pkg.startsWith('zod/'))
    .map(([pkg, chain]) => `${pkg} ← ${chain.join(' ← ')}`);
  expect(zod).toEqual([]);
});

test('the walk finds zod where it is: the contract’s schemas', () => {
  expect(packagesReached([join(ROOT, 'cloud/contract/index.ts')]).has('zod')).toBe(true);
  expect(packagesReached([join(ROOT, 'cloud/contract/rules/index.ts')]).has('zod')).toBe(false);
});
