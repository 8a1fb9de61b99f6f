// Survey page: the privacy note, one question per screen, then thanks or "already answered".
import Taro from '@tarojs/taro';
import { homeUrl, surveyUrl } from '../../routes';
import { Screen } from '../../common/components/Screen';
import { BigButton } from '../../common/components/BigButton';
import { ErrorNote, Loading } from '../../common/components/StatusView';
import { DeadEnd, namesCommunity } from '../../common/components/DeadEnd';
import { usePageQuery } from '../../common/hooks/usePageQuery';
import { communityIdFromEntry } from '../../survey/entry';
import { QUESTIONS, completeAnswers, currentQuestion } from '../../survey/flow';
import { useSurvey } from '../../survey/useSurvey';
import { SURVEY_TEXT } from '../../text/survey';
import { Intro } from './Intro';
import { Question } from './Question';
import { Done } from './Done';
import { useShare } from '../../common/hooks/useShare';
import { STAFFING_TEXT } from '../../text/staffing';
import { Refused } from './Refused';
import './index.scss';

const backToList = () => Taro.reLaunch({ url: homeUrl() });

function Body({ communityId }: { communityId: string }) {
  const s = useSurvey(communityId);
  const { state } = s;
  if (s.load.status === 'loading') return <Loading />;
  if (s.load.status === 'error') {
    if (s.load.error.code === 'NOT_FOUND') return <DeadEnd kind='community' />;
    return (
      <>
        <ErrorNote message={s.load.error.message} onRetry={s.retryLoad} />
        <BigButton variant='link' onClick={backToList}>
          {SURVEY_TEXT.otherCommunity}
        </BigButton>
      </>
    );
  }
  const survey = s.load.data;
  if (state.phase === 'intro') return <Intro community={survey.community.name} year={survey.round.year} onStart={s.start} />;
  if (state.phase === 'question') {
    const question = currentQuestion(state);
    return (
      <Question
        question={question}
        position={state.index + 1}
        total={QUESTIONS.length}
        chosen={state.answers[question.id]}
        canSubmit={completeAnswers(state.answers) !== null}
        submitting={s.submitting}
        error={s.error}
        onChoose={(option) => s.choose(question.id, option)}
        onPrevious={s.previous}
        onNext={s.next}
        onSubmit={s.submit}
      />
    );
  }
  if (state.phase === 'refused' && state.refusal) return <Refused refusal={state.refusal} />;
  return <Done justAnswered={state.phase === 'thanks'} communityId={communityId} />;
}

export default function SurveyPage() {
  const query = usePageQuery();
  const communityId = communityIdFromEntry(query) ?? '';
  useShare(STAFFING_TEXT.shareSurvey, communityId ? surveyUrl(communityId) : homeUrl());
  return (
    <Screen className='survey-page'>
      {communityId ? <Body communityId={communityId} /> : <DeadEnd kind={namesCommunity(query) ? 'community' : 'none'} />}
    </Screen>
  );
}
