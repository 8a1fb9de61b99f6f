// One item's A/B/C choice: tapping the chosen state again takes it back (the API clears a state with null);
// a rate-sourced item keeps its own button for that.
import { fireEvent, render, screen } from '@testing-library/react';
import type { TItem } from '../../../../rubric';
import { ItemRow } from '../../../../src/packages/staff/assessment/ItemRow';

const ITEM: TItem = { id: 'II-1.1', text: '社区有幸福社区建设工作方案。' };

function renderRow(chosen: 'A' | 'B' | 'C' | null, rate = false) {
  const onChoose = jest.fn();
  render(
    <ItemRow
      item={ITEM}
      chosen={chosen}
      note=''
      scored={undefined}
      saved={undefined}
      rateName={rate ? '群众知晓率' : undefined}
      onChoose={onChoose}
      onNote={() => undefined}
    />,
  );
  return onChoose;
}

describe('ItemRow', () => {
  test('tapping the chosen state again clears it', () => {
    const onChoose = renderRow('B');
    fireEvent.click(screen.getByText('B'));
    expect(onChoose).toHaveBeenLastCalledWith('II-1.1', null);
  });

  test('tapping another state chooses it', () => {
    const onChoose = renderRow('B');
    fireEvent.click(screen.getByText('A'));
    expect(onChoose).toHaveBeenLastCalledWith('II-1.1', 'A');
  });

  test('with nothing chosen, a tap chooses', () => {
    const onChoose = renderRow(null);
    fireEvent.click(screen.getByText('C'));
    expect(onChoose).toHaveBeenLastCalledWith('II-1.1', 'C');
  });

  test('a rate-sourced item keeps its override on a second tap (it has its own clear button)', () => {
    const onChoose = renderRow('C', true);
    fireEvent.click(screen.getByText('C'));
    expect(onChoose).toHaveBeenLastCalledWith('II-1.1', 'C');
  });
});
