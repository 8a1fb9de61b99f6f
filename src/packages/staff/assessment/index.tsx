// A community's assessment: every item under its Ⅰ/Ⅱ with the running score and verdict from the server's scorer.
// Officials and admins choose A/B/C, note the evidence and save; a community's workers read their own.
import { Text, View } from '@tarojs/components';
import { SHOWN_FROM, canFinalize, canReadAuditLog, canReopen, canScore } from '../../../../cloud/contract/rules';
import { formatPoints, groupStandard } from '../../../assessment/standard-view';
import { useAssessment } from '../../../assessment/useAssessment';
import { useStandard } from '../../../assessment/useStandard';
import { ActionResult } from '../../../common/components/ActionResult';
import { BigButton } from '../../../common/components/BigButton';
import { CallError } from '../../../common/components/CallError';
import { Screen } from '../../../common/components/Screen';
import { ErrorNote, Loading } from '../../../common/components/StatusView';
import { useMe } from '../../../common/hooks/useMe';
import { usePageQuery, yearParam } from '../../../common/hooks/usePageQuery';
import { ASSESSMENT_TEXT } from '../../../text/assessment';
import { HistoryPanel } from './HistoryPanel';
import { LockNote } from './LockNote';
import { ScorePanel } from './ScorePanel';
import { StagePanel } from './StagePanel';
import { STAGES_TEXT } from '../../../text/stages';
import { SectionGroup } from './SectionGroup';
import { EvidenceProvider } from './EvidencePanel';
import './index.scss';

function Assessment({ communityId, year }: { communityId: string; year: number }) {
  const me = useMe();
  const standardCall = useStandard();
  const a = useAssessment(communityId, year);

  const failed = [me.state, standardCall.state, a.load].find((s) => s.status === 'error');
  if (failed?.status === 'error') {
    return (
      <CallError
        error={failed.error}
        forbidden={ASSESSMENT_TEXT.forbidden}
        onRetry={() => (me.reload(), standardCall.reload(), a.reload())}
      />
    );
  }
  if (!me.actor || !standardCall.data || !a.saved || !a.score) return <Loading />;

  const standard = standardCall.data;
  const { saved, score } = a;
  // A locked year is read, not edited: its figures are those of the final acceptance.
  const scores = canScore(me.actor) && !saved.lock;
  const version = `${saved.lock?.at ?? ''}|${saved.reopened?.at ?? ''}`;
  return (
    <EvidenceProvider communityId={communityId} year={year}>
      <Text className='title'>{ASSESSMENT_TEXT.assessmentTitle(saved.name, year)}</Text>
      <LockNote assessment={saved} />
      <Text className='subtitle'>
        {scores ? ASSESSMENT_TEXT.stateHint(standard.stateFactors) : saved.lock ? '' : ASSESSMENT_TEXT.readOnly}
      </Text>
      <Text className='subtitle' id='responses'>
        {saved.suppressed ? STAGES_TEXT.suppressed(saved.responses, SHOWN_FROM) : STAGES_TEXT.responses(saved.responses)}
      </Text>
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
          onReason={a.writeReason}
        />
      ))}
      <StagePanel
        assessment={saved}
        mayFinalize={canFinalize(me.actor)}
        mayReopen={canReopen(me.actor)}
        dirty={a.dirty}
        onAssessment={a.replace}
      />
      <HistoryPanel communityId={communityId} year={year} mayReadAudit={canReadAuditLog(me.actor)} version={version} />
      <View className='save-bar'>
        <Text className='save-bar__score'>{ASSESSMENT_TEXT.barScore(formatPoints(score.total), score.verdictText)}</Text>
        {scores ? (
          <>
            {a.result ? (
              <ActionResult result={a.result} />
            ) : a.dirty ? (
              <Text className='save-bar__unsaved'>{ASSESSMENT_TEXT.unsaved}</Text>
            ) : null}
            <BigButton disabled={a.saving} onClick={a.save}>
              {a.saving ? ASSESSMENT_TEXT.saving : ASSESSMENT_TEXT.save}
            </BigButton>
          </>
        ) : null}
      </View>
    </EvidenceProvider>
  );
}

export default function AssessmentPage() {
  const params = usePageQuery();
  const communityId = params.communityId ?? '';
  return (
    <Screen className='assessment-page'>
      {communityId ? (
        <Assessment communityId={communityId} year={yearParam(params.year)} />
      ) : (
        <ErrorNote message={ASSESSMENT_TEXT.noCommunity} />
      )}
    </Screen>
  );
}
