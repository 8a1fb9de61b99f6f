// One doorstep project, for residents and staff alike: load it, and put in place the changed project a write answers.
import type { TProjectDetail } from '../../cloud/contract';
import { useCall } from '../common/hooks/useCall';

/** `onLoad` hears each project as loaded (not as a write changes it), to seed a form from it. */
export function useProject(projectId: string, onLoad?: (project: TProjectDetail) => void) {
  const {
    state: load,
    data: project,
    reload,
    setData,
  } = useCall('getProject', { projectId }, { enabled: projectId !== '', onReady: onLoad });
  return { load, project, reload, apply: setData as (next: TProjectDetail) => void };
}
