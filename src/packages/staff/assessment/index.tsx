// A community's assessment (officials): every item under its Ⅰ/Ⅱ, an A/B/C choice and a note each,
// the running score and verdict from the server's scorer, and saving.
import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { displayId, formatPoints, groupStandard, judgedBySection } from '../../../assessment/standard-view';
import { useAssessment } from '../../../assessment/useAssessment';
import { useStandard } from '../../../assessment/useStandard';
import { staffProjectsUrl } from '../../../routes';
import { ActionResult } from '../../../shared/components/ActionResult';
import { BigButton } from '../../../shared/components/BigButton';
import { CallError } from '../../../shared/components/CallError';
import { Screen } from '../../../shared/components/Screen';
import { ErrorNote, Loading } from '../../../shared/components/StatusView';
import { usePageQuery, yearParam } from '../../../shared/hooks/usePageQuery';
import { ASSESSMENT_TEXT } from '../../../text/assessment';
import { WORKER_TEXT } from '../../../text/worker';
import { ItemRow } from './ItemRow';
import { ScorePanel } from './ScorePanel';
import './index.scss';

export default function AssessmentPage() {
  const params = usePageQuery();
  const communityId = params.communityId ?? '';
  const year = yearParam(params.year);
  const standardCall = useStandard();
  const a = useAssessment(communityId, year);

  if (!communityId) {
    return (
      <Screen className='assessment-page'>
        <ErrorNote message={ASSESSMENT_TEXT.noCommunity} />
      </Screen>
    );
  }
  const failed = standardCall.state.status === 'error' ? standardCall.state.error : a.load.status === 'error' ? a.load.error : null;
  if (failed) {
    return (
      <Screen className='assessment-page'>
        <CallError error={failed} forbidden={ASSESSMENT_TEXT.forbidden} onRetry={() => (standardCall.reload(), a.reload())} />
      </Screen>
    );
  }
  if (standardCall.state.status !== 'ready' || !a.saved || !a.score) {
    return (
      <Screen className='assessment-page'>
        <Loading />
      </Screen>
    );
  }

  const standard = standardCall.state.data;
  const { saved, score, draft } = a;
  const scoredItems = new Map(score.items.map((i) => [i.id, i]));
  const scoredIndicators = new Map(score.indicators.map((i) => [i.id, i]));
  const savedItems = new Map(saved.items.map((i) => [i.id, i]));
  const rateName = new Map(standard.rates.map((r) => [r.id, r.name]));
  const liveRates = saved.rates as Record<string, (typeof saved.rates)['awareness']>;

  return (
    <Screen className='assessment-page'>
      <Text className='title'>{ASSESSMENT_TEXT.assessmentTitle(saved.name, year)}</Text>
      <Text className='subtitle'>{ASSESSMENT_TEXT.stateHint(standard.stateFactors)}</Text>
      <ScorePanel standard={standard} score={score} scoring={a.scoring} />
      {groupStandard(standard).map(({ section, indicators }) => {
        const judged = judgedBySection(standard, section);
        return (
          <View key={section.id} className='section-group'>
            <Text className='section-group__name'>
              {displayId(section.id)} {section.name}
            </Text>
            {judged ? null : (
              <View>
                <Text className='subtitle'>
                  {ASSESSMENT_TEXT.byProjects(standard.classes[section.class].name)} {ASSESSMENT_TEXT.projectsEvaluated(saved.projects.length)}
                </Text>
                <BigButton variant='secondary' onClick={() => Taro.navigateTo({ url: staffProjectsUrl(year, communityId) })}>
                  {WORKER_TEXT.evidenceLink}
                </BigButton>
              </View>
            )}
            {indicators.map((indicator) => {
              const points = scoredIndicators.get(indicator.id);
              return (
                <View key={indicator.id} className='card indicator-group'>
                  <Text className='indicator-group__name'>
                    {displayId(indicator.id)} {indicator.name}
                  </Text>
                  {points ? (
                    <Text className='indicator-group__points'>
                      {ASSESSMENT_TEXT.indicatorWeight(formatPoints(points.points), formatPoints(points.max))}
                    </Text>
                  ) : null}
                  {indicator.items.map((item) =>
                    judged ? (
                      <ItemRow
                        key={item.id}
                        item={item}
                        chosen={draft.states[item.id] ?? null}
                        note={draft.notes[item.id] ?? ''}
                        scored={scoredItems.get(item.id)}
                        saved={savedItems.get(item.id)}
                        rate={
                          item.source?.kind === 'rate'
                            ? { name: rateName.get(item.source.rate) ?? item.source.rate, rate: liveRates[item.source.rate] ?? null }
                            : null
                        }
                        onChoose={(s) => a.choose(item.id, s)}
                        onNote={(n) => a.writeNote(item.id, n)}
                      />
                    ) : (
                      <View key={item.id} className='item-row item-row--static'>
                        <Text className='item-row__id'>{displayId(item.id)}</Text>
                        <Text className='item-row__text'>{item.text}</Text>
                      </View>
                    ),
                  )}
                </View>
              );
            })}
          </View>
        );
      })}
      <View className='save-bar'>
        <Text className='save-bar__score'>
          {ASSESSMENT_TEXT.barScore(formatPoints(score.total), score.verdictText)}
        </Text>
        {a.result ? <ActionResult result={a.result} /> : a.dirty ? <Text className='save-bar__unsaved'>{ASSESSMENT_TEXT.unsaved}</Text> : null}
        <BigButton disabled={a.saving} onClick={a.save}>
          {a.saving ? ASSESSMENT_TEXT.saving : ASSESSMENT_TEXT.save}
        </BigButton>
      </View>
    </Screen>
  );
}
