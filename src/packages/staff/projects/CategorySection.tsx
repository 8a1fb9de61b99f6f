// One category of a community's projects: "已报 n / 2 项", and each project's stage, activities, served,
// rating and (for those who see them) its third-party evaluation.
import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import type { TProjectSummary } from '../../../../cloud/contract';
import { MAX_PROJECTS_PER_CATEGORY, stageName } from '../../../../cloud/contract/rules';
import { ratioText } from '../../../assessment/evaluation';
import type { CategoryGroup } from '../../../projects/groups';
import { staffProjectUrl } from '../../../routes';
import { BigButton } from '../../../common/components/BigButton';
import { WORKER_TEXT } from '../../../text/worker';

interface Props {
  group: CategoryGroup<TProjectSummary>;
  /** Evaluated projects' aspects by id; null when the caller does not see evaluations. */
  evaluations: ReadonlyMap<string, Readonly<Record<string, number>>> | null;
}

export function CategorySection({ group, evaluations }: Props) {
  return (
    <View className='card category-section' id={`category-${group.category}`}>
      <View className='category-section__head'>
        <Text className='category-section__name'>{group.name}</Text>
        <Text className={`category-section__count${group.full ? ' category-section__count--full' : ''}`}>
          {WORKER_TEXT.categoryCount(group.projects.length, MAX_PROJECTS_PER_CATEGORY)}
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
            <BigButton variant='secondary' onClick={() => Taro.navigateTo({ url: staffProjectUrl(p.id) })}>
              {WORKER_TEXT.openProject}
            </BigButton>
          </View>
        );
      })}
    </View>
  );
}
