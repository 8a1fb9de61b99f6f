// Arriving for a community: the page query, or a QR code's URL-encoded scene.
import { communityIdFromEntry } from '../../../src/survey/entry';

describe('communityIdFromEntry', () => {
  test('the communityId query', () => {
    expect(communityIdFromEntry({ communityId: 'dinghai-beiyuan' })).toBe('dinghai-beiyuan');
  });
  test('a scene holding the bare id', () => {
    expect(communityIdFromEntry({ scene: 'putuo-lianan' })).toBe('putuo-lianan');
  });
  test('a URL-encoded scene of key=value pairs', () => {
    expect(communityIdFromEntry({ scene: encodeURIComponent('communityId=daishan-jiahe') })).toBe('daishan-jiahe');
    expect(communityIdFromEntry({ scene: encodeURIComponent('c=shengsi-donghai&x=1') })).toBe('shengsi-donghai');
  });
  test('nothing usable → null', () => {
    expect(communityIdFromEntry({})).toBeNull();
    expect(communityIdFromEntry({ communityId: '' })).toBeNull();
    expect(communityIdFromEntry({ scene: encodeURIComponent('x=1') })).toBeNull();
    expect(communityIdFromEntry({ scene: '%E4%B8%AD' })).toBeNull(); // 中: not an id
  });
});
