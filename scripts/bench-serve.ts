// The bench's server processes: `baseline` (bare node:http parsing the same JSON) or `runtime` (the local runtime, API only).
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/** The floor every figure is read against: read the body, JSON.parse it, answer a small JSON. */
function baseline(): Server {
  return createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const input = JSON.parse(Buffer.concat(chunks).toString('utf8'));
      const body = JSON.stringify({ ok: true, data: { accepted: typeof input === 'object' } });
      res.writeHead(200, { 'Content-Type': 'application/json; charset=utf-8', 'Content-Length': Buffer.byteLength(body) });
      res.end(body);
    });
  });
}

async function runtime(): Promise<Server> {
  const { localConfig } = await import('../cloud/local/config');
  const { openLocalDeps } = await import('../cloud/local/runtime');
  const { createLocalServer } = await import('../cloud/local/server');
  return createLocalServer({ deps: await openLocalDeps(localConfig()), staticDir: null });
}

async function main(kind: string) {
  // A plain exit on kill, so --cpu-prof (BENCH_PROFILE) gets to write its profile.
  process.on('SIGTERM', () => process.exit(0));
  const server = kind === 'baseline' ? baseline() : kind === 'runtime' ? await runtime() : null;
  if (!server) throw new Error(`bench-serve: unknown server "${kind}"`);
  server.listen(0, '127.0.0.1', () => {
    // The parent reads this one line to learn the port.
    process.stdout.write(JSON.stringify({ port: (server.address() as AddressInfo).port }) + '\n');
  });
}

main(process.argv[2]).catch((error) => {
  console.error(error);
  process.exit(1);
});
