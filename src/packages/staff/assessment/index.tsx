// A community's assessment: every item under its Ⅰ/Ⅱ with the running score and verdict from the server's scorer.
// Officials and admins choose A/B/C, note the evidence and save; a community's workers read their own (只读).
// On a desk: the score and the index of 一级指标 beside the items; on a phone: folded sections with their subtotals.
// Leaving with unsaved choices asks first.
import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { useCallback, useState } from 'react';
import { SHOWN_FROM, STANDARD_IN_FORCE, canFinalize, canReadAuditLog, canReopen, canScore } from '../../../../cloud/contract/rules';
import { sectionSubtotal } from '../../../assessment/sections';
import { displayId, formatPoints, groupStandard } from '../../../assessment/standard-view';
import { useUnsavedGuard } from '../../../common/hooks/useUnsavedGuard';
import { isWideScreen } from '../../../common/wide';
import { useAssessment } from '../../../assessment/useAssessment';
import { useStandard } from '../../../assessment/useStandard';
import { ActionResult } from '../../../common/components/ActionResult';
import { BigButton } from '../../../common/components/BigButton';
import { CallError } from '../../../common/components/CallError';
import { Screen } from '../../../common/components/Screen';
import { ConsoleShell } from '../../../common/components/console/ConsoleShell';
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

/** A clear 只读 for whoever may read the assessment but not change it (a community's workers, a locked year). */
function ReadOnlyNote({ locked }: { locked: boolean }) {
  return (
    <View className='read-only-note' id='read-only'>
      <Text className='read-only-note__badge'>{ASSESSMENT_TEXT.readOnlyBadge}</Text>
      <Text className='read-only-note__text'>{locked ? ASSESSMENT_TEXT.lockedReadOnly : ASSESSMENT_TEXT.readOnly}</Text>
    </View>
  );
}

function Assessment({ communityId, year }: { communityId: string; year: number }) {
  const me = useMe();
  const standardCall = useStandard();
  const a = useAssessment(communityId, year);
  // On a desk every section is open beside the score; on a phone they start folded, each with its subtotal.
  const [open, setOpen] = useState<ReadonlySet<string>>(() => new Set(isWideScreen() ? STANDARD_IN_FORCE.sections.map((s) => s.id) : []));
  const toggle = useCallback(
    (id: string) => setOpen((o) => (o.has(id) ? new Set([...o].filter((x) => x !== id)) : new Set([...o, id]))),
    [],
  );
  const scores = Boolean(me.actor && canScore(me.actor) && a.saved && !a.saved.lock);
  // Leaving with unsaved choices asks first (H5 and WeChat alike).
  useUnsavedGuard(scores && a.dirty);

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
  const version = `${saved.lock?.at ?? ''}|${saved.reopened?.at ?? ''}`;
  const groups = groupStandard(standard);
  const allOpen = groups.every((g) => open.has(g.section.id));
  const openOne = (id: string) => {
    setOpen((o) => new Set([...o, id]));
    void Taro.pageScrollTo({ selector: `#section-${id}`, duration: 200 }).catch(() => undefined);
  };
  return (
    <EvidenceProvider communityId={communityId} year={year}>
      <Text className='title'>{ASSESSMENT_TEXT.assessmentTitle(saved.name, year)}</Text>
      <LockNote assessment={saved} />
      {scores ? (
        <Text className='subtitle'>{ASSESSMENT_TEXT.stateHint(standard.stateFactors)}</Text>
      ) : (
        <ReadOnlyNote locked={Boolean(saved.lock)} />
      )}
      <View className='assessment-layout'>
        <View className='assessment-layout__side'>
          <Text className='subtitle' id='responses'>
            {saved.suppressed ? STAGES_TEXT.suppressed(saved.responses, SHOWN_FROM) : STAGES_TEXT.responses(saved.responses)}
          </Text>
          <ScorePanel standard={standard} score={score} scoring={a.scoring} />
          <View className='card section-index' id='section-index'>
            <Text className='section-index__title'>{ASSESSMENT_TEXT.sectionsTitle}</Text>
            {groups.map(({ section }) => {
              const sub = sectionSubtotal(standard, section, score);
              return (
                <View key={section.id} className='section-index__row' ariaRole='link' onClick={() => openOne(section.id)}>
                  <Text className='section-index__name'>
                    {displayId(section.id)} {section.name}
                  </Text>
                  <Text className='section-index__points'>
                    {ASSESSMENT_TEXT.outOf(formatPoints(sub.points), formatPoints(sub.max))}
                    {sub.missing > 0 ? ` · ${ASSESSMENT_TEXT.missing(sub.missing)}` : ''}
                  </Text>
                </View>
              );
            })}
          </View>
        </View>
        <View className='assessment-layout__main'>
          <BigButton
            variant='link'
            className='assessment-layout__fold-all'
            onClick={() => setOpen(new Set(allOpen ? [] : groups.map((g) => g.section.id)))}
          >
            {allOpen ? ASSESSMENT_TEXT.collapseAll : ASSESSMENT_TEXT.expandAll}
          </BigButton>
          {groups.map(({ section, indicators }) => (
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
              open={open.has(section.id)}
              onToggle={toggle}
              subtotal={sectionSubtotal(standard, section, score)}
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
        </View>
      </View>
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
    <ConsoleShell>
      <Screen className='assessment-page'>
        {communityId ? (
          <Assessment communityId={communityId} year={yearParam(params.year)} />
        ) : (
          <ErrorNote message={ASSESSMENT_TEXT.noCommunity} />
        )}
      </Screen>
    </ConsoleShell>
  );
}
