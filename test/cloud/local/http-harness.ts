// The real local runtime started with chosen settings and H5 folder, spoken to with raw HTTP (fetch would normalise paths and Host).
import { request } from 'node:http';
import { connect, type Socket } from 'node:net';
import { localConfig } from '../../../cloud/local/config';
import { openLocalDeps } from '../../../cloud/local/runtime';
import { createLocalServer, listen } from '../../../cloud/local/server';
import { clock } from '../../support/assessment';
import { removeDataDir, tempDataDir, type TestRuntime } from '../../support/local-runtime';

export interface Served extends TestRuntime {
  port: number;
}

/** A runtime whose settings come from `env` (as `npm start` reads them), serving `staticDir`. */
export async function serve(env: Record<string, string> = {}, staticDir: string | null = null): Promise<Served> {
  const dataDir = tempDataDir();
  const config = localConfig({ PORT: '0', DATA_DIR: dataDir, ADMIN_OPENIDS: 'admin-1', ...env });
  const deps = await openLocalDeps(config, clock().now);
  const server = createLocalServer({ deps, staticDir, http: config.http });
  const { port } = await listen(server, 0);
  const url = `http://127.0.0.1:${port}`;
  const post = async (path: string, body: string, headers: Record<string, string> = {}) => {
    const res = await fetch(url + path, { method: 'POST', headers: { 'Content-Type': 'application/json', ...headers }, body });
    return { status: res.status, body: await res.json() };
  };
  return {
    url,
    port,
    dataDir,
    deps,
    post,
    call: (name, data = {}, openid = 'resident-1') =>
      post(`/cloud/${name}`, JSON.stringify(data), openid === null ? {} : { 'X-OpenId': openid }),
    stop: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(
          () =>
            void deps.store
              .close()
              .then(() => removeDataDir(dataDir))
              .then(resolve),
        );
      }),
  };
}

export interface Reply {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
}

export const json = (reply: Reply) => JSON.parse(reply.body.toString('utf8'));

/**
 * One request through node's client with the path sent as given; `Host` may be overridden,
 * or left out entirely with host: null.
 */
export function get(
  port: number,
  path: string,
  headers: Record<string, string> = {},
  options: { method?: string; host?: string | null; body?: string } = {},
): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const host = options.host === undefined ? `127.0.0.1:${port}` : options.host;
    const req = request(
      {
        host: '127.0.0.1',
        port,
        path,
        method: options.method ?? 'GET',
        setHost: false,
        agent: false,
        headers: host === null ? headers : { Host: host, ...headers },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
      },
    );
    req.on('error', reject);
    req.end(options.body);
  });
}

export interface RawAnswer {
  /** Everything the server sent before it closed the connection. */
  text: string;
  /** Milliseconds from sending to the close. */
  elapsed: number;
}

/** Opens a socket (optionally from another loopback address), waits until connected. */
export function openSocket(port: number, localAddress?: string): Promise<Socket> {
  return new Promise((resolve, reject) => {
    const socket = connect({ host: '127.0.0.1', port, localAddress }, () => resolve(socket));
    socket.once('error', reject);
  });
}

/** Sends `bytes` and collects the answer until the server closes the socket (or `giveUpMs` passes). */
export function exchange(socket: Socket, bytes: string, giveUpMs = 4000): Promise<RawAnswer> {
  return new Promise((resolve) => {
    const started = Date.now();
    let text = '';
    const done = () => {
      clearTimeout(timer);
      resolve({ text, elapsed: Date.now() - started });
    };
    const timer = setTimeout(() => {
      socket.destroy();
      done();
    }, giveUpMs);
    socket.on('data', (chunk) => (text += chunk.toString('utf8')));
    socket.on('close', done);
    socket.on('error', () => undefined); // a reset is an answer too: the text stays empty
    if (bytes) socket.write(bytes);
  });
}

/** Status and JSON body of a raw HTTP answer. */
export function parseRaw(text: string): { status: number; body: any } {
  const status = Number(/^HTTP\/1\.1 (\d{3})/.exec(text)?.[1] ?? 0);
  const body = text.slice(text.indexOf('\r\n\r\n') + 4);
  return { status, body: body ? JSON.parse(body) : null };
}
