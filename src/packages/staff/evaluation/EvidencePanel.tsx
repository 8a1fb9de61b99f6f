// What the evaluator scores a project on, beside the six scores: its stage and stage history, plan and reflection,
// activities (with their photos where the project has them), residents' ratings and the residents who joined it.
import { Image, Text, View } from '@tarojs/components';
import type { TProjectDetail } from '../../../../cloud/contract';
import { JOIN_ROLES, stageName } from '../../../../cloud/contract/rules';
import { formatStamp } from '../../../common/format';
import { EVALUATION_TEXT } from '../../../text/evaluation';

type Activity = TProjectDetail['activities'][number];
/** The activity's photos as links that work for a while (recordActivity's photos; activities recorded before them have none). */
const photosOf = (activity: Activity): string[] => (activity.photos ?? []).map((p) => p.url);

export function EvidencePanel({ project }: { project: TProjectDetail }) {
  const t = EVALUATION_TEXT;
  return (
    <View className='card evidence' id='evidence'>
      <Text className='evidence__title'>{t.evidence}</Text>
      <Text className='evidence__stage'>{t.stageNow(stageName(project.stage))}</Text>

      <Text className='evidence__head'>{t.history}</Text>
      {project.history.length === 0 ? <Text className='evidence__line'>{t.noHistory}</Text> : null}
      {project.history.map((h) => (
        <View key={`${h.at}-${h.to}`} className='evidence__entry'>
          <Text className='evidence__line'>{t.historyLine(stageName(h.from), stageName(h.to), h.by, formatStamp(h.at))}</Text>
          {h.reason ? <Text className='evidence__detail'>{t.historyReason(h.reason)}</Text> : null}
        </View>
      ))}

      <Text className='evidence__head'>{t.plan}</Text>
      <Text className='evidence__detail'>{project.plan || t.none}</Text>
      <Text className='evidence__head'>{t.reflection}</Text>
      <Text className='evidence__detail'>{project.reflection || t.none}</Text>

      <Text className='evidence__head'>{t.activities(project.activityCount, project.servedTotal)}</Text>
      {project.activities.length === 0 ? <Text className='evidence__line'>{t.noActivities}</Text> : null}
      {project.activities.map((a) => {
        const photos = photosOf(a);
        return (
          <View key={a.id} className='evidence__entry' id={`activity-${a.id}`}>
            <Text className='evidence__line'>{t.activityLine(a.date, a.servedCount)}</Text>
            <Text className='evidence__detail'>{a.description}</Text>
            <Text className='evidence__who'>{a.recordedBy}</Text>
            {photos.length > 0 ? (
              <View className='evidence__photos'>
                {photos.map((url, k) => (
                  <Image key={url} className='evidence__photo' src={url} mode='aspectFill' ariaLabel={t.photoAlt(k + 1)} />
                ))}
              </View>
            ) : null}
          </View>
        );
      })}

      <Text className='evidence__head'>{t.ratings}</Text>
      <Text className='evidence__line' id='evidence-ratings'>
        {project.rating.average === null ? t.noRatings : t.ratingLine(String(project.rating.average), project.rating.count)}
      </Text>

      <Text className='evidence__head'>{t.joined}</Text>
      <View className='evidence__joined' id='evidence-joined'>
        {JOIN_ROLES.map((r) => (
          <Text key={r.id} className='evidence__chip'>
            {t.joinedLine(r.name, project.joined[r.id])}
          </Text>
        ))}
      </View>
    </View>
  );
}
