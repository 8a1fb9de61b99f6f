// Every page a resident reaches, at 375 × 740, outside and inside 长辈模式: axe-core finds no serious or critical
// violation, and the sizes are measured where they are drawn: body text and what residents type (≥ 18 px in care
// mode, inputs in the body's font and size), line height ≥ 1.3, tap targets (≥ 48 × 48, ≥ 60 × 60 in care mode) and
// the contrast of every piece of text against what lies behind it (≥ 4.5:1). A screenshot of each page in each mode.
import type { Page } from 'playwright-core';
import { JPEG } from '../support/uploads';
import { ADMIN, callAs, openRoute, screenshot, useHarness, type Harness } from './harness';

const h = useHarness();

const COMMUNITY = 'dinghai-beiyuan';
const WORKER = 'worker-care';
const RESIDENT = 'resident-care';
const ANSWERED = 'resident-care-answered';
/** A resident with something in each part of 我的数据, whose need was linked and whose comment was answered (消息). */
const ACTIVE = 'resident-care-active';

type Mode = 'normal' | 'care';
const MODES: Mode[] = ['normal', 'care'];
/** What each mode must reach, in CSS px at 375 px width. */
const NEEDS = {
  normal: { tap: 48, body: 17, allText: 13 },
  care: { tap: 60, body: 18, allText: 18 },
} as const;

interface Visit {
  name: string;
  route: string;
  as?: string;
  /** Waits for the page's content; may act on it (open the questions). */
  ready: (page: Page) => Promise<void>;
  /** How many text boxes the page shows (each measured). */
  inputs?: number;
}

const text = (page: Page, words: string) => page.getByText(words, { exact: true }).first().waitFor();

/** A 375 × 740 page acting as `openid`, with care mode chosen on the device ('unset': never chosen). */
async function newPage(h: Harness, openid: string, mode: Mode | 'unset'): Promise<Page> {
  const context = await h.browser.newContext({ viewport: { width: 375, height: 740 }, locale: 'zh-CN' });
  await context.addInitScript(
    ([id, care]) => {
      // Taro's H5 storage keeps { data } under each key.
      window.localStorage.setItem('dev-openid', JSON.stringify({ data: id }));
      if (care) window.localStorage.setItem('care-mode', JSON.stringify({ data: care }));
    },
    [openid, mode === 'unset' ? '' : mode === 'care' ? 'on' : 'off'],
  );
  return context.newPage();
}

interface Found {
  rule: string;
  impact: string;
  help: string;
  targets: string[];
}

/** axe-core's serious and critical violations on the page as it is now. */
async function axeViolations(page: Page): Promise<Found[]> {
  await page.addScriptTag({ path: require.resolve('axe-core/axe.min.js') });
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (ctx: Document, o: object) => Promise<any> } }).axe;
    const result = await axe.run(document, { resultTypes: ['violations'] });
    return result.violations
      .filter((v: any) => v.impact === 'serious' || v.impact === 'critical')
      .map((v: any) => ({ rule: v.id, impact: v.impact, help: v.help, targets: v.nodes.slice(0, 5).map((n: any) => n.target.join(' ')) }));
  });
}

interface Measures {
  bodyPx: number;
  titlePx: number;
  bodyFont: string;
  texts: { text: string; px: number; lineRatio: number; contrast: number }[];
  inputs: { tag: string; px: number; font: string; height: number }[];
  taps: { label: string; width: number; height: number }[];
}

/**
 * Sizes as the browser drew them. Text: every element with its own words, visible, outside the H5-only identity
 * banner (not in the mini-program). Contrast: the text's colour over the first opaque background behind it.
 */
