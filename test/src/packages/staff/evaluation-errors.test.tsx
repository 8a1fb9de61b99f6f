// The evaluator's page when a call is refused: someone without the role is told who may evaluate, with no retry.
import { render, screen } from '@testing-library/react';
import { setRouterParams } from '../../support/taro';
import { serve } from '../../support/fake-cloud';
import { ApiCallError } from '../../../../src/common/api/cloud';
import { COMMON_TEXT } from '../../../../src/text/common';
import { EVALUATION_TEXT } from '../../../../src/text/evaluation';
import EvaluationPage from '../../../../src/packages/staff/evaluation/index';

jest.mock('../../../../src/common/api/cloud', () => require('../../support/fake-cloud').fakeCloudModule());

beforeEach(() => setRouterParams({ year: '2025' }));

test('a refused call (403) says who may evaluate, without a retry', async () => {
  serve({ listCommunities: () => Promise.reject(new ApiCallError('FORBIDDEN', 'forbidden')) });
  render(<EvaluationPage />);
  await screen.findByText(EVALUATION_TEXT.forbidden);
  expect(screen.queryByText(COMMON_TEXT.retry)).toBeNull();
});

test('any other failure shows its message and a retry', async () => {
  serve({ listCommunities: () => Promise.reject(new ApiCallError('NETWORK', '网络不好')) });
  render(<EvaluationPage />);
  await screen.findByText('网络不好');
  screen.getByText(COMMON_TEXT.retry);
});
