// Residents' feedback on the project, newest first: hidden ones marked with who hid them and why; the
// project's workers reply to one, or hide it with a reason.
import { Text, Textarea, View } from '@tarojs/components';
import type { TProjectDetail } from '../../../../cloud/contract';
import type { useFeedbackAnswer } from '../../../projects/useProjectActions';
import { ActionResult } from '../../../common/components/ActionResult';
import { BigButton } from '../../../common/components/BigButton';
import { formatStamp } from '../../../common/format';
import { LOCKS_TEXT } from '../../../text/locks';
import { WORKER_TEXT } from '../../../text/worker';

interface Props {
  project: TProjectDetail;
  answer: ReturnType<typeof useFeedbackAnswer>;
}

export function FeedbackPanel({ project, answer: a }: Props) {
  return (
    <View className='card feedback-panel' id='feedback-panel'>
      <Text className='section-title'>{WORKER_TEXT.feedbackTitle}</Text>
      <Text className='muted-line'>{WORKER_TEXT.rating(project.rating.average, project.rating.count)}</Text>
      {project.feedback.length === 0 ? <Text className='muted-line'>{WORKER_TEXT.noFeedback}</Text> : null}
      {project.feedback.map((f) => {
        const open = a.open?.feedbackId === f.id ? a.open.mode : null;
        return (
          <View key={f.id} className={`feedback-row${f.hidden ? ' feedback-row--hidden' : ''}`} id={`feedback-${f.id}`}>
            <View className='feedback-row__head'>
              <Text className='feedback-row__rating'>{WORKER_TEXT.stars(f.rating)}</Text>
              <Text className='muted-line'>{formatStamp(f.submittedAt)}</Text>
              {f.hidden ? <Text className='feedback-row__hidden'>{WORKER_TEXT.hiddenMark}</Text> : null}
            </View>
            <Text className='feedback-row__comment'>{f.comment ?? WORKER_TEXT.noComment}</Text>
            {f.hidden ? (
              <Text className='feedback-row__why'>{WORKER_TEXT.hiddenBy(f.hidden.by, formatStamp(f.hidden.at), f.hidden.reason)}</Text>
            ) : null}
            {f.reply ? (
              <View className='feedback-row__reply'>
                <Text className='feedback-row__reply-text'>{WORKER_TEXT.replyShown(f.reply.text)}</Text>
                <Text className='muted-line'>{WORKER_TEXT.replyWho(f.reply.by, formatStamp(f.reply.at))}</Text>
              </View>
            ) : null}
            {project.canManage && !open ? (
              <View className='feedback-row__actions'>
                <BigButton variant='secondary' onClick={() => a.start(f.id, 'reply')}>
                  {WORKER_TEXT.reply}
                </BigButton>
                {f.hidden ? (
                  <BigButton variant='link' onClick={() => a.start(f.id, 'unhide')}>
                    {LOCKS_TEXT.unhide}
                  </BigButton>
                ) : (
                  <BigButton variant='link' onClick={() => a.start(f.id, 'hide')}>
                    {WORKER_TEXT.hide}
                  </BigButton>
                )}
              </View>
            ) : null}
            {open ? (
              <View className='feedback-row__form'>
                <Textarea
                  className='field-textarea'
                  value={a.text}
                  placeholder={
                    open === 'reply'
                      ? WORKER_TEXT.replyPlaceholder
                      : open === 'hide'
                        ? WORKER_TEXT.hidePlaceholder
                        : LOCKS_TEXT.unhidePlaceholder
                  }
                  onInput={(e) => a.type(e.detail.value)}
                />
                <ActionResult result={a.result} />
                <BigButton disabled={a.busy} onClick={a.submit}>
                  {a.busy
                    ? WORKER_TEXT.sending
                    : { reply: WORKER_TEXT.sendReply, hide: WORKER_TEXT.confirmHide, unhide: LOCKS_TEXT.confirmUnhide }[open]}
                </BigButton>
                <BigButton variant='link' onClick={a.cancel}>
                  {WORKER_TEXT.cancel}
                </BigButton>
              </View>
            ) : null}
          </View>
        );
      })}
    </View>
  );
}
