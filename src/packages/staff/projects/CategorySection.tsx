// One category of a community's projects: "已报 n / 2 项", and each project's stage, activities, served,
// rating and (for officials) its third-party evaluation.
import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import type { TAspects, TProjectSummary } from '../../../../cloud/contract';
import { BigButton } from '../../../components/BigButton';
import { ratioText } from '../../../official/evaluation';
import { projectUrl } from '../../../official/links';
import { MAX_PER_CATEGORY, stageName, type CategoryGroup } from '../../../official/worker-projects';
import { WORKER_TEXT } from '../../../text/worker';

interface Props {
  group: CategoryGroup<TProjectSummary>;
  /** Evaluated projects' aspects by id; null when the caller does not see evaluations. */
  evaluations: Map<string, TAspects> | null;
}

export function CategorySection({ group, evaluations }: Props) {
  return (
    <View className='card category-section' id={`category-${group.category}`}>
      <View className='category-section__head'>
        <Text className='category-section__name'>{group.name}</Text>
        <Text className={`category-section__count${group.full ? ' category-section__count--full' : ''}`}>
          {WORKER_TEXT.categoryCount(group.projects.length, MAX_PER_CATEGORY)}
        </Text>
      </View>
      {group.projects.length === 0 ? <Text className='category-section__empty'>{WORKER_TEXT.noProjectsInCategory}</Text> : null}
      {group.projects.map((p) => {
        const aspects = evaluations?.get(p.id);
        return (
          <View key={p.id} className='project-row' id={`project-${p.id}`}>
            <Text className='project-row__title'>{p.title}</Text>
            <Text className='project-row__stage'>{WORKER_TEXT.stage(stageName(p.stage))}</Text>
            <Text className='project-row__detail'>{WORKER_TEXT.figures(p.activityCount, p.servedTotal)}</Text>
            <Text className='project-row__detail'>{WORKER_TEXT.rating(p.rating.average, p.rating.count)}</Text>
            {evaluations ? (
              <Text className='project-row__evaluation'>
                {aspects ? WORKER_TEXT.evaluation(ratioText(aspects)) : WORKER_TEXT.notEvaluated}
              </Text>
            ) : null}
            <BigButton variant='secondary' onClick={() => Taro.navigateTo({ url: projectUrl(p.id) })}>
              {WORKER_TEXT.openProject}
            </BigButton>
          </View>
        );
      })}
    </View>
  );
}
