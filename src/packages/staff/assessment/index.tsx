// A community's assessment: every item under its Ⅰ/Ⅱ with the running score and verdict from the server's scorer.
// Officials and admins choose A/B/C, note the evidence and save; a community's workers read their own.
import { Text, View } from '@tarojs/components';
import { canScore } from '../../../../cloud/contract/rules';
import { formatPoints, groupStandard } from '../../../assessment/standard-view';
import { useAssessment } from '../../../assessment/useAssessment';
import { useStandard } from '../../../assessment/useStandard';
import { ActionResult } from '../../../shared/components/ActionResult';
import { BigButton } from '../../../shared/components/BigButton';
import { CallError } from '../../../shared/components/CallError';
import { Screen } from '../../../shared/components/Screen';
import { ErrorNote, Loading } from '../../../shared/components/StatusView';
import { useMe } from '../../../shared/hooks/useMe';
import { usePageQuery, yearParam } from '../../../shared/hooks/usePageQuery';
import { ASSESSMENT_TEXT } from '../../../text/assessment';
import { ScorePanel } from './ScorePanel';
import { SectionGroup } from './SectionGroup';
import './index.scss';

function Assessment({ communityId, year }: { communityId: string; year: number }) {
  const me = useMe();
  const standardCall = useStandard();
  const a = useAssessment(communityId, year);

  const failed = [me.state, standardCall.state, a.load].find((s) => s.status === 'error');
  if (failed?.status === 'error') {
    return <CallError error={failed.error} forbidden={ASSESSMENT_TEXT.forbidden} onRetry={() => (me.reload(), standardCall.reload(), a.reload())} />;
  }
  if (!me.actor || !standardCall.data || !a.saved || !a.score) return <Loading />;

  const standard = standardCall.data;
  const { saved, score } = a;
  const scores = canScore(me.actor);
  return (
    <>
      <Text className='title'>{ASSESSMENT_TEXT.assessmentTitle(saved.name, year)}</Text>
      <Text className='subtitle'>{scores ? ASSESSMENT_TEXT.stateHint(standard.stateFactors) : ASSESSMENT_TEXT.readOnly}</Text>
      <ScorePanel standard={standard} score={score} scoring={a.scoring} />
      {groupStandard(standard).map(({ section, indicators }) => (
        <SectionGroup
          key={section.id}
          standard={standard}
          section={section}
          indicators={indicators}
          saved={saved}
          score={score}
          draft={a.draft}
          readOnly={!scores}
          onChoose={a.choose}
          onNote={a.writeNote}
        />
      ))}
      <View className='save-bar'>
        <Text className='save-bar__score'>{ASSESSMENT_TEXT.barScore(formatPoints(score.total), score.verdictText)}</Text>
        {scores ? (
          <>
            {a.result ? <ActionResult result={a.result} /> : a.dirty ? <Text className='save-bar__unsaved'>{ASSESSMENT_TEXT.unsaved}</Text> : null}
            <BigButton disabled={a.saving} onClick={a.save}>
              {a.saving ? ASSESSMENT_TEXT.saving : ASSESSMENT_TEXT.save}
            </BigButton>
          </>
        ) : null}
      </View>
    </>
  );
}

export default function AssessmentPage() {
  const params = usePageQuery();
  const communityId = params.communityId ?? '';
  return (
    <Screen className='assessment-page'>
      {communityId ? <Assessment communityId={communityId} year={yearParam(params.year)} /> : <ErrorNote message={ASSESSMENT_TEXT.noCommunity} />}
    </Screen>
  );
}
