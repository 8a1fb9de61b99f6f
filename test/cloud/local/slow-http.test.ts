// Slow or greedy clients: a request that stalls is answered 408 within REQUEST_TIMEOUT_MS; one address holds at most MAX_CONNECTIONS_PER_CLIENT sockets.
import { YEAR } from '../../support/assessment';
import { exchange, openSocket, parseRaw, serve, type Served } from './http-harness';

let rt: Served;
let logged: jest.SpyInstance;
beforeEach(() => (logged = jest.spyOn(console, 'error')));
afterEach(async () => {
  const errors = logged.mock.calls;
  logged.mockRestore();
  await rt.stop();
  expect(errors).toEqual([]); // cut-off requests are no server errors
});

const TIMEOUT_MS = 600;
const head = (port: number, length: number) =>
  `POST /cloud/submitResponse HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nX-OpenId: slow-1\r\nContent-Type: application/json\r\nContent-Length: ${length}\r\n\r\n`;
const body = JSON.stringify({ communityId: 'dinghai-beiyuan', answers: { awareness: 'aware', satisfaction: 'satisfied' } });

describe('timeouts', () => {
  beforeEach(async () => void (rt = await serve({ REQUEST_TIMEOUT_MS: String(TIMEOUT_MS) })));

  test('headers and half a body, then nothing: 408 REQUEST_TIMEOUT and the socket is closed, nothing stored', async () => {
    const answer = await exchange(await openSocket(rt.port), head(rt.port, body.length) + body.slice(0, 20));
    const { status, body: envelope } = parseRaw(answer.text);
    expect(status).toBe(408);
    expect(envelope).toEqual({ ok: false, error: { code: 'REQUEST_TIMEOUT', message: expect.stringContaining('0.6 秒') } });
    expect(answer.elapsed).toBeGreaterThanOrEqual(TIMEOUT_MS - 50);
    expect(answer.elapsed).toBeLessThan(TIMEOUT_MS + 1000);
    expect(await rt.deps.store.getTallies(YEAR)).toEqual([]);
  });

  test('a body trickled a byte at a time past the deadline is cut off too', async () => {
    const socket = await openSocket(rt.port);
    const answer = exchange(socket, head(rt.port, body.length));
    let sent = 0;
    const trickle = setInterval(() => (socket.writable && sent < body.length ? socket.write(body[sent++]) : clearInterval(trickle)), 100);
    const { text, elapsed } = await answer;
    clearInterval(trickle);
    expect(parseRaw(text).status).toBe(408);
    expect(elapsed).toBeLessThan(TIMEOUT_MS + 1000);
  });

  test('headers that never end: 408 in the envelope', async () => {
    const answer = await exchange(await openSocket(rt.port), `GET / HTTP/1.1\r\nHost: 127.0.0.1:${rt.port}\r\nX-Slow: `);
    expect(parseRaw(answer.text)).toEqual({
      status: 408,
      body: { ok: false, error: { code: 'REQUEST_TIMEOUT', message: expect.any(String) } },
    });
    expect(answer.elapsed).toBeGreaterThanOrEqual(TIMEOUT_MS - 50);
    expect(answer.elapsed).toBeLessThan(TIMEOUT_MS + 1000);
  });

  test('a request sent in time is answered and stored', async () => {
    const answer = await exchange(
      await openSocket(rt.port),
      head(rt.port, body.length).replace('\r\n\r\n', '\r\nConnection: close\r\n\r\n') + body,
    );
    expect(parseRaw(answer.text).status).toBe(200);
    expect((await rt.deps.store.getTallies(YEAR))[0].counts.awareness).toEqual({ aware: 1 });
  });

  test('a connection that sends nothing is closed after the same time, so idle sockets are not held', async () => {
    const answer = await exchange(await openSocket(rt.port), '');
    expect(answer.elapsed).toBeLessThan(TIMEOUT_MS + 1000);
  });

  test('a malformed request line is 400 in the envelope, not a crash', async () => {
    const answer = await exchange(await openSocket(rt.port), 'NOT HTTP AT ALL\r\n\r\n');
    expect(parseRaw(answer.text)).toEqual({
      status: 400,
      body: { ok: false, error: { code: 'BAD_REQUEST', message: expect.any(String) } },
    });
  });
});

describe('connections per client address', () => {
  beforeEach(async () => void (rt = await serve({ MAX_CONNECTIONS_PER_CLIENT: '3' })));

  const whoami = (port: number) =>
    `POST /cloud/whoami HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nX-OpenId: a\r\nContent-Length: 2\r\nConnection: close\r\n\r\n{}`;

  /** The slot is freed when the server sees the close, a moment after the client does. */
  const servedWithin = async (ms: number) => {
    const until = Date.now() + ms;
    let status = 0;
    while (status !== 200 && Date.now() < until)
      status = parseRaw((await exchange(await openSocket(rt.port), whoami(rt.port))).text).status;
    return status;
  };

  test('the fourth socket from one address is closed unanswered; another address and freed slots are served', async () => {
    const held = [await openSocket(rt.port), await openSocket(rt.port), await openSocket(rt.port)];
    const refused = await exchange(await openSocket(rt.port), whoami(rt.port));
    expect(refused.text).toBe('');
    // Linux routes all of 127.0.0.0/8 to loopback: 127.0.0.2 is another client.
    const other = await exchange(await openSocket(rt.port, '127.0.0.2'), whoami(rt.port));
    expect(parseRaw(other.text).status).toBe(200);
    // A held socket still works, and closing it frees its slot.
    expect(parseRaw((await exchange(held[0], whoami(rt.port))).text).status).toBe(200);
    expect(await servedWithin(1000)).toBe(200);
    held.slice(1).forEach((socket) => socket.destroy());
  });
});
