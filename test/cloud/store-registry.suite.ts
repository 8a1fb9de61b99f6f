// The registry part of the Store behaviour (communities saved whole), run by store.suite.ts on every store.
import type { TCommunity } from '../../cloud/contract';
import { PILOT_COMMUNITIES } from '../../cloud/data/pilot-communities';
import type { Store } from '../../cloud/store/types';

const rural = (id: string, name: string): TCommunity => ({
  id,
  district: '定海区',
  street: '白泉镇',
  name,
  households: 420,
  kind: 'rural',
  pilot: false,
});

export function describeRegistry(store: () => Store): void {
  describe('community registry', () => {
    test('the pilots are city communities marked as pilots', async () => {
      const listed = await store().listCommunities();
      expect(listed.map((c) => [c.kind, c.pilot])).toEqual(PILOT_COMMUNITIES.map(() => ['urban', true]));
    });

    test('saveCommunities adds new ones after the others and replaces an existing one in its place', async () => {
      const edited: TCommunity = { ...PILOT_COMMUNITIES[1], name: '桔南社区（新）', households: 1500, kind: 'urban', pilot: true };
      await store().saveCommunities([rural('c-one', '皋泄村'), edited, rural('c-two', '北蝉村')]);
      const listed = await store().listCommunities();
      expect(listed.map((c) => c.id)).toEqual([...PILOT_COMMUNITIES.map((c) => c.id), 'c-one', 'c-two']);
      expect(listed[1]).toEqual(edited);
      expect(await store().getCommunity('c-two')).toEqual(rural('c-two', '北蝉村'));
    });

    test('a save is seen at once by the next read, and seeding never undoes it', async () => {
      await store().listCommunities();
      await store().saveCommunities([{ ...PILOT_COMMUNITIES[0], households: 999, pilot: false }]);
      expect((await store().getCommunity(PILOT_COMMUNITIES[0].id))?.households).toBe(999);
      await store().seedCommunities(PILOT_COMMUNITIES);
      expect(await store().getCommunity(PILOT_COMMUNITIES[0].id)).toMatchObject({ households: 999, pilot: false });
    });

    test('400 communities are listed in order and each found by id', async () => {
      const many = Array.from({ length: 400 }, (_, i) => rural(`c-${String(i).padStart(3, '0')}`, `第${i}村`));
      await store().saveCommunities(many);
      const listed = await store().listCommunities();
      expect(listed).toHaveLength(408);
      expect(listed.slice(8)).toEqual(many);
      expect(await store().getCommunity('c-399')).toEqual(many[399]);
    }, 30_000);
  });
}
