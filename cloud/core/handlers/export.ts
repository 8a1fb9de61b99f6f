// exportScorecards: the assessments of a year of the communities in the caller's scope as one XLSX workbook.
import { randomBytes } from 'node:crypto';
import type { TExportScorecardsInput, TExportScorecardsOutput } from '../../contract';
import type { Caller } from '../auth';
import type { Deps } from '../deps';
import { buildScorecards } from '../scorecards';
import { listAssessments } from './assessment';

/** ASCII, unique and unguessable: it becomes a URL path and a cloud storage key. */
function exportName(year: number, at: Date): string {
  const stamp = at.toISOString().replace(/\D/g, '').slice(0, 14);
  return `scorecards-${year}-${stamp}-${randomBytes(4).toString('hex')}.xlsx`;
}

export async function exportScorecards(input: TExportScorecardsInput, caller: Caller, deps: Deps): Promise<TExportScorecardsOutput> {
  const { assessments } = await listAssessments(input, caller, deps);
  const fileName = exportName(input.year, deps.now());
  const { fileId, url } = await deps.files.publish(fileName, await buildScorecards(input.year, assessments));
  return { fileName, fileId, url };
}