function measure(page: Page): Promise<Measures> {
  return page.evaluate(() => {
    const visible = (el: Element) => {
      const r = el.getBoundingClientRect();
      const s = getComputedStyle(el);
      return r.width > 0 && r.height > 0 && s.visibility !== 'hidden' && s.display !== 'none' && Number(s.opacity) > 0;
    };
    const inDevBanner = (el: Element) => Boolean(el.closest('.identity-banner'));
    const screenEl = Array.from(document.querySelectorAll('.screen')).find(visible)!;
    const px = (el: Element) => parseFloat(getComputedStyle(el).fontSize);

    const parse = (c: string) => {
      const m = c.match(/rgba?\(([^)]+)\)/);
      if (!m) return null;
      const [r, g, b, a = 1] = m[1]
        .split(/[ ,/]+/)
        .filter(Boolean)
        .map(Number);
      return { r, g, b, a };
    };
    const lum = ({ r, g, b }: { r: number; g: number; b: number }) => {
      const f = (v: number) => ((v /= 255) <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4);
      return 0.2126 * f(r) + 0.7152 * f(g) + 0.0722 * f(b);
    };
    /** The colour behind an element: its own or its ancestors' backgrounds, blended over white from the top down. */
    const behind = (el: Element | null) => {
      const layers: { r: number; g: number; b: number; a: number }[] = [];
      for (let e = el; e; e = e.parentElement) {
        const c = parse(getComputedStyle(e).backgroundColor);
        if (c && c.a > 0) {
          layers.push(c);
          if (c.a >= 1) break;
        }
      }
      let base = { r: 255, g: 255, b: 255 };
      for (const c of layers.reverse())
        base = { r: c.r * c.a + base.r * (1 - c.a), g: c.g * c.a + base.g * (1 - c.a), b: c.b * c.a + base.b * (1 - c.a) };
      return base;
    };
    const contrast = (el: Element) => {
      const fg = parse(getComputedStyle(el).color)!;
      const bg = behind(el);
      const blended = { r: fg.r * fg.a + bg.r * (1 - fg.a), g: fg.g * fg.a + bg.g * (1 - fg.a), b: fg.b * fg.a + bg.b * (1 - fg.a) };
      const [hi, lo] = [lum(blended), lum(bg)].sort((a, b) => b - a);
      return (hi + 0.05) / (lo + 0.05);
    };

    const texts = Array.from(document.querySelectorAll('.screen *'))
      .filter((el) => visible(el) && !inDevBanner(el) && el.closest('.screen') === screenEl)
      .filter((el) => Array.from(el.childNodes).some((n) => n.nodeType === Node.TEXT_NODE && n.textContent!.trim() !== ''))
      .map((el) => {
        const s = getComputedStyle(el);
        const lh = s.lineHeight === 'normal' ? 0 : parseFloat(s.lineHeight);
        return { text: el.textContent!.trim().slice(0, 24), px: px(el), lineRatio: lh / px(el), contrast: contrast(el) };
      });
    const inputs = Array.from(screenEl.querySelectorAll('input, textarea'))
      .filter(visible)
      .map((el) => ({
        tag: el.tagName.toLowerCase(),
        px: px(el),
        font: getComputedStyle(el).fontFamily,
        height: (el.closest('.text-box, .field-input') ?? el).getBoundingClientRect().height,
      }));
    const taps = Array.from(
      screenEl.querySelectorAll('[role="button"], [role="switch"], [role="checkbox"], [role="link"], input, textarea'),
    )
      .filter((el) => visible(el) && !inDevBanner(el))
      .map((el) => {
        const box = (el.closest('.text-box, .field-input') ?? el).getBoundingClientRect();
        return {
          label: (el.getAttribute('aria-label') ?? el.textContent ?? el.tagName).trim().slice(0, 24),
          width: box.width,
          height: box.height,
        };
      });
    const title = screenEl.querySelector('.title');
    return {
      bodyPx: px(screenEl),
      titlePx: title ? px(title) : 0,
      bodyFont: getComputedStyle(screenEl).fontFamily,
      texts,
      inputs,
      taps,
    };
  });
}

/** The whole page (Taro's H5 pages scroll inside their own box): the viewport grown to the content, then put back. */
async function screenshotWhole(page: Page, name: string): Promise<void> {
  const height = await page.evaluate(() =>
    Math.max(...Array.from(document.querySelectorAll('.taro_page, body')).map((e) => e.scrollHeight)),
  );
  await page.setViewportSize({ width: 375, height: Math.min(Math.max(height, 740), 6000) });
  await page.waitForTimeout(200);
  await screenshot(page, name);
  await page.setViewportSize({ width: 375, height: 740 });
  await page.waitForTimeout(100);
}

