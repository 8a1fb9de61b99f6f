// A failed call on a staff page: someone without the role is told who may use it (no retry); other failures can retry.
import type { ApiCallError } from '../api/cloud';
import { ErrorNote } from './StatusView';

export function CallError({ error, forbidden, onRetry }: { error: ApiCallError; forbidden: string; onRetry?: () => void }) {
  const refused = error.code === 'FORBIDDEN';
  return <ErrorNote message={refused ? forbidden : error.message} onRetry={refused ? undefined : onRetry} />;
}
