// Numbers a city can fund on: an official records a 阶段评估 and the 终期验收 of a fully assessed community-year in
// the browser; the round closes for residents, the worker's project is locked, the audit log shows each step, and an
// admin reopens the year with a reason.
import type { Page } from 'playwright-core';
import { stateItems, zhoushan2017 } from '../../rubric';
import { ADMIN, callAs, openRoute, pageAs, screenshot, useHarness } from './harness';

const h = useHarness();

const COMMUNITY = 'putuo-lianan';
const WORKER = 'worker-lianan';
const OFFICIAL = 'official-lianan';

/** The staff screens at a phone's width and a desktop's. */
async function bothWidths(page: Page, name: string) {
  await page.setViewportSize({ width: 375, height: 812 });
  await screenshot(page, `${name}-375`);
  await page.setViewportSize({ width: 1440, height: 900 });
  await screenshot(page, `${name}-1440`);
  await page.setViewportSize({ width: 390, height: 844 });
}

test('an official accepts a community-year; the round closes, the project locks, the audit log shows it all', async () => {
  expect((await callAs(h, ADMIN, 'assignRole', { openid: WORKER, role: 'worker', communityId: COMMUNITY, displayName: '王芳' })).ok).toBe(
    true,
  );
  expect((await callAs(h, ADMIN, 'assignRole', { openid: OFFICIAL, role: 'official', displayName: '张敏' })).ok).toBe(true);

  // Fifty answers (the minimum sample), so Ⅱ-10.2/10.3 are assessed from the rates; every other item A.
  let year = 0;
  for (let i = 1; i <= 50; i++) {
    const res = await callAs(h, `resident-${i}`, 'submitResponse', {
      communityId: COMMUNITY,
      answers: { awareness: 'aware', satisfaction: 'satisfied' },
    });
    expect(res.ok).toBe(true);
    year = res.data.round.year;
  }
  const manual = stateItems(zhoushan2017).filter((i) => !i.source);
  const saved = await callAs(h, OFFICIAL, 'saveAssessment', {
    communityId: COMMUNITY,
    year,
    states: Object.fromEntries(manual.map((i) => [i.id, 'A'])),
  });
  expect(saved.ok).toBe(true);
  const published = await callAs(h, WORKER, 'publishProject', {
    communityId: COMMUNITY,
    category: 'elderly_care',
    title: '助老食堂',
    summary: '为高龄老人送餐',
  });
  expect(published.ok).toBe(true);

  // The official records a 阶段评估, then the 终期验收 (asked to confirm).
  const page = await pageAs(h, OFFICIAL);
  await openRoute(h, page, `packages/staff/assessment/index?communityId=${COMMUNITY}&year=${year}`);
  await page.getByText(`莲安社区 · ${year}年测评`).waitFor();
  await page.getByText('已收问卷 50 份', { exact: true }).waitFor();
  const panel = page.locator('#stage-panel');
  await panel.getByText('阶段评估', { exact: true }).click();
  await panel.getByText('已记录阶段评估', { exact: true }).waitFor();
  await panel.getByText('终期验收', { exact: true }).click();
  await panel.getByText('确认终期验收', { exact: true }).click();
  await page.getByText('已终期验收，测评已锁定', { exact: true }).waitFor();
  await page.getByText(/^已终期验收：民政部门 张敏 于 \d{4}-\d\d-\d\d \d\d:\d\d/).waitFor();
  expect(await page.locator('.state-choice').count()).toBe(0);
  expect(await page.getByText('保存测评', { exact: true }).count()).toBe(0);
  await page.locator('#lock-note').scrollIntoViewIfNeeded();
  await bothWidths(page, 'locks-1-accepted');

  // A resident who had not answered is told the round is closed before any question (getSurvey's roundClosed).
  const late = await pageAs(h, 'resident-late');
  await late.goto(`${h.url}#/pages/survey/index?communityId=${COMMUNITY}`);
  await late.getByText('本年度问卷已结束', { exact: true }).waitFor();
  expect(await late.getByText('开始答题').count()).toBe(0);
  // Sent anyway (a page opened before the lock), the answer is refused and not counted.
  const refused = await callAs(h, 'resident-late', 'submitResponse', {
    communityId: COMMUNITY,
    answers: { awareness: 'aware', satisfaction: 'satisfied' },
  });
  expect(refused.error.code).toBe('ROUND_CLOSED');
  await screenshot(late, 'locks-2-round-closed');
  expect((await callAs(h, ADMIN, 'getIndicators', { year })).data.communities.find((c: any) => c.communityId === COMMUNITY).responses).toBe(
    50,
  );

  // The worker's project is locked: the note, and nothing to change.
  const worker = await pageAs(h, WORKER);
  await openRoute(h, worker, `packages/staff/project/index?projectId=${encodeURIComponent(published.data.id)}`);
  await worker.getByText('本年度已终期验收，项目已锁定，不能再修改、记录或回复。', { exact: true }).waitFor();
  for (const control of ['推进到“需求分析”', '记录活动', '保存项目内容']) {
    expect(await worker.getByText(control, { exact: true }).count()).toBe(0);
  }
  await bothWidths(worker, 'locks-3-project-locked');

  // The snapshots and the audit log: each item, the 阶段评估 and the 终期验收, by role and name, verified.
  await page.getByText('查看阶段快照', { exact: true }).click();
  await page.getByText(/^阶段评估 · .* · 民政部门 张敏$/).waitFor();
  await page.getByText(/^终期验收 · .* · 民政部门 张敏$/).waitFor();
  await page.getByText('现行终期验收', { exact: true }).waitFor();
  await page.getByText('查看审计日志', { exact: true }).click();
  const log = page.locator('#audit-log');
  await log.getByText('日志完整，未被改动', { exact: true }).waitFor();
  await log.getByText(/民政部门 张敏 · 修改测评项 Ⅱ-1\.1$/).waitFor();
  await log.getByText(/民政部门 张敏 · 阶段评估$/).waitFor();
  await log.getByText(/民政部门 张敏 · 终期验收$/).waitFor();
  await log.scrollIntoViewIfNeeded();
  await bothWidths(page, 'locks-4-audit-log');

  // An admin reopens the year with a reason; the page can be edited again and the log says why.
  const admin = await pageAs(h, ADMIN);
  await openRoute(h, admin, `packages/staff/assessment/index?communityId=${COMMUNITY}&year=${year}`);
  await admin.locator('#reopen-form textarea').fill('问卷数据需复核');
  await admin.getByText('重新开放', { exact: true }).click();
  await admin.getByText('已重新开放，问卷与测评恢复', { exact: true }).waitFor();
  await admin.getByText(/^管理员 于 .* 重新开放，理由：问卷数据需复核$/).waitFor();
  // On a phone the 一级指标 start folded: open them to see the choices back.
  await admin.getByText('全部展开', { exact: true }).click();
  expect(await admin.locator('.state-choice').count()).toBeGreaterThan(0);
  await admin.getByText('查看审计日志', { exact: true }).click();
  await admin
    .locator('#audit-log')
    .getByText(/管理员 · 重新开放$/)
    .waitFor();
  await admin.locator('#audit-log').getByText('理由：问卷数据需复核', { exact: true }).waitFor();
  await bothWidths(admin, 'locks-5-reopened');
});

