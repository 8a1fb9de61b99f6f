// The third-party evaluator's page (二类): choose a community, see its doorstep projects of the year (已评估 / 未评估),
// open one and, beside its evidence (stages, activities with photos, ratings, joined residents), score it 0–100 分 on
// six aspects, see their mean in 分 (得分率 beside it) and save it. Leaving with unsaved scores asks first.
import { Input, Text, View } from '@tarojs/components';
import { useState } from 'react';
import type { TProjectSummary } from '../../../../cloud/contract';
import { ASPECTS, categoryName } from '../../../../cloud/contract/rules';
import { ratioText } from '../../../assessment/evaluation';
import { useEvaluation } from '../../../assessment/useEvaluation';
import { confirmLeave, useUnsavedGuard } from '../../../common/hooks/useUnsavedGuard';
import { ActionResult } from '../../../common/components/ActionResult';
import { BigButton } from '../../../common/components/BigButton';
import { CallError } from '../../../common/components/CallError';
import { Screen } from '../../../common/components/Screen';
import { ConsoleShell } from '../../../common/components/console/ConsoleShell';
import { Loading } from '../../../common/components/StatusView';
import { formatStamp } from '../../../common/format';
import { useCall } from '../../../common/hooks/useCall';
import { usePageQuery, yearParam } from '../../../common/hooks/usePageQuery';
import { EVALUATION_TEXT } from '../../../text/evaluation';
import { EvidencePanel } from './EvidencePanel';
import './index.scss';

function ProjectEvaluation({ projectId, onBack }: { projectId: string; onBack: () => void }) {
  const e = useEvaluation(projectId);
  // Scores typed and not saved are not lost: leaving the page, or going back to the list, asks first.
  useUnsavedGuard(e.dirty);
  const leave = async () => {
    if (e.dirty && !(await confirmLeave())) return;
    onBack();
  };
  const back = (
    <BigButton variant='link' onClick={leave}>
      {EVALUATION_TEXT.backToList}
    </BigButton>
  );
  if (e.load.status === 'error') {
    return (
      <View>
        {back}
        <CallError error={e.load.error} forbidden={EVALUATION_TEXT.forbidden} onRetry={e.reload} />
      </View>
    );
  }
  if (e.load.status === 'loading' || !e.project) return <Loading />;
  const { project } = e;
  return (
    <View className='evaluation' id={`evaluation-${project.id}`}>
      {back}
      <View className='card'>
        <Text className='evaluation__category'>{EVALUATION_TEXT.category(categoryName(project.category))}</Text>
        <Text className='evaluation__title'>{project.title}</Text>
        {project.summary ? <Text className='evaluation__summary'>{project.summary}</Text> : null}
        <Text className='evaluation__who'>
          {project.evaluation
            ? EVALUATION_TEXT.evaluatedBy(project.evaluation.by, formatStamp(project.evaluation.at))
            : EVALUATION_TEXT.notEvaluated}
        </Text>
      </View>
      <View className='evaluation-layout'>
        <View className='evaluation-layout__evidence'>
          <EvidencePanel project={project} />
        </View>
        <View className='evaluation-layout__scores'>
          <View className='card'>
            {ASPECTS.map((a) => {
              const error = e.errors[a.id];
              return (
                <View key={a.id} className='aspect-row' id={`aspect-${a.id}`}>
                  <Text className='field-label'>{a.name}</Text>
                  <View className='aspect-row__entry'>
                    <Input
                      className={`field-input aspect-row__input${error ? ' field-input--error' : ''}`}
                      type='digit'
                      value={e.draft[a.id]}
                      placeholder={EVALUATION_TEXT.placeholder}
                      onInput={(ev) => e.type(a.id, ev.detail.value)}
                    />
                    <Text className='aspect-row__unit'>{EVALUATION_TEXT.unit}</Text>
                  </View>
                  {error ? <Text className='aspect-row__error'>{error}</Text> : null}
                </View>
              );
            })}
            <Text className='evaluation__ratio'>{e.aspects ? ratioText(e.aspects) : EVALUATION_TEXT.ratioPending}</Text>
          </View>
          <View className='save-bar'>
            <ActionResult result={e.result} />
            <BigButton disabled={e.saving} onClick={e.save}>
              {e.saving ? EVALUATION_TEXT.saving : EVALUATION_TEXT.save}
            </BigButton>
          </View>
        </View>
      </View>
    </View>
  );
}

