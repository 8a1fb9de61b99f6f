// The local server's guards: the Host check against DNS rebinding, timeouts for slow requests, a cap on connections per client.
import type { Server, ServerOptions, ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import type { Duplex } from 'node:stream';

export interface HttpSettings {
  /** Host names (optionally with :port) accepted besides the loopback address served on, e.g. behind a proxy. */
  allowedHosts: readonly string[];
  /** Headers and body of a request must arrive within this many milliseconds. */
  requestTimeoutMs: number;
  /** Open connections one client address may hold; the next ones are closed at once. */
  maxConnectionsPerClient: number;
}

export const DEFAULT_HTTP_SETTINGS: HttpSettings = { allowedHosts: [], requestTimeoutMs: 5000, maxConnectionsPerClient: 64 };

const HOST_ENTRY = /^(\[[0-9a-f:.]+\]|[a-z0-9]([a-z0-9.-]*[a-z0-9])?)(:\d{1,5})?$/;

/** ALLOWED_HOSTS: comma-separated `name` (any port) or `name:port`; anything else is a configuration error. */
export function parseAllowedHosts(value: string | undefined): string[] {
  const hosts = (value ?? '')
    .split(',')
    .map((h) => h.trim().toLowerCase())
    .filter(Boolean);
  for (const host of hosts) {
    if (!HOST_ENTRY.test(host))
      throw new Error(`ALLOWED_HOSTS takes host names such as "xingfu.example.org" or "xingfu.example.org:8443", got "${host}"`);
  }
  return hosts;
}

/** `name` of `name:port`, `[::1]` of `[::1]:port`. */
function hostName(host: string): string {
  const colon = host.lastIndexOf(':');
  return colon === -1 || colon < host.lastIndexOf(']') ? host : host.slice(0, colon);
}

export interface HostGuard {
  allows(host: string | undefined): boolean;
  /** Adds the names the server is reachable at once it listens (the port is known only then). */
  servesOn(address: AddressInfo): void;
}

export function hostGuard(extra: readonly string[]): HostGuard {
  const exact = new Set<string>();
  const anyPort = new Set<string>();
  for (const host of extra) (hostName(host) === host ? anyPort : exact).add(host);
  return {
    allows(host) {
      if (host === undefined) return false;
      if (exact.has(host)) return true; // the usual case costs one lookup
      const lower = host.toLowerCase();
      return exact.has(lower) || (anyPort.size > 0 && anyPort.has(hostName(lower)));
    },
    servesOn({ address, port }) {
      const names = ['127.0.0.1', 'localhost', '[::1]'];
      if (address !== '0.0.0.0' && address !== '::') names.push(address.includes(':') ? `[${address}]` : address);
      for (const name of names) {
        exact.add(`${name}:${port}`);
        if (port === 80) exact.add(name); // browsers leave the default port out
      }
    },
  };
}

/** One error answer written straight to a socket, for failures that happen before there is a response object. */
function rawAnswer(status: number, reason: string, code: string, message: string): string {
  const body = JSON.stringify({ ok: false, error: { code, message } });
  return `HTTP/1.1 ${status} ${reason}\r\nContent-Type: application/json; charset=utf-8\r\nContent-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`;
}

const MISDIRECTED_BODY = JSON.stringify({
  ok: false,
  error: {
    code: 'MISDIRECTED_REQUEST',
    message: '请求的主机名（Host）不是本服务的地址，已拒绝。如经反向代理访问，请把该主机名加入 ALLOWED_HOSTS',
  },
});

/** 421: the Host names another site, as a DNS-rebinding page would send. */
export function misdirected(res: ServerResponse): void {
  res.writeHead(421, { 'Content-Type': 'application/json; charset=utf-8', 'Content-Length': Buffer.byteLength(MISDIRECTED_BODY) });
  res.end(MISDIRECTED_BODY);
}

/** Node enforces the timeouts itself (no timer per request); it checks every connection at this interval. */
export function serverOptions({ requestTimeoutMs }: HttpSettings): ServerOptions {
  return {
    requireHostHeader: false, // the Host check answers a missing Host itself, in the envelope
    requestTimeout: requestTimeoutMs,
    headersTimeout: requestTimeoutMs,
    connectionsCheckingInterval: Math.max(50, Math.min(1000, Math.floor(requestTimeoutMs / 4))),
  };
}

/** Node's own answers to broken or slow requests, in the envelope. */
function clientErrorAnswers(settings: HttpSettings): Record<string, string> {
  const seconds = Math.round(settings.requestTimeoutMs / 100) / 10;
  return {
    ERR_HTTP_REQUEST_TIMEOUT: rawAnswer(408, 'Request Timeout', 'REQUEST_TIMEOUT', `请求未在 ${seconds} 秒内传完，已断开，请重试`),
    HPE_HEADER_OVERFLOW: rawAnswer(431, 'Request Header Fields Too Large', 'HEADERS_TOO_LARGE', '请求头过大'),
    default: rawAnswer(400, 'Bad Request', 'BAD_REQUEST', '请求格式有误'),
  };
}

function answerClientErrors(server: Server, settings: HttpSettings): void {
  const answers = clientErrorAnswers(settings);
  server.on('clientError', (error: NodeJS.ErrnoException, socket: Duplex) => {
    // Node's own check: answer only if the in-flight response (if any) has written nothing yet.
    const inFlight = (socket as Duplex & { _httpMessage?: ServerResponse | null })._httpMessage;
    if (error.code === 'ECONNRESET' || !socket.writable || inFlight?.headersSent) return void socket.destroy();
    socket.end(answers[error.code ?? ''] ?? answers.default, () => socket.destroy());
  });
}

/** Counted per connection, not per request: one client address cannot hold every socket. */
function capConnectionsPerClient(server: Server, max: number): void {
  const open = new Map<string, number>();
  server.on('connection', (socket: Socket) => {
    const client = socket.remoteAddress ?? '';
    const count = open.get(client) ?? 0;
    if (count >= max) return void socket.destroy();
    open.set(client, count + 1);
    socket.once('close', () => {
      const left = (open.get(client) ?? 1) - 1;
      if (left === 0) open.delete(client);
      else open.set(client, left);
    });
  });
}

/** Wires the guards that act on the server rather than on each request. */
export function guardServer(server: Server, settings: HttpSettings, hosts: HostGuard): void {
  server.on('listening', () => {
    const address = server.address();
    if (address && typeof address === 'object') hosts.servesOn(address);
  });
  answerClientErrors(server, settings);
  capConnectionsPerClient(server, settings.maxConnectionsPerClient);
}
