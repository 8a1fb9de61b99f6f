// The survey loop in a real browser: residents answer in the H5 app, an official sees the rate move.
import type { Page } from 'playwright-core';
import { ADMIN, callAs, pageAs, screenshot, useHarness } from './harness';

const h = useHarness();

async function answer(page: Page, awareness: string, satisfaction: string, shots?: string) {
  await page.getByText('开始答题').click();
  await page.getByText(awareness, { exact: true }).click();
  if (shots) await screenshot(page, `${shots}-2-question-awareness`);
  await page.getByText('下一题').click();
  await page.getByText(satisfaction, { exact: true }).click();
  if (shots) await screenshot(page, `${shots}-3-question-satisfaction`);
  await page.getByText('提交', { exact: true }).click();
  await page.getByText('感谢您的参与！').waitFor();
}

async function openIndicators(page: Page) {
  await page.goto(`${h.url}#/packages/staff/indicators/index`);
  await page.getByText('北园社区').first().waitFor();
}

/** Answers for `resident-<from>` … `resident-<to>` through the API, all alike. */
async function answerMany(from: number, to: number, awareness: 'aware' | 'unaware', satisfaction: 'satisfied' | 'dissatisfied') {
  for (let i = from; i <= to; i++) {
    const res = await callAs(h, `resident-${i}`, 'submitResponse', {
      communityId: 'dinghai-beiyuan',
      answers: { awareness, satisfaction },
    });
    expect(res.ok).toBe(true);
  }
}

test('a resident answers, an official sees the count; from 10 answers the rate, moving in steps of 5', async () => {
  const resident = await pageAs(h, 'resident-1');
  await resident.goto(h.url);
  await resident.getByText('北园社区').click();
  // The first screen says what is collected and why, before any question.
  await resident.getByText('您的答案与您的身份分开保存', { exact: false }).waitFor();
  await screenshot(resident, 'survey-1-intro');
  await answer(resident, '知道', '满意', 'survey');
  await resident.getByText('关于“美丽群岛 幸福社区”').waitFor();
  await screenshot(resident, 'survey-4-thanks');

  // One answer: only the count, no rate.
  const official = await pageAs(h, ADMIN);
  await openIndicators(official);
  await official.getByText('已收 1 份，满10份后公布比率', { exact: true }).waitFor();
  expect(await official.getByText(/^1 份问卷/).count()).toBe(0);
  await screenshot(official, 'indicators-1-after-one');

  // Nine in all (five aware and satisfied, four not): still withheld; the tenth, in the browser, shows the rates.
  await answerMany(2, 5, 'aware', 'satisfied');
  await answerMany(6, 9, 'unaware', 'dissatisfied');
  const tenth = await pageAs(h, 'resident-10');
  await tenth.goto(`${h.url}#/pages/survey/index?communityId=dinghai-beiyuan`);
  await answer(tenth, '不知道', '不满意');

  await official.reload();
  await openIndicators(official);
  await official
    .getByText(/^10 份问卷/)
    .first()
    .waitFor();
  // 5 aware of 10 = 50.0%, and 5 satisfied of 10 = 50.0%.
  expect(await official.getByText('50.0%', { exact: true }).count()).toBe(2);
  await screenshot(official, 'indicators-2-after-ten');

  // Fourteen answers still show the rates of ten; the fifteenth moves them (10 of 15 = 66.7%).
  await answerMany(11, 14, 'aware', 'satisfied');
  await official.reload();
  await openIndicators(official);
  await official.getByText('已收问卷 14 份', { exact: true }).waitFor();
  expect(await official.getByText('50.0%', { exact: true }).count()).toBe(2);
  await answerMany(15, 15, 'aware', 'satisfied');
  await official.reload();
  await openIndicators(official);
  await official
    .getByText(/^15 份问卷/)
    .first()
    .waitFor();
  expect(await official.getByText('66.7%', { exact: true }).count()).toBe(2);

  // The first resident, coming back, is told they have answered.
  await resident.goto(`${h.url}#/pages/survey/index?communityId=dinghai-beiyuan`);
  await resident.reload();
  await resident.getByText('您今年已经答过本社区的问卷了').waitFor();
});

test('returning after answering shows the already-answered state', async () => {
  // Its own resident and community, answered here: the test needs no other to have run, and moves no other's counts.
  const answered = await callAs(h, 'resident-returning', 'submitResponse', {
    communityId: 'putuo-dapuwan',
    answers: { awareness: 'aware', satisfaction: 'satisfied' },
  });
  expect(answered.ok).toBe(true);
  const resident = await pageAs(h, 'resident-returning');
  await resident.goto(`${h.url}#/pages/survey/index?communityId=putuo-dapuwan`);
  await resident.getByText('您今年已经答过本社区的问卷了').waitFor();
  await screenshot(resident, 'survey-5-already-answered');
});

test('a worker sees only their own community', async () => {
  const assigned = await callAs(h, ADMIN, 'assignRole', { openid: 'worker-junan', role: 'worker', communityId: 'dinghai-junan' });
  expect(assigned.ok).toBe(true);
  const worker = await pageAs(h, 'worker-junan');
  await worker.goto(`${h.url}#/packages/staff/indicators/index`);
  await worker.getByText('桔南社区').first().waitFor();
  expect(await worker.getByText('北园社区').count()).toBe(0);
  await screenshot(worker, 'indicators-3-worker');
});
