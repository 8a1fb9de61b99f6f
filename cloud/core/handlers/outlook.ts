// getGradeOutlook: how sure a community's grade is while Ⅱ-10.2/10.3 rest on the sample (issue #10 part 6).
import type { TGetGradeOutlookInput, TGetGradeOutlookOutput } from '../../contract';
import { loadAssessments } from '../assessment';
import { requireReadsIndicators, type Caller } from '../auth';
import { requireCommunity } from '../communities';
import type { Deps } from '../deps';
import { gradeOutlook } from '../outlook';

/** Read by whoever reads the community's assessment: admins, officials in scope, its own workers. */
export async function getGradeOutlook(input: TGetGradeOutlookInput, caller: Caller, deps: Deps): Promise<TGetGradeOutlookOutput> {
  requireReadsIndicators(caller);
  const community = await requireCommunity(input.communityId, deps);
  requireReadsIndicators(caller, community);
  const [assessment] = await loadAssessments([community], input.year, deps);
  return gradeOutlook(assessment);
}
