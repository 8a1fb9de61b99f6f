// exportScorecards: the assessments of a year of the communities in the caller's scope as one XLSX workbook, stored
// under an unguessable ASCII name and answered with the name to save it as (2026年幸福社区测评_2026-12-01.xlsx).
import { randomBytes } from 'node:crypto';
import { canReadQuality, canScore, shanghaiDay, type TExportScorecardsInput, type TExportScorecardsOutput } from '../../contract';
import type { Tally } from '../../store/types';
import type { Caller } from '../auth';
import { shownCounts } from '../community-rates';
import type { Deps } from '../deps';
import { buildScorecards, scorecardsTitle, storedScorecardsName } from '../scorecards';
import { loadAssessments } from '../assessment';
import { qualityOf } from './fieldwork';

export async function exportScorecards(input: TExportScorecardsInput, caller: Caller, deps: Deps): Promise<TExportScorecardsOutput> {
  const { year } = input;
  const communities = (await deps.store.listCommunities()).filter((c) => canScore(caller, c));
  const talliesRead = deps.store.getTallies(year);
  const assessments = await loadAssessments(communities, year, deps, talliesRead);
  const ids = assessments.map((a) => a.communityId);
  // What the assessments do not carry: the rounds' option counts (shown as their rates are: withheld below 10, the
  // latest multiple of 5 while open, every answer once closed) and the titles of the evaluated projects.
  const [tallies, projects] = await Promise.all([
    talliesRead,
    ids.length > 0 ? deps.store.listProjects({ year, communityIds: ids }) : Promise.resolve([]),
  ]);
  const optionCounts = new Map<string, Tally['counts'] | null>(
    tallies.map((tally) => [tally.communityId, shownCounts(tally, { final: tally.closed ?? false }).counts]),
  );
  const projectTitles = new Map(projects.map((p) => [p.id, p.title]));
  // 数据质量: getQualityReport's own figures for the same communities, from the tallies and projects read above.
  const quality = await qualityOf(
    communities.filter((c) => canReadQuality(caller, c)),
    year,
    caller,
    deps,
    { tallies, projects },
  );
  const at = deps.now();
  const bytes = await buildScorecards({ year, at, assessments, projectTitles, optionCounts, quality });
  const { fileId, url } = await deps.files.publish(storedScorecardsName(year, at, randomBytes(4).toString('hex')), bytes);
  return { fileName: scorecardsTitle(year, shanghaiDay(at)), fileId, url };
}
