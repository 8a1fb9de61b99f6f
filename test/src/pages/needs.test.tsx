// Telling the community a need: optional category, the text, a kind refusal, and "您说的，我们做了" links.
import { act, fireEvent, render, screen, within } from '@testing-library/react';
import Taro from '@tarojs/taro';
import { setRouterParams } from '../support/taro';
import { COMMUNITY_ID, needOf, typeInto } from '../support/builders';
import { callsOf, serve, type Handlers } from '../support/fake-cloud';
import { RESIDENTS_TEXT } from '../../../src/text/residents';
import { COMMON_TEXT } from '../../../src/text/common';
import { ApiCallError } from '../../../src/common/api/cloud';
import NeedsPage from '../../../src/pages/needs/index';

jest.mock('../../../src/common/api/cloud', () => require('../support/fake-cloud').fakeCloudModule());

const LINKED = needOf({
  id: 'n1',
  text: '希望有老人助餐点',
  category: 'elderly_care',
  project: { id: 'p1', title: '助老食堂', stage: 'implementation' },
});
const OPEN = needOf({ id: 'n2', text: '路灯坏了' });

function serveNeeds(handlers: Handlers = {}) {
  serve({ listMyNeeds: () => ({ needs: [LINKED, OPEN], next: null }), ...handlers });
}

const click = (text: string) => act(() => void fireEvent.click(screen.getByText(text)));
const needBox = () => document.querySelector('#need-form taro-textarea-core') as Element;
const form = () => within(document.getElementById('need-form') as HTMLElement);

async function open() {
  render(<NeedsPage />);
  await screen.findByText('希望有老人助餐点');
}

beforeEach(() => {
  (Taro.navigateTo as jest.Mock).mockClear();
  setRouterParams({ communityId: COMMUNITY_ID });
});

test('my needs show the project that answers them, and tapping it opens the project', async () => {
  serveNeeds();
  await open();
  expect(callsOf('listMyNeeds')).toEqual([{ communityId: COMMUNITY_ID }]);
  screen.getByText(RESIDENTS_TEXT.weDid);
  click('助老食堂（项目实施）›');
  expect(Taro.navigateTo).toHaveBeenLastCalledWith({ url: '/pages/project/index?projectId=p1' });
  // The unanswered one is being considered.
  screen.getByText('路灯坏了');
  screen.getByText(RESIDENTS_TEXT.considering);
});

test('submits the text with the chosen category, then lists it at the top', async () => {
  serveNeeds({ submitNeed: (d) => needOf({ id: 'n3', text: d.text, category: d.category ?? null }) });
  await open();
  click(RESIDENTS_TEXT.sendNeed);
  screen.getByText(RESIDENTS_TEXT.needEmpty);
  expect(callsOf('submitNeed')).toHaveLength(0);

  act(() => void fireEvent.click(form().getByText('公共卫生')));
  act(() => typeInto(needBox(), ' 希望每月有一次免费量血压 '));
  click(RESIDENTS_TEXT.sendNeed);
  await screen.findByText(RESIDENTS_TEXT.needSent);
  expect(callsOf('submitNeed')).toEqual([{ communityId: COMMUNITY_ID, category: 'public_health', text: '希望每月有一次免费量血压' }]);
  const texts = Array.from(document.querySelectorAll('.need__text')).map((e) => e.textContent);
  expect(texts).toEqual(['希望每月有一次免费量血压', '希望有老人助餐点', '路灯坏了']);
  expect(needBox().getAttribute('value')).toBe('');
});

test('without a category, none is sent', async () => {
  serveNeeds({ submitNeed: (d) => needOf({ id: 'n3', text: d.text }) });
  await open();
  act(() => typeInto(needBox(), '想学用智能手机'));
  click(RESIDENTS_TEXT.sendNeed);
  await screen.findByText(RESIDENTS_TEXT.needSent);
  expect(callsOf('submitNeed')).toEqual([{ communityId: COMMUNITY_ID, text: '想学用智能手机' }]);
});

test("a refused text is explained with the server's kind of content and kept for changing", async () => {
  const refusal = '内容可能含有辱骂他人的话，请心平气和地把事情说清楚，修改后再提交。';
  serveNeeds({ submitNeed: () => Promise.reject(new ApiCallError('CONTENT_REJECTED', refusal)) });
  await open();
  act(() => typeInto(needBox(), '不合适的字'));
  click(RESIDENTS_TEXT.sendNeed);
  await screen.findByText(`${refusal} ${RESIDENTS_TEXT.contentKept}`);
  expect(needBox().getAttribute('value')).toBe('不合适的字');
});

test('more than 500 characters is held back with a note', async () => {
  serveNeeds();
  await open();
  act(() => typeInto(needBox(), '长'.repeat(501)));
  screen.getByText('501/500 字');
  click(RESIDENTS_TEXT.sendNeed);
  screen.getByText(RESIDENTS_TEXT.tooLong(500));
  expect(callsOf('submitNeed')).toHaveLength(0);
});

test('a failed list shows the error with a retry; the form comes only once the community is known', async () => {
  let attempts = 0;
  serveNeeds({
    listMyNeeds: () => {
      attempts += 1;
      if (attempts === 1) return Promise.reject(new ApiCallError('NETWORK', COMMON_TEXT.networkError));
      return { needs: [LINKED], next: null };
    },
  });
  render(<NeedsPage />);
  await screen.findByText(COMMON_TEXT.networkError);
  expect(document.getElementById('need-form')).toBeNull();
  click(COMMON_TEXT.retry);
  await screen.findByText('希望有老人助餐点');
  form().getByText(RESIDENTS_TEXT.sendNeed);
});
