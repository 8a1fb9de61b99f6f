// "我提过的需要": each need with, once a worker links one, the project that answers it ("您说的，我们做了").
import { Text, View } from '@tarojs/components';
import type { TNeed } from '../../../cloud/contract';
import { categoryName, shanghaiDay, stageName } from '../../../cloud/contract/rules';
import { BigButton } from '../../common/components/BigButton';
import { RESIDENTS_TEXT } from '../../text/residents';

export function MyNeeds({ needs, onOpenProject }: { needs: readonly TNeed[]; onOpenProject: (projectId: string) => void }) {
  return (
    <View className='my-needs' id='my-needs'>
      <Text className='section-title'>{RESIDENTS_TEXT.myNeedsTitle}</Text>
      {needs.length === 0 ? <Text className='paragraph'>{RESIDENTS_TEXT.noMyNeeds}</Text> : null}
      {needs.map((n) => (
        <View key={n.id} className='card need'>
          <Text className='need__meta'>
            {RESIDENTS_TEXT.submittedOn(shanghaiDay(n.submittedAt))}
            {n.category ? ` · ${categoryName(n.category)}` : ''}
          </Text>
          <Text className='need__text'>{n.text}</Text>
          {n.project ? (
            <View className='need__answer'>
              <Text className='need__we-did'>{RESIDENTS_TEXT.weDid}</Text>
              <BigButton variant='secondary' onClick={() => onOpenProject(n.project!.id)}>
                {RESIDENTS_TEXT.weDidProject(n.project.title, stageName(n.project.stage))}
              </BigButton>
            </View>
          ) : (
            <Text className='need__pending'>{RESIDENTS_TEXT.considering}</Text>
          )}
        </View>
      ))}
    </View>
  );
}
