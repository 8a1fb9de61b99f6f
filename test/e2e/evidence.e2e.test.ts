// Evidence per item (网络报送) in the browser: a worker attaches two photos to Ⅱ-3.1; an official sees them beside the
// item (the images load), asks for more; the worker adds a file; the official accepts. Then a worker records an
// activity with a photo, and a resident sees it on the project's timeline.
import type { Locator, Page } from 'playwright-core';
import { qrPng } from '../../cloud/local/qr-png';
import { JPEG, PDF } from '../support/uploads';
import { ADMIN, callAs, openRoute, pageAs, screenshot, useHarness } from './harness';

const h = useHarness();

const COMMUNITY = 'dinghai-beiyuan';
const WORKER = 'worker-evidence';
const OFFICIAL = 'official-evidence';
const RESIDENT = 'resident-evidence';
const ITEM = 'II-3.1';
const year = Number(new Date(Date.now() + 8 * 3600 * 1000).toISOString().slice(0, 4)); // Asia/Shanghai

const evidence = (page: Page) => page.locator(`[id="evidence-${ITEM}"]`);
const field = (scope: Page | Locator, id: string) =>
  scope.locator(`[id="${id}"] input, [id="${id}"] textarea, input[id="${id}"], textarea[id="${id}"]`).first();

/** Every image in `scope` has loaded with a width (the signed link served a real picture); answers their number. */
async function loadedImages(scope: Locator): Promise<number> {
  const images = scope.locator('img');
  const n = await images.count();
  for (let i = 0; i < n; i++) {
    const img = images.nth(i);
    await img.scrollIntoViewIfNeeded();
    await img.evaluate((el: HTMLImageElement) =>
      el.complete && el.naturalWidth > 0 ? undefined : new Promise((r) => el.addEventListener('load', r, { once: true })),
    );
    expect(await img.evaluate((el: HTMLImageElement) => el.naturalWidth)).toBeGreaterThan(0);
  }
  return n;
}

async function openAssessment(page: Page): Promise<void> {
  await openRoute(h, page, `packages/staff/assessment/index?communityId=${COMMUNITY}&year=${year}`);
  await page.getByText(`北园社区 · ${year}年测评`).waitFor();
  // On a phone the 一级指标 start folded; on a desk they are open.
  if ((page.viewportSize()?.width ?? 0) < 1024) await page.getByText('全部展开', { exact: true }).click();
  await evidence(page).waitFor();
}

beforeAll(async () => {
  for (const [openid, body] of [
    [WORKER, { openid: WORKER, role: 'worker', communityId: COMMUNITY, displayName: '王芳' }],
    [OFFICIAL, { openid: OFFICIAL, role: 'official', displayName: '张科长' }],
  ] as const) {
    expect([openid, (await callAs(h, ADMIN, 'assignRole', body)).ok]).toEqual([openid, true]);
  }
});