let projectId = '';
const VISITS: Visit[] = [
  { name: 'index', route: 'pages/index/index', ready: (p) => text(p, '北园社区') },
  { name: 'index-bad-link', route: 'pages/index/index?communityId=bad%20id!', ready: (p) => p.locator('#bad-link').waitFor() },
  { name: 'survey-intro', route: `pages/survey/index?communityId=${COMMUNITY}`, ready: (p) => text(p, '开始答题') },
  {
    name: 'survey-question',
    route: `pages/survey/index?communityId=${COMMUNITY}`,
    ready: async (p) => {
      await p.getByText('开始答题', { exact: true }).click();
      await text(p, '第 1 题，共 2 题');
      await p.getByText('知道', { exact: true }).click();
    },
  },
  {
    name: 'survey-answered',
    route: `pages/survey/index?communityId=${COMMUNITY}`,
    as: ANSWERED,
    ready: (p) => text(p, '看看社区的家门口项目'),
  },
  { name: 'survey-unknown', route: 'pages/survey/index?communityId=dinghai-nowhere', ready: (p) => p.locator('#dead-end').waitFor() },
  { name: 'projects', route: `pages/projects/index?communityId=${COMMUNITY}`, ready: (p) => text(p, '助老食堂') },
  // The rating's text box and the volunteer's optional phone; the timeline's activity has a photo.
  {
    name: 'project',
    route: '',
    ready: async (p) => {
      await p.locator('#my-rating textarea').waitFor();
      await p
        .locator('.activity img')
        .evaluate((el: HTMLImageElement) =>
          el.complete && el.naturalWidth > 0 ? undefined : new Promise((r) => el.addEventListener('load', r, { once: true })),
        );
    },
    inputs: 2,
  },
  {
    name: 'needs',
    route: `pages/needs/index?communityId=${COMMUNITY}`,
    ready: (p) => p.locator('#need-form textarea').waitFor(),
    inputs: 1,
  },
  { name: 'me', route: 'pages/me/index', ready: (p) => text(p, '复制') },
  { name: 'invite', route: 'pages/invite/index', ready: (p) => p.locator('#invite-code input, #invite-code').first().waitFor(), inputs: 2 },
  { name: 'privacy', route: 'pages/privacy/index', ready: (p) => p.locator('#policy-contact').waitFor() },
  {
    name: 'project-volunteer',
    route: '',
    ready: async (p) => {
      await p.locator('#volunteer-phone input, input#volunteer-phone').first().fill('13800001234');
      await p.locator('#volunteer-phone-consent').click();
      await p.locator('#volunteer-phone-consent[aria-checked="true"], #volunteer-phone-consent.check-row--checked').first().waitFor();
    },
    inputs: 2,
  },
  {
    name: 'messages',
    route: 'pages/messages/index',
    as: ACTIVE,
    ready: async (p) => {
      await text(p, '您的需求有了回应');
      await text(p, '您的评价有了回复');
    },
  },
  { name: 'mydata', route: 'pages/mydata/index', as: ACTIVE, ready: (p) => text(p, '饭菜软一些就更好了') },
  {
    name: 'mydata-confirm',
    route: 'pages/mydata/index',
    as: ACTIVE,
    ready: async (p) => {
      const comment = p.locator('.mydata__item', { hasText: '饭菜软一些就更好了' });
      await comment.getByText('撤回', { exact: true }).click();
      await comment.getByText('确定撤回', { exact: true }).waitFor();
    },
  },
];

