// Residents' ratings of the project: the average, and the visible comments with the workers' replies.
import { Text, View } from '@tarojs/components';
import type { TProjectDetail } from '../../../cloud/contract';
import { RATING_MAX, shanghaiDay } from '../../../cloud/contract/rules';
import { LOCKS_TEXT } from '../../text/locks';
import { RESIDENTS_TEXT } from '../../text/residents';

const starsOf = (n: number) => '★'.repeat(n) + '☆'.repeat(RATING_MAX - n);

export function Ratings({ project }: { project: TProjectDetail }) {
  const { rating, feedback } = project;
  return (
    <View className='card'>
      <Text className='section-title'>{RESIDENTS_TEXT.ratingsTitle}</Text>
      <Text className='ratings__summary'>
        {rating.average !== null && rating.count > 0
          ? RESIDENTS_TEXT.ratingSummary(rating.average, rating.count)
          : RESIDENTS_TEXT.noRatingsYet}
      </Text>
      {/* A hidden comment keeps its stars: the vote counts, only the words are withheld. */}
      {feedback.map((f) => {
        const hidden = Boolean(f.commentHidden || f.hidden);
        return (
          <View key={f.id} className='feedback'>
            <Text className='feedback__stars'>
              {starsOf(f.rating)} <Text className='feedback__date'>{shanghaiDay(f.submittedAt)}</Text>
            </Text>
            {hidden ? <Text className='feedback__hidden'>{LOCKS_TEXT.commentHidden}</Text> : null}
            {!hidden && f.comment ? <Text className='feedback__comment'>{f.comment}</Text> : null}
            {!hidden && f.reply ? <Text className='feedback__reply'>{RESIDENTS_TEXT.reply(f.reply.text)}</Text> : null}
          </View>
        );
      })}
    </View>
  );
}
