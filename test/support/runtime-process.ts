// The local runtime as a process of its own (for tests that kill it): DATA_DIR, ADMIN_OPENIDS and a fixed clock NOW from the environment; prints its port.
import { localConfig } from '../../cloud/local/config';
import { openLocalDeps } from '../../cloud/local/runtime';
import { createLocalServer, listen } from '../../cloud/local/server';

async function main() {
  const at = new Date(process.env.NOW!);
  const deps = await openLocalDeps(localConfig({ ...process.env, PORT: '0' }), () => at);
  const { port } = await listen(createLocalServer({ deps, staticDir: null }), 0);
  process.stdout.write(`${JSON.stringify({ port })}\n`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
