// The needs page: a worker's community's needs with category and date, linked to one of its projects.
import { act, fireEvent, render, screen, within } from '@testing-library/react';
import type { TNeed } from '../../../cloud/contract';
import { setRouterParams } from '../support/taro';
import { COMMUNITIES, summaryOf } from '../support/builders';
import { callCloud } from '../../../src/api/cloud';
import { WORKER_TEXT } from '../../../src/text/worker';
import { AssessmentLinks } from '../../../src/packages/official/indicators/AssessmentLinks';
import NeedsPage from '../../../src/packages/official/needs/index';

jest.mock('../../../src/api/cloud', () => ({
  ...jest.requireActual('../../../src/api/cloud'),
  callCloud: jest.fn(),
}));
const call = callCloud as jest.MockedFunction<typeof callCloud>;

const NEED: TNeed = {
  id: 'n1',
  communityId: 'dinghai-beiyuan',
  category: 'elderly_care',
  text: '希望有老年食堂',
  submittedAt: '2025-04-01T02:00:00.000Z',
  project: null,
};

beforeEach(() => {
  call.mockReset();
  setRouterParams({ year: '2025' });
  call.mockImplementation(async (name, data) => {
    if (name === 'whoami') return { openid: 'w', roles: ['resident', 'worker'], communityId: 'dinghai-beiyuan' } as never;
    if (name === 'listCommunities') return { communities: COMMUNITIES } as never;
    if (name === 'listNeeds') return { needs: [NEED, { ...NEED, id: 'n2', category: null, text: '路灯坏了' }] } as never;
    if (name === 'listProjects') return { projects: [summaryOf({ id: 'p1', title: '助老食堂' })] } as never;
    if (name === 'linkNeed') return { ...NEED, project: { id: 'p1', title: '助老食堂', stage: 'needs_research' } } as never;
    throw new Error(`unexpected call ${name} ${JSON.stringify(data)}`);
  });
});

test('lists the needs with category and date, and links one to a project', async () => {
  render(<NeedsPage />);
  await screen.findByText('希望有老年食堂');
  expect(call).toHaveBeenCalledWith('listNeeds', { communityId: 'dinghai-beiyuan' });
  const card = within(document.getElementById('need-n1') as HTMLElement);
  card.getByText(/^养老服务 · 2025-04-01/);
  card.getByText(WORKER_TEXT.notLinked);
  within(document.getElementById('need-n2') as HTMLElement).getByText(/^未选类别 · /);
  act(() => void fireEvent.click(card.getByText(WORKER_TEXT.linkTo)));
  act(() => void fireEvent.click(card.getByText('养老服务 · 助老食堂')));
  await card.findByText(WORKER_TEXT.linkedTo('助老食堂', '需求调研'));
  expect(call).toHaveBeenCalledWith('linkNeed', { needId: 'n1', projectId: 'p1' });
});

test('staff find 家门口项目 among the links of the indicators page', async () => {
  render(<AssessmentLinks year={2025} />);
  await screen.findByText(WORKER_TEXT.projectsLink);
});
