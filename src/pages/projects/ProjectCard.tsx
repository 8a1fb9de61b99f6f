// One project in the list: a large card with its stage, what it has done and how residents rate it.
import { Text, View } from '@tarojs/components';
import type { TProjectSummary } from '../../../cloud/contract';
import { RESIDENTS_TEXT } from '../../text/residents';
import { StageProgress } from './StageProgress';
import { pressable } from '../../common/components/pressable';

export function ProjectCard({ project, onOpen }: { project: TProjectSummary; onOpen: () => void }) {
  const { rating } = project;
  return (
    <View
      className='card project-card'
      id={`project-${project.id}`}
      ariaRole='button'
      hoverClass='big-button--pressed'
      onClick={onOpen}
      {...pressable(onOpen)}
    >
      <Text className='project-card__title'>{project.title}</Text>
      <StageProgress stage={project.stage} />
      <Text className='project-card__fact'>{RESIDENTS_TEXT.activities(project.activityCount)}</Text>
      <Text className='project-card__fact'>{RESIDENTS_TEXT.served(project.servedTotal)}</Text>
      <Text className='project-card__fact'>
        {rating.average !== null && rating.count > 0 ? RESIDENTS_TEXT.rating(rating.average, rating.count) : RESIDENTS_TEXT.noRating}
      </Text>
      <Text className='project-card__open'>{RESIDENTS_TEXT.openProject}</Text>
    </View>
  );
}
