// What the project is, where it stands among the five stages (with its history), its plan and activity timeline.
import { Text, View } from '@tarojs/components';
import type { TProjectDetail } from '../../../cloud/contract';
import { JOIN_ROLES, shanghaiDay, stageName } from '../../../cloud/contract/rules';
import { RESIDENTS_TEXT } from '../../text/residents';
import { StageProgress } from '../projects/StageProgress';
import { Thumbnails } from '../../common/components/Thumbnails';

export function Stage({ project }: { project: TProjectDetail }) {
  return (
    <View className='card'>
      <Text className='section-title'>{RESIDENTS_TEXT.stageTitle}</Text>
      <StageProgress stage={project.stage} />
      {project.history.map((h) => (
        <View key={`${h.at}-${h.to}`} className='history'>
          <Text className='history__line'>{RESIDENTS_TEXT.historyLine(shanghaiDay(h.at), stageName(h.from), stageName(h.to))}</Text>
          {h.reason ? <Text className='history__reason'>{RESIDENTS_TEXT.historyReason(h.reason)}</Text> : null}
        </View>
      ))}
      <Text className='fact'>{JOIN_ROLES.map((r) => RESIDENTS_TEXT.joinedCount(r.name, project.joined[r.id])).join(' · ')}</Text>
    </View>
  );
}

export function Timeline({ project }: { project: TProjectDetail }) {
  return (
    <View className='card'>
      <Text className='section-title'>{RESIDENTS_TEXT.timelineTitle}</Text>
      <Text className='fact'>
        {RESIDENTS_TEXT.activities(project.activityCount)} · {RESIDENTS_TEXT.served(project.servedTotal)}
      </Text>
      {project.activities.length === 0 ? <Text className='paragraph'>{RESIDENTS_TEXT.noActivities}</Text> : null}
      {project.activities.map((a) => (
        <View key={a.id} className='activity'>
          <Text className='activity__date'>{a.date}</Text>
          <Text className='activity__what'>{a.description}</Text>
          <Text className='activity__served'>{RESIDENTS_TEXT.activityServed(a.servedCount)}</Text>
          <Thumbnails files={a.photos ?? []} label={RESIDENTS_TEXT.activityPhoto} />
        </View>
      ))}
    </View>
  );
}