beforeAll(async () => {
  expect((await callAs(h, ADMIN, 'assignRole', { openid: WORKER, role: 'worker', communityId: COMMUNITY })).ok).toBe(true);
  const published = await callAs(h, WORKER, 'publishProject', {
    communityId: COMMUNITY,
    category: 'elderly_care',
    title: '助老食堂',
    summary: '为社区高龄老人提供午餐',
  });
  projectId = published.data.id;
  // An activity with a photo on the timeline, uploaded as the app uploads it (POST /files).
  const photo = await fetch(`${h.url}files`, {
    method: 'POST',
    headers: { 'Content-Type': 'image/jpeg', 'X-OpenId': WORKER, 'X-File-Name': encodeURIComponent('午餐.jpg') },
    body: new Uint8Array(JPEG),
  }).then((r) => r.json());
  expect(photo.ok).toBe(true);
  const recorded = await callAs(h, WORKER, 'recordActivity', {
    projectId,
    date: `${published.data.year}-03-15`,
    description: '第一次试运行午餐',
    servedCount: 28,
    photos: [photo.data.fileId],
  });
  expect(recorded.ok).toBe(true);
  const rated = await callAs(h, 'resident-care-2', 'submitFeedback', { projectId, rating: 4, comment: '饭菜可口，希望周末也开' });
  const replied = await callAs(h, WORKER, 'replyFeedback', {
    projectId,
    feedbackId: rated.data.mine.feedback.id,
    reply: '谢谢，周末在筹备中',
  });
  expect(replied.ok).toBe(true);
  // A hidden comment shows its note (once #888 on white, 3.5:1).
  const other = await callAs(h, 'resident-care-3', 'submitFeedback', { projectId, rating: 2, comment: '我家电话 138 0000 0000' });
  const hidden = await callAs(h, WORKER, 'hideFeedback', { projectId, feedbackId: other.data.mine.feedback.id, reason: '含有个人电话' });
  expect(hidden.ok).toBe(true);
  expect((await callAs(h, RESIDENT, 'submitNeed', { communityId: COMMUNITY, text: '希望有人上门帮老人理发' })).ok).toBe(true);
  const answered = await callAs(h, ANSWERED, 'submitResponse', {
    communityId: COMMUNITY,
    answers: { awareness: 'aware', satisfaction: 'satisfied' },
  });
  expect(answered.ok).toBe(true);
  // ACTIVE: a need the worker links, a comment the worker answers, a role, a survey answer.
  expect((await callAs(h, ACTIVE, 'submitNeed', { communityId: COMMUNITY, text: '希望食堂周末也开门' })).ok).toBe(true);
  const need = (await callAs(h, WORKER, 'listNeeds', { communityId: COMMUNITY })).data.needs.find(
    (n: { text: string }) => n.text === '希望食堂周末也开门',
  );
  expect((await callAs(h, WORKER, 'linkNeed', { needId: need.id, projectId })).ok).toBe(true);
  const comment = await callAs(h, ACTIVE, 'submitFeedback', { projectId, rating: 5, comment: '饭菜软一些就更好了' });
  const answer = await callAs(h, WORKER, 'replyFeedback', {
    projectId,
    feedbackId: comment.data.mine.feedback.id,
    reply: '已请师傅做软一些',
  });
  expect(answer.ok).toBe(true);
  expect((await callAs(h, ACTIVE, 'joinProject', { projectId, as: 'supervisor' })).ok).toBe(true);
  const responded = await callAs(h, ACTIVE, 'submitResponse', {
    communityId: COMMUNITY,
    answers: { awareness: 'aware', satisfaction: 'satisfied' },
  });
  expect(responded.ok).toBe(true);
  for (const name of ['project', 'project-volunteer'])
    VISITS.find((v) => v.name === name)!.route = `pages/project/index?projectId=${encodeURIComponent(projectId)}`;
}, 60_000);

