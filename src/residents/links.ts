// Where the residents' project pages live, with the query each one reads.
import { NEEDS_URL, PROJECTS_URL } from '../roles';

export const projectsUrl = (communityId: string) => `${PROJECTS_URL}?communityId=${encodeURIComponent(communityId)}`;
export const needsUrl = (communityId: string) => `${NEEDS_URL}?communityId=${encodeURIComponent(communityId)}`;
export const projectUrl = (projectId: string) => `/pages/project/index?projectId=${encodeURIComponent(projectId)}`;
