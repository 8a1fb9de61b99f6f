// The audit log on the WeChat cloud store (over the stand-in database): an edit made in the database, not through a call, is detected.
import { handle } from '../../../cloud/core/api';
import type { Deps } from '../../../cloud/core/deps';
import { testDeps } from '../../support/deps';
import { PILOT_COMMUNITIES } from '../../../cloud/data/pilot-communities';
import { createCloudStore } from '../../../cloud/store/wxcloud';
import { createFakeWxDatabase, type FakeWxDatabase } from '../../support/fake-wx-database';

const ADMIN = 'wx-admin';
const OFFICIAL = 'wx-official';
const BEIYUAN = 'dinghai-beiyuan';

let db: FakeWxDatabase;
let deps: Deps;
async function call(name: string, input: unknown, openid: string): Promise<any> {
  const answer = await handle(name, input, openid, deps);
  if (!answer.ok) throw new Error(`${name}: ${JSON.stringify(answer.error)}`);
  return answer.data;
}
const log = () => call('getAuditLog', { communityId: BEIYUAN, year: 2024 }, OFFICIAL);
const entryId = (seq: number) => `2024:${BEIYUAN}#${String(seq).padStart(10, '0')}`;

beforeEach(async () => {
  db = createFakeWxDatabase({ jitterSeed: 3 });
  deps = testDeps(createCloudStore(db, { seed: PILOT_COMMUNITIES }), {
    config: { adminOpenids: new Set([ADMIN]), respondentSecret: 'tamper-test-key-0123456789' },
    now: () => new Date('2024-06-01T02:00:00.000Z'),
  });
  await call('assignRole', { openid: OFFICIAL, role: 'official' }, ADMIN);
  for (const state of ['C', 'B', 'A'])
    await call('saveAssessment', { communityId: BEIYUAN, year: 2024, states: { 'II-1.1': state } }, OFFICIAL);
  expect(await log()).toMatchObject({ verified: true, brokenAt: null });
  expect(db.peek('auditLog').map((d) => d._id)).toEqual(['roles#0000000001', entryId(1), entryId(2), entryId(3)]);
});

test('a document updated in place breaks the chain at that entry', async () => {
  await db
    .collection('auditLog')
    .doc(entryId(1))
    .update({ data: { to: { state: 'A' } } });
  expect(await log()).toMatchObject({ verified: false, brokenAt: { chain: 'community', seq: 1, problem: '内容与哈希不符（记录被改动）' } });
});

test('a document removed is missed', async () => {
  await db.collection('auditLog').doc(entryId(2)).remove();
  expect(await log()).toMatchObject({ verified: false, brokenAt: { chain: 'community', seq: 2, problem: '第 2 条记录缺失' } });
});

test('the actor rewritten (another openid) breaks it too, though answers never show the openid', async () => {
  await db
    .collection('auditLog')
    .doc(entryId(3))
    .update({ data: { actor: { openid: 'someone-else' } } });
  const answer = await log();
  expect(answer.brokenAt).toEqual({ chain: 'community', seq: 3, problem: '内容与哈希不符（记录被改动）' });
  expect(JSON.stringify(answer)).not.toContain('someone-else');
});
