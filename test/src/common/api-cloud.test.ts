// The cloud client: envelopes in, data or ApiCallError out, on both transports.
import type { ApiCallError } from '../../../src/common/api/cloud';

type CloudModule = typeof import('../../../src/common/api/cloud') & { Taro: typeof import('../support/taro').default };

/** Loads the client as the given build would, since the transport is chosen at load time. */
function loadClient(env: 'h5' | 'weapp'): CloudModule {
  process.env.TARO_ENV = env;
  let mod: CloudModule | undefined;
  jest.isolateModules(() => {
    mod = { ...require('../../../src/common/api/cloud'), Taro: require('@tarojs/taro').default };
  });
  delete process.env.TARO_ENV;
  return mod!;
}

function answerWith(status: number, body: unknown) {
  return jest.fn(async () => ({ status, json: async () => body }) as unknown as Response);
}

afterEach(() => {
  localStorage.clear();
});

describe('callCloud in H5 (local mode)', () => {
  test('POSTs /cloud/<name> as the chosen identity and returns data', async () => {
    const fetchMock = answerWith(200, { ok: true, data: { communities: [] } });
    global.fetch = fetchMock;
    const { callCloud } = loadClient('h5');
    await expect(callCloud('listCommunities', {})).resolves.toEqual({ communities: [] });
    const [url, init] = fetchMock.mock.calls[0] as unknown as [string, RequestInit];
    expect(url).toBe('/cloud/listCommunities');
    expect(init.method).toBe('POST');
    expect(init.headers).toMatchObject({ 'Content-Type': 'application/json', 'X-OpenId': 'resident-1' });
    expect(JSON.parse(init.body as string)).toEqual({});
  });

  test('sends the identity stored by the switcher', async () => {
    const fetchMock = answerWith(200, { ok: true, data: { openid: 'dev-admin', roles: ['resident', 'admin'], communityId: null } });
    global.fetch = fetchMock;
    const { callCloud } = loadClient('h5');
    const { chooseOpenId } = require('../../../src/dev/identity');
    chooseOpenId(' dev-admin ');
    await callCloud('whoami', {});
    const init = (fetchMock.mock.calls[0] as unknown as [string, RequestInit])[1];
    expect(init.headers).toMatchObject({ 'X-OpenId': 'dev-admin' });
  });

  test('ok:false → ApiCallError with code, message and issues', async () => {
    const issues = [{ path: 'communityId', code: 'invalid_format', message: '社区编号格式不正确' }];
    global.fetch = answerWith(400, { ok: false, error: { code: 'INVALID_INPUT', message: '输入有误', issues } });
    const { callCloud, ApiCallError: ErrorClass } = loadClient('h5');
    const err = (await callCloud('getSurvey', { communityId: 'X' }).catch((e) => e)) as ApiCallError;
    expect(err).toBeInstanceOf(ErrorClass);
    expect(err).toMatchObject({ code: 'INVALID_INPUT', message: '输入有误', issues });
  });

  test('no answer → NETWORK, with a kind message about the signal', async () => {
    global.fetch = jest.fn(async () => {
      throw new TypeError('Failed to fetch');
    });
    const { callCloud } = loadClient('h5');
    const err = (await callCloud('whoami', {}).catch((e) => e)) as ApiCallError;
    expect(err.code).toBe('NETWORK');
    expect(err.message).toMatch(/信号/);
    expect(err.message).toMatch(/再试/);
  });

  test('an answer that is not an envelope → INTERNAL', async () => {
    global.fetch = jest.fn(async () => ({ status: 502, json: async () => Promise.reject(new Error('html')) }) as unknown as Response);
    const { callCloud } = loadClient('h5');
    await expect(callCloud('whoami', {})).rejects.toMatchObject({ code: 'INTERNAL' });
  });
});

describe('callCloud in the mini-program', () => {
  test('calls the one cloud function `api` with { call, input } and reads result.result', async () => {
    const { callCloud, Taro } = loadClient('weapp');
    const callFunction = jest.fn(async () => ({ result: { ok: true, data: { year: 2025, communities: [] } } }));
    (Taro.cloud as unknown as { callFunction: unknown }).callFunction = callFunction;
    await expect(callCloud('getIndicators', { year: 2025 })).resolves.toEqual({ year: 2025, communities: [] });
    expect(callFunction).toHaveBeenCalledTimes(1);
    expect(callFunction).toHaveBeenCalledWith({ name: 'api', data: { call: 'getIndicators', input: { year: 2025 } } });
  });

  test('an error envelope from the function → ApiCallError with its code', async () => {
    const { callCloud, Taro } = loadClient('weapp');
    const callFunction = jest.fn(async () => ({ result: { ok: false, error: { code: 'FORBIDDEN', message: '无权限' } } }));
    (Taro.cloud as unknown as { callFunction: unknown }).callFunction = callFunction;
    await expect(callCloud('listStaff', {})).rejects.toMatchObject({ code: 'FORBIDDEN', message: '无权限' });
    expect(callFunction).toHaveBeenCalledWith({ name: 'api', data: { call: 'listStaff', input: {} } });
  });

  test('a failed callFunction → NETWORK', async () => {
    const { callCloud, Taro } = loadClient('weapp');
    (Taro.cloud as unknown as { callFunction: unknown }).callFunction = jest.fn(async () => {
      throw new Error('cloud.callFunction:fail timeout');
    });
    await expect(callCloud('whoami', {})).rejects.toMatchObject({ code: 'NETWORK' });
  });
});