test('below 50 answers Ⅱ-10.2 says the sample is short; overriding it by hand needs a reason, kept beside the item', async () => {
  const community = 'daishan-jiahe';
  let year = 0;
  for (let i = 1; i <= 12; i++) {
    const res = await callAs(h, `jiahe-${i}`, 'submitResponse', {
      communityId: community,
      answers: { awareness: 'aware', satisfaction: 'satisfied' },
    });
    expect(res.ok).toBe(true);
    year = res.data.round.year;
  }
  const page = await pageAs(h, ADMIN);
  await openRoute(h, page, `packages/staff/assessment/index?communityId=${community}&year=${year}`);
  await page.getByText('全部展开', { exact: true }).click();
  const row = page.locator('[id="item-II-10.2"]');
  await row.getByText(/^样本不足（\d+\/50）/).waitFor();
  await row.getByText('A', { exact: true }).click();
  await page.getByText('保存测评', { exact: true }).click();
  await page.getByText('请填写人工评定理由：Ⅱ-10.2', { exact: true }).waitFor();
  await page.locator('[id="reason-II-10.2"] textarea').fill('入户走访 40 户，知晓情况良好');
  await row.scrollIntoViewIfNeeded();
  await bothWidths(page, 'locks-6-override-reason');
  await page.getByText('保存测评', { exact: true }).click();
  await page.getByText('已保存', { exact: true }).waitFor();
  await page.reload();
  await page.getByText('全部展开', { exact: true }).click();
  await row.getByText('已人工改定，不再按比率评定').waitFor();
  expect(await row.locator('[id="reason-II-10.2"] textarea').inputValue()).toBe('入户走访 40 户，知晓情况良好');
  const saved = await callAs(h, ADMIN, 'getAssessment', { communityId: community, year });
  expect(saved.data.items.find((i: { id: string }) => i.id === 'II-10.2')).toMatchObject({
    state: 'A',
    reason: '入户走访 40 户，知晓情况良好',
  });
});
