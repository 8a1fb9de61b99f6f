// The fake callCloud holds the tests to the contract: an answer of a shape the contract does not allow fails.
import { ApiCallError, callCloud } from '../../../src/common/api/cloud';
import { callsOf, serve, takeBroken } from './fake-cloud';
import { whoami } from './builders';

jest.mock('../../../src/common/api/cloud', () => require('./fake-cloud').fakeCloudModule());

test('a lawful answer comes back as the contract reads it, and the call is recorded', async () => {
  serve({ whoami: () => whoami(['resident', 'worker'], 'dinghai-beiyuan') });
  await expect(callCloud('whoami', {})).resolves.toEqual(whoami(['resident', 'worker'], 'dinghai-beiyuan'));
  await expect(callCloud('whoami', {})).resolves.toMatchObject({ communityId: 'dinghai-beiyuan', community: { name: '北园社区' } });
  expect(callsOf('whoami')).toEqual([{}, {}]);
});

test('an answer the contract does not allow is refused, and marked to fail the test', async () => {
  // whoami without communityId: what the old fixtures answered.
  serve({ whoami: () => ({ openid: 'x', roles: ['worker'] }) as unknown as ReturnType<typeof whoami> });
  await expect(callCloud('whoami', {})).rejects.toThrow(/breaks the contract/);
  expect(takeBroken()).toEqual([expect.stringContaining('communityId')]);
});

test('a call without a handler is unexpected; a handler may refuse as the server would', async () => {
  serve({ getProject: () => Promise.reject(new ApiCallError('NOT_FOUND', '没有这个项目')) });
  await expect(callCloud('listNeeds', { communityId: 'dinghai-beiyuan' })).rejects.toThrow(/unexpected call listNeeds/);
  await expect(callCloud('getProject', { projectId: 'p9' })).rejects.toMatchObject({ code: 'NOT_FOUND' });
});
