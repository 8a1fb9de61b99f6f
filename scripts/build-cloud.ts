// `npm run build:cloud`: one folder per cloud function under dist/cloudfunctions, ready for WeChat DevTools to upload.
import { build } from 'esbuild';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { CALL_NAMES, CALLS } from '../cloud/core/registry';

const root = resolve(__dirname, '..');
const CLOUD_OUT = join(root, 'dist/cloudfunctions');

/** Every package some function installs itself: left out of every bundle. */
const INSTALLED = ['wx-server-sdk', ...new Set(CALL_NAMES.flatMap((name) => CALLS[name].cloud.dependencies ?? []))];

export async function buildCloudFunctions(outDir = CLOUD_OUT): Promise<string[]> {
  const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  const versionOf = (pkg: string): string => manifest.dependencies[pkg] ?? manifest.devDependencies[pkg];
  rmSync(outDir, { recursive: true, force: true });
  for (const name of CALL_NAMES) {
    const dir = join(outDir, name);
    mkdirSync(dir, { recursive: true });
    await build({
      stdin: {
        contents: `module.exports.main = require('./cloud/wx/entry').makeMain(${JSON.stringify(name)});`,
        resolveDir: root,
        loader: 'js',
      },
      bundle: true,
      platform: 'node',
      target: 'node16',
      format: 'cjs',
      external: INSTALLED, // installed by WeChat from the function's package.json
      outfile: join(dir, 'index.js'),
      logLevel: 'warning',
    });
    // Only what the registry says this call needs, so WeChat installs and grants no more than that.
    const needs = CALLS[name].cloud;
    const packages = ['wx-server-sdk', ...(needs.dependencies ?? [])];
    const dependencies = Object.fromEntries(packages.map((pkg) => [pkg, versionOf(pkg)]));
    const pkg = { name, version: '1.0.0', private: true, main: 'index.js', dependencies };
    writeFileSync(join(dir, 'package.json'), JSON.stringify(pkg, null, 2) + '\n');
    writeFileSync(join(dir, 'config.json'), JSON.stringify({ permissions: { openapi: needs.openapi ?? [] } }, null, 2) + '\n');
  }
  return CALL_NAMES.map((n) => join(outDir, n));
}

if (require.main === module) {
  buildCloudFunctions().then(
    (dirs) => console.log(`built ${dirs.length} cloud functions into ${CLOUD_OUT}:\n  ${dirs.map((d) => d.slice(root.length + 1)).join('\n  ')}`),
    (error) => {
      console.error(error);
      process.exit(1);
    },
  );
}
