// A community's survey poster: the image shown, a refusal out of scope said plainly.
import { render, screen } from '@testing-library/react';
import { ApiCallError } from '../../../../src/common/api/cloud';
import { setRouterParams } from '../../support/taro';
import { COMMUNITIES } from '../../support/builders';
import { callsOf, serve } from '../../support/fake-cloud';
import { STAFFING_TEXT } from '../../../../src/text/staffing';
import PosterPage from '../../../../src/packages/staff/poster/index';

jest.mock('../../../../src/common/api/cloud', () => require('../../support/fake-cloud').fakeCloudModule());

beforeEach(() => setRouterParams({ communityId: 'dinghai-beiyuan' }));

test("shows the community's code to download", async () => {
  serve({
    listCommunities: () => ({ communities: COMMUNITIES }),
    getCommunityPoster: ({ communityId }) => ({
      communityId,
      fileName: 'poster.png',
      fileId: null,
      url: '/exports/poster-dinghai-beiyuan.png',
      link: `/pages/survey/index?communityId=${communityId}`,
    }),
  });
  render(<PosterPage />);
  await screen.findByText(STAFFING_TEXT.download);
  screen.getByText(STAFFING_TEXT.posterTitle('北园社区'));
  expect(document.querySelector('.poster__qr img, taro-image-core.poster__qr')?.getAttribute('src')).toBe(
    '/exports/poster-dinghai-beiyuan.png',
  );
  expect(callsOf('getCommunityPoster')).toEqual([{ communityId: 'dinghai-beiyuan' }]);
});

test('out of scope: told who may make it', async () => {
  serve({
    listCommunities: () => ({ communities: COMMUNITIES }),
    getCommunityPoster: () => {
      throw new ApiCallError('FORBIDDEN', 'no');
    },
  });
  render(<PosterPage />);
  await screen.findByText(STAFFING_TEXT.posterForbidden);
});
