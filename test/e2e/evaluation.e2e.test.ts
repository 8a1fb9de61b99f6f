// A third-party evaluator scores a doorstep project in the browser: an admin publishes the project and assigns
// the evaluator role, the evaluator enters the six aspects and saves, and the community's 二类 follows.
import type { Page } from 'playwright-core';
import { allAspects } from '../rubric/builders';
import { ADMIN, callAs, openRoute, pageAs, screenshot, useHarness } from './harness';

const h = useHarness();

const COMMUNITY = 'dinghai-beiyuan';
const EVALUATOR = 'evaluator-1';

const aspectInput = (page: Page, id: string) => page.locator(`[id="aspect-${id}"] input`);

test('an evaluator scores a project on six aspects and the community gets its 二类', async () => {
  const published = await callAs(h, ADMIN, 'publishProject', {
    communityId: COMMUNITY,
    category: 'elderly_care',
    title: '助老食堂',
    summary: '为社区高龄老人提供午餐',
  });
  expect(published.ok).toBe(true);
  const year: number = published.data.year;
  const assigned = await callAs(h, ADMIN, 'assignRole', { openid: EVALUATOR, role: 'evaluator', displayName: '李评估' });
  expect(assigned.ok).toBe(true);

  const page = await pageAs(h, EVALUATOR);
  await openRoute(h, page, `packages/staff/evaluation/index?communityId=${COMMUNITY}&year=${year}`);
  await page.getByText(`北园社区 · ${year}年家门口项目`).waitFor();
  const card = page.locator(`[id="project-${published.data.id}"]`);
  await card.getByText('养老服务类', { exact: true }).waitFor();
  await card.getByText('助老食堂', { exact: true }).waitFor();
  await screenshot(page, 'evaluation-1-projects');

  await card.getByText('评估此项目', { exact: true }).click();
  await page.getByText('尚未评估', { exact: true }).waitFor();
  // Out of range: a clear error, and nothing is saved.
  await aspectInput(page, 'completion').fill('120');
  await page.locator('[id="aspect-completion"]').getByText('评分应在 0–100 之间').waitFor();
  await page.getByText('保存评估', { exact: true }).click();
  await page.getByText('请先改正标红的评分', { exact: true }).waitFor();
  await screenshot(page, 'evaluation-2-out-of-range');

  for (const [id, score] of Object.entries(allAspects(90))) await aspectInput(page, id).fill(String(score));
  await page.getByText('六项平均 90 分（得分率 90%）', { exact: true }).waitFor();
  expect(await page.getByText('评分应在 0–100 之间').count()).toBe(0);
  await page.getByText('保存评估', { exact: true }).click();
  await page.getByText('已保存', { exact: true }).waitFor();
  await page.getByText(/^已由 第三方评估 李评估 于 \d{4}-\d\d-\d\d \d\d:\d\d 评估$/).waitFor();
  await screenshot(page, 'evaluation-3-saved');

  const assessment = await callAs(h, ADMIN, 'getAssessment', { communityId: COMMUNITY, year });
  expect(assessment.ok).toBe(true);
  expect(assessment.data.score.secondClass).toBe(36);

  // Opened again, the saved evaluation is shown.
  await page.reload();
  await page.locator(`[id="project-${published.data.id}"]`).getByText('评估此项目', { exact: true }).click();
  await page.getByText('六项平均 90 分（得分率 90%）', { exact: true }).waitFor();
  expect(await aspectInput(page, 'effectiveness').inputValue()).toBe('90');
});
