// One Ⅰ-n section of the standard on the assessment page: a header with its subtotal (and how many items are open)
// that folds it, then its Ⅱ-n indicators with their points, and each item — judged A/B/C (一类) or, for 二类, shown
// with the way to the projects that are its evidence.
import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import type { TAssessment } from '../../../../cloud/contract';
import type { TIndicator, TJudgedScore, TSection, TStandard } from '../../../../rubric';
import type { Draft } from '../../../assessment/draft';
import type { SectionSubtotal } from '../../../assessment/sections';
import { displayId, formatPoints, judgedBySection } from '../../../assessment/standard-view';
import { staffProjectsUrl } from '../../../routes';
import { BigButton } from '../../../common/components/BigButton';
import { ASSESSMENT_TEXT } from '../../../text/assessment';
import { WORKER_TEXT } from '../../../text/worker';
import { ItemRow } from './ItemRow';
import { ItemEvidence } from './EvidencePanel';

interface Props {
  standard: TStandard;
  section: TSection;
  indicators: TIndicator[];
  saved: TAssessment;
  score: TJudgedScore;
  draft: Draft;
  readOnly: boolean;
  onChoose: (itemId: string, state: Draft['states'][string]) => void;
  onNote: (itemId: string, note: string) => void;
  onReason?: (itemId: string, reason: string) => void;
  /** Folded sections show only their header: a phone's page is 45 items long otherwise. */
  open: boolean;
  onToggle: (sectionId: string) => void;
  subtotal: SectionSubtotal;
}

export function SectionGroup(props: Props) {
  const { standard, section, indicators, saved, score, draft, readOnly, onChoose, onNote, onReason, open, onToggle, subtotal } = props;
  const judged = judgedBySection(standard, section);
  const scoredItems = new Map(score.items.map((i) => [i.id, i]));
  const scoredIndicators = new Map(score.indicators.map((i) => [i.id, i]));
  const savedItems = new Map(saved.items.map((i) => [i.id, i]));
  const rateName = new Map(standard.rates.map((r) => [r.id, r.name]));
  const liveRates: Record<string, TAssessment['rates']['awareness']> = saved.rates;
  return (
    <View className={`section-group section-group--${open ? 'open' : 'folded'}`} id={`section-${section.id}`}>
      <View className='section-group__head' ariaRole='button' onClick={() => onToggle(section.id)}>
        <Text className='section-group__fold'>{open ? '▾' : '▸'}</Text>
        <Text className='section-group__name'>
          {displayId(section.id)} {section.name}
        </Text>
        <Text className='section-group__subtotal'>
          {ASSESSMENT_TEXT.sectionSubtotal(formatPoints(subtotal.points), formatPoints(subtotal.max))}
          {subtotal.missing > 0 ? ` · ${ASSESSMENT_TEXT.missing(subtotal.missing)}` : ''}
        </Text>
      </View>
      {!open ? null : judged ? null : (
        <View>
          <Text className='subtitle'>
            {ASSESSMENT_TEXT.byProjects(standard.classes[section.class].name)} {ASSESSMENT_TEXT.projectsEvaluated(saved.projects.length)}
          </Text>
          <BigButton variant='secondary' onClick={() => Taro.navigateTo({ url: staffProjectsUrl(saved.year, saved.communityId) })}>
            {WORKER_TEXT.evidenceLink}
          </BigButton>
        </View>
      )}
      {!open
        ? null
        : indicators.map((indicator) => {
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
                      rateName={item.source?.kind === 'rate' ? (rateName.get(item.source.rate) ?? item.source.rate) : undefined}
                      rate={item.source?.kind === 'rate' ? (liveRates[item.source.rate] ?? null) : null}
                      responses={saved.responses}
                      suppressed={saved.suppressed}
                      reason={draft.reasons?.[item.id] ?? ''}
                      readOnly={readOnly}
                      onChoose={onChoose}
                      onNote={onNote}
                      onReason={onReason}
                    />
                  ) : (
                    <View key={item.id} className='item-row item-row--static'>
                      <Text className='item-row__id'>{displayId(item.id)}</Text>
                      <Text className='item-row__text'>{item.text}</Text>
                      <ItemEvidence itemId={item.id} />
                    </View>
                  ),
                )}
              </View>
            );
          })}
    </View>
  );
}
