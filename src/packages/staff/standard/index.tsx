// The standard in force (getStandard): classes, Ⅰ/Ⅱ with weights and item counts, every item, and the
// note the standard carries (2017: its 说明 says 44 三级指标, the table lists 45).
import { Text, View } from '@tarojs/components';
import { displayId, formatPoints, groupStandard, itemCount, weightOf } from '../../../assessment/standard-view';
import { useStandard } from '../../../assessment/useStandard';
import { Screen } from '../../../common/components/Screen';
import { ConsoleShell } from '../../../common/components/console/ConsoleShell';
import { ErrorNote, Loading } from '../../../common/components/StatusView';
import { ASSESSMENT_TEXT } from '../../../text/assessment';
import './index.scss';

export default function StandardPage() {
  const { state, reload } = useStandard();
  if (state.status === 'loading')
    return (
      <ConsoleShell>
        <Screen className='standard-page'>
          <Loading />
        </Screen>
      </ConsoleShell>
    );
  if (state.status === 'error') {
    return (
      <ConsoleShell>
        <Screen className='standard-page'>
          <ErrorNote message={state.error.message} onRetry={reload} />
        </Screen>
      </ConsoleShell>
    );
  }
  const s = state.data;
  const { first, second } = s.classes;
  const bands = [s.grades.excellent, s.grades.good, s.grades.pass].map((b) => `${b.name} ≥ ${formatPoints(b.min)}`);
  return (
    <ConsoleShell>
      <Screen className='standard-page'>
        <Text className='title'>{s.name}</Text>
        <Text className='subtitle'>{ASSESSMENT_TEXT.standardSource(s.source)}</Text>
        {s.note ? (
          <View className='card standard-note'>
            <Text className='standard-note__title'>{ASSESSMENT_TEXT.standardNote}</Text>
            <Text className='standard-note__text'>{s.note}</Text>
          </View>
        ) : null}
        <View className='card'>
          <Text className='paragraph'>{ASSESSMENT_TEXT.totalItems(s.indicators.length, itemCount(s))}</Text>
          <Text className='paragraph'>{ASSESSMENT_TEXT.classLine(first.name, formatPoints(first.total))}</Text>
          <Text className='paragraph'>{ASSESSMENT_TEXT.classLine(second.name, formatPoints(second.total))}</Text>
          <Text className='paragraph'>
            {ASSESSMENT_TEXT.eligibilityRule(s.classes[s.eligibility.class].name, formatPoints(s.eligibility.min))}
          </Text>
          <Text className='paragraph'>{ASSESSMENT_TEXT.grades(`${bands.join('，')}，其余${s.grades.fail.name}`)}</Text>
        </View>
        {groupStandard(s).map(({ section, indicators }) => (
          <View key={section.id} className='standard-section'>
            <Text className='standard-section__name'>
              {displayId(section.id)} {section.name}（{s.classes[section.class].name}）
            </Text>
            {indicators.map((indicator) => {
              const { weight, shared } = weightOf(s, indicator);
              return (
                <View key={indicator.id} className='card standard-indicator'>
                  <Text className='standard-indicator__name'>
                    {displayId(indicator.id)} {indicator.name}
                  </Text>
                  <Text className='standard-indicator__meta'>
                    {shared ? ASSESSMENT_TEXT.sharedWeight(formatPoints(weight)) : ASSESSMENT_TEXT.weight(formatPoints(weight))} ·{' '}
                    {ASSESSMENT_TEXT.itemCount(indicator.items.length)}
                  </Text>
                  {indicator.items.map((item) => (
                    <Text key={item.id} className='standard-indicator__item'>
                      {displayId(item.id)} {item.text}
                    </Text>
                  ))}
                </View>
              );
            })}
          </View>
        ))}
      </Screen>
    </ConsoleShell>
  );
}
