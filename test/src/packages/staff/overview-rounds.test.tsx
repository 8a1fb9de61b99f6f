// The city overview with rounds of every size: each community's answers, withheld rates said as such, and the lock.
import { render, screen, within } from '@testing-library/react';
import type { TAssessment } from '../../../../cloud/contract';
import { setRouterParams } from '../../support/taro';
import { assessmentOf } from '../../support/builders';
import { serve } from '../../support/fake-cloud';
import { STAGES_TEXT } from '../../../../src/text/stages';
import OverviewPage from '../../../../src/packages/staff/overview/index';

jest.mock('../../../../src/common/api/cloud', () => require('../../support/fake-cloud').fakeCloudModule());

const shown = assessmentOf({ rates: { awareness: [54, 60], satisfaction: [48, 60] } });
const withheld: TAssessment = { ...assessmentOf(), communityId: 'dinghai-junan', name: '桔南社区', responses: 7, suppressed: true };
const locked: TAssessment = {
  ...shown,
  communityId: 'putuo-lianan',
  name: '莲安社区',
  lock: { stage: 'final', at: '2025-11-20T02:00:00.000Z', by: { role: 'official', name: '张敏' } },
};

test('shows each round’s answers, withheld rates as such, and a locked year', async () => {
  setRouterParams({ year: '2025' });
  serve({ listAssessments: () => ({ year: 2025, assessments: [shown, withheld, locked] }) });
  render(<OverviewPage />);
  await screen.findByText('桔南社区');
  const card = (id: string) => within(document.getElementById(`community-${id}`) as HTMLElement);
  card('dinghai-junan').getByText(STAGES_TEXT.suppressed(7, 10));
  card('dinghai-beiyuan').getByText(STAGES_TEXT.responses(60));
  expect(card('dinghai-beiyuan').queryByText(/已终期验收/)).toBeNull();
  card('putuo-lianan').getByText(/^已终期验收：民政部门 张敏 于 2025-11-20/);
});
