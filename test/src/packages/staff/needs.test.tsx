// The staff needs page: a community's needs with category and date; its workers link one to a project, officials
// read them without linking (linkNeed refuses them).
import { act, fireEvent, render, screen, within } from '@testing-library/react';
import type { TRole } from '../../../../cloud/contract/rules';
import { setRouterParams } from '../../support/taro';
import { COMMUNITIES, needOf, summaryOf, whoami } from '../../support/builders';
import { answerAlso, callsOf, serve } from '../../support/fake-cloud';
import { ApiCallError } from '../../../../src/common/api/cloud';
import { WORKER_TEXT } from '../../../../src/text/worker';
import NeedsPage from '../../../../src/packages/staff/needs/index';

jest.mock('../../../../src/common/api/cloud', () => require('../../support/fake-cloud').fakeCloudModule());

const NEED = needOf({ id: 'n1', category: 'elderly_care', text: '希望有老年食堂', submittedAt: '2025-04-01T02:00:00.000Z' });

function serveAs(roles: TRole[], communityId: string | null) {
  serve({
    whoami: () => whoami(roles, communityId),
    listCommunities: () => ({ communities: COMMUNITIES }),
    listNeeds: () => ({ needs: [NEED, needOf({ id: 'n2', text: '路灯坏了' })], next: null }),
    listProjects: () => ({ projects: [summaryOf({ id: 'p1', title: '助老食堂' })] }),
    linkNeed: ({ needId, projectId }) => ({ ...NEED, id: needId, project: { id: projectId, title: '助老食堂', stage: 'needs_research' } }),
  });
}

beforeEach(() => setRouterParams({ year: '2025' }));

test('a worker sees the needs with category and date, and links one to a project', async () => {
  serveAs(['resident', 'worker'], 'dinghai-beiyuan');
  render(<NeedsPage />);
  await screen.findByText('希望有老年食堂');
  expect(callsOf('listNeeds')).toEqual([{ communityId: 'dinghai-beiyuan' }]);
  const card = within(document.getElementById('need-n1') as HTMLElement);
  card.getByText(/^养老服务 · 2025-04-01/);
  card.getByText(WORKER_TEXT.notLinked);
  within(document.getElementById('need-n2') as HTMLElement).getByText(/^未选类别 · /);
  act(() => void fireEvent.click(card.getByText(WORKER_TEXT.linkTo)));
  act(() => void fireEvent.click(card.getByText('养老服务 · 助老食堂')));
  await card.findByText(WORKER_TEXT.linkedTo('助老食堂', '需求调研'));
  expect(callsOf('linkNeed')).toEqual([{ needId: 'n1', projectId: 'p1' }]);
});

test('a failed link says why beside that need and keeps the choice open', async () => {
  serveAs(['resident', 'worker'], 'dinghai-beiyuan');
  answerAlso({ linkNeed: () => Promise.reject(new ApiCallError('NOT_FOUND', '没有这个项目')) });
  render(<NeedsPage />);
  const card = within(await screen.findByText('希望有老年食堂').then((t) => t.parentElement as HTMLElement));
  act(() => void fireEvent.click(card.getByText(WORKER_TEXT.linkTo)));
  act(() => void fireEvent.click(card.getByText('养老服务 · 助老食堂')));
  await card.findByText(WORKER_TEXT.linkFailed('没有这个项目'));
  card.getByText(WORKER_TEXT.chooseProject);
});

test("an official reads a community's needs but links none", async () => {
  serveAs(['resident', 'official'], null);
  setRouterParams({ communityId: 'dinghai-beiyuan', year: '2025' });
  render(<NeedsPage />);
  await screen.findByText('希望有老年食堂');
  screen.getByText(WORKER_TEXT.needsReadHint);
  expect(screen.queryByText(WORKER_TEXT.linkTo)).toBeNull();
  expect(callsOf('listProjects')).toHaveLength(0);
});
