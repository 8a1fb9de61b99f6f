// The figures of one place of the drill-down: its own row (the pooled total) and the rows of the level below —
// the districts of the city, the streets of a district, the communities of a street — each as getRollup answers.
import type { TRollupRow } from '../../cloud/contract';
import type { ApiCallError } from '../common/api/cloud';
import { useCall } from '../common/hooks/useCall';
import { levelOf, type Place } from './place';

export interface RollupView {
  status: 'loading' | 'error' | 'ready';
  error: ApiCallError | null;
  total: TRollupRow | null;
  rows: TRollupRow[];
  reload: () => void;
}

export function useRollup(year: number, place: Place, enabled: boolean): RollupView {
  const level = levelOf(place);
  const district = place.district ?? undefined;
  const street = place.street ?? undefined;
  // A street's one call answers both its own row (groups) and its communities.
  const rowsCall = useCall(
    'getRollup',
    level === 'city'
      ? { year, level: 'district' }
      : level === 'district'
        ? { year, level: 'street', district }
        : { year, level: 'street', district, street },
    { enabled },
  );
  const totalCall = useCall('getRollup', level === 'city' ? { year, level: 'city' } : { year, level: 'district', district }, {
    enabled: enabled && level !== 'street',
  });
  const calls = level === 'street' ? [rowsCall] : [rowsCall, totalCall];
  const failed = calls.map((c) => c.state).find((s) => s.status === 'error');
  const ready = calls.every((c) => c.state.status === 'ready');
  const total = (level === 'street' ? rowsCall.data?.groups[0] : totalCall.data?.groups[0]) ?? null;
  const rows = (level === 'street' ? rowsCall.data?.communities : rowsCall.data?.groups) ?? [];
  return {
    status: failed ? 'error' : ready ? 'ready' : 'loading',
    error: failed?.status === 'error' ? failed.error : null,
    total,
    rows,
    reload: () => calls.forEach((c) => c.reload()),
  };
}
