// The indicators page with small rounds: the number of answers always, and rates only from 10 answers.
import { render, screen, within } from '@testing-library/react';
import type { TGetIndicatorsOutput } from '../../../../cloud/contract';
import { rateFixture, whoami } from '../../support/builders';
import { serve } from '../../support/fake-cloud';
import { STAGES_TEXT } from '../../../../src/text/stages';
import IndicatorsPage from '../../../../src/packages/staff/indicators/index';

jest.mock('../../../../src/common/api/cloud', () => require('../../support/fake-cloud').fakeCloudModule());

const DATA: TGetIndicatorsOutput = {
  year: 2025,
  communities: [
    {
      communityId: 'dinghai-beiyuan',
      name: '北园社区',
      responses: 14,
      suppressed: false,
      awareness: rateFixture(9, 10),
      satisfaction: rateFixture(8, 10),
      channels: { self: 10, assisted: 0, paper: 0 },
      options: null,
    },
    {
      communityId: 'daishan-jiahe',
      name: '嘉和社区',
      responses: 7,
      suppressed: true,
      awareness: null,
      satisfaction: null,
      channels: null,
      options: null,
    },
  ],
};

const card = (name: string) => within(screen.getByText(name).parentElement as HTMLElement);

test('a withheld round shows its answers and when rates appear; a shown one its answers beside the rates', async () => {
  serve({ whoami: () => whoami(['resident', 'official']), getIndicators: () => DATA });
  render(<IndicatorsPage />);
  await screen.findByText('嘉和社区');
  card('嘉和社区').getByText(STAGES_TEXT.suppressed(7, 10));
  expect(card('嘉和社区').queryByText(/%$/)).toBeNull();
  card('北园社区').getByText(STAGES_TEXT.responses(14));
  card('北园社区').getByText('90.0%');
});