test('a worker reports two photos for Ⅱ-3.1; an official asks for more; the worker adds a file; the official accepts', async () => {
  const worker = await pageAs(h, WORKER);
  await openAssessment(worker);
  await evidence(worker).getByText('材料：未报送', { exact: true }).waitFor();
  await evidence(worker).getByText('报送材料', { exact: true }).click();
  await field(evidence(worker), `evidence-note-${ITEM}`).fill('社区五年发展规划（2024—2028）及实施情况照片');
  await worker.locator(`input[id="evidence-files-${ITEM}"]`).setInputFiles([
    { name: '发展规划.png', mimeType: 'image/png', buffer: qrPng('北园社区发展规划') },
    { name: '规划实施会议.jpg', mimeType: 'image/jpeg', buffer: JPEG },
  ]);
  await evidence(worker).getByText('规划实施会议.jpg', { exact: true }).waitFor();
  await evidence(worker).getByText('文件（2 / 20）', { exact: true }).waitFor();
  await screenshot(worker, 'evidence-1-worker-form-375');
  await evidence(worker).getByText('提交材料', { exact: true }).click();
  await evidence(worker).getByText('材料：已报送', { exact: true }).waitFor();
  expect(await loadedImages(evidence(worker))).toBe(2);
  await evidence(worker).scrollIntoViewIfNeeded();
  await screenshot(worker, 'evidence-2-worker-reported-375');

  // The official, on a desktop screen: the photos beside the item, loaded; 需补充 with a comment.
  const official = await pageAs(h, OFFICIAL);
  await official.setViewportSize({ width: 1440, height: 900 });
  await openAssessment(official);
  await evidence(official).getByText('材料：已报送', { exact: true }).waitFor();
  await evidence(official).getByText('社区五年发展规划（2024—2028）及实施情况照片', { exact: true }).waitFor();
  expect(await loadedImages(evidence(official))).toBe(2);
  await evidence(official).getByText('报送：社区工作者 王芳', { exact: false }).waitFor();
  await evidence(official).scrollIntoViewIfNeeded();
  await screenshot(official, 'evidence-3-official-1440');
  await evidence(official).getByText('需补充', { exact: true }).click();
  await field(evidence(official), `evidence-comment-${ITEM}`).fill('请补充规划实施的会议记录');
  await evidence(official).getByText('退回补充', { exact: true }).click();
  await evidence(official).getByText('材料：需补充', { exact: true }).waitFor();
  await evidence(official).getByText('审核意见：请补充规划实施的会议记录', { exact: true }).waitFor();

  // The worker sees what is asked and adds the minutes as a PDF, keeping the photos.
  await openAssessment(worker);
  await evidence(worker).getByText('审核意见：请补充规划实施的会议记录', { exact: true }).waitFor();
  await evidence(worker).getByText('补充材料', { exact: true }).click();
  await worker
    .locator(`input[id="evidence-files-${ITEM}"]`)
    .setInputFiles([{ name: '会议记录.pdf', mimeType: 'application/pdf', buffer: PDF }]);
  await evidence(worker).getByText('文件（3 / 20）', { exact: true }).waitFor();
  await evidence(worker).getByText('提交材料', { exact: true }).click();
  await evidence(worker).getByText('材料：已报送', { exact: true }).waitFor();
  await evidence(worker).getByText('打开附件：会议记录.pdf', { exact: true }).waitFor();

  // The official accepts.
  await openAssessment(official);
  await evidence(official).getByText('打开附件：会议记录.pdf', { exact: true }).waitFor();
  expect(await loadedImages(evidence(official))).toBe(2);
  await evidence(official).getByText('审核通过', { exact: true }).click();
  await evidence(official).getByText('材料：已审核', { exact: true }).waitFor();
  await evidence(official).scrollIntoViewIfNeeded();
  await screenshot(official, 'evidence-4-official-accepted-1440');
  await official.setViewportSize({ width: 375, height: 740 });
  await evidence(official).scrollIntoViewIfNeeded();
  await screenshot(official, 'evidence-5-official-accepted-375');

  const listed = await callAs(h, OFFICIAL, 'listEvidence', { communityId: COMMUNITY, year });
  const item = listed.data.items.find((i: { itemId: string }) => i.itemId === ITEM);
  expect(item).toMatchObject({ status: 'accepted', note: '社区五年发展规划（2024—2028）及实施情况照片' });
  expect(item.files.map((f: { name: string }) => f.name)).toEqual(['发展规划.png', '规划实施会议.jpg', '会议记录.pdf']);
  // A resident is refused the evidence, links included.
  expect(await callAs(h, RESIDENT, 'listEvidence', { communityId: COMMUNITY, year })).toMatchObject({
    ok: false,
    error: { code: 'FORBIDDEN' },
  });
});

test('a worker records an activity with a photo; a resident sees it on the timeline', async () => {
  const published = await callAs(h, WORKER, 'publishProject', {
    communityId: COMMUNITY,
    category: 'elderly_care',
    title: '助老食堂',
    summary: '为高龄老人提供午餐',
  });
  expect(published.ok).toBe(true);
  const projectId: string = published.data.id;

  const worker = await pageAs(h, WORKER);
  await openRoute(h, worker, `packages/staff/project/index?projectId=${encodeURIComponent(projectId)}`);
  const panel = worker.locator('[id="activity-panel"]');
  await panel.waitFor();
  await field(panel, 'activity-description').fill('为 12 位高龄老人上门送午餐');
  await field(panel, 'activity-served').fill('12');
  await worker.locator('input[id="activity-photos"]').setInputFiles([{ name: '送餐.jpg', mimeType: 'image/jpeg', buffer: JPEG }]);
  await panel.getByText('照片（1 / 9）', { exact: true }).waitFor();
  await worker.locator('[id="activity-form"]').scrollIntoViewIfNeeded();
  await screenshot(worker, 'evidence-6-worker-activity-form-375');
  await panel.getByText('记录活动', { exact: true }).click();
  await panel.getByText('共 1 次活动，服务 12 人次', { exact: true }).waitFor();
  expect(await loadedImages(worker.locator('.activity-row'))).toBe(1);
  await screenshot(worker, 'evidence-7-worker-activity-375');

  const resident = await pageAs(h, RESIDENT);
  await openRoute(h, resident, `pages/project/index?projectId=${encodeURIComponent(projectId)}`);
  await resident.getByText('为 12 位高龄老人上门送午餐', { exact: true }).waitFor();
  expect(await loadedImages(resident.locator('.activity'))).toBe(1);
  await resident.locator('.activity').scrollIntoViewIfNeeded();
  await screenshot(resident, 'evidence-8-resident-timeline-375');
});