function ProjectList({ projects, onOpen }: { projects: TProjectSummary[]; onOpen: (id: string) => void }) {
  if (projects.length === 0) return <Text className='subtitle'>{EVALUATION_TEXT.noProjects}</Text>;
  const done = projects.filter((p) => p.evaluated).length;
  return (
    <View className='project-list'>
      <Text className='subtitle' id='evaluated-count'>
        {EVALUATION_TEXT.evaluatedCount(done, projects.length)}
      </Text>
      {projects.map((p) => (
        <View key={p.id} className='card project-card' id={`project-${p.id}`}>
          <View className='project-card__head'>
            <Text className='project-card__category'>{EVALUATION_TEXT.category(categoryName(p.category))}</Text>
            <Text className={`project-card__mark project-card__mark--${p.evaluated ? 'done' : 'todo'}`}>
              {p.evaluated ? EVALUATION_TEXT.evaluated : EVALUATION_TEXT.notEvaluatedBadge}
            </Text>
          </View>
          <Text className='project-card__title'>{p.title}</Text>
          <BigButton variant='secondary' onClick={() => onOpen(p.id)}>
            {EVALUATION_TEXT.open}
          </BigButton>
        </View>
      ))}
    </View>
  );
}

export default function EvaluationPage() {
  const params = usePageQuery();
  const year = yearParam(params.year);
  const [communityId, setCommunityId] = useState(params.communityId ?? '');
  const [projectId, setProjectId] = useState('');
  const communities = useCall('listCommunities', {});
  const projects = useCall('listProjects', { communityId, year }, { enabled: communityId !== '' });

  const list = communities.data?.communities ?? [];
  const community = list.find((c) => c.id === communityId);

  let body;
  if (communities.state.status === 'error') {
    body = <CallError error={communities.state.error} forbidden={EVALUATION_TEXT.forbidden} onRetry={communities.reload} />;
  } else if (communities.state.status === 'loading') {
    body = <Loading />;
  } else if (!community) {
    body = (
      <View>
        <Text className='field-label'>{EVALUATION_TEXT.chooseCommunity}</Text>
        {list.map((c) => (
          <BigButton key={c.id} variant='option' onClick={() => setCommunityId(c.id)}>
            {EVALUATION_TEXT.communityLine(c.district, c.name)}
          </BigButton>
        ))}
      </View>
    );
  } else if (projectId) {
    body = <ProjectEvaluation projectId={projectId} onBack={() => (setProjectId(''), projects.reload())} />;
  } else {
    body = (
      <View>
        <Text className='evaluation__community'>{EVALUATION_TEXT.projectsOf(community.name, year)}</Text>
        <BigButton variant='link' onClick={() => setCommunityId('')}>
          {EVALUATION_TEXT.changeCommunity}
        </BigButton>
        {projects.state.status === 'loading' ? <Loading /> : null}
        {projects.state.status === 'error' ? (
          <CallError error={projects.state.error} forbidden={EVALUATION_TEXT.forbidden} onRetry={projects.reload} />
        ) : null}
        {projects.state.status === 'ready' ? <ProjectList projects={projects.state.data.projects} onOpen={setProjectId} /> : null}
      </View>
    );
  }

  return (
    <ConsoleShell>
      <Screen className='evaluation-page'>
        <Text className='title'>{EVALUATION_TEXT.title(year)}</Text>
        <Text className='subtitle'>{EVALUATION_TEXT.hint}</Text>
        {body}
      </Screen>
    </ConsoleShell>
  );
}
