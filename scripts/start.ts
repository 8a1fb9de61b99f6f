// `npm start`: builds the H5 app if it is missing, then serves it and every cloud function on the SQLite store.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { precompress } from '../cloud/local/compressed';
import { localConfig } from '../cloud/local/config';
import { openLocalDeps } from '../cloud/local/runtime';
import { createLocalServer, listen } from '../cloud/local/server';

const root = resolve(__dirname, '..');
const h5 = resolve(root, 'dist/h5');

async function main() {
  if (!existsSync(resolve(h5, 'index.html')) || process.env.REBUILD === '1') {
    console.log('正在构建 H5 应用（首次约半分钟）… building the H5 app');
    const build = spawnSync('npx', ['taro', 'build', '--type', 'h5'], { cwd: root, stdio: 'inherit' });
    if (build.status !== 0) process.exit(build.status ?? 1);
  }
  const config = localConfig();
  const deps = await openLocalDeps(config);
  const server = createLocalServer({ deps, staticDir: h5, http: config.http });
  const address = await listen(server, config.port);
  config.publicUrl ??= `http://127.0.0.1:${address.port}`; // the origin of the links in QR codes
  console.log(`幸福社区 local runtime: http://127.0.0.1:${address.port}/`);
  console.log(`  data: ${config.dataDir}   admins: ${[...config.adminOpenids].join(', ')}`);
  if (config.http.allowedHosts.length > 0) console.log(`  also answering for: ${config.http.allowedHosts.join(', ')}`);
  // Compressing now spares the first page load the wait; a request before it is done waits for its own file only.
  precompress(h5).catch((error) => console.error('precompressing the H5 app failed:', error));
  const stop = () => server.close(() => deps.store.close().then(() => process.exit(0)));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
