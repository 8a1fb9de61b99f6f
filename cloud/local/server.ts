// The local runtime's HTTP face (PRODUCT.md): POST /cloud/<name> with X-OpenId (and POST /cloud/api with
// { call, input }, as the one cloud function takes it), GET /exports/<file>, the H5 app for everything else.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Envelope } from '../contract';
import { failure, handle, handleEvent, statusOf } from '../core/api';
import type { Deps } from '../core/deps';
import { EXPORTS_ROUTE, serveExport } from './exports';
import { DEFAULT_HTTP_SETTINGS, guardServer, hostGuard, misdirected, serverOptions, type HttpSettings } from './guards';
import type { LocalDeps } from './runtime';
import { serveStatic } from './static';
import { FILES_ROUTE, receiveUpload, serveUpload } from './uploads';

/** callFunction refuses payloads over 100 KB; the local runtime holds bodies to the same limit. */
const MAX_BODY_BYTES = 100 * 1024;

class BodyTooLarge extends Error {}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    if (Number(req.headers['content-length'] ?? 0) > MAX_BODY_BYTES) return reject(new BodyTooLarge());
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) {
        req.removeAllListeners('data');
        reject(new BodyTooLarge());
      } else chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function send(res: ServerResponse, envelope: Envelope<unknown>, status = statusOf(envelope)): void {
  const body = JSON.stringify(envelope);
  res.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8', 'Content-Length': Buffer.byteLength(body) });
  res.end(body);
}

async function callCloud(name: string, req: IncomingMessage, res: ServerResponse, deps: Deps): Promise<void> {
  if (req.method !== 'POST') return send(res, failure('METHOD_NOT_ALLOWED', '云函数只接受 POST 请求'));
  let input: unknown;
  try {
    const text = await readBody(req);
    input = text.trim() === '' ? {} : JSON.parse(text);
  } catch (error) {
    if (error instanceof BodyTooLarge) {
      send(res, failure('PAYLOAD_TOO_LARGE', `请求内容超过 ${MAX_BODY_BYTES / 1024} KB 上限`));
      return void req.resume();
    }
    return send(
      res,
      failure('INVALID_INPUT', '请求内容不是有效的 JSON', [{ path: '', code: 'invalid_json', message: String((error as Error).message) }]),
    );
  }
  const header = req.headers['x-openid'];
  const openid = typeof header === 'string' && header.trim() !== '' ? header.trim() : undefined;
  send(res, name === 'api' ? await handleEvent(input, openid, deps) : await handle(name, input, openid, deps));
}

interface LocalServerOptions {
  deps: LocalDeps;
  /** Folder of the H5 build; null serves the API only. */
  staticDir: string | null;
  /** Host check, timeouts, connection cap (config.ts reads them from the environment). */
  http?: HttpSettings;
}

export function createLocalServer({ deps, staticDir, http = DEFAULT_HTTP_SETTINGS }: LocalServerOptions): Server {
  const hosts = hostGuard(http.allowedHosts);
  const server = createServer(serverOptions(http), (req, res) => {
    if (!hosts.allows(req.headers.host)) return misdirected(res);
    const path = (req.url ?? '/').split('?')[0];
    const cloud = /^\/cloud\/([A-Za-z0-9_]+)$/.exec(path); // call names are plain identifiers
    const isGet = req.method === 'GET' || req.method === 'HEAD';
    const work = cloud
      ? callCloud(cloud[1], req, res, deps)
      : path === FILES_ROUTE
        ? receiveUpload(req, res, deps)
        : isGet && path.startsWith(FILES_ROUTE + '/')
          ? serveUpload(req, res, deps.uploads, deps.now)
          : isGet && path.startsWith(EXPORTS_ROUTE)
            ? serveExport(deps.files.dir, path.slice(EXPORTS_ROUTE.length), req, res)
            : staticDir && isGet
              ? serveStatic(staticDir, req, res)
              : Promise.resolve(send(res, failure('NOT_FOUND', '未找到该地址')));
    work.catch((error) => {
      console.error(error);
      if (!res.headersSent) send(res, failure('INTERNAL', '服务暂时出错，请稍后再试'));
      else res.destroy();
    });
  });
  guardServer(server, http, hosts);
  return server;
}

export function listen(server: Server, port: number, host = '127.0.0.1'): Promise<AddressInfo> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve(server.address() as AddressInfo));
  });
}
