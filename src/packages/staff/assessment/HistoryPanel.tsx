// The year's record, read on demand: its 阶段快照 (stage, when, by whom, score) and the audit log (verified or not).
import { Text, View } from '@tarojs/components';
import { useState } from 'react';
import { formatPoints } from '../../../assessment/standard-view';
import { changeOf, whatOf } from '../../../assessment/audit-view';
import { staffName } from '../../../assessment/staffName';
import { BigButton } from '../../../common/components/BigButton';
import { Loading } from '../../../common/components/StatusView';
import { formatStamp } from '../../../common/format';
import { useCall } from '../../../common/hooks/useCall';
import { STAGES_TEXT } from '../../../text/stages';

interface Props {
  communityId: string;
  year: number;
  mayReadAudit: boolean;
  /** Changes when a stage is recorded or the year reopened, so an open list reads again. */
  version: string;
}

function Snapshots({ communityId, year }: { communityId: string; year: number }) {
  const call = useCall('getAssessmentSnapshots', { communityId, year });
  if (call.state.status === 'error')
    return <Text className='action-result--error'>{STAGES_TEXT.loadFailed(call.state.error.message)}</Text>;
  if (!call.data) return <Loading />;
  if (call.data.snapshots.length === 0) return <Text className='subtitle'>{STAGES_TEXT.noSnapshots}</Text>;
  return (
    <View className='history-list' id='snapshots'>
      {call.data.snapshots.map((s) => (
        <View key={s.id} className='history-entry'>
          <Text className='history-entry__what'>
            {STAGES_TEXT.snapshotLine(s.stage === 'final' ? STAGES_TEXT.final : STAGES_TEXT.interim, formatStamp(s.at), staffName(s.by))}
          </Text>
          <Text className='history-entry__detail'>{STAGES_TEXT.snapshotScore(formatPoints(s.score.total), s.score.verdictText)}</Text>
          {s.inForce ? <Text className='history-entry__flag'>{STAGES_TEXT.inForce}</Text> : null}
        </View>
      ))}
    </View>
  );
}

function AuditLog({ communityId, year }: { communityId: string; year: number }) {
  const call = useCall('getAuditLog', { communityId, year });
  if (call.state.status === 'error')
    return <Text className='action-result--error'>{STAGES_TEXT.loadFailed(call.state.error.message)}</Text>;
  if (!call.data) return <Loading />;
  const { verified, brokenAt, entries } = call.data;
  return (
    <View className='history-list' id='audit-log'>
      <Text className={`audit-verified audit-verified--${verified ? 'yes' : 'no'}`}>
        {verified || !brokenAt ? STAGES_TEXT.verified : STAGES_TEXT.broken(brokenAt.seq, brokenAt.problem)}
      </Text>
      {entries.length === 0 ? <Text className='subtitle'>{STAGES_TEXT.noAudit}</Text> : null}
      {entries.map((e) => {
        const change = changeOf(e);
        return (
          <View key={`${e.chain}-${e.seq}`} className='history-entry'>
            <Text className='history-entry__what'>{`${formatStamp(e.at)} · ${staffName(e.by)} · ${whatOf(e)}`}</Text>
            {change ? <Text className='history-entry__detail'>{change}</Text> : null}
            {e.reason ? <Text className='history-entry__detail'>{STAGES_TEXT.why(e.reason)}</Text> : null}
          </View>
        );
      })}
    </View>
  );
}

export function HistoryPanel({ communityId, year, mayReadAudit, version }: Props) {
  const [open, setOpen] = useState<'snapshots' | 'audit' | null>(null);
  return (
    <View className='card history-panel'>
      <View className='history-panel__buttons'>
        <BigButton variant='link' onClick={() => setOpen(open === 'snapshots' ? null : 'snapshots')}>
          {STAGES_TEXT.showSnapshots}
        </BigButton>
        {mayReadAudit ? (
          <BigButton variant='link' onClick={() => setOpen(open === 'audit' ? null : 'audit')}>
            {STAGES_TEXT.showAudit}
          </BigButton>
        ) : null}
      </View>
      {open === 'snapshots' ? <Snapshots key={version} communityId={communityId} year={year} /> : null}
      {open === 'audit' && mayReadAudit ? <AuditLog key={version} communityId={communityId} year={year} /> : null}
    </View>
  );
}
