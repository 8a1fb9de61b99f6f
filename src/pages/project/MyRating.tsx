// The resident's own rating: large stars, an optional comment, and send (sending again replaces it).
import { Text, Textarea, View } from '@tarojs/components';
import { RATING_MAX, RESIDENT_TEXT_MAX } from '../../../cloud/contract/rules';
import type { useRating } from '../../projects/useRating';
import { ActionResult } from '../../common/components/ActionResult';
import { BigButton } from '../../common/components/BigButton';
import { pressable } from '../../common/components/pressable';
import { formatStamp } from '../../common/format';
import { LOCKS_TEXT } from '../../text/locks';
import { RESIDENTS_TEXT } from '../../text/residents';
import { NOTIFY_TEXT } from '../../text/notify';

const STARS = Array.from({ length: RATING_MAX }, (_, i) => i + 1);

interface Props {
  rating: ReturnType<typeof useRating>;
  rated: boolean;
  /** When and why the resident's own comment was hidden (their stars still count). */
  hidden?: { at: string; reason: string } | null;
  /** The community's answer to the resident's own comment (shown to them even when the comment is hidden). */
  reply?: { text: string; by: string } | null;
}

export function MyRating({ rating: r, rated, hidden = null, reply = null }: Props) {
  return (
    <View className='card my-rating' id='my-rating'>
      <Text className='section-title'>{RESIDENTS_TEXT.myRatingTitle}</Text>
      <Text className='hint'>{RESIDENTS_TEXT.myRatingHint}</Text>
      {hidden ? (
        <Text className='hint my-rating__hidden' id='my-comment-hidden'>
          {LOCKS_TEXT.myCommentHidden(formatStamp(hidden.at), hidden.reason)}
        </Text>
      ) : null}
      {reply ? (
        <Text className='hint my-rating__reply' id='my-comment-reply'>
          {NOTIFY_TEXT.replied(reply.by, reply.text)}
        </Text>
      ) : null}
      <View className='stars'>
        {STARS.map((n) => (
          <View
            key={n}
            className={`star${n <= r.stars ? ' star--on' : ''}`}
            ariaRole='button'
            ariaLabel={RESIDENTS_TEXT.starName(n)}
            id={`star-${n}`}
            onClick={() => r.chooseStars(n)}
            {...pressable(() => r.chooseStars(n))}
          >
            {n <= r.stars ? '★' : '☆'}
          </View>
        ))}
      </View>
      {r.stars > 0 ? <Text className='stars__label'>{RESIDENTS_TEXT.starLabels[r.stars - 1]}</Text> : null}
      <Text className='field-label'>{RESIDENTS_TEXT.commentLabel}</Text>
      <Textarea
        className={`text-box${r.tooLong ? ' text-box--error' : ''}`}
        value={r.comment}
        maxlength={-1}
        placeholder={RESIDENTS_TEXT.commentPlaceholder}
        onInput={(e) => r.typeComment(e.detail.value)}
      />
      <Text className={`counter${r.tooLong ? ' counter--error' : ''}`}>
        {RESIDENTS_TEXT.count(r.comment.trim().length, RESIDENT_TEXT_MAX)}
      </Text>
      {rated ? <Text className='hint'>{RESIDENTS_TEXT.replaces}</Text> : null}
      <ActionResult result={r.result} />
      <BigButton disabled={r.sending} onClick={r.send}>
        {r.sending ? RESIDENTS_TEXT.sending : rated ? RESIDENTS_TEXT.sendAgain : RESIDENTS_TEXT.sendRating}
      </BigButton>
    </View>
  );
}
