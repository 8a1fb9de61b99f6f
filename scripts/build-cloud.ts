// `npm run build:cloud`: the whole API as one cloud function, dist/cloudfunctions/api, ready for WeChat DevTools to upload.
import { build } from 'esbuild';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { CALL_NAMES, CALLS } from '../cloud/core/registry';

const root = resolve(__dirname, '..');
const CLOUD_OUT = join(root, 'dist/cloudfunctions');
export const FUNCTION_NAME = 'api';

/** The union of the registry rows' cloud needs: what the one function installs and is granted. */
export function cloudNeeds(): { dependencies: string[]; openapi: string[] } {
  const union = (pick: (name: (typeof CALL_NAMES)[number]) => readonly string[] | undefined) =>
    [...new Set(CALL_NAMES.flatMap((name) => pick(name) ?? []))].sort();
  return { dependencies: union((n) => CALLS[n].cloud.dependencies), openapi: union((n) => CALLS[n].cloud.openapi) };
}

/** Writes outDir/api (index.js, package.json, config.json); answers its folder. */
export async function buildCloudFunction(outDir = CLOUD_OUT): Promise<string> {
  const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  const versionOf = (pkg: string): string => manifest.dependencies[pkg] ?? manifest.devDependencies[pkg];
  const needs = cloudNeeds();
  const installed = ['wx-server-sdk', ...needs.dependencies];
  rmSync(outDir, { recursive: true, force: true });
  const dir = join(outDir, FUNCTION_NAME);
  mkdirSync(dir, { recursive: true });
  await build({
    stdin: { contents: `module.exports.main = require('./cloud/wx/entry').main;`, resolveDir: root, loader: 'js' },
    bundle: true,
    platform: 'node',
    target: 'node16',
    format: 'cjs',
    // Installed by WeChat from package.json; exceljs is also required only when a workbook is made (core/scorecards.ts).
    external: installed,
    outfile: join(dir, 'index.js'),
    logLevel: 'warning',
  });
  const dependencies = Object.fromEntries(installed.map((pkg) => [pkg, versionOf(pkg)]));
  const pkg = { name: FUNCTION_NAME, version: '1.0.0', private: true, main: 'index.js', dependencies };
  writeFileSync(join(dir, 'package.json'), JSON.stringify(pkg, null, 2) + '\n');
  const config = { permissions: { openapi: needs.openapi } };
  writeFileSync(join(dir, 'config.json'), JSON.stringify(config, null, 2) + '\n');
  return dir;
}

if (require.main === module) {
  buildCloudFunction().then(
    (dir) => console.log(`built the cloud function ${FUNCTION_NAME} (${CALL_NAMES.length} calls) into ${dir.slice(root.length + 1)}`),
    (error) => {
      console.error(error);
      process.exit(1);
    },
  );
}
