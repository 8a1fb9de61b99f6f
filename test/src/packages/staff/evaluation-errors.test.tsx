// The evaluator's page when a call is refused: someone without the role is told who may evaluate, with no retry.
import { render, screen } from '@testing-library/react';
import { setRouterParams } from '../support/taro';
import { EVALUATION_TEXT } from '../../../src/text/evaluation';
import { COMMON_TEXT } from '../../../src/text/common';
import { ApiCallError, callCloud } from '../../../src/api/cloud';
import EvaluationPage from '../../../src/packages/official/evaluation/index';

jest.mock('../../../src/api/cloud', () => ({
  ...jest.requireActual('../../../src/api/cloud'),
  callCloud: jest.fn(),
}));
const call = callCloud as jest.MockedFunction<typeof callCloud>;

beforeEach(() => {
  call.mockReset();
  setRouterParams({ year: '2025' });
});

test('a refused call (403) says who may evaluate, without a retry', async () => {
  call.mockRejectedValue(new ApiCallError('FORBIDDEN', 'forbidden'));
  render(<EvaluationPage />);
  await screen.findByText(EVALUATION_TEXT.forbidden);
  expect(screen.queryByText(COMMON_TEXT.retry)).toBeNull();
});

test('any other failure shows its message and a retry', async () => {
  call.mockRejectedValue(new ApiCallError('NETWORK', '网络不好'));
  render(<EvaluationPage />);
  await screen.findByText('网络不好');
  screen.getByText(COMMON_TEXT.retry);
});
