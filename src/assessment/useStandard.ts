// The standard in force (getStandard) for the staff pages: asked once while the app runs, again only after a failure.
import { useCall } from '../common/hooks/useCall';

export function useStandard() {
  return useCall('getStandard', {}, { keep: true });
}