describe.each(MODES)('%s mode', (mode) => {
  const need = NEEDS[mode];
  test.each(VISITS.map((v) => [v.name, v] as const))(
    '%s: no serious or critical axe violation; sizes and contrast hold',
    async (_name, visit) => {
      const page = await newPage(h, visit.as ?? RESIDENT, mode);
      try {
        await openRoute(h, page, visit.route);
        await visit.ready(page);
        await page.waitForTimeout(400); // the page's slide-in, so the screenshot shows it in place
        await screenshotWhole(page, `care-${mode}-${visit.name}`);

        expect(await page.locator('.screen.care').count()).toBe(mode === 'care' ? 1 : 0);
        expect(await axeViolations(page)).toEqual([]);

        const m = await measure(page);
        // Body text: 17 px outside care mode, 20 px inside (≥ 18); titles larger than the body.
        expect(m.bodyPx).toBeGreaterThanOrEqual(need.body);
        if (m.titlePx) expect(m.titlePx).toBeGreaterThan(m.bodyPx);
        expect(m.texts.length).toBeGreaterThan(0);
        const small = m.texts.filter((t) => t.px < need.allText);
        expect(small).toEqual([]);
        const tight = m.texts.filter((t) => t.lineRatio < 1.3);
        expect(tight).toEqual([]);
        const faint = m.texts.filter((t) => t.contrast < 4.5);
        expect(faint).toEqual([]);
        // What residents type: the body's font and size, never the browser's 13.3 px monospace.
        expect(m.inputs.length).toBe(visit.inputs ?? 0);
        for (const { tag, px, font } of m.inputs) expect({ tag, px, font }).toEqual({ tag, px: m.bodyPx, font: m.bodyFont });
        const slim = m.taps.filter((t) => t.width < need.tap || t.height < need.tap);
        expect(slim).toEqual([]);
        expect(m.taps.length).toBeGreaterThan(0);
      } finally {
        await page.context().close();
      }
    },
  );
});

test('the switch on the first page turns care mode on, the next page follows, and the device remembers it', async () => {
  const page = await newPage(h, RESIDENT, 'unset');
  try {
    await openRoute(h, page, 'pages/index/index');
    await text(page, '北园社区');
    const toggle = page.locator('#care-switch');
    expect(await toggle.getAttribute('aria-checked')).toBe('false');
    const before = await measure(page);
    await toggle.click();
    expect(await toggle.getAttribute('aria-checked')).toBe('true');
    const after = await measure(page);
    expect(before.bodyPx).toBe(17);
    expect(after.bodyPx).toBe(20);
    expect(Math.min(...after.texts.map((t) => t.px))).toBeGreaterThanOrEqual(18);
    expect(JSON.parse((await page.evaluate(() => window.localStorage.getItem('care-mode')))!)).toEqual({ data: 'on' });

    await page.getByText('北园社区', { exact: true }).first().click();
    await text(page, '开始答题');
    expect(await page.locator('.survey-page.care').count()).toBe(1);

    // Opened again: the device's choice holds.
    await openRoute(h, page, 'pages/index/index');
    await text(page, '北园社区');
    expect(await page.locator('.index-page.care').count()).toBe(1);
  } finally {
    await page.context().close();
  }
});

test('the checks catch what they guard against: the old monospace text box, the pale stars, a slim link', async () => {
  const page = await newPage(h, RESIDENT, 'normal');
  try {
    await openRoute(h, page, `pages/project/index?projectId=${encodeURIComponent(projectId)}`);
    await page.locator('#my-rating textarea').waitFor();
    // The styles before this work: H5's default textarea font, stars in #e0a100 (2.27:1), a 44 px link.
    await page.addStyleTag({
      content:
        'textarea { font: 13.33px monospace !important } .star { color: #e0a100 !important } ' +
        '.back-link { min-height: 0 !important; height: 44px !important } .project__category { color: #aaaaaa !important }',
    });
    const m = await measure(page);
    expect(m.inputs[0].px).toBeCloseTo(13.33, 1);
    expect(m.inputs[0].font).toBe('monospace');
    const stars = m.texts.filter((t) => t.text === '☆' || t.text === '★');
    expect(stars).toHaveLength(5);
    for (const star of stars) expect(star.contrast).toBeCloseTo(2.27, 1);
    expect(m.taps.filter((t) => t.height < 48).map((t) => t.label)).toEqual(['‹ 返回项目列表']);
    // axe skips text made only of symbols (the stars), hence the test's own contrast measure; words it does check.
    expect(m.texts.filter((t) => t.text === '养老服务类').map((t) => Number(t.contrast.toFixed(2)))).toEqual([2.32]);
    const axe = await axeViolations(page);
    expect(axe.map((v) => v.rule)).toEqual(['color-contrast']);
    expect(axe[0].targets.some((t) => t.includes('project__category'))).toBe(true);
    expect(axe[0].targets.some((t) => t.includes('star'))).toBe(false);
  } finally {
    await page.context().close();
  }
});
