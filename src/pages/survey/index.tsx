// Survey page: the privacy note, one question per screen, then thanks or "already answered".
import Taro from '@tarojs/taro';
import { Screen } from '../../components/Screen';
import { BigButton } from '../../components/BigButton';
import { ErrorNote, Loading } from '../../components/StatusView';
import { communityIdFromEntry } from '../../survey/entry';
import { QUESTIONS, completeAnswers, currentQuestion } from '../../survey/flow';
import { useSurvey } from '../../survey/useSurvey';
import { SURVEY_TEXT } from '../../text/survey';
import { Intro } from './Intro';
import { Question } from './Question';
import { Done } from './Done';
import './index.scss';
import { usePageQuery } from '../../hooks/usePageQuery';

function backToList() {
  Taro.reLaunch({ url: '/pages/index/index' });
}

export default function SurveyPage() {
  const params = usePageQuery();
  const communityId = communityIdFromEntry(params) ?? '';
  const { state, retryLoad, start, choose, next, previous, submit } = useSurvey(communityId);

  if (!communityId) {
    return (
      <Screen className='survey-page'>
        <BigButton onClick={backToList}>{SURVEY_TEXT.chooseTitle}</BigButton>
      </Screen>
    );
  }

  let body: JSX.Element;
  switch (state.phase) {
    case 'loading':
      body = <Loading />;
      break;
    case 'loadFailed':
      body = (
        <>
          <ErrorNote message={state.error ?? ''} onRetry={retryLoad} />
          <BigButton variant='link' onClick={backToList}>
            {SURVEY_TEXT.otherCommunity}
          </BigButton>
        </>
      );
      break;
    case 'intro':
      body = (
        <Intro community={state.survey?.community.name ?? ''} year={state.survey?.round.year ?? 0} onStart={start} />
      );
      break;
    case 'question': {
      const question = currentQuestion(state);
      body = (
        <Question
          question={question}
          position={state.index + 1}
          total={QUESTIONS.length}
          chosen={state.answers[question.id]}
          canSubmit={completeAnswers(state.answers) !== null}
          submitting={state.submitting}
          error={state.error}
          onChoose={(option) => choose(question.id, option)}
          onPrevious={previous}
          onNext={next}
          onSubmit={submit}
        />
      );
      break;
    }
    default:
      body = <Done justAnswered={state.phase === 'thanks'} communityId={communityId} />;
  }
  return <Screen className='survey-page'>{body}</Screen>;
}
