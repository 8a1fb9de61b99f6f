// The saved-assessment part of the Store behaviour, run by store.suite.ts on every store.
import { PILOT_COMMUNITIES } from '../../cloud/data/pilot-communities';
import type { AssessmentItemRecord, Store } from '../../cloud/store/types';

const [A, B] = PILOT_COMMUNITIES.map((c) => c.id);

export function item(communityId: string, year: number, itemId: string, change: Partial<AssessmentItemRecord> = {}): AssessmentItemRecord {
  return {
    communityId,
    year,
    itemId,
    state: 'A',
    note: null,
    reason: null,
    setBy: 'o-official',
    setByRole: 'official',
    setByName: '王评定',
    setAt: `${year}-06-01T08:00:00.000Z`,
    ...change,
  };
}

export function describeAssessmentItems(store: () => Store): void {
  describe('assessment items', () => {
    test('none are saved at first', async () => {
      expect(await store().getAssessmentItems(2024)).toEqual([]);
      expect(await store().getAssessmentItems(2024, A)).toEqual([]);
    });

    test('saved items come back by community, then item id; a state or a note may be null', async () => {
      const items = [
        item(A, 2024, 'II-2.1', { state: 'B', note: '台账齐全' }),
        item(A, 2024, 'II-10.2', { state: 'B', note: '问卷由第三方发放', reason: '抽样不足，按入户核查评定' }),
        item(A, 2024, 'II-1.1', { state: 'C' }),
      ];
      await store().saveAssessmentItems(A, 2024, items, []);
      await store().saveAssessmentItems(B, 2024, [item(B, 2024, 'II-1.1')], []);
      // Plain string order: 'II-10.2' sorts before 'II-2.1'.
      expect(await store().getAssessmentItems(2024, A)).toEqual([items[2], items[1], items[0]]);
      expect(await store().getAssessmentItems(2024)).toEqual([items[2], items[1], items[0], item(B, 2024, 'II-1.1')]);
    });

    test('keeps to the year and community asked for', async () => {
      await store().saveAssessmentItems(A, 2024, [item(A, 2024, 'II-1.1')], []);
      await store().saveAssessmentItems(A, 2025, [item(A, 2025, 'II-1.1', { state: 'B' })], []);
      expect(await store().getAssessmentItems(2025)).toEqual([item(A, 2025, 'II-1.1', { state: 'B' })]);
      expect(await store().getAssessmentItems(2024, B)).toEqual([]);
      expect(await store().getAssessmentItems(2023)).toEqual([]);
    });

    test('a put replaces the saved item of that id; remove deletes, and removing a missing item is no error', async () => {
      await store().saveAssessmentItems(A, 2024, [item(A, 2024, 'II-1.1'), item(A, 2024, 'II-1.2', { note: '旧说明' })], []);
      const replaced = item(A, 2024, 'II-1.2', { state: 'C', note: null, setBy: 'o-other', setAt: '2024-07-01T00:00:00.000Z' });
      await store().saveAssessmentItems(A, 2024, [replaced], ['II-1.1', 'II-9.9']);
      expect(await store().getAssessmentItems(2024)).toEqual([replaced]);
    });

    test('an item of another community or year is refused and nothing is written', async () => {
      await expect(store().saveAssessmentItems(A, 2024, [item(A, 2024, 'II-1.1'), item(B, 2024, 'II-1.2')], [])).rejects.toThrow();
      expect(await store().getAssessmentItems(2024)).toEqual([]);
    });
  });
}
