// The resident's own rating: five large stars, an optional comment, and send (sending again replaces it).
import { Text, Textarea, View } from '@tarojs/components';
import { BigButton } from '../../components/BigButton';
import { NoteLine } from './NoteLine';
import { COMMENT_MAX, type useProject } from '../../residents/useProject';
import { RESIDENTS_TEXT } from '../../text/residents';

type Props = Pick<ReturnType<typeof useProject>, 'rating' | 'chooseStars' | 'typeComment' | 'sendRating'> & { rated: boolean };

export function MyRating({ rating, chooseStars, typeComment, sendRating, rated }: Props) {
  const { stars, comment, sending, note, tooLong } = rating;
  return (
    <View className='card my-rating' id='my-rating'>
      <Text className='section-title'>{RESIDENTS_TEXT.myRatingTitle}</Text>
      <Text className='hint'>{RESIDENTS_TEXT.myRatingHint}</Text>
      <View className='stars'>
        {[1, 2, 3, 4, 5].map((n) => (
          <View
            key={n}
            className={`star${n <= stars ? ' star--on' : ''}`}
            ariaRole='button'
            ariaLabel={RESIDENTS_TEXT.starName(n)}
            id={`star-${n}`}
            onClick={() => chooseStars(n)}
          >
            {n <= stars ? '★' : '☆'}
          </View>
        ))}
      </View>
      {stars > 0 ? <Text className='stars__label'>{RESIDENTS_TEXT.starLabels[stars - 1]}</Text> : null}
      <Text className='field-label'>{RESIDENTS_TEXT.commentLabel}</Text>
      <Textarea
        className={`text-box${tooLong ? ' text-box--error' : ''}`}
        value={comment}
        maxlength={-1}
        placeholder={RESIDENTS_TEXT.commentPlaceholder}
        onInput={(e) => typeComment(e.detail.value)}
      />
      <Text className={`counter${tooLong ? ' counter--error' : ''}`}>{RESIDENTS_TEXT.count(comment.trim().length, COMMENT_MAX)}</Text>
      {rated ? <Text className='hint'>{RESIDENTS_TEXT.replaces}</Text> : null}
      <NoteLine note={note} />
      <BigButton disabled={sending} onClick={sendRating}>
        {sending ? RESIDENTS_TEXT.sending : rated ? RESIDENTS_TEXT.sendAgain : RESIDENTS_TEXT.sendRating}
      </BigButton>
    </View>
  );
}
